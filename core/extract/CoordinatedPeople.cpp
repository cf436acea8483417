// Reads people listed with 와/과 around their titles as one coordinated subject.
#include "extract/CoordinatedPeople.h"

#include "extract/WordAffixes.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// Verb endings that would start another clause; nouns ending in ㄴ ("출신", "연구원") are not among them.
bool endsLikeVerb(std::string_view w)
{
    for (std::string_view e : {"한", "된", "던", "는", "운", "은", "았", "었", "했", "고", "며", "서", "해"})
        if (hasSuffix(w, e))
            return true;
    return false;
}

} // namespace

Args coordinatedPeople(const ArgumentStructure& s, const Args& subject, std::size_t clauseFirst)
{
    Args out;
    if (subject.empty() || !std::all_of(subject.begin(), subject.end(),
                                        [](const Argument* a) { return a->type == EntityType::Person; }))
        return out;
    const auto& tokens = s.tokens();
    std::size_t start = subject.front()->phraseStart;
    for (const Argument* a : subject)
        start = std::min(start, a->phraseStart);
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.type != EntityType::Person || a.role != ArgumentRole::Comitative ||
            a.roleToken < clauseFirst || a.roleToken >= start)
            continue;
        if (std::find(subject.begin(), subject.end(), &a) != subject.end())
            continue;
        const std::string_view particle = tokens[a.roleToken].particle;
        if (particle != "와" && particle != "과")
            continue;
        // "A 대표와 함께 일한 B가": a verb in between makes A the companion of another clause.
        bool modifiersOnly = true;
        for (std::size_t k = a.roleToken + 1; k < subject.front()->first && modifiersOnly; ++k)
            if (tokens[k].isWord() &&
                (!tokens[k].particle.empty() || endsLikeVerb(tokens[k].text) ||
                 startsWithAny(tokens[k].text, {"함께", "공동으로", "달리", "달라", "비해", "비교",
                                                "마찬가지", "같이", "대조"})))
                modifiersOnly = false;
        if (modifiersOnly)
            out.push_back(&a);
    }
    return out;
}

} // namespace newsgraph::core
