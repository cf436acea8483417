// Spin-offs of a unit: the new company named after the unit split off is spun off from the subject.
#include "extract/UnitSplitOff.h"

#include "extract/ArgumentSlots.h"
#include "extract/RelationEmitter.h"

namespace newsgraph::core {

// A unit that companies split off: "전지사업부", "AI 부문", "헬스케어 조직", "사내독립기업".
bool isSplitUnit(std::string_view w)
{
    return w.ends_with("사업부") || w.ends_with("부문") || w.ends_with("사업본부") || w.ends_with("조직") ||
           w.ends_with("사내독립기업") || w == "CIC" || w.ends_with("사업부문");
}

// "SK텔레콤은 보안 사업부를 분사해 SK쉴더스를 세웠다": the unit split off becomes the new company.
void readUnitSplitOff(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                      std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    const std::size_t t = r.at;
    if (r.head || !(r.continuation == Continuation::Active || !r.trigger->verbalNoun) ||
        !nearestWithRole(s, ArgumentRole::Source, r.clause.first, t).empty() || t + 2 >= tokens.size())
        return;
    // "네이버가 … CIC를 분사해 신설법인 네이버케어를 세운다": the subject may be marked either way, and a bare
    // noun saying what the new body is may stand before its name.
    Args founder = nearestWithRole(s, ArgumentRole::Topic, 0, t);
    if (founder.empty()) founder = nearestWithRole(s, ArgumentRole::Subject, 0, t);
    if (founder.empty()) return;
    auto describedBefore = [&](std::size_t first) { // "신설법인 Y", "새 법인 Y": up to two bare words
        if (first <= t || first > t + 3) return false;
        for (std::size_t k = t + 1; k < first; ++k)
            if (!tokens[k].isWord() || !(tokens[k].particle.empty() || tokens[k].text.ends_with("법인"))) return false;
        return true;
    };
    for (const auto& a : s.arguments()) {
        const bool next = describedBefore(a.first);
        if (a.anaphor || a.modifier || a.role != ArgumentRole::Object || !next || a.roleToken + 1 >= tokens.size())
            continue;
        const std::string_view v = tokens[a.roleToken + 1].text;
        if (v.starts_with("세웠") || v.starts_with("세우") || v.starts_with("세운") || v.starts_with("설립") ||
            v.starts_with("출범"))
            emit(r.type, {&a}, founder, s, ctx, t, r.trigger->word, r.trigger->confidence * 0.9, out);
    }
}

} // namespace newsgraph::core
