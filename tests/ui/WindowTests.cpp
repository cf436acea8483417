// The real MainWindow, offscreen, on an empty profile: first start, filters, search, inspector, viewer.
#include <catch2/catch.hpp>

#include "WindowFixture.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "document/Preferences.h"
#include "import/ImportTask.h"
#include "models/CheckableCountModel.h"
#include "models/EvidenceModel.h"
#include "models/RelationTreeModel.h"
#include "models/SearchResultsModel.h"
#include "panels/ArticleViewer.h"
#include "panels/EntityInspector.h"
#include "panels/FilterPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/RelationInspector.h"
#include "panels/SearchField.h"
#include "panels/TypeFilterPage.h"
#include "window/DatabaseSession.h"
#include "window/GraphCountsLabel.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::resetView;
using newsgraph::test::waitFor;

namespace {

core::EntityId entityNamed(const core::GraphData& graph, const QString& name)
{
    for (const auto& entity : graph.entities)
        if (QString::fromStdString(entity.name) == name)
            return entity.id;
    return 0;
}

QString expectedCounts(const GraphDocument& document)
{
    return QStringLiteral("%1 of %2 entities, %3 of %4 relations")
        .arg(document.filteredGraph().entities.size())
        .arg(document.graph().entities.size())
        .arg(document.filteredGraph().relations.size())
        .arg(document.graph().relations.size());
}

// Types the query like a user (QTest::keyClicks only knows ASCII), then presses Enter.
void searchFor(SearchField* field, const QString& query)
{
    field->clear();
    field->setFocus();
    for (QChar character : query) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(field, &release);
    }
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

TEST_CASE("First start creates the default database and imports the sample corpus", "[ui][window]")
{
    auto& window = loadedSampleWindow();
    const auto& graph = window.document()->graph();
    // Every bundled sample article is in (another test may have imported more since).
    const QDir corpus(QStringLiteral(NEWSGRAPH_RESOURCES_DIR "/corpus"));
    const QStringList samples = corpus.entryList({QStringLiteral("*.txt")}, QDir::Files);
    REQUIRE(samples.size() == 5);
    for (const QString& sample : samples)
        CHECK(std::any_of(graph.articles.begin(), graph.articles.end(),
                          [&sample](const core::ArticleRecord& a) { return QString::fromStdString(a.fileName) == sample; }));
    CHECK(graph.entities.size() > 10);
    CHECK(graph.relations.size() > 5);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/newsgraph.db");
    CHECK(QFileInfo(window.document()->databasePath()) == QFileInfo(expected));
    CHECK(preferences::recentDatabases.value().contains(QFileInfo(expected).absoluteFilePath()));
    CHECK(window.canvas()->graph().nodes.size() == window.document()->filteredGraph().entities.size());
    CHECK(window.countsLabel()->text() == expectedCounts(*window.document()));
}

TEST_CASE("Filtering by entity type updates the status bar counts and is undoable", "[ui][window][filter]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto* document = window.document();
    const QString before = window.countsLabel()->text();
    CheckableCountModel* types = window.filterPanel()->typePage()->entityTypeModel();
    for (int row = 0; row < types->rowCount(); ++row)
        if (types->index(row, 0).data(CheckableCountModel::KeyRole).toInt() != static_cast<int>(core::EntityType::Company))
            REQUIRE(types->setData(types->index(row, 0), Qt::Unchecked, Qt::CheckStateRole));

    REQUIRE(waitFor([document] {
        return !document->isFiltering() && document->filter().entityTypes == std::set{core::EntityType::Company};
    }));
    const auto& shown = document->filteredGraph().entities;
    REQUIRE_FALSE(shown.empty());
    CHECK(std::all_of(shown.begin(), shown.end(), [](const auto& e) { return e.type == core::EntityType::Company; }));
    CHECK(shown.size() < document->graph().entities.size());
    CHECK(window.countsLabel()->text() == expectedCounts(*document));
    CHECK(window.countsLabel()->text() != before);
    CHECK(window.canvas()->graph().nodes.size() == shown.size());

    // Nine unchecks merged into one undo step.
    document->undoStack()->undo();
    REQUIRE(waitFor([document] { return !document->isFiltering() && document->filter() == core::GraphFilter{}; }));
    CHECK(window.countsLabel()->text() == before);
    CHECK(types->allChecked());
}

TEST_CASE("A newer filter supersedes an older one still running", "[ui][window][filter]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto* document = window.document();
    core::GraphFilter first;
    first.entityTypes = {core::EntityType::Person};
    core::GraphFilter second;
    second.entityTypes = {core::EntityType::Company, core::EntityType::Investor};
    document->applyFilter(first);
    document->applyFilter(second);
    REQUIRE(waitFor([document] { return !document->isFiltering(); }));
    const auto& shown = document->filteredGraph().entities;
    CHECK(std::none_of(shown.begin(), shown.end(), [](const auto& e) { return e.type == core::EntityType::Person; }));
    CHECK(document->filter() == second);
}

TEST_CASE("Search finds 사카나AI by Hangul, romanisation and initial consonants", "[ui][window][search]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto* document = window.document();
    const core::EntityId sakana = entityNamed(document->graph(), QStringLiteral("사카나AI"));
    REQUIRE(sakana != 0);
    for (const QString& query : {QStringLiteral("사카나"), QStringLiteral("sakana"), QStringLiteral("ㅅㅋㄴ"),
                                 QStringLiteral("사카나AI가")}) {
        INFO(query.toStdString());
        document->clearSelection();
        searchFor(window.searchField(), query);
        auto* results = window.searchField()->resultsModel();
        REQUIRE(results->rowCount() > 0);
        CHECK(results->index(0, 0).data(Qt::EditRole).toString() == QStringLiteral("사카나AI"));
        CHECK(document->selectedEntities() == QList<core::EntityId>{sakana});
    }
    CHECK(window.canvas()->selectedEntities() == QList<core::EntityId>{sakana});
}

TEST_CASE("Selecting an entity shows its relations in the inspector", "[ui][window][inspector]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    const core::EntityId sakana = entityNamed(window.document()->filteredGraph(), QStringLiteral("사카나AI"));
    REQUIRE(sakana != 0);
    window.document()->selectEntity(sakana);
    auto* inspector = window.inspector();
    REQUIRE(inspector->currentWidget() == inspector->entityInspector());
    CHECK(inspector->entityInspector()->findChild<QLabel*>(QStringLiteral("entityTitle"))->text()
          == QStringLiteral("사카나AI"));
    RelationTreeModel* relations = inspector->entityInspector()->relationModel();
    CHECK(relations->relationCount() > 0);
    CHECK(relations->rowCount() > 0);
}

TEST_CASE("Opening evidence shows the sentence highlighted in the article viewer", "[ui][window][inspector]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto* document = window.document();
    const auto& relations = document->filteredGraph().relations;
    const auto relation = std::find_if(relations.begin(), relations.end(), [](const core::RelationRecord& r) {
        return r.type != core::RelationType::MentionedWith && !r.evidence.empty();
    });
    REQUIRE(relation != relations.end());
    document->selectRelation(relation->id);
    auto* inspector = window.inspector();
    REQUIRE(inspector->currentWidget() == inspector->relationInspector());
    REQUIRE(inspector->relationInspector()->evidenceModel()->rowCount() == static_cast<int>(relation->evidence.size()));

    auto* open = inspector->relationInspector()->findChild<QPushButton*>(QStringLiteral("openEvidence"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    ArticleViewer* viewer = window.articleViewer();
    REQUIRE(viewer->isVisible());
    CHECK(viewer->article() == relation->evidence.front().article);
    CHECK(viewer->highlightedSentence() == QString::fromStdString(relation->evidence.front().sentence));
    CHECK(viewer->browser()->toPlainText().contains(viewer->highlightedSentence()));
    CHECK(viewer->mentionLinks() > 0);

    // A mention link selects its entity in the graph.
    const core::EntityId target = relation->target;
    emit viewer->browser()->anchorClicked(QUrl(QStringLiteral("entity:%1").arg(target)));
    CHECK(document->selectedEntities() == QList<core::EntityId>{target});
    viewer->hide();
}

TEST_CASE("Dropping a folder with a bad file imports the good one and reports the bad one", "[ui][window][import]")
{
    auto& window = loadedSampleWindow();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    {
        QFile bad(folder.filePath(QStringLiteral("broken.txt")));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 512; ++i)
            bytes.append(static_cast<char>(i % 256)); // NUL bytes and more: not text
        bad.write(bytes);
        QFile good(folder.filePath(QStringLiteral("good.txt")));
        REQUIRE(good.open(QIODevice::WriteOnly));
        good.write(QStringLiteral("테스트 기사\n\n한국의 새 스타트업 네오랩스가 서울에서 문을 열었다.\n").toUtf8());
    }
    const auto articlesBefore = window.document()->graph().articles.size();
    QSignalSpy finished(window.session(), &DatabaseSession::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.path())});
    QDragEnterEvent enter(QPoint(600, 400), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(600, 400), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(finished.wait(300000));
    const auto outcome = finished.front().front().value<ImportOutcome>();
    CHECK(outcome.fatalError.isEmpty());
    CHECK(outcome.report.failures.size() == 1);
    CHECK(window.document()->graph().articles.size() == articlesBefore + 1);
    auto* report = window.findChild<QDialog*>(QStringLiteral("importReportDialog"));
    REQUIRE(report);
    CHECK(report->isVisible());
    report->close();
}
