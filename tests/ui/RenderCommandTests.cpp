// The headless render command: store -> focus -> layout -> file, reproducible byte for byte.
#include <catch2/catch.hpp>

#include "render/RenderRequest.h"
#include "store/GraphStore.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <sstream>

using namespace newsgraph;
using namespace newsgraph::ui;

namespace {

core::Article sampleArticle()
{
    core::Article article;
    article.fileName = "sakana.txt";
    article.contentHash = "hash-sakana";
    article.body = "코슬라벤처스가 사카나AI에 투자했다. 사카나AI는 도쿄에 있다. 오픈AI는 챗GPT를 개발했다.";
    article.metadata.title = "사카나AI 투자 유치";
    article.metadata.outlet = "매일경제";
    article.metadata.publishedDate = "2024-06-17";
    std::size_t begin = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const std::size_t end = article.body.find(". ", begin);
        const std::size_t stop = end == std::string::npos ? article.body.size() : end + 1;
        article.sentences.push_back({i, begin, stop, article.body.substr(begin, stop - begin), core::SentenceKind::Body});
        begin = stop + 1;
    }
    return article;
}

core::Extraction sampleExtraction()
{
    core::Extraction extraction;
    auto entity = [&](const char* key, const char* name, core::EntityType type) {
        extraction.entities.push_back({key, name, type, {}, 1.0, core::EntitySource::Rule});
    };
    entity("name:코슬라벤처스", "코슬라벤처스", core::EntityType::Investor);
    entity("name:사카나AI", "사카나AI", core::EntityType::Company);
    entity("name:도쿄", "도쿄", core::EntityType::Place);
    entity("name:오픈AI", "오픈AI", core::EntityType::Company);
    entity("name:챗GPT", "챗GPT", core::EntityType::Product);
    auto relation = [&](core::RelationType type, const char* source, const char* target, std::size_t sentence) {
        core::ExtractedRelation r;
        r.type = type;
        r.sourceKey = source;
        r.targetKey = target;
        r.evidence.sentenceIndex = sentence;
        extraction.relations.push_back(r);
    };
    relation(core::RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나AI", 0);
    relation(core::RelationType::LocatedIn, "name:사카나AI", "name:도쿄", 1);
    relation(core::RelationType::Develops, "name:오픈AI", "name:챗GPT", 2);
    return extraction;
}

QByteArray readAll(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("render command draws a focus neighbourhood from a database, reproducibly", "[render]")
{
    QTemporaryDir dir;
    const std::filesystem::path database = dir.filePath(QStringLiteral("graph.db")).toStdString();
    {
        auto store = core::GraphStore::open(database);
        REQUIRE(store);
        REQUIRE((*store)->ingest(sampleArticle(), sampleExtraction()));
    }
    RenderRequest request;
    request.database = database;
    request.focusName = "사카나AI";
    request.hops = 1;
    request.widthPx = 800;
    request.title = "사카나AI";
    std::ostringstream errors;
    for (const char* name : {"a.png", "b.png", "a.svg", "b.svg"}) {
        request.output = dir.filePath(QString::fromLatin1(name)).toStdString();
        CHECK(renderGraphToFile(request, errors) == 0);
    }
    INFO(errors.str());
    const QImage image(dir.filePath(QStringLiteral("a.png")));
    CHECK(image.width() == 800);
    CHECK(readAll(dir.filePath(QStringLiteral("a.png")).toStdString()) == readAll(dir.filePath(QStringLiteral("b.png")).toStdString()));
    const QByteArray svg = readAll(dir.filePath(QStringLiteral("a.svg")).toStdString());
    CHECK(svg == readAll(dir.filePath(QStringLiteral("b.svg")).toStdString()));
    CHECK(svg.contains("코슬라벤처스"));
    CHECK_FALSE(svg.contains("챗GPT")); // two hops away from the focus: not drawn
    CHECK(svg.contains("매일경제"));     // source block

    request.focusName = "없는이름";
    errors.str({});
    CHECK(renderGraphToFile(request, errors) == 1);
    CHECK(errors.str().find("없는이름") != std::string::npos);
}

TEST_CASE("render command reports a missing database", "[render]")
{
    RenderRequest request;
    request.database = "/nonexistent/dir/graph.db";
    request.output = "/tmp/never.png";
    std::ostringstream errors;
    CHECK(renderGraphToFile(request, errors) == 1);
    CHECK_FALSE(errors.str().empty());
}
