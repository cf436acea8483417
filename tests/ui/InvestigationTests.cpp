// Investigation workflows on the real window (offscreen): paths with evidence, neighbourhoods, money, time.
#include <catch2/catch.hpp>

#include "InvestigationSupport.h"

#include "analysis/Timeline.h"
#include "canvas/GraphCanvas.h"
#include "money/FlowDiagram.h"
#include "money/MoneyFlowFilter.h"
#include "money/MoneyFlowModel.h"
#include "money/MoneyPanel.h"
#include "paths/EntityPicker.h"
#include "paths/GraphLens.h"
#include "paths/NeighbourhoodNavigator.h"
#include "paths/PathPanel.h"
#include "timeline/TimeSlider.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::entityNamed;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::resetView;
using newsgraph::test::waitFor;
using newsgraph::test::workbench;

namespace {

QSet<core::EntityId> canvasEntities(const GraphCanvas& canvas)
{
    QSet<core::EntityId> ids;
    for (const auto& node : canvas.graph().nodes)
        ids.insert(node.id);
    return ids;
}

QSet<core::RelationId> canvasRelations(const GraphCanvas& canvas)
{
    QSet<core::RelationId> ids;
    for (const auto& edge : canvas.graph().edges)
        ids.insert(edge.id);
    return ids;
}

// Leaves the lens (subset, money, time) and the focus mode as a fresh window has them.
void resetInvestigation(MainWindow& window)
{
    auto& bench = workbench(window);
    bench.followMoneyAction()->setChecked(false);
    bench.focusAction()->setChecked(false);
    bench.navigator()->showAll();
    bench.timeSlider()->stop();
    bench.timeSlider()->setMonthIndex(static_cast<int>(bench.timeSlider()->months().size()));
    resetView(window);
    REQUIRE_FALSE(bench.lens()->isActive());
}

} // namespace

TEST_CASE("A path between two sample entities comes with one evidence sentence per hop", "[ui][investigate][paths]")
{
    auto& window = loadedSampleWindow();
    resetInvestigation(window);
    PathPanel* panel = workbench(window).pathPanel();
    const auto& graph = window.document()->filteredGraph();
    // The founder of 사카나AI and the government backing it: founded, then supports.
    const core::EntityId founder = entityNamed(graph, "일리언 존스");
    const core::EntityId government = entityNamed(graph, "일본 정부");
    REQUIRE(founder != 0);
    REQUIRE(government != 0);

    panel->fromPicker()->setEntity(founder, QStringLiteral("일리언 존스"));
    // The second picker goes through the search index, as typing and Enter would.
    REQUIRE(panel->toPicker()->pickBestMatch(QStringLiteral("일본 정부")));
    CHECK(panel->toPicker()->entity() == government);
    CHECK(panel->excludeMentionedBox()->isChecked());
    REQUIRE(panel->findPaths() >= 1);

    const auto& path = panel->paths().front();
    CHECK(path.front().from == founder);
    CHECK(path.back().to == government);
    QSet<core::EntityId> onPath;
    for (const auto& step : path) {
        onPath << step.from << step.to;
        const auto it = std::find_if(graph.relations.begin(), graph.relations.end(),
                                     [&](const core::RelationRecord& r) { return r.id == step.relation; });
        REQUIRE(it != graph.relations.end());
        CHECK(it->type != core::RelationType::MentionedWith);
    }
    // Highlighted on the canvas.
    const auto& highlight = window.canvas()->highlight();
    const auto& nodes = window.canvas()->graph().nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        CHECK(highlight.node(static_cast<int>(i), HighlightState::OnPath) == onPath.contains(nodes[i].id));

    const QString chain = panel->chainText();
    INFO(chain.toStdString());
    CHECK(chain.startsWith(QStringLiteral("일리언 존스 → 일본 정부")));
    CHECK(chain.count(QStringLiteral("“")) >= static_cast<qsizetype>(path.size())); // a quoted sentence per hop
    CHECK(chain.contains(QStringLiteral("일본 정부의 전폭적인 지원")));

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString markdown = folder.filePath(QStringLiteral("chain.md"));
    REQUIRE(panel->saveChain(markdown));
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    CHECK(saved.startsWith(QStringLiteral("## 일리언 존스 → 일본 정부")));
    CHECK(saved.contains(QStringLiteral("   > ")));

    const QString image = folder.filePath(QStringLiteral("path.png"));
    QString error;
    REQUIRE(panel->exportImageWithChain(image, &error));
    CHECK(QFile::exists(folder.filePath(QStringLiteral("path-chain.md"))));
    CHECK_FALSE(QImage(image).isNull());
}

TEST_CASE("Mentioned-with ties are left out of paths unless asked for", "[ui][investigate][paths]")
{
    auto& window = loadedSampleWindow();
    resetInvestigation(window);
    PathPanel* panel = workbench(window).pathPanel();
    const auto& graph = window.document()->filteredGraph();
    // Find a pair joined only by mentioned_with: then the default finds nothing, the option finds it.
    core::EntityId a = 0, b = 0;
    std::set<std::pair<core::EntityId, core::EntityId>> stated;
    for (const auto& r : graph.relations)
        if (r.type != core::RelationType::MentionedWith)
            stated.insert(std::minmax(r.source, r.target));
    core::KnowledgeGraph full(graph);
    for (const auto& r : graph.relations) {
        if (r.type != core::RelationType::MentionedWith || stated.contains(std::minmax(r.source, r.target)))
            continue;
        if (full.shortestPaths(r.source, r.target).empty()) {
            a = r.source;
            b = r.target;
            break;
        }
    }
    REQUIRE(a != 0);
    panel->fromPicker()->setEntity(a, QString::fromStdString(graph.entity(a)->name));
    panel->toPicker()->setEntity(b, QString::fromStdString(graph.entity(b)->name));
    CHECK(panel->findPaths() == 0);
    CHECK(panel->chainText().isEmpty());
    panel->excludeMentionedBox()->setChecked(false);
    CHECK(panel->findPaths() >= 1);
    panel->excludeMentionedBox()->setChecked(true);
}

TEST_CASE("Show k hops restricts the canvas, double-click expands and collapses, focus fades", "[ui][investigate][hops]")
{
    auto& window = loadedSampleWindow();
    resetInvestigation(window);
    auto& bench = workbench(window);
    const auto& graph = window.document()->filteredGraph();
    const core::EntityId sakana = entityNamed(graph, "사카나AI");
    REQUIRE(sakana != 0);
    const auto allShown = canvasEntities(*window.canvas());

    window.document()->selectEntity(sakana);
    bench.hopsBox()->setValue(1);
    bench.showHopsAction()->trigger();
    const QSet<core::EntityId> oneHop = bench.navigator()->neighbourhood(sakana, 1);
    CHECK(canvasEntities(*window.canvas()) == oneHop);
    CHECK(oneHop.contains(sakana));
    CHECK(oneHop.size() < allShown.size());
    CHECK(bench.showAllAction()->isEnabled());
    // Every relation of 사카나AI is drawn, and nothing that leaves the neighbourhood.
    for (const auto& edge : window.canvas()->graph().edges) {
        const auto& nodes = window.canvas()->graph().nodes;
        CHECK(oneHop.contains(nodes[static_cast<std::size_t>(edge.source)].id));
        CHECK(oneHop.contains(nodes[static_cast<std::size_t>(edge.target)].id));
    }

    // Double-click a neighbour (through the canvas signal): its own neighbours join; again: they go.
    core::EntityId neighbour = 0;
    for (core::EntityId id : oneHop)
        if (id != sakana && bench.navigator()->neighbourhood(id, 1).size() > 2 && !neighbour)
            neighbour = id;
    REQUIRE(neighbour != 0);
    emit window.canvas()->nodeDoubleClicked(neighbour);
    const auto expanded = canvasEntities(*window.canvas());
    CHECK(expanded.contains(bench.navigator()->neighbourhood(neighbour, 1)));
    CHECK(expanded.size() > oneHop.size());
    emit window.canvas()->nodeDoubleClicked(neighbour);
    CHECK(canvasEntities(*window.canvas()) == oneHop);

    // Focus mode on the whole graph: the 1-hop neighbourhood is in focus, the rest fades.
    bench.showAllAction()->trigger();
    CHECK(canvasEntities(*window.canvas()) == allShown);
    // Double-clicking selected the neighbour; focus follows the selection, so select 사카나AI again.
    window.document()->selectEntity(sakana);
    bench.focusAction()->setChecked(true);
    const auto& highlight = window.canvas()->highlight();
    CHECK(highlight.focusActive);
    const auto& nodes = window.canvas()->graph().nodes;
    int inFocus = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const bool focused = highlight.node(static_cast<int>(i), HighlightState::InFocus);
        CHECK(focused == oneHop.contains(nodes[i].id));
        inFocus += focused;
    }
    CHECK(inFocus == oneHop.size());
    bench.focusAction()->setChecked(false);
    CHECK_FALSE(window.canvas()->highlight().focusActive);
}

TEST_CASE("Follow the money lists the amounts the articles state, with USD values", "[ui][investigate][money]")
{
    auto& window = loadedSampleWindow();
    resetInvestigation(window);
    auto& bench = workbench(window);
    MoneyPanel* panel = bench.moneyPanel();
    QAbstractItemModelTester modelTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    bench.followMoneyAction()->setChecked(true);
    // Only money relations on the canvas, each ending at shown nodes.
    const auto& canvasGraph = window.canvas()->graph();
    REQUIRE_FALSE(canvasGraph.edges.empty());
    for (const auto& edge : canvasGraph.edges)
        CHECK(core::isMoneyRelation(edge.type));

    window.document()->clearSelection();
    auto* model = panel->model();
    auto rowWith = [model](const QString& asWritten) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, MoneyFlowModel::AmountColumn).data().toString().contains(asWritten))
                return row;
        return -1;
    };
    const int yen = rowWith(QStringLiteral("105억 엔"));
    const int dollars = rowWith(QStringLiteral("2500만달러"));
    REQUIRE(yen >= 0);
    REQUIRE(dollars >= 0);
    CHECK(model->index(dollars, MoneyFlowModel::UsdColumn).data().toString() == QStringLiteral("$25.0M"));
    CHECK(model->index(dollars, MoneyFlowModel::UsdColumn).data(MoneyFlowModel::SortRole).toDouble()
          == Approx(25e6));
    // 105억 엔 in 2017: roughly 90–100 million dollars at the year's rate (or the article's own conversion).
    const double yenUsd = model->index(yen, MoneyFlowModel::UsdColumn).data(MoneyFlowModel::SortRole).toDouble();
    CHECK(yenUsd > 80e6);
    CHECK(yenUsd < 110e6);
    CHECK(model->index(yen, MoneyFlowModel::DateColumn).data().toString().startsWith(QStringLiteral("2017")));
    CHECK_FALSE(model->index(yen, MoneyFlowModel::SourcesColumn).data().toString().isEmpty());

    // Edge width follows USD: the yen investment's edge carries its converted amount.
    const auto relation = model->index(yen, 0).data(MoneyFlowModel::RelationIdRole).toLongLong();
    const auto edge = std::find_if(canvasGraph.edges.begin(), canvasGraph.edges.end(),
                                   [relation](const CanvasEdge& e) { return e.id == relation; });
    REQUIRE(edge != canvasGraph.edges.end());
    CHECK(edge->amount == Approx(yenUsd));

    // Sorting by USD (descending) puts the largest flow on top.
    panel->proxy()->sort(MoneyFlowModel::UsdColumn, Qt::DescendingOrder);
    const double top = panel->proxy()->index(0, MoneyFlowModel::UsdColumn).data(MoneyFlowModel::SortRole).toDouble();
    for (int row = 1; row < panel->proxy()->rowCount(); ++row)
        CHECK(panel->proxy()->index(row, MoneyFlowModel::UsdColumn).data(MoneyFlowModel::SortRole).toDouble() <= top);

    // Selecting the payer: table filtered to its flows, totals out, a band in the flow view.
    const auto payer = model->index(yen, 0).data(MoneyFlowModel::FromIdRole).toLongLong();
    window.document()->selectEntity(payer);
    CHECK(panel->proxy()->rowCount() >= 1);
    CHECK(panel->proxy()->rowCount() < model->rowCount());
    CHECK(panel->totalsLabel()->text().contains(QStringLiteral("out $")));
    CHECK_FALSE(panel->diagram()->bands().empty());
    const QImage diagram = panel->diagram()->grab().toImage();
    CHECK_FALSE(diagram.isNull());

    bench.followMoneyAction()->setChecked(false);
    CHECK_FALSE(bench.lens()->isActive());
}

TEST_CASE("The time slider at an early month hides relations that happened later", "[ui][investigate][time]")
{
    auto& window = loadedSampleWindow();
    resetInvestigation(window);
    TimeSlider* slider = workbench(window).timeSlider();
    const auto& graph = window.document()->filteredGraph();
    REQUIRE(slider->months().size() >= 2);
    CHECK(slider->asOfText() == QStringLiteral("All dates"));
    const auto all = canvasRelations(*window.canvas());

    slider->setMonthIndex(0);
    const std::string month = slider->months().front().toStdString();
    CHECK(slider->asOfText().contains(slider->months().front()));
    const auto early = canvasRelations(*window.canvas());
    int later = 0;
    for (const auto& relation : graph.relations) {
        const std::string date = core::relationEventDate(relation, graph);
        if (!date.empty() && date.substr(0, month.size()) > month) {
            CHECK_FALSE(early.contains(relation.id));
            ++later;
        }
    }
    CHECK(later > 0);
    CHECK(early.size() < all.size());

    // Play steps month by month on a timer and ends on "all dates".
    slider->setStepInterval(10);
    slider->play();
    CHECK(slider->isPlaying());
    REQUIRE(waitFor([slider] { return !slider->isPlaying(); }, 20000));
    CHECK(slider->asOfText() == QStringLiteral("All dates"));
    CHECK(canvasRelations(*window.canvas()) == all);
}
