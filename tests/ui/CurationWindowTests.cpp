// Curation through the real MainWindow's command path: merge + undo/redo + re-ingestion, reject and
// "verified only", rename and the curation log, merge suggestions; models under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "WindowFixture.h"

#include "curation/CurationActions.h"
#include "curation/CurationLogModel.h"
#include "curation/CurationLogPanel.h"
#include "curation/CurationMenu.h"
#include "curation/MergeSuggestionsDialog.h"
#include "curation/ReviewTools.h"
#include "document/GraphDocument.h"
#include "store/GraphStore.h"
#include "window/DatabaseSession.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>

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

void settle(MainWindow& window)
{
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering() && !window.session()->isImporting(); }));
}

const core::EntityRecord* byKey(const core::GraphData& graph, const std::string& key)
{
    const auto it = std::find_if(graph.entities.begin(), graph.entities.end(),
                                 [&key](const core::EntityRecord& e) { return e.key == key; });
    return it == graph.entities.end() ? nullptr : &*it;
}

struct RelationKey {
    std::string source, target;
    core::RelationType type;
};

RelationKey keyOf(const core::GraphData& graph, const core::RelationRecord& relation)
{
    return {graph.entity(relation.source)->key, graph.entity(relation.target)->key, relation.type};
}

const core::RelationRecord* findRelation(const core::GraphData& graph, const RelationKey& key)
{
    for (const auto& relation : graph.relations) {
        const auto* source = graph.entity(relation.source);
        const auto* target = graph.entity(relation.target);
        if (source && target && relation.type == key.type && source->key == key.source && target->key == key.target)
            return &relation;
    }
    return nullptr;
}

// Two distinct entities of one type that share an article, the better-attested first.
std::pair<const core::EntityRecord*, const core::EntityRecord*> mergeablePair(const core::GraphData& graph)
{
    for (const auto& a : graph.entities)
        for (const auto& b : graph.entities)
            if (a.id != b.id && a.type == b.type && a.mentions >= b.mentions && !b.articles.empty()
                && std::find(a.articles.begin(), a.articles.end(), b.articles.front()) != a.articles.end())
                return {&a, &b};
    return {nullptr, nullptr};
}

} // namespace

TEST_CASE("A merge is one undoable command and survives re-ingesting a changed article", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();
    const auto [keep, merged] = mergeablePair(document->graph());
    REQUIRE(keep);
    REQUIRE(merged);
    const std::string keepKey = keep->key, mergedKey = merged->key, mergedName = merged->name;
    const core::ArticleId articleId = merged->articles.front();
    const std::size_t before = document->graph().entities.size();
    const int undoCount = document->undoStack()->count();

    REQUIRE(tools.actions()->mergeEntities(keep->id, merged->id, QStringLiteral("same firm")));
    settle(window);
    CHECK(document->undoStack()->count() == undoCount + 1);
    CHECK(document->graph().entities.size() == before - 1);
    CHECK_FALSE(byKey(document->graph(), mergedKey));
    const auto* survivor = byKey(document->graph(), keepKey);
    REQUIRE(survivor);
    const auto& aliases = survivor->aliases;
    CHECK(std::find(aliases.begin(), aliases.end(), mergedName) != aliases.end()); // aliases combine

    document->undoStack()->undo();
    settle(window);
    CHECK(document->graph().entities.size() == before);
    CHECK(byKey(document->graph(), mergedKey));

    document->undoStack()->redo();
    settle(window);
    CHECK_FALSE(byKey(document->graph(), mergedKey));

    // The article the merged entity came from changes on disk and is imported again.
    const auto* article = document->graph().article(articleId);
    REQUIRE(article);
    const QString original = QString::fromStdString(article->sourcePath);
    const std::string oldHash = article->contentHash;
    QFile source(original);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.append("\n\n이 기사는 수정되었다.\n");
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString changed = folder.filePath(QFileInfo(original).fileName());
    QFile copy(changed);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    REQUIRE(copy.write(text) == text.size());
    copy.close();

    window.session()->importPaths({changed});
    REQUIRE(waitFor([&window] { return !window.session()->isImporting(); }, 600000));
    settle(window);
    const auto* reread = document->graph().article(articleId);
    bool replaced = reread && reread->contentHash != oldHash;
    if (!reread) // a replaced article may come back under a new id: find it by file name
        for (const auto& candidate : document->graph().articles)
            replaced = replaced || (candidate.fileName == QFileInfo(original).fileName().toStdString()
                                    && candidate.contentHash != oldHash);
    CHECK(replaced);
    CHECK_FALSE(byKey(document->graph(), mergedKey));
    CHECK(byKey(document->graph(), keepKey));
    auto log = document->store()->curationLog();
    REQUIRE(log);
    CHECK(std::any_of(log->begin(), log->end(), [&](const core::CurationEdit& edit) {
        return edit.kind == core::CurationEdit::Kind::MergeEntities && edit.entityKey == keepKey
            && edit.otherKey == mergedKey;
    }));
}

TEST_CASE("A rejected relation disappears; verified only keeps what was verified; restore brings it back",
          "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();
    const auto& graph = document->graph();
    std::vector<const core::RelationRecord*> typed;
    for (const auto& relation : graph.relations)
        if (relation.type != core::RelationType::MentionedWith && relation.review == core::ReviewState::Unreviewed)
            typed.push_back(&relation);
    REQUIRE(typed.size() >= 2);
    const RelationKey rejected = keyOf(graph, *typed[0]);
    const RelationKey verified = keyOf(graph, *typed[1]);

    REQUIRE(tools.actions()->rejectRelation(typed[0]->id, QStringLiteral("not in the text")));
    settle(window);
    CHECK_FALSE(findRelation(document->graph(), rejected));
    const auto* toVerify = findRelation(document->graph(), verified);
    REQUIRE(toVerify);
    REQUIRE(tools.actions()->setReview(toVerify->id, core::ReviewState::Verified));
    settle(window);

    auto* verifiedOnly = window.findChild<QCheckBox*>(QStringLiteral("verifiedOnly"));
    REQUIRE(verifiedOnly);
    verifiedOnly->click();
    REQUIRE(waitFor([document] { return document->filter().verifiedOnly && !document->isFiltering(); }));
    const auto& shown = document->filteredGraph().relations;
    CHECK_FALSE(shown.empty());
    CHECK(std::all_of(shown.begin(), shown.end(),
                      [](const core::RelationRecord& r) { return r.review == core::ReviewState::Verified; }));
    CHECK(findRelation(document->filteredGraph(), verified));
    verifiedOnly->click();
    REQUIRE(waitFor([document] { return !document->filter().verifiedOnly && !document->isFiltering(); }));

    // The log lists the rejection (newest edits first); restoring it from there is one more edit.
    auto* panel = tools.curationLog();
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount() && row < 0; ++r)
        if (panel->model()->edit(r).kind == core::CurationEdit::Kind::RejectRelation)
            row = r;
    REQUIRE(row >= 0);
    panel->view()->setCurrentIndex(panel->model()->index(row, 0));
    REQUIRE(panel->restoreCurrent());
    settle(window);
    const auto* restored = findRelation(document->graph(), rejected);
    REQUIRE(restored);
    CHECK(restored->review == core::ReviewState::Unreviewed);
}

TEST_CASE("Renaming an entity shows in the graph, the Curate menu and the curation log", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();
    QAbstractItemModelTester tester(tools.curationLog()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto& first = document->graph().entities.front();
    const std::string key = first.key;
    const std::string oldName = first.name;
    document->selectEntity(first.id);
    CHECK(tools.curationMenu()->renameAction()->isEnabled());
    CHECK_FALSE(tools.curationMenu()->rejectAction()->isEnabled());

    REQUIRE(tools.actions()->renameEntity(first.id, QStringLiteral("새 이름 테스트"), QStringLiteral("checked by hand")));
    settle(window);
    const auto* renamed = byKey(document->graph(), key);
    REQUIRE(renamed);
    CHECK(renamed->name == "새 이름 테스트");
    CHECK(std::find(renamed->aliases.begin(), renamed->aliases.end(), oldName) != renamed->aliases.end());

    auto* model = tools.curationLog()->model();
    REQUIRE(model->rowCount() > 0);
    CHECK(model->edit(0).kind == core::CurationEdit::Kind::RenameEntity);
    CHECK(model->data(model->index(0, CurationLogModel::Kind)).toString() == CurationLogModel::kindLabel(core::CurationEdit::Kind::RenameEntity));
    CHECK(model->data(model->index(0, CurationLogModel::Subject)).toString().contains(QStringLiteral("새 이름 테스트")));
    CHECK(model->data(model->index(0, CurationLogModel::Note)).toString() == QStringLiteral("checked by hand"));
    CHECK_FALSE(model->data(model->index(0, CurationLogModel::Time)).toString().isEmpty());

    document->undoStack()->undo();
    settle(window);
    CHECK(byKey(document->graph(), key)->name == oldName);
    for (int row = 0; row < model->rowCount(); ++row) // the undone edit left the log
        CHECK_FALSE(model->data(model->index(row, CurationLogModel::Subject)).toString().contains(QStringLiteral("새 이름")));
}

TEST_CASE("Hand-added entities and relations carry their note; removal is undoable", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();
    const std::size_t before = document->graph().entities.size();
    REQUIRE(tools.actions()->addEntity(QStringLiteral("가상의 테스트 재단"), core::EntityType::Investor,
                                       QStringLiteral("from an interview")));
    settle(window);
    REQUIRE(document->graph().entities.size() == before + 1);
    const auto added = std::find_if(document->graph().entities.begin(), document->graph().entities.end(),
                                    [](const core::EntityRecord& e) { return e.name == "가상의 테스트 재단"; });
    REQUIRE(added != document->graph().entities.end());
    CHECK(added->userAdded);
    CHECK(added->type == core::EntityType::Investor);
    const std::string addedKey = added->key;
    const core::EntityId other = document->graph().entities.front().id;
    REQUIRE(tools.actions()->addRelation(added->id, other, core::RelationType::InvestsIn, QStringLiteral("annual report")));
    settle(window);
    const auto* source = byKey(document->graph(), addedKey);
    REQUIRE(source);
    const auto relation = std::find_if(document->graph().relations.begin(), document->graph().relations.end(),
                                       [source](const core::RelationRecord& r) { return r.source == source->id || r.target == source->id; });
    REQUIRE(relation != document->graph().relations.end());
    CHECK(relation->userAdded);
    CHECK(relation->note == "annual report");

    REQUIRE(tools.actions()->removeEntity(source->id));
    settle(window);
    CHECK_FALSE(byKey(document->graph(), addedKey));
    document->undoStack()->undo();
    settle(window);
    CHECK(byKey(document->graph(), addedKey));
}

TEST_CASE("Merge suggestions come with a reason and merge when accepted", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    MergeSuggestionsDialog dialog(tools.actions(), &window);
    if (dialog.suggestions().empty()) {
        WARN("the sample graph has no merge suggestions");
        return;
    }
    CHECK(dialog.table()->rowCount() == static_cast<int>(dialog.suggestions().size()));
    CHECK_FALSE(dialog.table()->item(0, 3)->text().isEmpty());
    const core::EntityId merged = dialog.suggestions().front().merge;
    // index(), not count(): earlier cases leave undone commands that a new push discards.
    const int undoIndex = window.document()->undoStack()->index();
    REQUIRE(dialog.acceptSuggestion(0));
    settle(window);
    CHECK_FALSE(window.document()->graph().entity(merged));
    CHECK(window.document()->undoStack()->index() == undoIndex + 1);
    window.document()->undoStack()->undo();
    settle(window);
    CHECK(window.document()->graph().entity(merged));
}

TEST_CASE("Retype, split an alias off and dispute a relation: each undoable, each in the log", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();

    // Retype: the first company becomes a product; undo brings the type back.
    const auto* graph = &document->graph(); // each edit rebuilds the graph: fetch it again after one
    const auto company = std::find_if(graph->entities.begin(), graph->entities.end(),
                                      [](const core::EntityRecord& e) { return e.type == core::EntityType::Company; });
    REQUIRE(company != graph->entities.end());
    const std::string companyKey = company->key;
    REQUIRE(tools.actions()->retypeEntity(company->id, core::EntityType::Product, QStringLiteral("it is a service")));
    settle(window);
    REQUIRE(byKey(document->graph(), companyKey));
    CHECK(byKey(document->graph(), companyKey)->type == core::EntityType::Product);
    document->undoStack()->undo();
    settle(window);
    CHECK(byKey(document->graph(), companyKey)->type == core::EntityType::Company);

    // Split: an entity with an alias other than its name gives that alias its own node.
    graph = &document->graph();
    const auto withAlias = std::find_if(graph->entities.begin(), graph->entities.end(), [](const core::EntityRecord& e) {
        return std::any_of(e.aliases.begin(), e.aliases.end(), [&e](const std::string& a) { return a != e.name; });
    });
    REQUIRE(withAlias != graph->entities.end());
    const std::string parentKey = withAlias->key;
    const std::string alias = *std::find_if(withAlias->aliases.begin(), withAlias->aliases.end(),
                                            [&](const std::string& a) { return a != withAlias->name; });
    const std::size_t before = graph->entities.size();
    REQUIRE(tools.actions()->splitAlias(withAlias->id, QString::fromStdString(alias), QStringLiteral("a different firm")));
    settle(window);
    INFO("split " << alias << " off " << parentKey);
    CHECK(document->graph().entities.size() == before + 1);
    const auto* parent = byKey(document->graph(), parentKey);
    REQUIRE(parent);
    CHECK(std::find(parent->aliases.begin(), parent->aliases.end(), alias) == parent->aliases.end());
    CHECK(tools.curationLog()->model()->edit(0).kind == core::CurationEdit::Kind::SplitAlias);
    document->undoStack()->undo();
    settle(window);
    CHECK(document->graph().entities.size() == before);

    // Dispute: the relation stays visible and is marked disputed.
    graph = &document->graph();
    const auto typed = std::find_if(graph->relations.begin(), graph->relations.end(), [](const core::RelationRecord& r) {
        return r.type != core::RelationType::MentionedWith && r.review == core::ReviewState::Unreviewed;
    });
    REQUIRE(typed != graph->relations.end());
    const RelationKey disputed = keyOf(*graph, *typed);
    REQUIRE(tools.actions()->setReview(typed->id, core::ReviewState::Disputed, QStringLiteral("amount differs")));
    settle(window);
    const auto* marked = findRelation(document->graph(), disputed);
    REQUIRE(marked);
    CHECK(marked->review == core::ReviewState::Disputed);
    CHECK(tools.curationLog()->model()->edit(0).kind == core::CurationEdit::Kind::SetReview);
    document->undoStack()->undo();
    settle(window);
    REQUIRE(findRelation(document->graph(), disputed));
    CHECK(findRelation(document->graph(), disputed)->review == core::ReviewState::Unreviewed);
}

TEST_CASE("Merging three selected entities is one undo step", "[ui][curation]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    auto& tools = toolsOf(window);
    GraphDocument* document = window.document();
    std::vector<std::string> keys;
    QList<core::EntityId> chosen;
    for (const auto& entity : document->graph().entities)
        if (entity.type == core::EntityType::Place && chosen.size() < 3) {
            chosen.append(entity.id);
            keys.push_back(entity.key);
        }
    REQUIRE(chosen.size() == 3);
    const std::size_t before = document->graph().entities.size();
    const int index = document->undoStack()->index();
    document->setSelection(chosen);
    REQUIRE(tools.curationMenu()->mergeAction()->isEnabled());
    tools.curationMenu()->mergeAction()->trigger();
    settle(window);
    CHECK(document->graph().entities.size() == before - 2);
    CHECK(document->undoStack()->index() == index + 1);
    document->undoStack()->undo();
    settle(window);
    CHECK(document->graph().entities.size() == before);
    for (const auto& key : keys)
        CHECK(byKey(document->graph(), key));
}
