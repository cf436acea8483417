// Converts amounts to US dollars with a small fixed rate table, for amount filters and money views.
#pragma once

#include "model/Amount.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core {

// One rate per currency, whatever the year. A year-by-year table will come from resources/
// (see resources/rates/ and core/analysis/RateTable); until then amount filters use these
// rough long-run figures, which are good enough to tell 1억원 from 1억달러.
class CurrencyConverter
{
public:
    CurrencyConverter(); // KRW, USD, JPY, EUR, CNY, GBP

    void setPerUsd(const std::string& currency, double unitsPerUsd);
    std::optional<double> perUsd(std::string_view currency) const;

    // Prefers the article's own conversion when it is to USD; nullopt for unknown currencies.
    std::optional<double> toUsd(const Amount& amount) const;

private:
    std::map<std::string, double, std::less<>> perUsd_;
};

} // namespace newsgraph::core
