// The flows dock.
#include "MoneyPanel.h"

#include "FlowDiagram.h"
#include "MoneyEdgeWidths.h"
#include "MoneyFlowFilter.h"
#include "MoneyFlowModel.h"
#include "UsdRates.h"

#include "document/GraphDocument.h"
#include "panels/DeferredRefresh.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace newsgraph::ui {

MoneyPanel::MoneyPanel(GraphDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new MoneyFlowModel(this)), proxy_(new MoneyFlowFilter(this)),
      selectionOnly_(new QCheckBox(tr("Only flows of the selected entities"), this)), table_(new QTableView(this)),
      totals_(new QLabel(this)), diagram_(new FlowDiagram(this))
{
    setObjectName(QStringLiteral("moneyPanel"));
    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("moneyFlowsTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(MoneyFlowModel::UsdColumn, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    selectionOnly_->setChecked(true);
    totals_->setWordWrap(true);
    totals_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(diagram_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(selectionOnly_);
    layout->addWidget(splitter, 1);
    layout->addWidget(totals_);

    // Flows of every relation with USD conversions: only while the dock is on screen.
    auto* refresh = new DeferredRefresh(this, [this] { reload(); });
    connect(document_, &GraphDocument::graphChanged, refresh, &DeferredRefresh::request);
    connect(document_, &GraphDocument::selectionChanged, this, &MoneyPanel::showSelection);
    connect(selectionOnly_, &QCheckBox::toggled, this, &MoneyPanel::showSelection);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        document_->selectRelation(index.data(MoneyFlowModel::RelationIdRole).toLongLong());
    });
    reload();
}

void MoneyPanel::reload()
{
    model_->setGraph(document_->filteredGraph(), usdRates());
    table_->resizeColumnsToContents();
    showSelection();
}

void MoneyPanel::showSelection()
{
    const auto& selected = document_->selectedEntities();
    QSet<core::EntityId> entities(selected.begin(), selected.end());
    proxy_->setEntities(selectionOnly_->isChecked() ? entities : QSet<core::EntityId>{});

    // The flow view and the totals cover the selection, or every flow when nothing is selected.
    const auto& flows = model_->flows();
    const auto largest = largestUsdPerRelation(flows);
    const core::GraphData& graph = document_->filteredGraph();
    auto name = [&graph](core::EntityId id) {
        const auto* entity = graph.entity(id);
        return entity ? QString::fromStdString(entity->name) : QString::number(id);
    };
    std::vector<FlowBand> bands;
    std::set<core::RelationId> drawn;
    for (const auto& flow : flows) {
        const bool touches = entities.isEmpty() || entities.contains(flow.from) || entities.contains(flow.to);
        const auto it = largest.find(flow.relation);
        if (touches && it != largest.end() && drawn.insert(flow.relation).second)
            bands.push_back({name(flow.from), name(flow.to), it->second});
    }
    diagram_->setBands(bands);

    if (entities.isEmpty()) {
        totals_->setText(tr("%n flow(s) in the graph. Select an entity for its totals.", nullptr,
                            static_cast<int>(flows.size())));
        return;
    }
    const auto totals = core::moneyTotals(flows);
    QStringList lines;
    for (core::EntityId id : selected) {
        const auto it = totals.find(id);
        if (it == totals.end())
            continue;
        lines << tr("%1: in %2 (%3 flows), out %4 (%5 flows)")
                     .arg(name(id), formatUsd(it->second.inUsd))
                     .arg(it->second.flowsIn)
                     .arg(formatUsd(it->second.outUsd))
                     .arg(it->second.flowsOut);
    }
    totals_->setText(lines.isEmpty() ? tr("No money flows for the selection.") : lines.join(QLatin1Char('\n')));
}

} // namespace newsgraph::ui
