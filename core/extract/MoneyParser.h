// Finds sums of money in Korean and English news sentences ("1억1000만달러", "$1.5 billion").
#pragma once

#include "model/Amount.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct MoneyMatch {
    std::size_t begin = 0, end = 0; // UTF-8 byte offsets into the sentence
    Amount amount;
};

// Amounts need a currency (word, ISO code or symbol): "2억" alone or "5만1425명" are not money.
// Qualifiers: 약/대략/가량/정도/안팎/내외/...대 -> "about"; 이상/넘는/넘게/초과/여/남짓 -> "over";
// 미만/이하 -> "under"; 총/합계 -> "total" (a bound wins over "total": "총 1억달러 이상" is "over").
// Vague amounts ("수백억 원") give their lower bound (100억) with qualifier "over".
// The article's own conversion in parentheses right after ("29억달러(약 3조9000억원)") becomes
// convertedValue/convertedCurrency and belongs to the same match.
std::vector<MoneyMatch> findAmounts(std::string_view sentence);

// The whole text (surrounding spaces aside) is one amount.
std::optional<Amount> parseAmount(std::string_view text);

} // namespace newsgraph::core
