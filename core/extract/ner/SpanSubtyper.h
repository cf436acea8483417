// Organisation and location sub-types of a found span (company/government/... , country/place).
#pragma once

#include "extract/ner/NerLexicon.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core::ner {

inline constexpr std::array<std::string_view, 7> subtypeNames{"company", "government", "academia", "media",
                                                              "investor", "country", "place"};
int subtypeIndex(std::string_view name); // -1 when unknown

// A small averaged multiclass perceptron over the span's text and what follows it, with suffix
// rules for what the training data lacks (investors) or when the classifier has never seen the form.
class SpanSubtyper
{
public:
    static constexpr std::uint32_t hashBits = 16;
    SpanSubtyper();

    // span: the entity's characters; after: up to two characters following it; label: "OG" or "LC".
    std::string classify(const std::u32string& span, const std::u32string& after, std::string_view label,
                         const NerLexicon* lexicon) const;

    // Training: examples accumulate, then train() runs the perceptron and replaces the weights.
    void addExample(const std::u32string& span, const std::u32string& after, int subtype);
    void train(int epochs, unsigned seed);

    const std::vector<float>& weights() const { return weights_; }
    void setWeights(std::vector<float> w) { weights_ = std::move(w); }

private:
    static std::vector<std::uint32_t> features(const std::u32string& span, const std::u32string& after);
    struct Example {
        std::vector<std::uint32_t> features;
        int subtype;
    };
    std::vector<float> weights_; // (1 << hashBits) rows * subtypeNames.size()
    std::vector<Example> examples_;
};

// Rule-only guess from the name's ending, used when the classifier has nothing to go on.
std::string subtypeBySuffix(const std::u32string& span, std::string_view label);

} // namespace newsgraph::core::ner
