// The clause structure of one sentence as relation extraction needs it: each mention's effective role
// (after coordination, "등 … 기업들과", apposition), coordination groups, modifiers and clause boundaries.
#pragma once

#include "extract/EntityCandidate.h"
#include "extract/MentionResolver.h"

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::core {

struct Argument {
    std::size_t entity = 0;
    EntityType type = EntityType::Company;
    std::size_t first = 0, last = 0, head = 0; // tokens
    std::size_t phraseStart = 0;               // first token including modifiers before it ("미국 IBM")
    ArgumentRole role = ArgumentRole::None;    // effective role
    std::size_t roleToken = 0;                 // token carrying that particle
    int group = -1;                            // coordination group ("엔비디아와 아마존은"), -1 when alone
    bool modifier = false;                     // "미국" in "미국 IBM", "애플" in "애플 임원 출신"
    bool anaphor = false;                      // "이 회사는" resolved to the discourse focus
    bool direct = false;                       // the role is the name's own particle, not inherited
    double confidence = 0.5;
};

class ArgumentStructure
{
public:
    ArgumentStructure(const AnalysedSentence& sentence, const std::vector<ResolvedMention>& mentions,
                      const std::vector<ExtractedEntity>& entities);

    const AnalysedSentence& sentence() const { return sentence_; }
    const std::vector<Token>& tokens() const { return sentence_.tokens; }
    const std::vector<Argument>& arguments() const { return args_; }
    // Adds a pronoun or "이 회사" phrase standing for a known entity.
    void addAnaphor(std::size_t token, std::size_t entity, EntityType type, double confidence);

    // Members of the argument's coordination group (itself when alone), modifiers excluded.
    std::vector<const Argument*> groupOf(const Argument& arg) const;
    // True when a clause ends at this token ("설립했고", "지만", "했다").
    bool endsClause(std::size_t token) const;
    // The clause containing `token`: [first, last] token indices.
    std::pair<std::size_t, std::size_t> clauseOf(std::size_t token) const;
    // One line per token and argument, for tracing (NEWSGRAPH_EXTRACT_TRACE).
    std::string describe(const std::vector<ExtractedEntity>& entities) const;

private:
    void computeRoles();
    void computeGroups();

    const AnalysedSentence& sentence_;
    std::vector<Argument> args_;
    std::vector<bool> boundary_;
};

// Nouns naming people in general ("임원", "출신", "관계자"): an organisation before them is a modifier.
bool isPersonNoun(std::string_view word);
// Words that continue a list or a comparison: "등", "같은", "비롯한", "역시".
bool isListWord(std::string_view word);
// A verb form ending a clause ("했고", "하며", "했지만", "했다").
bool isClauseEnding(std::string_view word);

} // namespace newsgraph::core
