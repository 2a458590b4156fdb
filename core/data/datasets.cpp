#include "data/datasets.h"

#include <algorithm>
#include <torch/torch.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace inception::data {

namespace fs = std::filesystem;

Dataset Dataset::head(int64_t n) const
{
    if (n >= size())
        return *this;
    return {images.slice(0, 0, n), labels.slice(0, 0, n), classes};
}

Dataset Dataset::range(int64_t from, int64_t n) const
{
    from = std::clamp<int64_t>(from, 0, size());
    n = std::clamp<int64_t>(n, 0, size() - from);
    return {images.slice(0, from, from + n), labels.slice(0, from, from + n), classes};
}

std::vector<uint8_t> readMaybeGzip(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        throw Error(ErrorCode::FileNotFound, "cannot open " + path);
    f.seekg(0, std::ios::end);
    const std::streamoff size = f.tellg();
    f.seekg(0);
    std::vector<uint8_t> raw(size > 0 ? size_t(size) : 0);  // read in one piece, not grown
    f.read(reinterpret_cast<char*>(raw.data()), std::streamsize(raw.size()));
    if (size < 0 || f.gcount() != std::streamsize(raw.size()))
        throw Error(ErrorCode::FileUnreadable, "cannot read " + path);
    if (raw.size() < 2 || raw[0] != 0x1f || raw[1] != 0x8b)
        return raw;
    // A gzip bomb stops here. Together with the compressed bytes, the expanded ones stay within
    // twice the file's size plus 64 MiB (Fashion-MNIST's images: 26 MB to 47 MB; MNIST's: 9.9 to
    // 47). The stream is inflated twice: once to measure it (into a small buffer), once into a
    // buffer of exactly its size, so that no growing buffer overshoots.
    const size_t limit = raw.size() + (size_t(60) << 20);
    std::vector<uint8_t> chunk(1 << 20);
    auto inflateAll = [&](uint8_t* out, size_t capacity) {
        z_stream z{};
        if (inflateInit2(&z, 15 + 32) != Z_OK)
            throw Error(ErrorCode::Internal, "zlib cannot start for " + path);
        z.next_in = raw.data();
        z.avail_in = uInt(raw.size());
        size_t total = 0;
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            uint8_t* dst = out ? out + total : chunk.data();
            const size_t room = out ? std::min(capacity - total, chunk.size()) : chunk.size();
            z.next_out = dst;
            z.avail_out = uInt(room);
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&z);
                throw Error(ErrorCode::CorruptFile, path + " is a damaged gzip file (" +
                                                        (rc == Z_BUF_ERROR ? std::string("truncated") : std::to_string(rc)) + ")");
            }
            total += room - z.avail_out;
            if (total > limit) {
                inflateEnd(&z);
                throw Error(ErrorCode::CorruptFile, path + " expands to more than " + std::to_string(limit >> 20) +
                                                        " MiB: not a dataset file (a gzip bomb?)");
            }
            if (rc != Z_STREAM_END && z.avail_in == 0 && z.avail_out != 0) {
                inflateEnd(&z);
                throw Error(ErrorCode::CorruptFile, path + " is a truncated gzip file");
            }
            if (out && total == capacity && rc != Z_STREAM_END) {
                inflateEnd(&z);
                throw Error(ErrorCode::Internal, path + " expanded differently the second time");
            }
        }
        inflateEnd(&z);
        return total;
    };
    std::vector<uint8_t> out(inflateAll(nullptr, 0));
    if (!out.empty())
        inflateAll(out.data(), out.size());
    return out;
}

namespace {

uint32_t bigEndian(const std::vector<uint8_t>& b, size_t at)
{
    return uint32_t(b[at]) << 24 | uint32_t(b[at + 1]) << 16 | uint32_t(b[at + 2]) << 8 | uint32_t(b[at + 3]);
}

std::vector<uint8_t> idx(const std::string& path, uint32_t magic, int dims, std::vector<int64_t>& shape)
{
    auto b = readMaybeGzip(path);
    const size_t header = 4 + 4 * size_t(dims);
    if (b.size() < header)
        throw Error(ErrorCode::CorruptFile, path + " is too short for an IDX header");
    const uint32_t found = bigEndian(b, 0);
    if (found != magic) {
        char msg[160];
        std::snprintf(msg, sizeof msg, " has magic number 0x%08x, not 0x%08x (an IDX %s file)", found, magic,
                      dims == 1 ? "label" : "image");
        throw Error(ErrorCode::CorruptFile, path + msg);
    }
    size_t count = 1, nonZero = 1;
    shape.clear();
    for (int d = 0; d < dims; ++d) {
        shape.push_back(int64_t(bigEndian(b, 4 + 4 * size_t(d))));
        // An empty set with huge other dimensions would still overflow the tensor's strides.
        if (shape.back() > 0 && (__builtin_mul_overflow(nonZero, size_t(shape.back()), &nonZero) || nonZero > (size_t(1) << 40)))
            throw Error(ErrorCode::CorruptFile, path + ": its header's dimensions are impossibly large");
        // Checked as it is multiplied: crafted dimensions must not wrap around to the file's size.
        if (__builtin_mul_overflow(count, size_t(shape.back()), &count) || count > b.size())
            throw Error(ErrorCode::CorruptFile, path + ": its header promises more data than the file holds");
    }
    if (b.size() - header != count)
        throw Error(ErrorCode::CorruptFile, path + " holds " + std::to_string(b.size() - header) +
                                                " bytes of data where its header promises " + std::to_string(count) +
                                                " (truncated?)");
    b.erase(b.begin(), b.begin() + long(header));
    return b;
}

// The tensor takes the bytes over (no copy: a dataset file is held once).
torch::Tensor fromBytes(std::vector<uint8_t> bytes, const std::vector<int64_t>& shape)
{
    if (bytes.empty())  // an empty set has no buffer to take over
        return torch::empty(shape, torch::kUInt8);
    auto* owner = new std::vector<uint8_t>(std::move(bytes));
    return torch::from_blob(
        owner->data(), shape, [owner](void*) { delete owner; }, torch::kUInt8);
}

std::string findFile(const std::string& dir, const std::string& stem)
{
    for (const char* suffix : {"", ".gz"}) {
        const fs::path p = fs::path(dir) / (stem + suffix);
        if (fs::exists(p))
            return p.string();
    }
    throw Error(ErrorCode::FileNotFound, "no " + stem + "[.gz] in " + dir +
                                             " (Debian: apt install dataset-fashion-mnist)");
}

}  // namespace

torch::Tensor readIdxImages(const std::string& path)
{
    std::vector<int64_t> shape;
    auto b = idx(path, 0x00000803, 3, shape);
    return fromBytes(std::move(b), shape).unsqueeze(1);  // [N, 1, rows, cols]
}

torch::Tensor readIdxLabels(const std::string& path)
{
    std::vector<int64_t> shape;
    auto b = idx(path, 0x00000801, 1, shape);
    return fromBytes(std::move(b), shape).to(torch::kInt64);
}

const std::vector<std::string>& fashionMnistClasses()
{
    static const std::vector<std::string> names = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                   "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    return names;
}

std::string defaultFashionMnistDir() { return "/usr/share/datasets/fashion-mnist"; }

Dataset fashionMnist(const std::string& dir, const std::string& split)
{
    if (split != "train" && split != "test")
        throw Error(ErrorCode::BadArgument, "split is train or test, not " + split);
    const std::string prefix = split == "train" ? "train" : "t10k";
    const auto imagesPath = findFile(dir, prefix + "-images-idx3-ubyte");
    const auto labelsPath = findFile(dir, prefix + "-labels-idx1-ubyte");
    Dataset d{readIdxImages(imagesPath), readIdxLabels(labelsPath), fashionMnistClasses()};
    if (d.images.size(0) != d.labels.size(0))
        throw Error(ErrorCode::CorruptFile, imagesPath + " has " + std::to_string(d.images.size(0)) + " images but " +
                                                labelsPath + " has " + std::to_string(d.labels.size(0)) + " labels");
    if (d.labels.numel() && (d.labels.max().item<int64_t>() > 9 || d.labels.min().item<int64_t>() < 0))
        throw Error(ErrorCode::CorruptFile, labelsPath + " has labels outside 0..9");
    return d;
}

Dataset readCifarBatch(const std::string& path)
{
    constexpr size_t kRecord = 1 + 3 * 32 * 32;
    auto b = readMaybeGzip(path);
    if (b.empty() || b.size() % kRecord != 0)
        throw Error(ErrorCode::CorruptFile, path + " is " + std::to_string(b.size()) +
                                                " bytes, not a whole number of 3,073-byte CIFAR-10 records (truncated?)");
    const auto n = int64_t(b.size() / kRecord);
    auto all = fromBytes(std::move(b), {n, int64_t(kRecord)});
    Dataset d;
    d.labels = all.select(1, 0).to(torch::kInt64).contiguous();
    d.images = all.slice(1, 1).reshape({n, 3, 32, 32}).contiguous();
    if (d.labels.max().item<int64_t>() > 9)
        throw Error(ErrorCode::CorruptFile, path + " has labels above 9: not a CIFAR-10 batch");
    return d;
}

Dataset cifar10(const std::string& dir, const std::string& split)
{
    std::vector<std::string> files;
    if (split == "train")
        for (int i = 1; i <= 5; ++i)
            files.push_back((fs::path(dir) / ("data_batch_" + std::to_string(i) + ".bin")).string());
    else if (split == "test")
        files.push_back((fs::path(dir) / "test_batch.bin").string());
    else
        throw Error(ErrorCode::BadArgument, "split is train or test, not " + split);
    std::vector<torch::Tensor> images, labels;
    for (const auto& f : files) {
        if (!fs::exists(f))
            throw Error(ErrorCode::FileNotFound, "no " + f + " (the CIFAR-10 binary version)");
        auto d = readCifarBatch(f);
        images.push_back(d.images);
        labels.push_back(d.labels);
    }
    Dataset d{torch::cat(images), torch::cat(labels), {}};
    std::ifstream meta(fs::path(dir) / "batches.meta.txt");
    for (std::string line; std::getline(meta, line);)
        if (!line.empty())
            d.classes.push_back(line);
    if (d.classes.size() != 10)
        d.classes = {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"};
    return d;
}

}  // namespace inception::data
