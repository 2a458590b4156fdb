#pragma once
// Files written so that a crash or a full disk never leaves half of one: the bytes go to
// PATH.partial, are fsynced, and the temporary file is renamed over PATH.
// INCEPTION_FAULT_WRITE_BYTES (tests) stops the write after that many bytes.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace inception {

// Throws inception::Error(FileUnreadable) saying that PATH is unchanged.
void writeAtomically(const std::string& path, const std::vector<std::pair<const void*, size_t>>& chunks);
void writeAtomically(const std::string& path, const std::string& bytes);

// Before long work: why `path` could not be written ("" when it can): a folder, an extension
// not among `extensions` (lower case, with the dot; empty: any), a missing or read-only folder.
std::string outputProblem(const std::string& path, const std::vector<std::string>& extensions = {});

}  // namespace inception
