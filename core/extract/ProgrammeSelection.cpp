// Funds or supports for a company selected into a public body's programme.
#include "extract/ProgrammeSelection.h"

#include "extract/ArgumentSlots.h"
#include "extract/PredicateForms.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/WordAffixes.h"

namespace newsgraph::core {
namespace {

// "선정됐다", "선정돼", "선정된": chosen, not choosing.
bool selectedPassive(std::string_view w)
{
    if (!w.starts_with("선정"))
        return false;
    const std::string_view rest = w.substr(std::string_view("선정").size());
    return startsWithAny(rest, {"됐", "돼", "되", "된"});
}

// The programme phrase: "…사업 과제에", "공급기업으로", "지원 대상에".
bool closesProgrammePhrase(const Token& t)
{
    return t.isWord() && (t.particle == "에" || t.particle == "으로" || t.particle == "로");
}

bool givingBody(EntityType t)
{
    return t == EntityType::Government || t == EntityType::Country || t == EntityType::Investor ||
           t == EntityType::Academia;
}

} // namespace

void readProgrammeSelection(const ArgumentStructure& s, const SentenceContext& ctx,
                            std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t v = 2; v < tokens.size(); ++v) {
        if (!tokens[v].isWord() || !selectedPassive(tokens[v].text))
            continue;
        std::size_t phrase = v - 1;
        if (!tokens[phrase].isWord() ||
            (!closesProgrammePhrase(tokens[phrase]) && !tokens[phrase].stem.empty()))
            continue;
        // The owner: a government or public body in the genitive or compounded, with only the programme's
        // words (and its quotes) between it and the phrase's particle.
        Args givers;
        for (auto it = s.arguments().rbegin(); it != s.arguments().rend() && givers.empty(); ++it) {
            if (it->anaphor || it->last >= phrase || phrase - it->last > 8)
                continue;
            bool plain = true;
            for (std::size_t k = it->last + 1; k < phrase && plain; ++k)
                plain = !tokens[k].isWord() || tokens[k].particle.empty() ||
                        (tokens[k].stem.empty() && tokens[k].role == ArgumentRole::Genitive); // "(KDDF)의"
            const bool heads = it->role == ArgumentRole::Genitive || tokens[it->last].particle.empty();
            if (!plain || !heads || !givingBody(it->type))
                break;
            givers = s.groupOf(*it);
        }
        if (givers.empty())
            continue;
        const auto clause = s.clauseOf(v);
        Args receivers = nearestWithRole(s, ArgumentRole::Subject, clause.first, givers.front()->first);
        if (receivers.empty())
            receivers = nearestWithRole(s, ArgumentRole::Topic, 0, givers.front()->first);
        if (receivers.empty())
            continue;
        // A sum obtained in the next clause ("선정돼 3억원을 지원받았다") makes the selection a payment.
        std::size_t predicate = v;
        for (std::size_t k = v + 1; k < tokens.size() && k <= v + 4; ++k)
            if (tokens[k].isWord() && isMoneyWord(tokens[k].stem))
                predicate = k;
        emit(RelationType::Funds, givers, receivers, s, ctx, predicate, "선정", 0.6, out);
    }
}

} // namespace newsgraph::core
