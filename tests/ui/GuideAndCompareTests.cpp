// The user guide's screenshots, taken by driving the real window offscreen (docs/screenshots/guide-*.png),
// then "what changed": a snapshot, one more article, and the comparison. Kept in one file, in this
// order, because the comparison adds an article to the window's database.
#include <catch2/catch.hpp>

#include "InvestigationSupport.h"

#include "canvas/GraphCanvas.h"
#include "compare/ComparePanel.h"
#include "compare/DatabaseSnapshot.h"
#include "panels/SearchField.h"
#include "paths/EntityPicker.h"
#include "paths/GraphLens.h"
#include "paths/NeighbourhoodNavigator.h"
#include "paths/PathPanel.h"
#include "timeline/TimeSlider.h"
#include "window/DatabaseSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QInputMethodEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::entityNamed;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::resetView;
using newsgraph::test::waitFor;
using newsgraph::test::workbench;

namespace {

const QString screenshotFolder = QStringLiteral(NEWSGRAPH_RESOURCES_DIR "/../docs/screenshots");

void settle(MainWindow& window)
{
    REQUIRE(waitFor([&window] { return !window.canvas()->isLayoutRunning() && !window.document()->isFiltering(); },
                    120000));
    QTest::qWait(150); // docks and the canvas repaint at their new sizes
}

void shoot(MainWindow& window, const QString& name)
{
    settle(window);
    const QImage shot = window.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(QDir().mkpath(screenshotFolder));
    CHECK(shot.save(screenshotFolder + QLatin1Char('/') + name));
}

void showDock(MainWindow& window, const char* name)
{
    auto* dock = window.findChild<QDockWidget*>(QLatin1String(name));
    REQUIRE(dock != nullptr);
    dock->show();
    dock->raise();
}

} // namespace

TEST_CASE("User guide screenshots on the sample corpus", "[ui][investigate][screenshot]")
{
    // Hangul in the guide's pictures comes from Noto CJK, not from whatever fallback happens to be found.
    QFont font(QStringLiteral("Noto Sans CJK KR"), 9);
    QApplication::setFont(font);
    REQUIRE(QFontInfo(QApplication::font()).family().startsWith(QStringLiteral("Noto Sans CJK")));

    auto& window = loadedSampleWindow();
    auto& bench = workbench(window);
    resetView(window);
    window.resize(1400, 900);
    settle(window);
    window.canvas()->fitToView();
    shoot(window, QStringLiteral("guide-01-first-start.png"));

    // Search: typing Hangul into the search field and pressing Enter selects and centres the entity.
    SearchField* search = window.searchField();
    search->setFocus();
    search->clear();
    // Hangul arrives through the input method, not as key events (QTest::keyClicks is ASCII-only).
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("사카나AI"));
    QApplication::sendEvent(search, &typed);
    QTest::keyClick(search, Qt::Key_Return);
    const auto& graph = window.document()->filteredGraph();
    const core::EntityId sakana = entityNamed(graph, "사카나AI");
    REQUIRE(sakana != 0);
    REQUIRE(window.document()->selectedEntities() == QList<core::EntityId>{sakana});
    shoot(window, QStringLiteral("guide-02-search.png"));

    // Evidence: the government's support for 사카나AI, with its sentence in the inspector.
    core::RelationId support = 0;
    for (const auto& relation : graph.relations)
        if (relation.type == core::RelationType::Supports && relation.target == sakana)
            support = relation.id;
    REQUIRE(support != 0);
    window.document()->selectRelation(support);
    showDock(window, "inspectorDock");
    shoot(window, QStringLiteral("guide-03-evidence.png"));

    // Follow the money, with the payer of the yen investment selected.
    const core::EntityId toyota = entityNamed(graph, "도요타");
    bench.followMoneyAction()->setChecked(true);
    window.canvas()->fitToView();
    if (toyota != 0)
        window.document()->selectEntity(toyota);
    else
        window.document()->clearSelection();
    shoot(window, QStringLiteral("guide-04-money.png"));
    bench.followMoneyAction()->setChecked(false);
    window.document()->clearSelection();

    // Paths: 코슬라벤처스 → 일본 정부 is joined only by co-occurrence ties; the stated chain runs
    // from 사카나AI's founder.
    PathPanel* paths = bench.pathPanel();
    showDock(window, "pathDock");
    REQUIRE(paths->fromPicker()->pickBestMatch(QStringLiteral("코슬라벤처스")));
    REQUIRE(paths->toPicker()->pickBestMatch(QStringLiteral("일본 정부")));
    paths->excludeMentionedBox()->setChecked(false);
    paths->findPaths();
    window.canvas()->fitToView();
    shoot(window, QStringLiteral("guide-05-path-mentions.png"));
    paths->excludeMentionedBox()->setChecked(true);
    REQUIRE(paths->fromPicker()->pickBestMatch(QStringLiteral("일리언 존스")));
    REQUIRE(paths->findPaths() >= 1);
    shoot(window, QStringLiteral("guide-06-path.png"));

    // Export for the article: the picture with the path highlighted, its sources, and the chain beside it.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString exported = folder.filePath(QStringLiteral("path.png"));
    QString error;
    REQUIRE(paths->exportImageWithChain(exported, &error));
    QFile::remove(screenshotFolder + QStringLiteral("/guide-08-export.png"));
    CHECK(QFile::copy(exported, screenshotFolder + QStringLiteral("/guide-08-export.png")));
    window.canvas()->clearHighlight();

    // Time: the graph as of the first dated month.
    TimeSlider* slider = bench.timeSlider();
    REQUIRE_FALSE(slider->months().isEmpty());
    const qsizetype august = slider->months().indexOf(QStringLiteral("2017-08"));
    slider->setMonthIndex(static_cast<int>(august >= 0 ? august : 0));
    showDock(window, "inspectorDock");
    shoot(window, QStringLiteral("guide-07-time.png"));
    slider->setMonthIndex(static_cast<int>(slider->months().size()));
    resetView(window);
}

TEST_CASE("Compare with a snapshot taken before one more article lists what it added", "[ui][investigate][compare]")
{
    auto& window = loadedSampleWindow();
    auto& bench = workbench(window);
    resetView(window);
    const QString database = window.document()->databasePath();
    const auto entitiesBefore = window.document()->graph().entities.size();

    const QString snapshot = bench.saveSnapshot();
    REQUIRE_FALSE(snapshot.isEmpty());
    CHECK(QFileInfo(snapshot).fileName().contains(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(snapshotPath(database, QDate::currentDate()) != snapshot); // the name is taken now
    // The snapshot is a complete database on its own (WAL pages included).
    {
        QTemporaryDir scratch;
        REQUIRE(scratch.isValid());
        const QString copy = scratch.filePath(QStringLiteral("copy.db"));
        REQUIRE(saveSnapshot(snapshot, copy));
        QString error;
        CHECK_FALSE(saveSnapshot(snapshot, copy, &error)); // never overwrites
        CHECK(error.contains(QStringLiteral("copy.db")));
    }

    QTemporaryDir articles;
    REQUIRE(articles.isValid());
    const QString extra = articles.filePath(QStringLiteral("900_extra.txt"));
    {
        QFile file(extra);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("한빛로보틱스, 블루웨일벤처스서 300억원 투자 유치\n"
                                  "물류 로봇 스타트업 한빛로보틱스가 블루웨일벤처스로부터 300억원 규모의 투자를 "
                                  "유치했다고 23일 밝혔다.\n"
                                  "김하늘 한빛로보틱스 대표는 \"이번 투자로 일본 시장 진출을 서두르겠다\"고 말했다.\n"
                                  "한빛로보틱스는 지난해 도쿄에 사무소를 열었다.\n")
                       .toUtf8());
    }
    window.session()->importPaths({extra});
    REQUIRE(waitFor([&] {
        return !window.session()->isImporting() && window.document()->graph().entities.size() > entitiesBefore
            && !window.document()->isFiltering();
    }, 300000));

    REQUIRE(bench.compareWith(snapshot));
    ComparePanel* panel = bench.comparePanel();
    const auto& diff = panel->diff();
    QStringList added;
    for (const auto& entity : diff.addedEntities)
        added << QString::fromStdString(entity.name);
    INFO(added.join(QStringLiteral(", ")).toStdString());
    CHECK(added.contains(QStringLiteral("한빛로보틱스")));
    CHECK(diff.removedEntities.empty());
    CHECK_FALSE(diff.addedRelations.empty());
    // The dock lists them, and the canvas highlights the new entities.
    const auto items = panel->tree()->findItems(QStringLiteral("한빛로보틱스"), Qt::MatchExactly | Qt::MatchRecursive);
    CHECK_FALSE(items.isEmpty());
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering(); }));
    const core::EntityId company = entityNamed(window.document()->graph(), "한빛로보틱스");
    REQUIRE(company != 0);
    CHECK(panel->newEntityIds().contains(company));
    const int index = window.canvas()->graph().indexOf(company);
    REQUIRE(index >= 0);
    CHECK(window.canvas()->highlight().node(index, HighlightState::OnPath));
    // Old entities are not marked new.
    const core::EntityId sakana = entityNamed(window.document()->graph(), "사카나AI");
    CHECK_FALSE(panel->newEntityIds().contains(sakana));
    panel->highlightBox()->setChecked(false);
    CHECK_FALSE(window.canvas()->highlight().node(index, HighlightState::OnPath));

    // Comparing with itself is refused with a message naming the file.
    CHECK_FALSE(panel->compareWith(database));
    QFile::remove(snapshot);
}
