// Text form of saved views: one "key=value" per line, lists comma-separated.
#include "SavedView.h"

#include <charconv>
#include <cstdio>
#include <sstream>

namespace newsgraph::core {
namespace {

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

template <typename T, typename ToText>
std::string joined(const T& items, ToText toText)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += ',';
        out += toText(item);
    }
    return out;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

bool toDouble(const std::string& text, double& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool toInt(const std::string& text, std::int64_t& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

std::string viewSettingKey(const std::string& name)
{
    return "view:" + name;
}

std::string serializeView(const SavedView& view)
{
    const GraphFilter& f = view.filter;
    std::ostringstream out;
    out << "name=" << view.name << '\n'
        << "layout=" << view.layout << '\n'
        << "size=" << view.sizeMeasure << '\n'
        << "zoom=" << number(view.zoom) << '\n'
        << "centre=" << number(view.viewportCentre.x) << ',' << number(view.viewportCentre.y) << '\n'
        << "selection=" << joined(view.selection, [](EntityId id) { return std::to_string(id); }) << '\n'
        << "entity_types=" << joined(f.entityTypes, [](EntityType t) { return std::string(toString(t)); }) << '\n'
        << "relation_types=" << joined(f.relationTypes, [](RelationType t) { return std::string(toString(t)); })
        << '\n'
        << "articles=" << joined(f.articles, [](ArticleId id) { return std::to_string(id); }) << '\n'
        << "outlets=" << joined(f.outlets, [](const std::string& s) { return s; }) << '\n'
        << "date_from=" << f.dateFrom << '\n'
        << "date_to=" << f.dateTo << '\n'
        << "min_amount_usd=" << number(f.minAmountUsd) << '\n'
        << "min_mentions=" << f.minMentions << '\n'
        << "min_degree=" << f.minDegree << '\n'
        << "hide_isolated=" << f.hideIsolated << '\n'
        << "verified_only=" << f.verifiedOnly << '\n';
    for (const auto& [id, point] : view.positions)
        out << "pos=" << id << ',' << number(point.x) << ',' << number(point.y) << '\n';
    return out.str();
}

Result<SavedView> parseView(const std::string& text)
{
    SavedView view;
    GraphFilter& f = view.filter;
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    auto bad = [&](const std::string& what) {
        return fail(Error::Kind::InvalidInput, "saved view, line " + std::to_string(lineNo) + ": " + what);
    };
    while (std::getline(in, line)) {
        ++lineNo;
        auto eq = line.find('=');
        if (line.empty())
            continue;
        if (eq == std::string::npos)
            return bad("expected key=value");
        std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        auto list = split(value, ',');
        double d = 0;
        std::int64_t n = 0;
        if (key == "name")
            view.name = value;
        else if (key == "layout")
            view.layout = value;
        else if (key == "size")
            view.sizeMeasure = value;
        else if (key == "zoom" && toDouble(value, d))
            view.zoom = d;
        else if (key == "centre" && list.size() == 2 && toDouble(list[0], view.viewportCentre.x) &&
                 toDouble(list[1], view.viewportCentre.y))
            continue;
        else if (key == "selection") {
            for (const auto& item : list)
                if (toInt(item, n))
                    view.selection.push_back(n);
        } else if (key == "entity_types") {
            for (const auto& item : list)
                if (auto t = entityTypeFromString(item))
                    f.entityTypes.insert(*t);
        } else if (key == "relation_types") {
            for (const auto& item : list)
                if (auto t = relationTypeFromString(item))
                    f.relationTypes.insert(*t);
        } else if (key == "articles") {
            for (const auto& item : list)
                if (toInt(item, n))
                    f.articles.insert(n);
        } else if (key == "outlets")
            f.outlets.insert(list.begin(), list.end());
        else if (key == "date_from")
            f.dateFrom = value;
        else if (key == "date_to")
            f.dateTo = value;
        else if (key == "min_amount_usd" && toDouble(value, d))
            f.minAmountUsd = d;
        else if (key == "min_mentions" && toInt(value, n))
            f.minMentions = static_cast<int>(n);
        else if (key == "min_degree" && toInt(value, n))
            f.minDegree = static_cast<int>(n);
        else if (key == "hide_isolated")
            f.hideIsolated = value == "1";
        else if (key == "verified_only")
            f.verifiedOnly = value == "1";
        else if (key == "pos") {
            Point p;
            if (list.size() != 3 || !toInt(list[0], n) || !toDouble(list[1], p.x) || !toDouble(list[2], p.y))
                return bad("expected pos=id,x,y");
            view.positions[n] = p;
        } else if (key == "zoom" || key == "centre")
            return bad("malformed " + key);
    }
    return view;
}

} // namespace newsgraph::core
