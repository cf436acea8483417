// Year-by-year exchange rates to US dollars (resources/rates/usd-rates.tsv) for "follow the money".
#pragma once

#include "model/Amount.h"
#include "model/Error.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core {

class RateTable
{
public:
    // Lines "CUR<TAB>YEAR<TAB>PER_USD", '#' comments. Errors name the file and line.
    static Result<RateTable> loadFile(const std::filesystem::path& file);
    // A small built-in table (the same figures as the shipped file), for when no file is at hand.
    static RateTable builtIn();

    void set(const std::string& currency, int year, double perUsd);

    // Units of `currency` per USD in `year` (nearest year in the table); nullopt if unknown.
    std::optional<double> perUsd(std::string_view currency, int year) const;

    // The amount in USD. Prefers the article's own conversion when it is to USD; else converts
    // with the year's rate. `year` 0 means "latest year in the table".
    std::optional<double> toUsd(const Amount& amount, int year) const;

private:
    std::map<std::string, std::map<int, double>, std::less<>> rates_;
};

// The year of an ISO date prefix ("2017-10" -> 2017), or 0.
int yearOf(std::string_view isoDate);

} // namespace newsgraph::core
