// The graph is directed; symmetric relations carry symmetric=true instead of a per-edge direction,
// because networkx refuses mixed graphs. Parallel edges (two relation types) are allowed by GraphML.
#include "io/GraphMlExporter.h"

#include "io/ExportView.h"
#include "io/NumberFormat.h"
#include "io/XmlEscape.h"

#include <string_view>

namespace newsgraph::core {
namespace {

struct KeyInfo {
    std::string_view id, forWhat, name, type;
};
constexpr KeyInfo keys[] = {
    {"n_label", "node", "label", "string"},       {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},   {"n_mentions", "node", "mentions", "int"},
    {"n_articles", "node", "articles", "int"},    {"e_label", "edge", "label", "string"},
    {"e_type", "edge", "type", "string"},         {"e_weight", "edge", "weight", "double"},
    {"e_review", "edge", "review", "string"},     {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_amount", "edge", "amount", "double"},     {"e_currency", "edge", "currency", "string"},
    {"e_date", "edge", "date", "string"},         {"e_articles", "edge", "articles", "string"},
    {"e_sentence", "edge", "sentence", "string"},
};

void data(std::ostream& out, std::string_view key, std::string_view value)
{
    out << "      <data key=\"" << key << "\">" << escapeXml(value) << "</data>\n";
}

std::string joinAliases(const EntityRecord& entity)
{
    std::string joined;
    for (const auto& alias : entity.aliases) {
        if (alias == entity.name)
            continue;
        if (!joined.empty())
            joined += " | ";
        joined += alias;
    }
    return joined;
}

} // namespace

void GraphMlExporter::write(const GraphData& graph, std::ostream& out) const
{
    const ExportView view(graph);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& key : keys)
        out << "  <key id=\"" << key.id << "\" for=\"" << key.forWhat << "\" attr.name=\"" << key.name
            << "\" attr.type=\"" << key.type << "\"/>\n";
    out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";

    for (const EntityRecord* entity : view.entities()) {
        out << "    <node id=\"" << entityRef(entity->id) << "\">\n";
        data(out, "n_label", entity->name);
        data(out, "n_type", toString(entity->type));
        if (const std::string aliases = joinAliases(*entity); !aliases.empty())
            data(out, "n_aliases", aliases);
        data(out, "n_mentions", std::to_string(entity->mentions));
        data(out, "n_articles", std::to_string(entity->articles.size()));
        out << "    </node>\n";
    }
    for (const ExportRelation& relation : view.relations()) {
        const RelationSummary summary = view.summarize(relation);
        out << "    <edge id=\"" << relationRef(relation.record->id) << "\" source=\"" << entityRef(relation.source)
            << "\" target=\"" << entityRef(relation.target) << "\">\n";
        data(out, "e_label", englishLabel(relation.type()));
        data(out, "e_type", toString(relation.type()));
        data(out, "e_weight", std::to_string(relation.weight()));
        data(out, "e_review", toString(relation.record->review));
        data(out, "e_symmetric", isSymmetric(relation.type()) ? "true" : "false");
        if (summary.amount) {
            data(out, "e_amount", formatNumber(summary.amount->value));
            data(out, "e_currency", summary.amount->currency);
        }
        if (!summary.date.empty())
            data(out, "e_date", summary.date);
        data(out, "e_articles", summary.articles);
        if (!summary.sentence.empty())
            data(out, "e_sentence", summary.sentence);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

} // namespace newsgraph::core
