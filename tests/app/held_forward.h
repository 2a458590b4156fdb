#pragma once
// A latch a test puts in front of the inference service's forward pass: every forward that
// reaches it is counted and waits until the test opens it (once, for all of them).
#include <atomic>
#include <future>

#include "explorer/inference/inferenceservice.h"

namespace explorer::test {

class HeldForward {
public:
    explicit HeldForward(InferenceService& service) : service_(service), released_(release_.get_future().share())
    {
        service_.setGate([this] {
            ++entered_;
            released_.wait();
        });
    }
    ~HeldForward()
    {
        open();
        service_.setGate({});
    }
    HeldForward(const HeldForward&) = delete;
    HeldForward& operator=(const HeldForward&) = delete;

    int entered() const { return entered_.load(); }
    void open()
    {
        if (!opened_.exchange(true))
            release_.set_value();
    }

private:
    InferenceService& service_;
    std::promise<void> release_;
    std::shared_future<void> released_;
    std::atomic<int> entered_{0};
    std::atomic<bool> opened_{false};
};

}  // namespace explorer::test
