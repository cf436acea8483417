// A relation found in one sentence between two article entities (by index), before keys are attached.
#pragma once

#include "model/Extraction.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::core {

struct MoneyMatch;
struct DateMatch;

struct RelationCandidate {
    RelationType type = RelationType::MentionedWith;
    std::size_t source = 0; // entity indices
    std::size_t target = 0;
    RelationEvidence evidence;
};

// What relation extractors know about the sentence besides its structure.
struct SentenceContext {
    std::size_t sentenceIndex = 0;          // Sentence::index, for evidence
    bool headline = false;                  // relations from headlines get lower confidence
    const std::vector<MoneyMatch>* amounts = nullptr;
    const std::vector<DateMatch>* dates = nullptr;
    std::optional<std::size_t> focusOrganisation; // the organisation the passage is about ("이 회사")
    std::optional<std::size_t> focusPerson;       // the person "그는" refers to
    // Person -> organisation from titles in this sentence ("샘 올트먼 오픈AI CEO"): an organisation's
    // spokesperson as subject stands for the organisation in organisation-only relations.
    std::vector<std::pair<std::size_t, std::size_t>> employerOf;
    const std::vector<ExtractedEntity>* entities = nullptr; // the article's entities, for types
};

} // namespace newsgraph::core
