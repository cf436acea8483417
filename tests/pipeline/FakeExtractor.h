// A deterministic stand-in for the real Extractor, so pipeline tests do not depend on extraction quality.
#pragma once

#include "extract/Extractor.h"

#include <atomic>
#include <string>

namespace newsgraph::core::testing {

// Per article: the entity "name:<file name>" and the shared entity "name:공통", both mentioned in the
// first sentence, and a mentioned_with relation between them. Files whose name contains
// `throwOn` make extract() throw, to test that exceptions become failures.
class FakeExtractor : public Extractor
{
public:
    explicit FakeExtractor(std::string throwOn = {}) : throwOn_(std::move(throwOn)) {}
    Extraction extract(const Article& article) const override;
    std::size_t calls() const { return calls_.load(); }

private:
    std::string throwOn_;
    mutable std::atomic_size_t calls_{0};
};

} // namespace newsgraph::core::testing
