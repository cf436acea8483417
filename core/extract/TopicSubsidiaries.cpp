// Part_of for subsidiaries the clause subject names as its own (계열사, 자회사, 현지 법인).
#include "extract/TopicSubsidiaries.h"

#include "extract/ArgumentSlots.h"
#include "extract/InstitutionPredicate.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"

namespace newsgraph::core {
namespace {

// "현지법인" carries what the particle stripper reads as the copula 인; the whole word is the noun.
std::string_view unitWord(const Token& t)
{
    if (t.particle == "인" && t.text.ends_with("법인")) return t.text;
    return t.particle.empty() ? t.stem : std::string_view{};
}

// A new company split off ("신설법인 Y", "새 법인 Y") is not always a subsidiary; a local one is.
bool isUnitNoun(std::string_view w, std::string_view before)
{
    if (w == "법인") return before == "현지" || before == "해외" || before == "판매" || before == "생산";
    return w == "자회사" || w == "계열사" || w == "손자회사" || w == "자매사" || w == "현지법인" || w == "해외법인" ||
           w == "판매법인" || w == "생산법인" || w == "연구소" || w == "연구조직";
}

const Argument* argumentAt(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first == token) return &a;
    return nullptr;
}

// The describing words before the unit noun name no owner of their own: "조선 계열사", "인도네시아 현지법인"
// (a place says where, not whose), but not "카카오 계열사" or "네이버의 자회사".
bool ownerWritten(const ArgumentStructure& s, std::size_t noun)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = noun; k > 0 && k + 3 > noun;) {
        --k;
        if (!tokens[k].isWord()) return false;
        // A marked word other than a genitive ("카카오는", "도쿄에") ends the phrase before the noun.
        const bool marked = !tokens[k].particle.empty();
        if (marked && tokens[k].role != ArgumentRole::Genitive) return false;
        for (const auto& a : s.arguments())
            if (!a.anaphor && a.first <= k && k <= a.last && isOrganisation(a.type)) return true;
        if (marked) return false;
    }
    return false;
}

} // namespace

void addTopicSubsidiaries(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        const std::string_view before = tokens[k - 1].isWord() ? tokens[k - 1].stem : std::string_view{};
        if (!tokens[k].isWord() || !isUnitNoun(unitWord(tokens[k]), before) || ownerWritten(s, k)) continue;
        const Argument* unit = argumentAt(s, k + 1);
        if (!unit || unit->modifier || !isOrganisation(unit->type)) continue;
        const Argument* owner = clauseSubjectBefore(s, *unit);
        if (!owner || owner->last >= k || owner->entity == unit->entity || !isOrganisation(owner->type)) continue;
        emit(RelationType::PartOf, {unit}, {owner}, s, ctx, k, tokens[k].stem, 0.65, out);
    }
}

} // namespace newsgraph::core
