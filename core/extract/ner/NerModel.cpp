#include "extract/ner/NerModel.h"

#include "extract/ner/CharFeatures.h"
#include "extract/ner/NerModelData.h"
#include "extract/ner/NerModelFile.h"
#include "extract/ner/Utf8Text.h"

#include <algorithm>
#include <cmath>

namespace newsgraph::core {

using namespace ner;


Result<NerModel> NerModel::load(const std::filesystem::path& file)
{
    auto data = readModelFile(file);
    if (!data)
        return std::unexpected(data.error());
    return fromData(std::move(*data));
}

NerModel NerModel::fromData(NerModelData data)
{
    return NerModel(std::make_shared<const NerModelData>(std::move(data)));
}

Result<void> NerModel::save(const std::filesystem::path& file) const
{
    return writeModelFile(file, *data_);
}

std::vector<int> NerModel::tagIds(const std::vector<char32_t>& chars, std::vector<float>* margins) const
{
    const NerModelData& d = *data_;
    // Reused by the thread's next sentence (the feature list is ~40 hashes per char).
    thread_local SentenceFeatures features;
    CharFeatures(&d.lexicon).extract(chars, features);
    const std::size_t n = chars.size();
    const std::uint32_t mask = (std::uint32_t{1} << d.hashBits) - 1;
    const std::uint32_t* hashes = features.hashes.data();
    const std::size_t total = features.hashes.size();
    auto row = [&](std::size_t k) { return &d.emission[static_cast<std::size_t>(hashes[k] & mask) * rowStride]; };
    // The table (32 MB) is larger than the caches and each lookup lands on a random row: the
    // loads, not the sums, are the cost. Asking for the row `prefetchDistance` features (about
    // four characters) ahead, across position boundaries, keeps enough loads in flight to hide
    // most of the latency.
    constexpr std::size_t prefetchDistance = 128;
    for (std::size_t k = 0; k < std::min(prefetchDistance, total); ++k)
        __builtin_prefetch(row(k));
    thread_local std::vector<float> emissions;
    emissions.resize(n * tagCount); // every element is written below
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t acc[tagCount] = {};
        for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
            if (k + prefetchDistance < total)
                __builtin_prefetch(row(k + prefetchDistance));
            const std::int16_t* r = row(k);
            for (std::size_t t = 0; t < static_cast<std::size_t>(tagCount); ++t)
                acc[t] += r[t];
        }
        for (std::size_t t = 0; t < static_cast<std::size_t>(tagCount); ++t)
            emissions[i * tagCount + t] = static_cast<float>(acc[t]) * d.emissionScale;
    }
    auto tags = margins != nullptr ? viterbiDecodeWithMargins(emissions, n, d.transitions, *margins)
                                   : viterbiDecode(emissions, n, d.transitions);
    dropSpansInsideLatinWords(chars, tags);
    return tags;
}

std::vector<NerSpan> NerModel::tag(std::string_view utf8Sentence) const
{
    const auto text = Utf8Text::decode(utf8Sentence);
    std::vector<float> margins;
    const auto tags = tagIds(text.chars, &margins);
    std::vector<NerSpan> spans;
    const std::size_t n = tags.size();
    for (std::size_t i = 0; i < n;) {
        if (tags[i] == 0) {
            ++i;
            continue;
        }
        const int type = typeOf(tags[i]);
        std::size_t j = i + 1;
        while (j < n && isInside(tags[j]) && typeOf(tags[j]) == type)
            ++j;
        float weakest = margins[i];
        for (std::size_t k = i; k < j; ++k)
            weakest = std::min(weakest, margins[k]);
        // The span's last char must also beat extending it: its successor's margin says how sure "O" there is.
        if (j < n)
            weakest = std::min(weakest, margins[j]);
        NerSpan span;
        span.begin = text.offsets[i];
        span.end = text.offsets[j];
        span.label = std::string(entityLabels[static_cast<std::size_t>(type)]);
        // A statistical guess never claims certainty either way.
        span.confidence = std::clamp(1.0 / (1.0 + std::exp(-static_cast<double>(weakest) * data_->confidenceScale)), 0.001, 0.999);
        if (span.label == "OG" || span.label == "LC") {
            const std::u32string name(text.chars.begin() + static_cast<std::ptrdiff_t>(i), text.chars.begin() + static_cast<std::ptrdiff_t>(j));
            std::u32string after;
            for (std::size_t k = j; k < n && k < j + 2; ++k)
                after.push_back(text.chars[k]);
            span.subtype = data_->subtyper.classify(name, after, span.label, &data_->lexicon);
        }
        spans.push_back(std::move(span));
        i = j;
    }
    return spans;
}

} // namespace newsgraph::core
