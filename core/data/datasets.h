#pragma once
// Training data read from its files: Fashion-MNIST / MNIST (IDX, gzipped or not) and CIFAR-10
// (binary batches). Images come out as uint8 [N, C, H, W], labels as int64 [N]. A damaged file
// (truncated, wrong magic number, counts that disagree) is refused with an inception::Error
// that names it.
#include <torch/types.h>

#include <string>
#include <vector>

namespace inception::data {

struct Dataset {
    torch::Tensor images;  // uint8 [N, C, H, W] pixels, or float32 already the network's input (image folders)
    torch::Tensor labels;  // int64 [N]
    std::vector<std::string> classes;
    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
    // The first n examples (or all when n >= size()).
    Dataset head(int64_t n) const;
    // n examples from `from` on (clamped to the set).
    Dataset range(int64_t from, int64_t n) const;
};

// The bytes of a file, gunzipped when it is gzip (by its magic bytes, not its name).
std::vector<uint8_t> readMaybeGzip(const std::string& path);

// IDX files: images (magic 0x00000803, [N, rows, cols]) and labels (0x00000801, [N]).
torch::Tensor readIdxImages(const std::string& path);
torch::Tensor readIdxLabels(const std::string& path);

// Fashion-MNIST in a folder: {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz].
// split: "train" or "test".
Dataset fashionMnist(const std::string& dir, const std::string& split);
const std::vector<std::string>& fashionMnistClasses();
std::string defaultFashionMnistDir();  // /usr/share/datasets/fashion-mnist

// CIFAR-10 binary version: data_batch_1..5.bin (train) or test_batch.bin, each record one
// label byte and 3072 bytes of 32x32 RGB planes; batches.meta.txt names the classes.
Dataset cifar10(const std::string& dir, const std::string& split);
Dataset readCifarBatch(const std::string& path);

}  // namespace inception::data
