// Marks known surface forms (konec form/label counts) in sentences, as hints for the silver-label converter.
#pragma once

#include "model/Error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace newsgraph::core::ner {

// What the form list says about one character.
struct FormHint {
    std::uint8_t place = 0;       // 0 no form, 1 begins, 2 inside, 3 ends, 4 single-character form
    std::uint8_t klueClass = 0;   // 0..5 KLUE type of the form's usual fine label, 6 not a KLUE entity, 7 inconsistent
    std::uint8_t reliability = 0; // bucket of (times labelled) / (times the form occurs), 0..4
    std::uint32_t fineLabel = 0;  // hash of the usual fine label ("OGG_ECONOMY")
};

struct FormCount {
    std::u32string form;
    std::string fineLabel;
    long count = 0;
};

// Maps a konec fine label (OGG_ECONOMY, LCP_CITY, ...) to a KLUE type index, 6 for "not a KLUE
// entity", 7 for classes KLUE labels inconsistently (buildings, roads, videos).
int klueClassOfFineLabel(const std::string& fine);

class FormHintProjector
{
public:
    // ne_form_label_train_freq.tsv: form<TAB>label<TAB>count, with a header line.
    static Result<std::vector<FormCount>> readFormList(const std::filesystem::path& file);

    // Occurrences are counted on corpus: the sentences the counts were taken from.
    FormHintProjector(const std::vector<FormCount>& forms, const std::vector<std::vector<char32_t>>& corpus);
    ~FormHintProjector();
    FormHintProjector(FormHintProjector&&) noexcept;
    FormHintProjector& operator=(FormHintProjector&&) noexcept;

    // Longest known forms, left to right, starting only at word starts.
    std::vector<FormHint> project(const std::vector<char32_t>& sentence) const;

private:
    struct Trie;
    std::unique_ptr<Trie> trie_;
};

} // namespace newsgraph::core::ner
