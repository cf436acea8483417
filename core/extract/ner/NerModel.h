// The statistical Korean NER tagger: loads a trained model file and tags UTF-8 sentences.
#pragma once

#include "extract/ner/NerSpan.h"
#include "model/Error.h"

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace newsgraph::core {

namespace ner {
struct NerModelData;
}

class NerModel
{
public:
    static Result<NerModel> load(const std::filesystem::path& file);
    static NerModel fromData(ner::NerModelData data);

    // Thread-safe: the model is immutable after loading; each call uses its own buffers.
    std::vector<NerSpan> tag(std::string_view utf8Sentence) const;
    // BIO tag ids (see ner/NerTagSet.h) for each code point; margins (optional) get the max-marginal margins.
    std::vector<int> tagIds(const std::vector<char32_t>& chars, std::vector<float>* margins = nullptr) const;

    Result<void> save(const std::filesystem::path& file) const;
    const ner::NerModelData& data() const { return *data_; }

private:
    explicit NerModel(std::shared_ptr<const ner::NerModelData> data) : data_(std::move(data)) {}
    std::shared_ptr<const ner::NerModelData> data_;
};

} // namespace newsgraph::core
