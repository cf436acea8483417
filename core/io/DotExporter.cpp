// Symmetric relations are drawn without arrowheads (dir=none) inside the digraph.
#include "io/DotExporter.h"

#include "io/EntityColours.h"
#include "io/ExportView.h"
#include "io/NumberFormat.h"
#include "io/Utf8Repair.h"

namespace newsgraph::core {

std::string dotQuote(std::string_view text)
{
    const std::string valid = repairUtf8(text);
    std::string out = "\"";
    for (const char c : valid) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out += c;
        }
    }
    out += '"';
    return out;
}

namespace {

std::string amountText(const Amount& amount)
{
    if (!amount.asWritten.empty())
        return amount.asWritten;
    return formatNumber(amount.value) + " " + amount.currency;
}

} // namespace

void DotExporter::write(const GraphData& graph, std::ostream& out) const
{
    const ExportView view(graph);
    out << "digraph newsgraph {\n"
           "  graph [overlap=false, splines=true, fontname=\"Noto Sans CJK KR\"];\n"
           "  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK KR\"];\n"
           "  edge [fontname=\"Noto Sans CJK KR\", fontsize=10];\n";
    for (const EntityRecord* entity : view.entities()) {
        out << "  " << dotQuote(entityRef(entity->id)) << " [label=" << dotQuote(entity->name)
            << ", fillcolor=" << dotQuote(hexColour(entityColour(entity->type)))
            << ", tooltip=" << dotQuote(std::string(toString(entity->type)) + ", " + std::to_string(entity->mentions)
                                        + " mentions")
            << "];\n";
    }
    for (const ExportRelation& relation : view.relations()) {
        const RelationSummary summary = view.summarize(relation);
        std::string label(toString(relation.type()));
        if (summary.amount)
            label += "\n" + amountText(*summary.amount);
        out << "  " << dotQuote(entityRef(relation.source)) << " -> " << dotQuote(entityRef(relation.target))
            << " [label=" << dotQuote(label) << ", color=" << dotQuote(hexColour(relationColour(relation.type())))
            << ", weight=" << relation.weight();
        if (isSymmetric(relation.type()))
            out << ", dir=none";
        if (relation.type() == RelationType::MentionedWith)
            out << ", style=dashed";
        if (!summary.sentence.empty())
            out << ", tooltip=" << dotQuote(summary.sentence);
        out << "];\n";
    }
    out << "}\n";
}

} // namespace newsgraph::core
