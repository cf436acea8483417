// Acquires and shareholder_of from stakes named with their size before the verb.
#include "extract/StakeDeals.h"

#include "extract/ArgumentSlots.h"
#include "extract/PredicateForms.h"

#include <array>
#include <charconv>
#include <string_view>

namespace newsgraph::core {
namespace {

// How far a stake's share and verb may stand from the stake noun: "지분 100%를 65억달러(약 9조5000억원)에
// 사들이는" puts the amount and its conversion in between.
constexpr std::size_t stakeReach = 10;

bool startsWithAnyOf(std::string_view w, std::initializer_list<std::string_view> prefixes)
{
    for (auto p : prefixes)
        if (w.starts_with(p)) return true;
    return false;
}

// The percentage a token writes ("80%를" -> 80, "50.1%" -> 50.1), or a negative value.
double percentOf(std::string_view w)
{
    const std::size_t sign = w.find('%');
    if (sign == std::string_view::npos || sign == 0) return -1;
    double value = -1;
    const auto [ptr, ec] = std::from_chars(w.data(), w.data() + sign, value);
    if (ec != std::errc() || ptr != w.data() + sign) return -1;
    return value;
}

} // namespace

bool buysMajorityStake(const std::vector<Token>& tokens, std::size_t stake)
{
    bool majority = false;
    for (std::size_t k = stake + 1; k < tokens.size() && k <= stake + stakeReach; ++k) {
        if (!tokens[k].isWord()) continue;
        const std::string_view w = tokens[k].text;
        if (!majority) {
            majority = percentOf(tokens[k].stem) > 50 || w.starts_with("전량");
            if (!majority && !tokens[k].particle.empty()) return false; // "지분을 취득" names no share
            continue;
        }
        if (startsWithAnyOf(w, {"취득", "인수", "사들", "매입", "확보"})) return true;
        if (isClauseEnding(w)) return false;
    }
    return false;
}

const Argument* stakeHolderAfter(const ArgumentStructure& s, std::size_t stake)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = stake + 1; k < tokens.size() && k <= stake + 4; ++k) {
        if (!tokens[k].isWord()) continue;
        const std::string_view w = tokens[k].text;
        if (startsWithAnyOf(w, {"보유", "가진", "가졌던", "갖고", "소유"})) {
            if (w.starts_with("갖고") && k + 1 < tokens.size() && tokens[k + 1].text == "있는") ++k;
            else if (!isAdnominalForm(tokens[k].text) || isClauseEnding(tokens[k].text)) return nullptr;
            return k + 1 < tokens.size() && tokens[k + 1].isWord() ? headAfter(s, k) : nullptr;
        }
        if (isClauseEnding(w)) return nullptr;
    }
    return nullptr;
}

} // namespace newsgraph::core
