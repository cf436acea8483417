// A sum of money as an article states it, with its qualifier and the article's own conversion.
#pragma once

#include <optional>
#include <string>

namespace newsgraph::core {

struct Amount {
    double value = 0;         // plain units of the currency: 1억달러 -> 100000000
    std::string currency;     // ISO 4217: KRW, USD, JPY, EUR, CNY, GBP
    std::string qualifier;    // "", "about" (약), "over" (이상/넘는/넘게), "under" (미만/이하), "total" (총/합계)
    std::string asWritten;    // the surface text, e.g. "약 1억달러"
    // The conversion the article gives in parentheses, e.g. "(약 1300억원)".
    std::optional<double> convertedValue;
    std::string convertedCurrency;

    bool operator==(const Amount&) const = default;
};

} // namespace newsgraph::core
