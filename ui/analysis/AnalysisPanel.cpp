// The "Analysis" dock.
#include "AnalysisPanel.h"

#include "CentralityModel.h"
#include "CommunityColouring.h"

#include "document/GraphDocument.h"
#include "panels/DeferredRefresh.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <vector>

namespace newsgraph::ui {
namespace {

constexpr int componentNamesShown = 3;

} // namespace

AnalysisPanel::AnalysisPanel(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QWidget* parent)
    : QWidget(parent), document_(document), model_(new CentralityModel(document, this)),
      proxy_(new QSortFilterProxyModel(this)), view_(new QTableView(this)), summary_(new QLabel(this)),
      components_(new QListWidget(this)), colourByCommunity_(new QCheckBox(tr("Colour by &community"), this)),
      colouring_(new CommunityColouring(document, canvas, sync, this))
{
    setObjectName(QStringLiteral("analysisPanel"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(CentralityModel::SortRole);
    proxy_->setDynamicSortFilter(true);
    view_->setObjectName(QStringLiteral("centralityView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(CentralityModel::PageRank, Qt::DescendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    colourByCommunity_->setObjectName(QStringLiteral("colourByCommunity"));
    colourByCommunity_->setToolTip(tr("Fill nodes by their community (Louvain) instead of their type"));
    components_->setObjectName(QStringLiteral("componentList"));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(summary_);
    lowerLayout->addWidget(components_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(view_);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(colourByCommunity_);
    layout->addWidget(splitter);

    connect(colourByCommunity_, &QCheckBox::toggled, colouring_, &CommunityColouring::setEnabled);
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& index) { selectRow(index.row()); });
    connect(view_, &QTableView::activated, this, [this](const QModelIndex& index) { selectRow(index.row()); });
    connect(model_, &QAbstractItemModel::modelReset, this, &AnalysisPanel::showComponents);
    // A table of every entity, re-sorted and with components: only while the dock is on screen.
    auto* refresh = new DeferredRefresh(this, [this] { model_->refresh(); });
    connect(document_, &GraphDocument::graphChanged, refresh, &DeferredRefresh::request);
    // Hidden, a sorting proxy would re-sort every row for new measure values nobody sees; the
    // refresh on show reads them anyway.
    connect(document_, &GraphDocument::measuresReady, this, [this, refresh] {
        if (isVisible())
            model_->showMeasures();
        else
            refresh->request();
    });
    connect(components_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        QList<core::EntityId> members;
        const int component = item->data(Qt::UserRole).toInt();
        for (const auto& [id, index] : model_->components())
            if (index == component)
                members.append(id);
        document_->setSelection(members);
    });
    showComponents();
}

void AnalysisPanel::selectRow(int proxyRow)
{
    const core::EntityId id = model_->entityAt(proxy_->mapToSource(proxy_->index(proxyRow, 0)).row());
    if (id == 0)
        return;
    document_->selectEntity(id);
    document_->requestFocus(id);
}

// One line per component, largest first, named by its best-attested members.
void AnalysisPanel::showComponents()
{
    components_->clear();
    const auto& graph = document_->filteredGraph();
    std::map<int, std::vector<const core::EntityRecord*>> members;
    for (const auto& entity : graph.entities)
        if (const auto it = model_->components().find(entity.id); it != model_->components().end())
            members[it->second].push_back(&entity);
    summary_->setText(tr("%n connected component(s)", nullptr, model_->componentCount()));
    for (auto& [component, entities] : members) {
        std::stable_sort(entities.begin(), entities.end(),
                         [](const auto* a, const auto* b) { return a->mentions > b->mentions; });
        QStringList names;
        for (std::size_t i = 0; i < entities.size() && i < componentNamesShown; ++i)
            names << QString::fromStdString(entities[i]->name);
        if (entities.size() > componentNamesShown)
            names << QStringLiteral("…");
        auto* item = new QListWidgetItem(tr("%1. %n entities: %2", nullptr, static_cast<int>(entities.size()))
                                             .arg(component + 1)
                                             .arg(names.join(QStringLiteral(", "))),
                                         components_);
        item->setData(Qt::UserRole, component);
    }
}

} // namespace newsgraph::ui
