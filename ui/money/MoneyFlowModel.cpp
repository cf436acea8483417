// The flows table model.
#include "MoneyFlowModel.h"

#include "models/OntologyLabels.h"

#include <QLocale>

#include <cmath>

namespace newsgraph::ui {

QString formatUsd(double usd)
{
    const double magnitude = std::abs(usd);
    if (magnitude >= 1e9)
        return QStringLiteral("$%1B").arg(usd / 1e9, 0, 'f', 2);
    if (magnitude >= 1e6)
        return QStringLiteral("$%1M").arg(usd / 1e6, 0, 'f', 1);
    if (magnitude >= 1e3)
        return QStringLiteral("$%1K").arg(usd / 1e3, 0, 'f', 1);
    return QStringLiteral("$%1").arg(usd, 0, 'f', 0);
}

MoneyFlowModel::MoneyFlowModel(QObject* parent) : QAbstractTableModel(parent) {}

void MoneyFlowModel::setGraph(const core::GraphData& data, const core::RateTable& rates)
{
    beginResetModel();
    flows_ = core::moneyFlows(data, rates);
    names_.clear();
    names_.reserve(flows_.size());
    auto name = [&data](core::EntityId id) {
        const auto* entity = data.entity(id);
        return entity ? QString::fromStdString(entity->name) : QString::number(id);
    };
    for (const auto& flow : flows_) {
        QStringList sources;
        for (const auto& file : flow.sources)
            sources << QString::fromStdString(file);
        names_.push_back({name(flow.from), name(flow.to), sources.join(QStringLiteral(", "))});
    }
    endResetModel();
}

int MoneyFlowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(flows_.size());
}

int MoneyFlowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MoneyFlowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::MoneyFlow& flow = flows_[row];
    if (role == RelationIdRole)
        return QVariant::fromValue<qlonglong>(flow.relation);
    if (role == FromIdRole)
        return QVariant::fromValue<qlonglong>(flow.from);
    if (role == ToIdRole)
        return QVariant::fromValue<qlonglong>(flow.to);
    if (role == Qt::TextAlignmentRole && index.column() == UsdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == UsdColumn)
        return flow.usd ? *flow.usd : -1.0; // rows without an amount sort below every amount
    if (role == Qt::ToolTipRole && index.column() == AmountColumn && flow.amount && flow.amount->convertedValue)
        return tr("The article converts it to %1 %2")
            .arg(QLocale().toString(*flow.amount->convertedValue, 'f', 0),
                 QString::fromStdString(flow.amount->convertedCurrency));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case FromColumn: return names_[row].from;
    case ToColumn: return names_[row].to;
    case TypeColumn: return relationTypeLabel(flow.type);
    case AmountColumn: return flow.amount ? QString::fromStdString(flow.amount->asWritten) : QString();
    case UsdColumn: return flow.usd ? formatUsd(*flow.usd) : QString();
    case DateColumn: return QString::fromStdString(flow.date);
    case SourcesColumn: return names_[row].sources;
    default: return {};
    }
}

QVariant MoneyFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case TypeColumn: return tr("Type");
    case AmountColumn: return tr("Amount (as written)");
    case UsdColumn: return tr("USD");
    case DateColumn: return tr("Date");
    case SourcesColumn: return tr("Sources");
    default: return {};
    }
}

} // namespace newsgraph::ui
