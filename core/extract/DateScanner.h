// Reads one Korean date expression at a position of a sentence, absolute or relative to the publication date.
#pragma once

#include "extract/CalendarDay.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core {

class DateScanner
{
public:
    struct Found {
        std::size_t end = 0;
        std::string iso;       // "" when relative and the publication date is unknown
        bool relative = false;
    };

    DateScanner(std::string_view text, std::optional<calendar::Day> publication) : text_(text), pub_(publication) {}

    // The date starting at byte `pos`, if one does.
    std::optional<Found> match(std::size_t pos) const;

private:
    enum class Anchor { Bare, Past, Future };
    struct MonthDay {
        int month = 0, day = 0;
    };

    // Absolute forms (DateScanner.cpp).
    std::optional<Found> numericDate(std::size_t pos) const;
    std::optional<Found> yearDate(std::size_t pos) const;
    std::optional<MonthDay> readMonthDay(std::size_t& pos, int year, bool korean = true) const;
    void skipRange(std::size_t& pos, int maxDigits) const;
    bool followsQuantityWord(std::size_t pos) const;
    bool isDuration(std::size_t pos) const;

    // Relative forms (RelativeDates.cpp).
    std::optional<Found> agoDate(std::size_t pos) const;
    std::optional<Found> monthOrDay(std::size_t pos, Anchor anchor) const;
    std::optional<Found> relativeWord(std::size_t pos) const;

    std::string_view text_;
    std::optional<calendar::Day> pub_;
};

} // namespace newsgraph::core
