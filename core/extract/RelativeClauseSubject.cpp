// The subject of a trigger's clause, skipping subjects of relative clauses nested in it.
#include "extract/RelativeClauseSubject.h"

#include "extract/ArgumentSlots.h"
#include "extract/ArgumentStructure.h"
#include "extract/PredicateForms.h"
#include "extract/Utf8Scan.h"

namespace newsgraph::core {

// "Y가 2024년 창업한 회사로, …": an adnominal verb right after the subject (a date between) closes a relative
// clause on a predicate noun that ends in 로 or the copula, before the trigger.
bool subjectOfRelativeClause(const std::vector<Token>& tokens, std::size_t subjectToken, std::size_t trigger)
{
    for (std::size_t k = subjectToken + 1; k + 1 < trigger && k <= subjectToken + 3; ++k) {
        if (!tokens[k].isWord())
            return false;
        if (utf8::containsDigit(tokens[k].text))
            continue; // "2024년" is a date, not a verb in ㄴ
        if (isAdnominalForm(tokens[k].text) && !isClauseEnding(tokens[k].text) && tokens[k + 1].isWord()) {
            const std::string_view p = tokens[k + 1].particle;
            return p == "로" || p == "으로" || p == "이며" || p == "며" || p == "로서" || p == "으로서";
        }
        if (!tokens[k].particle.empty())
            return false;
    }
    return false;
}

// The clause's subject: the nearest subject or topic before the trigger, else a topic earlier in the
// sentence. "워런 버핏이 이끄는 버크셔해서웨이는 … 대주주다": a subject inside a relative clause on the topic
// is not it.
Args subjectOf(const ArgumentStructure& s, const TriggerReading& r)
{
    Args subject = nearestWithRole(s, ArgumentRole::Subject, r.clause.first, r.at);
    Args topic = nearestWithRole(s, ArgumentRole::Topic, r.clause.first, r.at);
    if (!topic.empty() && (subject.empty() || topic.front()->roleToken > subject.front()->roleToken))
        subject = topic;
    // "그립스는 조현우 교수가 창업한 회사로, 로봇 손을 개발했다": a subject inside a relative clause on the
    // predicate noun is not the main clause's; the topic before it is.
    if (!subject.empty() && subject.front()->type == EntityType::Person &&
        subjectOfRelativeClause(s.tokens(), subject.back()->roleToken, r.at)) {
        const Args outer = nearestWithRole(s, ArgumentRole::Topic, 0, subject.front()->first);
        if (!outer.empty())
            return outer;
    }
    if (subject.empty())
        subject = nearestWithRole(s, ArgumentRole::Topic, 0, r.at);
    return subject;
}

// The subject of the relative clause the trigger stands in, if any ("알토스벤처스가 투자한 Y는").
Args subjectInClause(const ArgumentStructure& s, const TriggerReading& r)
{
    Args subject = nearestWithRole(s, ArgumentRole::Subject, r.clause.first, r.at);
    if (subject.empty())
        return subject;
    if (subject.front()->type == EntityType::Person &&
        subjectOfRelativeClause(s.tokens(), subject.back()->roleToken, r.at))
        return {};
    const Args topic = nearestWithRole(s, ArgumentRole::Topic, r.clause.first, r.at);
    if (topic.empty() || topic.front()->roleToken < subject.front()->roleToken)
        return subject;
    for (std::size_t k = subject.front()->roleToken + 1; k < topic.front()->first; ++k)
        if (s.tokens()[k].isWord() && isAdnominalForm(s.tokens()[k].text) &&
            !isClauseEnding(s.tokens()[k].text))
            return {};
    return subject;
}

} // namespace newsgraph::core
