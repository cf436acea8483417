#include "extract/ProgrammeFunding.h"

#include "extract/ArgumentSlots.h"
#include "extract/PredicateForms.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/WordAffixes.h"

#include <array>

namespace newsgraph::core {
namespace {

// Verbs of obtaining money. "유치" is left to investment rounds, "지원받" to the 지원 trigger unless its giver is
// a programme (an event), which that trigger cannot type.
bool obtainingVerb(std::string_view word)
{
    return startsWithAny(word, {"받", "확보", "따내", "따냈", "따낸", "획득", "지원받"});
}

// Nouns naming a funding scheme run by the body before them ("EIC 프로그램", "삼성전자 상생 펀드").
bool programmeNoun(std::string_view stem)
{
    static constexpr std::array nouns{std::string_view{"프로그램"}, std::string_view{"사업"}, std::string_view{"과제"},
                                      std::string_view{"펀드"},     std::string_view{"공모"}, std::string_view{"챌린지"},
                                      std::string_view{"대회"},     std::string_view{"재단"}};
    return endsWithAny(stem, nouns);
}

// Bodies whose money handed out is a grant or an investment by its nature; a company paying another is
// more often a customer, so a company gives only through a named programme.
bool grantingBody(EntityType t)
{
    return t == EntityType::Government || t == EntityType::Country || t == EntityType::Investor ||
           t == EntityType::Academia;
}

// The giver named by the 에서/로부터 phrase ending at `at`: a body itself, the body compounded with a
// programme noun, or the owner of a named programme ("유럽연합의 호라이즌 유럽 프로그램에서").
Args giverAt(const ArgumentStructure& s, std::size_t at)
{
    const auto& tokens = s.tokens();
    const Argument* named = nullptr;
    for (const auto& a : s.arguments())
        if (!a.anaphor && !a.modifier && a.roleToken == at && a.role == ArgumentRole::Source) named = &a;
    if (!named) {
        // "삼성전자 스타트업 육성 프로그램에서", "X의 창업 지원 사업에서": the body heading the programme's phrase.
        if (!programmeNoun(tokens[at].stem)) return {};
        for (auto it = s.arguments().rbegin(); it != s.arguments().rend(); ++it) {
            if (it->anaphor || it->last >= at) continue;
            if (at - it->last > 5) return {};
            for (std::size_t k = it->last + 1; k < at; ++k)
                if (!tokens[k].isWord() || !tokens[k].particle.empty()) return {};
            const bool heads = it->role == ArgumentRole::Genitive || tokens[it->last].particle.empty();
            if (!heads || !(isOrganisation(it->type) || it->type == EntityType::Country)) return {};
            return {&*it};
        }
        return {};
    }
    if (named->type == EntityType::Event) {
        for (const auto& a : s.arguments())
            if (!a.anaphor && a.role == ArgumentRole::Genitive && a.roleToken + 1 == named->first && isOrganisation(a.type))
                return {&a};
        return {};
    }
    if (!isOrganisation(named->type) && named->type != EntityType::Country) return {};
    // "국립과학재단(NSF)으로부터": a gloss in parentheses and the detached particle still name the body itself.
    bool direct = true;
    int depth = 0;
    for (std::size_t k = named->last + 1; k <= at && direct; ++k) {
        if (tokens[k].punct == PunctKind::OpenParen) ++depth;
        if (tokens[k].punct == PunctKind::CloseParen && depth > 0) --depth;
        direct = !tokens[k].isWord() || tokens[k].stem.empty() || depth > 0;
    }
    if (direct) return grantingBody(named->type) ? s.groupOf(*named) : Args{};
    if (!programmeNoun(tokens[at].stem)) return {};
    return {named};
}

// "MBK파트너스로부터 2조원을 받고 X를 매각했다": the price of a sale, not a grant or an investment.
bool paidForSale(const std::vector<Token>& tokens, std::size_t verb)
{
    for (std::size_t k = verb + 1; k < tokens.size(); ++k)
        if (tokens[k].isWord() && startsWithAny(tokens[k].text, {"매각", "팔", "넘기", "넘겼", "넘긴", "양도"})) return true;
    return false;
}

} // namespace

void readProgrammeFunding(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t v = 1; v < tokens.size(); ++v) {
        if (!tokens[v].isWord() || !obtainingVerb(tokens[v].text)) continue;
        const auto clause = s.clauseOf(v);
        // The sum obtained is the verb's object: "250만유로를 확보했다", "300만유로를 지원받았다".
        std::size_t sum = v;
        for (std::size_t k = v; k > clause.first && k + 3 > v;) {
            --k;
            if (tokens[k].role == ArgumentRole::Object) {
                if (isMoneyWord(tokens[k].stem)) sum = k;
                break;
            }
        }
        if (sum == v || paidForSale(tokens, v)) continue;
        Args givers;
        for (std::size_t k = sum; k > clause.first && givers.empty();) {
            --k;
            if (tokens[k].role == ArgumentRole::Source && tokens[k].isWord()) {
                givers = giverAt(s, k);
                break;
            }
        }
        if (givers.empty()) continue;
        Args receivers = nearestWithRole(s, ArgumentRole::Subject, clause.first, givers.front()->first);
        if (receivers.empty()) receivers = nearestWithRole(s, ArgumentRole::Topic, 0, givers.front()->first);
        emit(RelationType::Funds, givers, receivers, s, ctx, v, tokens[v].stem, 0.6, out);
    }
}

} // namespace newsgraph::core
