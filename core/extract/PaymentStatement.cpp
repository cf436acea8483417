#include "extract/PaymentStatement.h"

#include "extract/PredicateForms.h"
#include "extract/TriggerTable.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace newsgraph::core {

namespace {

// "250만 유로를", "3000만 달러의": a currency word written apart from its number.
bool isDetachedSum(const std::vector<Token>& tokens, std::size_t k)
{
    if (k == 0 || !tokens[k - 1].isWord() || !tokens[k].spaceBefore) return false;
    static constexpr std::array units{std::string_view{"원"}, std::string_view{"달러"}, std::string_view{"엔"},
                                      std::string_view{"유로"}, std::string_view{"위안"}, std::string_view{"파운드"}};
    const std::string_view unit = tokens[k].stem;
    const std::string_view number = tokens[k - 1].text;
    return std::find(units.begin(), units.end(), unit) != units.end() && !number.empty() &&
           std::isdigit(static_cast<unsigned char>(number.front())) != 0;
}

} // namespace

bool statesPayment(const std::vector<Token>& tokens, std::pair<std::size_t, std::size_t> clause)
{
    for (std::size_t k = clause.first; k <= clause.second && k < tokens.size(); ++k)
        if (tokens[k].isWord() && (isFundingNoun(tokens[k].stem) || isMoneyWord(tokens[k].stem) || isDetachedSum(tokens, k)))
            return true;
    return false;
}

} // namespace newsgraph::core
