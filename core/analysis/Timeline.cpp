// Event dates and time-sliced views of the graph.
#include "Timeline.h"

#include <algorithm>
#include <set>

namespace newsgraph::core {

std::string relationEventDate(const RelationRecord& relation, const GraphData& data)
{
    std::string earliest;
    for (const EvidenceRecord& evidence : relation.evidence) {
        std::string date = evidence.date;
        if (date.empty())
            if (const ArticleRecord* article = data.article(evidence.article))
                date = article->publishedDate.substr(0, 10);
        if (!date.empty() && (earliest.empty() || date < earliest))
            earliest = date;
    }
    return earliest;
}

GraphData graphAsOf(const GraphData& data, std::string_view isoDate)
{
    GraphData sliced;
    sliced.articles = data.articles;
    sliced.entities = data.entities;
    for (const RelationRecord& relation : data.relations) {
        std::string date = relationEventDate(relation, data);
        // Compare at the precision both sides share: "2024" is not after "2024-06-01".
        std::size_t precision = std::min(date.size(), isoDate.size());
        if (date.empty() || date.compare(0, precision, isoDate.substr(0, precision)) <= 0)
            sliced.relations.push_back(relation);
    }
    return sliced;
}

std::vector<std::string> timelineMonths(const GraphData& data)
{
    std::set<std::string> months;
    for (const RelationRecord& relation : data.relations) {
        std::string date = relationEventDate(relation, data);
        if (date.size() >= 7)
            months.insert(date.substr(0, 7));
        else if (date.size() == 4)
            months.insert(date + "-01");
    }
    return {months.begin(), months.end()};
}

} // namespace newsgraph::core
