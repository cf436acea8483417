// Item models under QAbstractItemModelTester, the search index, evidence summaries and offset conversion.
#include <catch2/catch.hpp>

#include "SyntheticGraph.h"

#include "models/ArticleListModel.h"
#include "models/CheckableCountModel.h"
#include "models/EvidenceModel.h"
#include "models/EvidenceSummary.h"
#include "models/KoreanCollator.h"
#include "models/RelationTreeModel.h"
#include "models/SearchIndex.h"
#include "models/SearchResultsModel.h"
#include "models/TextOffsetMap.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <string>

using namespace newsgraph;
using namespace newsgraph::ui;
using Tester = QAbstractItemModelTester;

namespace {

QString firstName(const std::vector<SearchMatch>& matches)
{
    return matches.empty() ? QString() : matches.front().name;
}

} // namespace

TEST_CASE("CheckableCountModel keeps checks across count updates and reports user edits", "[ui][models]")
{
    CheckableCountModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setRows({{1, QStringLiteral("기업"), 3, true}, {2, QStringLiteral("인물"), 1, true}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.allChecked());

    QSignalSpy edited(&model, &CheckableCountModel::checkedChanged);
    REQUIRE(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(edited.count() == 1);
    CHECK(model.checkedKeys() == QList<QVariant>{1});

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRows({{1, QStringLiteral("기업"), 5, true}, {2, QStringLiteral("인물"), 2, true}});
    CHECK(resets.count() == 0); // same keys: updated in place
    CHECK(model.index(0, CheckableCountModel::CountColumn).data().toInt() == 5);
    CHECK(model.checkedKeys() == QList<QVariant>{1}); // the user's uncheck survives

    model.setCheckedKeys({});
    CHECK(model.allChecked());
    CHECK(edited.count() == 1); // programmatic changes are not user edits
}

TEST_CASE("ArticleListModel merges article lists and keeps checks", "[ui][models]")
{
    ArticleListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto graph = test::smallKoreanGraph();
    model.setGraph(graph);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ArticleListModel::TitleColumn).data().toString() == QStringLiteral("사카나AI, 투자 유치"));
    CHECK(model.index(0, ArticleListModel::EntitiesColumn).data().toInt() == 3);

    REQUIRE(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.checkedArticles() == std::set<core::ArticleId>{2});

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    graph.articles.erase(graph.articles.begin());
    graph.articles.push_back({3, "c.txt", "", "세 번째", "", "", {}, "h3"});
    model.setGraph(graph);
    CHECK(removed.count() == 1);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 2);
    CHECK(model.checkedArticles() == std::set<core::ArticleId>{2});
}

TEST_CASE("RelationTreeModel groups an entity's relations by type", "[ui][models]")
{
    RelationTreeModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const auto graph = test::smallKoreanGraph();
    model.setEntity(graph, 1);
    CHECK(model.rowCount() == 3); // invests_in, located_in, competes_with
    CHECK(model.relationCount() == 3);
    const QModelIndex group = model.index(0, 0);
    REQUIRE(model.rowCount(group) == 1);
    const QModelIndex child = model.index(0, 0, group);
    CHECK(child.parent() == group);
    CHECK(child.data(RelationTreeModel::RelationIdRole).toLongLong() == 10);
    CHECK(child.data().toString() == QStringLiteral("← 코슬라벤처스"));
    CHECK(model.index(0, RelationTreeModel::AmountColumn, group).data().toString().contains(QStringLiteral("3000만달러")));
    CHECK(model.index(0, RelationTreeModel::AmountColumn, group).data(Qt::ToolTipRole).isValid()); // amounts disagree

    model.setEntity(graph, 0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("EvidenceModel lists sentences with their article's metadata", "[ui][models]")
{
    EvidenceModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const auto graph = test::smallKoreanGraph();
    model.setRelation(graph, 10);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(1, EvidenceModel::OutletColumn).data().toString() == QStringLiteral("한겨레"));
    CHECK(model.index(1, EvidenceModel::ReporterColumn).data().toString() == QStringLiteral("김기자, 박기자"));
    CHECK(model.index(0, 0).data(EvidenceModel::SentenceIndexRole).toInt() == 2);
    model.setRelation(graph, 999);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("EvidenceSummary counts outlets and notices disagreeing amounts", "[ui][models]")
{
    const auto graph = test::smallKoreanGraph();
    const auto summary = EvidenceSummary::of(graph.relations[0], graph);
    CHECK(summary.outlets == 2);
    CHECK(summary.amountsDisagree);

    auto agreeing = graph.relations[0];
    agreeing.evidence[1].amount = core::Amount{3.9e10, "KRW", "about", "약 390억원", std::nullopt, ""};
    agreeing.evidence[0].amount->convertedValue = 3.9e10;
    agreeing.evidence[0].amount->convertedCurrency = "KRW";
    CHECK_FALSE(EvidenceSummary::of(agreeing, graph).amountsDisagree); // the article's own conversion
}

TEST_CASE("SearchResultsModel exposes matches to the completer", "[ui][models]")
{
    SearchResultsModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    SearchIndex index;
    index.rebuild(test::smallKoreanGraph());
    model.setMatches(index.search(QStringLiteral("사카")));
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.index(0, 0).data(Qt::EditRole).toString() == QStringLiteral("사카나AI"));
    model.setMatches({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("SearchIndex matches Hangul, Latin, romanisation, initials and ignores particles", "[ui][search]")
{
    SearchIndex index;
    index.rebuild(test::smallKoreanGraph());
    CHECK(firstName(index.search(QStringLiteral("사카나"))) == QStringLiteral("사카나AI"));
    CHECK(firstName(index.search(QStringLiteral("sakana"))) == QStringLiteral("사카나AI"));
    CHECK(firstName(index.search(QStringLiteral("Sakana AI"))) == QStringLiteral("사카나AI"));
    CHECK(firstName(index.search(QStringLiteral("ㅅㅋㄴ"))) == QStringLiteral("사카나AI"));
    CHECK(firstName(index.search(QStringLiteral("오픈AI가"))) == QStringLiteral("오픈AI"));
    CHECK(firstName(index.search(QStringLiteral("openai"))) == QStringLiteral("오픈AI"));
    CHECK(index.search(QStringLiteral("전혀없는이름")).empty());
    CHECK(index.search(QString()).empty());
}

TEST_CASE("SearchIndex orders equal matches in Korean collation order", "[ui][search]")
{
    SearchIndex index;
    index.rebuild(test::smallKoreanGraph());
    const auto matches = index.search(QStringLiteral("사카")); // 사카나AI and 사카이, both prefixes
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].name == QStringLiteral("사카나AI"));
    CHECK(matches[1].name == QStringLiteral("사카이"));
    KoreanCollator collator;
    CHECK(collator(QStringLiteral("가나"), QStringLiteral("나가")));
    CHECK(collator.compare(QStringLiteral("하늘"), QStringLiteral("가을")) > 0);
}

TEST_CASE("SearchIndex query variants strip one trailing particle", "[ui][search]")
{
    const QStringList variants = SearchIndex::queryVariants(QStringLiteral("오픈AI가"));
    CHECK(variants.contains(QStringLiteral("오픈AI")));
    CHECK(SearchIndex::queryVariants(QStringLiteral("가")) == QStringList{QStringLiteral("가")});
}

TEST_CASE("TextOffsetMap converts UTF-8 byte offsets to UTF-16 positions", "[ui][text]")
{
    const std::string text = "AI 사카나 😀 끝"; // 1-, 3- and 4-byte characters
    const TextOffsetMap map(text);
    CHECK(map.toUtf16(0) == 0);
    CHECK(map.toUtf16(3) == 3);                       // '사' starts after "AI "
    CHECK(map.toUtf16(text.find("나")) == 5);
    CHECK(map.text().mid(map.toUtf16(text.find("끝")), 1) == QStringLiteral("끝")); // after a surrogate pair
    CHECK(map.toUtf16(text.size()) == map.text().size());
    CHECK(map.toUtf16(text.size() + 10) == map.text().size());
    CHECK(map.toUtf16(4) == 3); // inside '사': its start
}
