// A path read as a chain of evidence.
#include "EvidenceChain.h"

#include "models/OntologyLabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace newsgraph::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EvidenceChain", text);
}

QString entityName(const core::GraphData& data, core::EntityId id)
{
    const auto* entity = data.entity(id);
    return entity ? QString::fromStdString(entity->name) : QString::number(id);
}

const core::RelationRecord* findRelation(const core::GraphData& data, core::RelationId id)
{
    const auto it = std::lower_bound(data.relations.begin(), data.relations.end(), id,
                                     [](const core::RelationRecord& r, core::RelationId value) { return r.id < value; });
    if (it != data.relations.end() && it->id == id)
        return &*it;
    const auto found = std::find_if(data.relations.begin(), data.relations.end(),
                                    [id](const core::RelationRecord& r) { return r.id == id; });
    return found == data.relations.end() ? nullptr : &*found;
}

QString sourceLine(const ChainHop& hop)
{
    QStringList parts;
    if (!hop.outlet.isEmpty())
        parts << hop.outlet;
    if (!hop.articleTitle.isEmpty())
        parts << QStringLiteral("“%1”").arg(hop.articleTitle);
    else if (!hop.articleFile.isEmpty())
        parts << hop.articleFile;
    if (!hop.date.isEmpty())
        parts << hop.date;
    return parts.join(QStringLiteral(", "));
}

QString hopHeadline(const ChainHop& hop)
{
    return QStringLiteral("%1 —%2→ %3").arg(hop.statedSource, hop.relation, hop.statedTarget);
}

} // namespace

QList<ChainHop> evidenceChain(const core::GraphData& data, const std::vector<core::PathStep>& path)
{
    QList<ChainHop> chain;
    for (const auto& step : path) {
        ChainHop hop;
        hop.from = entityName(data, step.from);
        hop.to = entityName(data, step.to);
        const auto* relation = findRelation(data, step.relation);
        if (!relation) {
            chain << hop;
            continue;
        }
        hop.relation = relationTypeLabel(relation->type);
        hop.againstDirection = relation->source != step.from;
        hop.statedSource = entityName(data, relation->source);
        hop.statedTarget = entityName(data, relation->target);
        const auto best = std::max_element(relation->evidence.begin(), relation->evidence.end(),
                                           [](const core::EvidenceRecord& a, const core::EvidenceRecord& b) {
                                               return a.confidence < b.confidence; // first of equals wins
                                           });
        if (best != relation->evidence.end()) {
            hop.sentence = QString::fromStdString(best->sentence).simplified();
            hop.articleFile = QString::fromStdString(best->articleFile);
            hop.date = QString::fromStdString(best->date);
            if (const auto* article = data.article(best->article)) {
                hop.articleTitle = QString::fromStdString(article->title);
                hop.outlet = QString::fromStdString(article->outlet);
                if (hop.date.isEmpty())
                    hop.date = QString::fromStdString(article->publishedDate);
            }
        }
        chain << hop;
    }
    return chain;
}

QString chainAsText(const QList<ChainHop>& chain)
{
    if (chain.isEmpty())
        return {};
    QString text = QStringLiteral("%1 → %2\n").arg(chain.constFirst().from, chain.constLast().to);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ChainHop& hop = chain[i];
        text += QStringLiteral("\n%1. %2\n").arg(i + 1).arg(hopHeadline(hop));
        text += hop.sentence.isEmpty() ? tr("   (no evidence sentence: added by hand)") + QLatin1Char('\n')
                                       : QStringLiteral("   “%1”\n").arg(hop.sentence);
        if (const QString source = sourceLine(hop); !source.isEmpty())
            text += QStringLiteral("   — %1\n").arg(source);
    }
    return text;
}

QString chainAsMarkdown(const QList<ChainHop>& chain)
{
    if (chain.isEmpty())
        return {};
    QString text = QStringLiteral("## %1 → %2\n").arg(chain.constFirst().from, chain.constLast().to);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ChainHop& hop = chain[i];
        text += QStringLiteral("\n%1. **%2**\n\n").arg(i + 1).arg(hopHeadline(hop));
        text += hop.sentence.isEmpty() ? QStringLiteral("   > %1\n").arg(tr("(no evidence sentence: added by hand)"))
                                       : QStringLiteral("   > %1\n").arg(hop.sentence);
        if (const QString source = sourceLine(hop); !source.isEmpty())
            text += QStringLiteral("\n   *%1*\n").arg(source);
    }
    return text;
}

} // namespace newsgraph::ui
