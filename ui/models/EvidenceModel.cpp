// The evidence sentences of one relation.
#include "EvidenceModel.h"

#include "EvidenceSummary.h"

#include <QStringList>

#include <algorithm>

namespace newsgraph::ui {
namespace {

QString describe(const core::EvidenceRecord& evidence)
{
    QStringList parts;
    if (evidence.amount)
        parts << EvidenceSummary::formatAmount(*evidence.amount);
    if (!evidence.role.empty())
        parts << QString::fromStdString(evidence.role);
    switch (evidence.tense) {
    case core::Tense::Past: parts << EvidenceModel::tr("past"); break;
    case core::Tense::Planned: parts << EvidenceModel::tr("planned"); break;
    case core::Tense::Present:
    case core::Tense::Unspecified: break;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

EvidenceModel::EvidenceModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void EvidenceModel::setRelation(const core::GraphData& graph, core::RelationId relation)
{
    beginResetModel();
    rows_.clear();
    const auto it = std::find_if(graph.relations.begin(), graph.relations.end(),
                                 [relation](const core::RelationRecord& r) { return r.id == relation; });
    if (relation != 0 && it != graph.relations.end()) {
        for (const auto& evidence : it->evidence) {
            Row row;
            row.article = evidence.article;
            row.sentenceIndex = static_cast<int>(evidence.sentenceIndex);
            row.cells[SentenceColumn] = QString::fromStdString(evidence.sentence);
            if (const auto* article = graph.article(evidence.article)) {
                row.cells[ArticleColumn] = QString::fromStdString(article->title.empty() ? article->fileName : article->title);
                row.cells[OutletColumn] = QString::fromStdString(article->outlet);
                QStringList reporters;
                for (const auto& reporter : article->reporters)
                    reporters << QString::fromStdString(reporter);
                row.cells[ReporterColumn] = reporters.join(QStringLiteral(", "));
                row.cells[DateColumn] = QString::fromStdString(article->publishedDate.substr(0, 10));
            } else {
                row.cells[ArticleColumn] = QString::fromStdString(evidence.articleFile);
            }
            if (!evidence.date.empty())
                row.cells[DateColumn] = tr("%1 (event %2)").arg(row.cells[DateColumn], QString::fromStdString(evidence.date));
            row.cells[DetailColumn] = describe(evidence);
            rows_.push_back(std::move(row));
        }
    }
    endResetModel();
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.cells[index.column()];
    case Qt::ToolTipRole:
        return index.column() == SentenceColumn ? tr("%1\n\nDouble-click to open the article").arg(row.cells[SentenceColumn])
                                                : row.cells[index.column()];
    case ArticleIdRole:
        return QVariant::fromValue<qint64>(row.article);
    case SentenceIndexRole:
        return row.sentenceIndex;
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentenceColumn: return tr("Sentence");
    case ArticleColumn: return tr("Article");
    case OutletColumn: return tr("Outlet");
    case ReporterColumn: return tr("Reporter");
    case DateColumn: return tr("Date");
    case DetailColumn: return tr("States");
    }
    return {};
}

} // namespace newsgraph::ui
