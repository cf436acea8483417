// Absolute and relative Korean dates, resolved against the article's publication date.
#include "extract/DateResolver.h"

#include "extract/CalendarDay.h"
#include "extract/DateScanner.h"
#include "extract/DateText.h"
#include "text/Utf8.h"

namespace newsgraph::core {

std::vector<DateMatch> findDates(std::string_view sentence, std::string_view publicationDate)
{
    const DateScanner scanner(sentence, calendar::parsePublication(publicationDate));
    std::vector<DateMatch> matches;
    std::size_t pos = 0;
    while (pos < sentence.size()) {
        if (datetext::mayStartAt(sentence, pos)) {
            if (auto found = scanner.match(pos)) {
                matches.push_back({pos, found->end, found->iso, found->relative});
                pos = found->end;
                continue;
            }
        }
        pos = utf8::after(sentence, pos);
    }
    return matches;
}

} // namespace newsgraph::core
