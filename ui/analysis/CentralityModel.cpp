// One row per entity of the filtered graph with its network measures.
#include "CentralityModel.h"

#include "document/GraphDocument.h"
#include "graph/KnowledgeGraph.h"
#include "models/OntologyLabels.h"

#include <algorithm>

namespace newsgraph::ui {

CentralityModel::CentralityModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document)
{
    refresh();
}

void CentralityModel::showMeasures()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Degree), index(rowCount() - 1, Community));
}

void CentralityModel::refresh()
{
    beginResetModel();
    rows_.clear();
    const auto& graph = document_->filteredGraph();
    rows_.reserve(graph.entities.size());
    for (const auto& entity : graph.entities)
        rows_.push_back({entity.id, QString::fromStdString(entity.name), entity.type, entity.mentions});
    // Components are cheap (linear) next to betweenness, so they are computed here, on demand.
    components_ = graph.entities.empty() ? std::map<core::EntityId, int>{} : core::KnowledgeGraph(graph).components();
    componentCount_ = 0;
    for (const auto& [id, component] : components_)
        componentCount_ = std::max(componentCount_, component + 1);
    endResetModel();
}

int CentralityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CentralityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::EntityId CentralityModel::entityAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].id : 0;
}

double CentralityModel::measure(const std::map<core::EntityId, double>& values, core::EntityId id) const
{
    const auto it = values.find(id);
    return it == values.end() ? 0.0 : it->second;
}

QVariant CentralityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Entity");
    case Type: return tr("Type");
    case Mentions: return tr("Mentions");
    case Degree: return tr("Degree");
    case Betweenness: return tr("Betweenness");
    case PageRank: return tr("PageRank");
    case Community: return tr("Community");
    case Component: return tr("Component");
    default: return {};
    }
}

QVariant CentralityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& entity = rows_[static_cast<std::size_t>(index.row())];
    const auto& measures = document_->measures();
    if (role == EntityIdRole)
        return QVariant::fromValue<qint64>(entity.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Mentions ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const auto number = [sort](double value, int decimals) -> QVariant {
        return sort ? QVariant(value) : QVariant(QString::number(value, 'f', decimals));
    };
    switch (index.column()) {
    case Name: return entity.name;
    case Type: return entityTypeLabel(entity.type);
    case Mentions: return entity.mentions;
    case Degree: return sort ? QVariant(measure(measures.degree, entity.id))
                             : QVariant(static_cast<int>(measure(measures.degree, entity.id)));
    case Betweenness: return number(measure(measures.betweenness, entity.id), 3);
    case PageRank: return number(measure(measures.pageRank, entity.id), 4);
    case Community: {
        const auto it = measures.communities.find(entity.id);
        return it == measures.communities.end() ? QVariant() : QVariant(it->second + 1);
    }
    case Component: {
        const auto it = components_.find(entity.id);
        return it == components_.end() ? QVariant() : QVariant(it->second + 1);
    }
    default: return {};
    }
}

} // namespace newsgraph::ui
