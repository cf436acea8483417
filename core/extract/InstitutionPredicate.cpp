#include "extract/InstitutionPredicate.h"

#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace newsgraph::core {

namespace {

// A noun of `nouns` within the next three words, unmarked words before it, and a particle that makes
// it the predicate ("…산하 기관이다", "…스타트업으로"); `predicative` judges that last word.
template <typename Nouns, typename Predicative>
bool nounPredicateWithin(const std::vector<Token>& tokens, std::size_t from, const Nouns& nouns, Predicative predicative)
{
    for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
        const Token& t = tokens[k];
        if (!t.isWord()) return false;
        if (std::any_of(nouns.begin(), nouns.end(), [&](std::string_view n) { return t.stem.ends_with(n); }))
            return predicative(t);
        if (!t.particle.empty()) return false;
    }
    return false;
}

} // namespace

bool isInstitutionPredicate(const std::vector<Token>& tokens, std::size_t from)
{
    static constexpr std::array nouns{std::string_view{"기관"}, std::string_view{"외청"}, std::string_view{"기구"},
                                      std::string_view{"조직"}, std::string_view{"공기업"}, std::string_view{"연구원"}};
    return nounPredicateWithin(tokens, from, nouns, [](const Token& t) {
        return t.particle == "이다" || t.particle == "였다" || t.particle == "이었다" || t.particle == "로" ||
               t.particle == "으로" || t.particle == "이며" || t.particle == "이고" || t.particle == "으로서";
    });
}

bool isFirmPredicate(const std::vector<Token>& tokens, std::size_t from)
{
    static constexpr std::array nouns{std::string_view{"기업"}, std::string_view{"업체"}, std::string_view{"회사"},
                                      std::string_view{"스타트업"}, std::string_view{"벤처"}, std::string_view{"제조사"},
                                      std::string_view{"제약사"}, std::string_view{"개발사"}, std::string_view{"법인"}};
    return nounPredicateWithin(tokens, from, nouns, [](const Token& t) {
        return t.particle == "이다" || t.particle == "다" || t.particle == "였다" || t.particle == "로" || t.particle == "으로" ||
               t.particle == "이며" || t.particle == "이고" || t.particle == "으로서" || t.particle == "로서" ||
               (t.particle.empty() && t.text.size() > t.stem.size());
    });
}

bool standsAs(const std::vector<Token>& tokens, std::size_t k)
{
    if (tokens[k].particle != "로" && tokens[k].particle != "으로") return false;
    return k + 1 >= tokens.size() || !tokens[k + 1].isWord() ||
           !startsWithAny(tokens[k + 1].text, {"매각", "넘어", "넘겼", "넘긴", "이전", "팔", "보내", "보냈", "옮"});
}

const Argument* clauseSubjectBefore(const ArgumentStructure& s, const Argument& x)
{
    const Argument* subject = nullptr;
    for (const auto& y : s.arguments())
        if (!y.anaphor && !y.modifier && y.first < x.first && (y.role == ArgumentRole::Topic || y.role == ArgumentRole::Subject))
            subject = &y;
    return subject;
}

} // namespace newsgraph::core
