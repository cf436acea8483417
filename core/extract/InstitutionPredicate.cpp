#include "extract/InstitutionPredicate.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace newsgraph::core {

bool isInstitutionPredicate(const std::vector<Token>& tokens, std::size_t from)
{
    static constexpr std::array nouns{std::string_view{"기관"}, std::string_view{"외청"}, std::string_view{"기구"},
                                      std::string_view{"조직"}, std::string_view{"공기업"}, std::string_view{"연구원"}};
    for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
        const Token& t = tokens[k];
        if (!t.isWord()) return false;
        const bool institution = std::any_of(nouns.begin(), nouns.end(), [&](std::string_view n) { return t.stem.ends_with(n); });
        if (institution)
            return t.particle == "이다" || t.particle == "였다" || t.particle == "이었다" || t.particle == "로" ||
                   t.particle == "으로" || t.particle == "이며" || t.particle == "이고" || t.particle == "으로서";
        if (!t.particle.empty()) return false;
    }
    return false;
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
