#include "reference_lists.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace {

std::vector<int64_t> parseTuple(const std::string& s)
{
    std::vector<int64_t> out;
    std::string digits;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        } else if (!digits.empty()) {
            out.push_back(std::stoll(digits));
            digits.clear();
        }
    }
    if (!digits.empty())
        out.push_back(std::stoll(digits));
    return out;
}

}  // namespace

std::string referenceFile(const std::string& name) { return std::string(INCEPTION_TEST_DATA) + "/reference/" + name; }

std::vector<RefKey> readKeyList(const std::string& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot open " + file);
    std::vector<RefKey> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            continue;
        std::stringstream ss(line);
        RefKey k;
        std::string shape;
        std::getline(ss, k.name, '\t');
        std::getline(ss, shape, '\t');
        std::getline(ss, k.dtype, '\t');
        k.shape = parseTuple(shape);
        out.push_back(k);
    }
    return out;
}

std::vector<RefShape> readShapeList(const std::string& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot open " + file);
    std::vector<RefShape> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        RefShape r;
        r.module = line.substr(0, line.find(' '));
        r.trainOnly = line.find("(train only)") != std::string::npos;
        const auto at = line.find("out (");
        if (at == std::string::npos)
            throw std::runtime_error("no output shape in: " + line);
        auto shape = parseTuple(line.substr(at + 4));
        shape.erase(shape.begin());  // batch
        r.output = shape;
        out.push_back(r);
    }
    return out;
}
