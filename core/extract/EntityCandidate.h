// A proposed entity mention (from the lexicon, a rule or later a model) before overlaps are resolved.
#pragma once

#include "extract/SentenceTokens.h"
#include "model/Article.h"
#include "model/EntityType.h"
#include "model/Extraction.h"

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::core {

struct LexiconEntry;

struct EntityCandidate {
    std::size_t firstToken = 0; // inclusive word-token span in the sentence
    std::size_t lastToken = 0;
    std::size_t begin = 0;      // UTF-8 byte offsets into the sentence text, particle excluded
    std::size_t end = 0;
    std::string name;           // display form of this mention ("엘지유플러스")
    std::vector<std::string> aliases; // other forms stated with it ("LG유플러스", "PFN")
    EntityType type = EntityType::Company;
    EntitySource source = EntitySource::Rule;
    double confidence = 0.5;
    const LexiconEntry* lexicon = nullptr;
    std::string rule;           // which recogniser proposed it, for diagnostics
    std::string fullName;       // a short form's full name from earlier in the article ("올트먼" -> "샘 올트먼")
    // The token whose particle tells the mention's part in the clause: the title in "샘 올트먼 오픈AI CEO는".
    std::size_t headToken = static_cast<std::size_t>(-1);

    std::size_t head() const { return headToken == static_cast<std::size_t>(-1) ? lastToken : headToken; }

    // A rule's candidate for one word token, its particle left out: what most recognisers propose.
    static EntityCandidate forStem(std::size_t index, const Token& token, std::string name, EntityType type,
                                   double confidence, std::string rule)
    {
        EntityCandidate c;
        c.firstToken = c.lastToken = index;
        c.begin = token.begin;
        c.end = token.stemEnd();
        c.name = std::move(name);
        c.type = type;
        c.source = EntitySource::Rule;
        c.confidence = confidence;
        c.rule = std::move(rule);
        return c;
    }
};

// "샘 올트먼 오픈AI 최고경영자(CEO)", "업스테이지 창업자 김성훈", "이데이 노부유키 전 소니 회장": a person, a title
// and the organisation the title belongs to, as PersonRecognizer found them (token spans in the sentence).
struct RoleApposition {
    std::size_t personFirst = 0, personLast = 0;
    bool hasOrganisation = false;
    std::size_t orgFirst = 0, orgLast = 0;
    std::size_t titleToken = 0;
    std::string role;      // canonical title ("CEO", "chairman")
    bool founder = false;  // 창업자, 설립자
    bool past = false;     // "전 소니 회장"
    bool organisational = true;
};

// One sentence as the recognisers and relation extractors see it.
struct AnalysedSentence {
    const Sentence* sentence = nullptr;
    std::vector<Token> tokens;
    std::vector<EntityCandidate> candidates;
    std::vector<RoleApposition> roles;
};

} // namespace newsgraph::core
