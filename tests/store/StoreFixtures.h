// Test scaffolding for core/store: temporary folders and small hand-made articles with extractions.
#pragma once

#include "model/Article.h"
#include "model/Extraction.h"
#include "store/GraphStore.h"

#include <atomic>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>

namespace newsgraph::test {

using namespace newsgraph::core;

// A fresh folder under the system temp dir, removed with everything in it at the end of the test.
class TempDir
{
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("newsgraph-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                 std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// Builds an article sentence by sentence and an extraction whose offsets point into it.
class ArticleBuilder
{
public:
    ArticleBuilder(std::string fileName, std::string hash, std::string date = "2024-06-17",
                   std::string outlet = "매일경제")
    {
        article.fileName = std::move(fileName);
        article.sourcePath = "/corpus/" + article.fileName;
        article.contentHash = std::move(hash);
        article.metadata.title = "제목 " + article.fileName;
        article.metadata.publishedDate = std::move(date);
        article.metadata.outlet = std::move(outlet);
        article.metadata.reporters = {Reporter{"이덕주", "mrdjlee@mk.co.kr", "기자", "이덕주 기자"}};
        article.detectedEncoding = "UTF-8";
    }

    std::size_t sentence(const std::string& text, SentenceKind kind = SentenceKind::Body)
    {
        if (!article.body.empty())
            article.body += '\n';
        Sentence s;
        s.index = article.sentences.size();
        s.begin = article.body.size();
        article.body += text;
        s.end = article.body.size();
        s.text = text;
        s.kind = kind;
        article.sentences.push_back(s);
        return s.index;
    }

    void entity(const std::string& key, const std::string& name, EntityType type,
                std::vector<std::string> aliases = {}, EntitySource source = EntitySource::Rule)
    {
        ExtractedEntity e;
        e.key = key;
        e.name = name;
        e.type = type;
        e.aliases = std::move(aliases);
        e.confidence = 0.9;
        e.source = source;
        extraction.entities.push_back(std::move(e));
    }

    // A mention of `surface` in sentence `index` (first occurrence).
    void mention(const std::string& key, std::size_t index, const std::string& surface)
    {
        const auto& s = article.sentences.at(index);
        auto at = s.text.find(surface);
        ExtractedMention m;
        m.entityKey = key;
        m.sentenceIndex = index;
        m.begin = s.begin + (at == std::string::npos ? 0 : at);
        m.end = m.begin + surface.size();
        m.surface = surface;
        extraction.mentions.push_back(std::move(m));
    }

    RelationEvidence& relation(RelationType type, const std::string& source, const std::string& target,
                               std::size_t sentenceIndex)
    {
        ExtractedRelation r;
        r.type = type;
        r.sourceKey = source;
        r.targetKey = target;
        r.evidence.sentenceIndex = sentenceIndex;
        r.evidence.confidence = 0.8;
        extraction.relations.push_back(std::move(r));
        return extraction.relations.back().evidence;
    }

    Article article;
    Extraction extraction;
};

inline std::unique_ptr<GraphStore> openStore(const std::filesystem::path& path)
{
    auto store = GraphStore::open(path);
    if (!store)
        throw std::runtime_error(store.error().message);
    return std::move(*store);
}

inline const EntityRecord* findEntity(const GraphData& data, const std::string& key)
{
    for (const auto& e : data.entities)
        if (e.key == key)
            return &e;
    return nullptr;
}

inline const EntityRecord* findEntityByName(const GraphData& data, const std::string& name)
{
    for (const auto& e : data.entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

inline const RelationRecord* findRelation(const GraphData& data, RelationType type, EntityId source, EntityId target)
{
    for (const auto& r : data.relations)
        if (r.type == type && r.source == source && r.target == target)
            return &r;
    return nullptr;
}

// Two sample articles about one company, used across the store tests.
inline ArticleBuilder sakanaArticle(const std::string& hash = "hash-a1")
{
    ArticleBuilder b("a1.txt", hash);
    auto s0 = b.sentence("사카나AI, 코슬라벤처스에서 투자 유치");
    auto s1 = b.sentence("코슬라벤처스는 사카나AI에 약 1억달러(약 1300억원)를 투자했다.");
    auto s2 = b.sentence("사카나AI는 도쿄에 본사를 둔 스타트업으로 엔비디아와 협력하고 있다.");
    b.entity("name:사카나ai", "사카나AI", EntityType::Company, {"사카나 AI", "Sakana AI"});
    b.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor);
    b.entity("place:tokyo", "도쿄", EntityType::Place);
    b.entity("lex:nvidia", "엔비디아", EntityType::Company, {"NVIDIA"}, EntitySource::Lexicon);
    b.mention("name:사카나ai", s0, "사카나AI");
    b.mention("name:코슬라벤처스", s0, "코슬라벤처스");
    b.mention("name:코슬라벤처스", s1, "코슬라벤처스");
    b.mention("name:사카나ai", s1, "사카나AI");
    b.mention("name:사카나ai", s2, "사카나AI");
    b.mention("place:tokyo", s2, "도쿄");
    b.mention("lex:nvidia", s2, "엔비디아");
    auto& invest = b.relation(RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나ai", s1);
    invest.amount = Amount{100000000, "USD", "about", "약 1억달러", 130000000000.0, "KRW"};
    invest.date = "2024-06";
    invest.tense = Tense::Past;
    invest.trigger = "투자";
    auto& located = b.relation(RelationType::LocatedIn, "name:사카나ai", "place:tokyo", s2);
    located.trigger = "본사";
    // Symmetric: stored once whichever way round the extractor reports it.
    auto& partner = b.relation(RelationType::PartnersWith, "lex:nvidia", "name:사카나ai", s2);
    partner.trigger = "협력";
    partner.tense = Tense::Present;
    return b;
}

inline ArticleBuilder openaiArticle(const std::string& hash = "hash-b1")
{
    ArticleBuilder b("b1.txt", hash, "2024-04-15", "한겨레");
    auto s0 = b.sentence("오픈AI는 도쿄에 아시아 첫 지사를 열었다.");
    auto s1 = b.sentence("샘 올트먼 오픈AI 최고경영자(CEO)가 방문했다.");
    b.entity("lex:openai", "오픈AI", EntityType::Company, {"OpenAI"}, EntitySource::Lexicon);
    b.entity("place:tokyo", "도쿄", EntityType::Place);
    b.entity("name:샘올트먼", "샘 올트먼", EntityType::Person);
    b.mention("lex:openai", s0, "오픈AI");
    b.mention("place:tokyo", s0, "도쿄");
    b.mention("lex:openai", s1, "오픈AI");
    b.mention("name:샘올트먼", s1, "샘 올트먼");
    b.relation(RelationType::OfficeIn, "lex:openai", "place:tokyo", s0).date = "2024-04";
    auto& ceo = b.relation(RelationType::WorksFor, "name:샘올트먼", "lex:openai", s1);
    ceo.role = "CEO";
    ceo.tense = Tense::Present;
    return b;
}

} // namespace newsgraph::test
