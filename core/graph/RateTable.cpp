// Loading and looking up the year-by-year USD rate table.
#include "graph/RateTable.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

namespace newsgraph::core {

Result<RateTable> RateTable::loadFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return fail(Error::Kind::Io, file.string() + ": cannot open the rate table");
    RateTable table;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string currency;
        int year = 0;
        double perUsd = 0;
        if (!(fields >> currency >> year >> perUsd) || perUsd <= 0)
            return fail(Error::Kind::InvalidInput,
                        file.string() + ":" + std::to_string(lineNo) + ": expected CURRENCY YEAR RATE");
        table.set(currency, year, perUsd);
    }
    return table;
}

RateTable RateTable::builtIn()
{
    // Mid-2020s figures; the shipped file has the full year-by-year table.
    RateTable table;
    table.set("USD", 2024, 1.0);
    table.set("KRW", 2024, 1364);
    table.set("JPY", 2024, 151);
    table.set("EUR", 2024, 0.924);
    table.set("CNY", 2024, 7.19);
    table.set("GBP", 2024, 0.783);
    return table;
}

void RateTable::set(const std::string& currency, int year, double perUsd)
{
    rates_[currency][year] = perUsd;
}

std::optional<double> RateTable::perUsd(std::string_view currency, int year) const
{
    if (currency == "USD")
        return 1.0;
    auto found = rates_.find(currency);
    if (found == rates_.end() || found->second.empty())
        return std::nullopt;
    const auto& byYear = found->second;
    if (year == 0)
        return byYear.rbegin()->second;
    auto it = byYear.lower_bound(year);
    if (it == byYear.end())
        return std::prev(it)->second;
    if (it->first == year || it == byYear.begin())
        return it->second;
    auto before = std::prev(it);
    return (year - before->first) <= (it->first - year) ? before->second : it->second;
}

std::optional<double> RateTable::toUsd(const Amount& amount, int year) const
{
    if (amount.currency == "USD")
        return amount.value;
    if (amount.convertedValue && amount.convertedCurrency == "USD")
        return *amount.convertedValue;
    auto rate = perUsd(amount.currency, year);
    if (!rate)
        return std::nullopt;
    return amount.value / *rate;
}

int yearOf(std::string_view isoDate)
{
    int year = 0;
    if (isoDate.size() < 4)
        return 0;
    auto [ptr, ec] = std::from_chars(isoDate.data(), isoDate.data() + 4, year);
    return ec == std::errc() && ptr == isoDate.data() + 4 ? year : 0;
}

} // namespace newsgraph::core
