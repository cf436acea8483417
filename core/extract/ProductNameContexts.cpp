// Types quoted and unquoted names as products from the verb or kind noun around them.
#include "extract/ProductNameContexts.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/ProviderProducts.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <string>

namespace newsgraph::core {

bool isProductObjectVerb(const std::vector<Token>& tokens, std::size_t at)
{
    if (at >= tokens.size() || !tokens[at].isWord())
        return false;
    const std::string_view w = tokens[at].text;
    // Verbal nouns take their light verb ("개발했다", "도입한"); a bare noun ("개발 경험") is no predicate.
    for (std::string_view noun :
         {"개발", "출시", "공개", "도입", "활용", "적용", "탑재", "상용화", "채택", "양산"})
        if (w.starts_with(noun)) {
            const std::string_view rest = w.substr(noun.size());
            return rest.starts_with("하") || rest.starts_with("했") || rest.starts_with("한") ||
                   rest.starts_with("해") || rest.starts_with("할");
        }
    // Native verbs: "선보였다", "내놓았다", "내놨다" (not 만들다: "‘무신사’를 만든" names a company as
    // often).
    return startsWithAny(w, {"선보", "내놓", "내놨"});
}

bool isPolicyLikeName(std::string_view name)
{
    // "‘주 4일제’를 도입했다", "‘AI 기본법’을 적용한다", "‘탄소중립 전략’을 공개했다": rules and plans are
    // adopted and made public like products, but are none.
    static constexpr std::array<std::string_view, 17> endings{
        "법",   "제",   "제도",       "정책", "전략", "계획", "방안",   "캠페인", "프로젝트",
        "사업", "지침", "가이드라인", "원칙", "규정", "규제", "요금제", "비전"};
    return endsWithAny(name, endings);
}

void proposeDescribedProducts(AnalysedSentence& s)
{
    const auto& tokens = s.tokens;
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        const Token& name = tokens[i];
        const Token& kind = tokens[i - 1];
        if (!name.isWord() || (name.particle != "을" && name.particle != "를") || !name.spaceBefore)
            continue;
        if (!kind.isWord() || !kind.particle.empty() || !isProductDescriptor(kind.stem))
            continue;
        const std::string_view stem = name.stem;
        if (stem.empty() || !isNameWord(stem, 8) || isGenericNoun(stem) || isFunctionWord(stem) ||
            isProductDescriptor(stem) || isCompanyDescriptor(stem) || matchRoleTitle(stem) ||
            isPolicyLikeName(stem))
            continue;
        // Two-syllable words after a product noun are mostly actions on it ("앱 개편을"); so are a few longer
        // ones.
        static constexpr std::array<std::string_view, 9> changes{
            "기능", "버전", "업데이트", "업그레이드", "개편", "개선", "판매", "시장", "신제품"};
        if ((!utf8::hasLatin(stem) && utf8::hangulCount(stem) < 3) || endsWithAny(stem, changes))
            continue;
        // "새 칩 GPU를": a short capitalised acronym names a kind of product, not one.
        const bool acronym = stem.size() <= 5 && std::all_of(stem.begin(), stem.end(),
                                                             [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        if (acronym || isProductKindNoun(stem))
            continue;
        bool verb = false;
        for (std::size_t k = i + 1; k < tokens.size() && k <= i + 2 && tokens[k].isWord() && !verb; ++k)
            verb = isProductObjectVerb(tokens, k);
        if (!verb)
            continue;
        const bool covered =
            std::any_of(s.candidates.begin(), s.candidates.end(),
                        [&](const EntityCandidate& c) { return c.firstToken <= i && i <= c.lastToken; });
        if (covered)
            continue;
        s.candidates.push_back(
            EntityCandidate::forStem(i, name, std::string(stem), EntityType::Product, 0.55, "product-described"));
    }
}

} // namespace newsgraph::core
