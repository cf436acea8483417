// No lastmodifieddate in <meta>: a timestamp would make two exports of the same data differ.
// Symmetric relations stay directed edges with symmetric=true (networkx rejects mixed edge types).
#include "io/GexfExporter.h"

#include "io/EntityColours.h"
#include "io/ExportView.h"
#include "io/NumberFormat.h"
#include "io/XmlEscape.h"

#include <span>
#include <string_view>

namespace newsgraph::core {
namespace {

struct AttributeInfo {
    std::string_view id, type;
};
constexpr AttributeInfo nodeAttributes[] = {
    {"type", "string"}, {"aliases", "string"}, {"mentions", "integer"}, {"articles", "integer"}};
constexpr AttributeInfo edgeAttributes[] = {
    {"relation", "string"}, {"review", "string"},   {"symmetric", "boolean"}, {"amount", "double"},
    {"currency", "string"}, {"date", "string"},     {"articles", "string"},   {"sentence", "string"}};

void declare(std::ostream& out, std::string_view forClass, std::span<const AttributeInfo> attributes)
{
    out << "    <attributes class=\"" << forClass << "\" mode=\"static\">\n";
    for (const auto& attribute : attributes)
        out << "      <attribute id=\"" << attribute.id << "\" title=\"" << attribute.id << "\" type=\""
            << attribute.type << "\"/>\n";
    out << "    </attributes>\n";
}

void attvalue(std::ostream& out, std::string_view id, std::string_view value)
{
    out << "          <attvalue for=\"" << id << "\" value=\"" << escapeXml(value) << "\"/>\n";
}

} // namespace

void GexfExporter::write(const GraphData& graph, std::ostream& out) const
{
    const ExportView view(graph);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
           "  <meta>\n    <creator>NewsGraph</creator>\n"
           "    <description>Entities and relations extracted from news articles</description>\n  </meta>\n"
           "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
    declare(out, "node", nodeAttributes);
    declare(out, "edge", edgeAttributes);

    out << "    <nodes>\n";
    for (const EntityRecord* entity : view.entities()) {
        out << "      <node id=\"" << entityRef(entity->id) << "\" label=\"" << escapeXml(entity->name) << "\">\n";
        out << "        <attvalues>\n";
        attvalue(out, "type", toString(entity->type));
        std::string aliases;
        for (const auto& alias : entity->aliases) {
            if (alias == entity->name)
                continue;
            aliases += aliases.empty() ? "" : " | ";
            aliases += alias;
        }
        if (!aliases.empty())
            attvalue(out, "aliases", aliases);
        attvalue(out, "mentions", std::to_string(entity->mentions));
        attvalue(out, "articles", std::to_string(entity->articles.size()));
        out << "        </attvalues>\n";
        const Rgb colour = entityColour(entity->type);
        out << "        <viz:color r=\"" << colour.red << "\" g=\"" << colour.green << "\" b=\"" << colour.blue
            << "\"/>\n";
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const ExportRelation& relation : view.relations()) {
        const RelationSummary summary = view.summarize(relation);
        out << "      <edge id=\"" << relationRef(relation.record->id) << "\" source=\"" << entityRef(relation.source)
            << "\" target=\"" << entityRef(relation.target) << "\" label=\"" << toString(relation.type())
            << "\" weight=\"" << relation.weight() << "\">\n";
        out << "        <attvalues>\n";
        attvalue(out, "relation", toString(relation.type()));
        attvalue(out, "review", toString(relation.record->review));
        attvalue(out, "symmetric", isSymmetric(relation.type()) ? "true" : "false");
        if (summary.amount) {
            attvalue(out, "amount", formatNumber(summary.amount->value));
            attvalue(out, "currency", summary.amount->currency);
        }
        if (!summary.date.empty())
            attvalue(out, "date", summary.date);
        attvalue(out, "articles", summary.articles);
        if (!summary.sentence.empty())
            attvalue(out, "sentence", summary.sentence);
        out << "        </attvalues>\n";
        const Rgb colour = relationColour(relation.type());
        out << "        <viz:color r=\"" << colour.red << "\" g=\"" << colour.green << "\" b=\"" << colour.blue
            << "\"/>\n";
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace newsgraph::core
