#pragma once
// Readers of the reference lists under tests/data/reference (copied from shared/reference:
// facts about public checkpoints).
#include <string>
#include <vector>

struct RefKey {
    std::string name;
    std::vector<int64_t> shape;
    std::string dtype;
};

struct RefShape {
    std::string module;
    bool trainOnly = false;
    std::vector<int64_t> output;  // without the batch dimension
};

std::vector<RefKey> readKeyList(const std::string& file);
std::vector<RefShape> readShapeList(const std::string& file);
std::string referenceFile(const std::string& name);
