#include "extract/ArgumentSlots.h"
#include "extract/ProviderProducts.h"

#include "extract/EvidenceAttributes.h"
#include "extract/RelationConstraints.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {

bool isProductKindNoun(std::string_view stem)
{
    // Kinds of goods a firm sells to other firms; deliberately not "기술" or "지원", which name know-how and
    // help rather than something bought and used.
    static constexpr std::array kinds{
        std::string_view{"GPU"},    std::string_view{"TPU"},      std::string_view{"NPU"},    std::string_view{"CPU"},
        std::string_view{"칩"},     std::string_view{"반도체"},   std::string_view{"프로세서"}, std::string_view{"가속기"},
        std::string_view{"클라우드"}, std::string_view{"서버"},   std::string_view{"플랫폼"}, std::string_view{"솔루션"},
        std::string_view{"소프트웨어"}, std::string_view{"운영체제"}, std::string_view{"챗봇"}, std::string_view{"API"},
        std::string_view{"모델"}, std::string_view{"HBM"},  std::string_view{"메모리"},
        std::string_view{"배터리"}, std::string_view{"엔진"},     std::string_view{"장비"},   std::string_view{"센서"}};
    return std::any_of(kinds.begin(), kinds.end(), [&](std::string_view k) { return stem.ends_with(k); });
}

Args productProvider(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    // The object nearest the verb is what is used ("엔비디아의 GPU를 데이터센터에 도입했다").
    std::size_t object = objectTokenBefore(s, clauseFirst, trigger);
    if (object == trigger) return {};
    // "엔비디아 GPU 10만개를": a counted object names the goods right before the count.
    if (object > clauseFirst && utf8::containsDigit(tokens[object].stem) && tokens[object - 1].isWord() &&
        tokens[object - 1].particle.empty() && isProductKindNoun(tokens[object - 1].stem))
        --object;
    else if (!isProductKindNoun(tokens[object].stem))
        return {};
    // "사업 모델", "수익 모델" are ways of doing business, not models one runs.
    if (object > 0 && tokens[object].stem == "모델" &&
        (tokens[object - 1].text == "사업" || tokens[object - 1].text == "비즈니스" || tokens[object - 1].text == "수익"))
        return {};
    // "AWS 클라우드를": the name compounded with the product noun takes the noun's particle; it is the provider.
    // A name ending at the object token is the object itself.
    for (const auto& a : s.arguments())
        if (a.roleToken == object && !a.anaphor) {
            if (a.last == object || a.type != EntityType::Company) return {};
            for (std::size_t k = a.last + 1; k < object; ++k)
                if (!tokens[k].isWord()) return {};
            return {&a};
        }
    // The owner: "X의 [words] GPU를" or a bare "X [words] 클라우드를", nothing but words of the phrase between.
    for (auto it = s.arguments().rbegin(); it != s.arguments().rend(); ++it) {
        const Argument& a = *it;
        if (a.anaphor || a.last >= object || a.last < clauseFirst) continue;
        for (std::size_t k = a.last + 1; k < object; ++k)
            if (!tokens[k].isWord() || !tokens[k].particle.empty()) return {};
        const bool genitive = a.role == ArgumentRole::Genitive && a.roleToken == a.last;
        const bool bare = tokens[a.last].particle.empty(); // its role, if any, is the phrase's own
        if (!genitive && !bare) return {};
        if (a.type != EntityType::Company) return {};
        return genitive ? s.groupOf(a) : Args{&a};
    }
    return {};
}

void emitProviderUse(const Args& users, const Args& providers, const ArgumentStructure& s, const SentenceContext& ctx,
                     std::size_t predicate, std::string_view word, double confidence, std::vector<RelationCandidate>& out)
{
    for (const Argument* user : users)
        for (const Argument* provider : providers) {
            if (user->entity == provider->entity || provider->type != EntityType::Company) continue;
            if (!(isOrganisation(user->type) || user->type == EntityType::Person)) continue;
            const double c = confidence * 0.85 * std::min(1.0, 0.5 + std::min(user->confidence, provider->confidence));
            RelationCandidate r;
            r.type = RelationType::Uses;
            r.source = user->entity;
            r.target = provider->entity;
            r.evidence = makeEvidence(s, ctx, r.type, predicate, word, c);
            out.push_back(std::move(r));
        }
}

} // namespace newsgraph::core
