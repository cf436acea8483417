// Fixed conversion rates (units per US dollar).
#include "graph/CurrencyConverter.h"

namespace newsgraph::core {

CurrencyConverter::CurrencyConverter()
    : perUsd_{{"USD", 1.0}, {"KRW", 1300.0}, {"JPY", 140.0}, {"EUR", 0.92}, {"CNY", 7.0}, {"GBP", 0.79}}
{
}

void CurrencyConverter::setPerUsd(const std::string& currency, double unitsPerUsd)
{
    if (unitsPerUsd > 0)
        perUsd_[currency] = unitsPerUsd;
}

std::optional<double> CurrencyConverter::perUsd(std::string_view currency) const
{
    auto it = perUsd_.find(currency);
    if (it == perUsd_.end())
        return std::nullopt;
    return it->second;
}

std::optional<double> CurrencyConverter::toUsd(const Amount& amount) const
{
    if (amount.convertedValue && amount.convertedCurrency == "USD")
        return *amount.convertedValue;
    if (auto rate = perUsd(amount.currency))
        return amount.value / *rate;
    if (amount.convertedValue)
        if (auto rate = perUsd(amount.convertedCurrency))
            return *amount.convertedValue / *rate;
    return std::nullopt;
}

} // namespace newsgraph::core
