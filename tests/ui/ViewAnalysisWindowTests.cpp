// Saved views (save, change, restore, delete, and the loader `render --view` uses), the analysis dock
// (PageRank order, selection, components, community colours) and switching the interface language.
#include <catch2/catch.hpp>

#include "WindowFixture.h"

#include "analysis/AnalysisPanel.h"
#include "analysis/CentralityModel.h"
#include "analysis/CommunityColouring.h"
#include "canvas/GraphCanvas.h"
#include "curation/ReviewTools.h"
#include "document/GraphDocument.h"
#include "language/LanguageMenu.h"
#include "language/UiLanguage.h"
#include "store/GraphStore.h"
#include "views/SavedViewStore.h"
#include "views/ViewsMenu.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <cmath>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::resetView;
using newsgraph::test::waitFor;

namespace {

ReviewTools& toolsOf(MainWindow& window)
{
    auto* tools = window.findChild<ReviewTools*>();
    REQUIRE(tools);
    return *tools;
}

bool measured(MainWindow& window)
{
    return !window.document()->isFiltering() && !window.document()->measures().isEmpty();
}

} // namespace

TEST_CASE("A saved view comes back after the filter and selection changed", "[ui][views]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto* menu = toolsOf(window).viewsMenu();
    GraphDocument* document = window.document();

    core::GraphFilter filter;
    filter.minMentions = 2;
    document->setFilter(filter);
    REQUIRE(waitFor([document] { return !document->isFiltering(); }));
    REQUIRE_FALSE(document->filteredGraph().entities.empty());
    const core::EntityId chosen = document->filteredGraph().entities.front().id;
    document->selectEntity(chosen);
    const double zoom = window.canvas()->view().scale;

    REQUIRE(menu->saveView(QStringLiteral("투자 관계")));
    CHECK(menu->viewNames().contains(QStringLiteral("투자 관계")));
    auto stored = loadSavedView(*document->store(), "투자 관계"); // what `render --view` reads
    REQUIRE(stored);
    CHECK(stored->filter == filter);
    CHECK(stored->selection == std::vector<core::EntityId>{chosen});
    CHECK_FALSE(stored->positions.empty());

    document->setFilter({});
    document->clearSelection();
    REQUIRE(waitFor([document] { return !document->isFiltering(); }));
    window.canvas()->fitToView();

    REQUIRE(menu->restoreView(QStringLiteral("투자 관계")));
    REQUIRE(waitFor([document, chosen] {
        return !document->isFiltering() && document->filter().minMentions == 2
            && document->selectedEntities() == QList<core::EntityId>{chosen};
    }));
    // Relative: the zoom comes back from text with six significant digits, and a fit of the restored
    // nodes (whose positions are stored the same way) may land within 1e-5 of it. Not restoring at
    // all would leave the whole graph's fit, far from the saved zoom.
    CHECK(std::abs(window.canvas()->view().scale - zoom) < 1e-4 * zoom);
    for (const auto& [id, point] : stored->positions) {
        const auto now = window.canvas()->positions();
        if (now.contains(id)) {
            CHECK(std::abs(now.at(id).x() - point.x) < 1e-6);
            break;
        }
    }

    REQUIRE(menu->deleteView(QStringLiteral("투자 관계")));
    CHECK_FALSE(menu->viewNames().contains(QStringLiteral("투자 관계")));
    auto gone = loadSavedView(*document->store(), "투자 관계");
    REQUIRE_FALSE(gone);
    CHECK(gone.error().kind == core::Error::Kind::NotFound);
    CHECK_FALSE(menu->saveView(QStringLiteral("  ")));
}

TEST_CASE("The analysis table sorts by PageRank and selecting a row selects the entity", "[ui][analysis]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    REQUIRE(waitFor([&window] { return measured(window); }, 120000));
    auto* panel = toolsOf(window).analysisPanel();
    auto* analysisDock = window.findChild<QDockWidget*>(QStringLiteral("analysisDock"));
    auto* inspectorDock = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    REQUIRE(analysisDock);
    REQUIRE(inspectorDock);
    analysisDock->show();
    analysisDock->raise(); // its tab in front of the inspector's
    QApplication::processEvents();
    REQUIRE(panel->isVisible());
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(panel->proxy(), QAbstractItemModelTester::FailureReportingMode::Warning);
    GraphDocument* document = window.document();
    REQUIRE(panel->model()->rowCount() == static_cast<int>(document->filteredGraph().entities.size()));

    panel->view()->sortByColumn(CentralityModel::PageRank, Qt::DescendingOrder);
    auto* proxy = panel->proxy();
    REQUIRE(proxy->rowCount() > 1);
    for (int row = 1; row < proxy->rowCount(); ++row)
        REQUIRE(proxy->index(row - 1, CentralityModel::PageRank).data(CentralityModel::SortRole).toDouble()
                >= proxy->index(row, CentralityModel::PageRank).data(CentralityModel::SortRole).toDouble());
    const auto top = std::max_element(document->measures().pageRank.begin(), document->measures().pageRank.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
    const core::EntityId first = proxy->index(0, 0).data(CentralityModel::EntityIdRole).toLongLong();
    CHECK(document->measures().pageRank.at(first) == Approx(top->second));

    panel->view()->setCurrentIndex(proxy->index(0, 0));
    emit panel->view()->clicked(proxy->index(0, 0));
    CHECK(document->selectedEntities() == QList<core::EntityId>{first});

    // Components: a count and one line per component, largest first.
    CHECK(panel->model()->componentCount() >= 1);
    CHECK(panel->componentList()->count() == panel->model()->componentCount());

    // Colour by community: canvas nodes take their community's colour, and lose it again.
    panel->colourByCommunity()->setChecked(true);
    const auto& nodes = window.canvas()->graph().nodes;
    REQUIRE_FALSE(nodes.empty());
    const auto& communities = document->measures().communities;
    for (const auto& node : nodes)
        if (communities.contains(node.id))
            CHECK(node.colour == CommunityColouring::colour(communities.at(node.id)));
    panel->colourByCommunity()->setChecked(false);
    CHECK(std::none_of(window.canvas()->graph().nodes.begin(), window.canvas()->graph().nodes.end(),
                       [](const CanvasNode& node) { return node.colour.isValid(); }));

    // A stricter filter resets the model (checked by the testers) and the table follows it.
    core::GraphFilter filter;
    filter.minMentions = 3;
    document->setFilter(filter);
    REQUIRE(waitFor([&window] { return measured(window); }, 120000));
    CHECK(panel->model()->rowCount() == static_cast<int>(document->filteredGraph().entities.size()));

    // With its dock closed (or behind another tab) the table waits, and catches up when shown.
    analysisDock->hide();
    QApplication::processEvents();
    REQUIRE_FALSE(panel->isVisible());
    const int rowsBefore = panel->model()->rowCount();
    filter.minMentions = 1;
    document->setFilter(filter);
    REQUIRE(waitFor([&window] { return measured(window); }, 120000));
    REQUIRE(static_cast<int>(document->filteredGraph().entities.size()) != rowsBefore);
    CHECK(panel->model()->rowCount() == rowsBefore);
    analysisDock->show();
    QApplication::processEvents();
    CHECK(panel->model()->rowCount() == static_cast<int>(document->filteredGraph().entities.size()));
    inspectorDock->raise();
    resetView(window);
}

TEST_CASE("Switching the language loads the Korean catalogue and back", "[ui][language]")
{
    auto& window = loadedSampleWindow();
    auto* menu = toolsOf(window).languageMenu();
    menu->setLanguage(QStringLiteral("ko"));
    CHECK(installedLanguage() == QStringLiteral("ko"));
    CHECK(QCoreApplication::translate("newsgraph::ui::MainWindow", "&File") == QStringLiteral("파일(&F)"));
    CHECK(QCoreApplication::translate("newsgraph::ui::CurationMenu", "&Curate") == QStringLiteral("큐레이션(&C)"));
    CHECK(chosenLanguage() == QStringLiteral("ko"));

    menu->setLanguage(QStringLiteral("en"));
    CHECK(installedLanguage() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("newsgraph::ui::MainWindow", "&File") == QStringLiteral("&File"));
    menu->setLanguage(QString()); // back to the system default for the other tests
}
