// Runs the rule extractor over the shared sample articles, checks a few stable facts and writes a JSON
// export in the evaluation contract's shape (NEWSGRAPH_SEEDS_EXPORT, else the temp dir) for score.py.
#include "extract/Extractor.h"
#include "extract/LexiconMatcher.h"
#include "text/ArticleReader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

using namespace newsgraph::core;

namespace {

std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

struct MergedEntity {
    ExtractedEntity entity;
    int mentions = 0;
};

} // namespace

TEST_CASE("rule extractor on the sample articles", "[extract][seeds]")
{
    const std::filesystem::path seeds = std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "corpus" / "seeds";
    if (!std::filesystem::is_directory(seeds)) {
        WARN("skipped: ../shared not found");
        return;
    }
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());

    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(seeds)) files.push_back(e.path());
    std::sort(files.begin(), files.end());

    std::map<std::string, MergedEntity> entities;
    std::vector<std::pair<std::string, ExtractedRelation>> relations; // article, relation
    std::map<std::string, std::vector<std::string>> sentencesOf;
    const bool verbose = std::getenv("NEWSGRAPH_SEEDS_VERBOSE") != nullptr;
    for (const auto& file : files) {
        auto article = ArticleReader().readFile(file);
        REQUIRE(article.has_value());
        const Extraction x = (*extractor)->extract(*article);
        CHECK(!x.entities.empty());
        for (const auto& e : x.entities) {
            auto& m = entities[e.key];
            if (m.entity.key.empty()) m.entity = e;
            for (const auto& a : e.aliases)
                if (std::find(m.entity.aliases.begin(), m.entity.aliases.end(), a) == m.entity.aliases.end())
                    m.entity.aliases.push_back(a);
        }
        for (const auto& m : x.mentions) entities[m.entityKey].mentions++;
        auto& texts = sentencesOf[article->fileName];
        for (const auto& s : article->sentences) {
            if (texts.size() <= s.index) texts.resize(s.index + 1);
            texts[s.index] = s.text;
        }
        for (const auto& r : x.relations) relations.emplace_back(article->fileName, r);
        if (verbose) {
            std::cout << "== " << article->fileName << "\n";
            for (const auto& e : x.entities) {
                std::cout << "  E " << e.name << " [" << toString(e.type) << "] " << e.key;
                for (const auto& a : e.aliases) std::cout << " |" << a;
                std::cout << "\n";
            }
            auto name = [&](const std::string& key) {
                for (const auto& e : x.entities)
                    if (e.key == key) return e.name;
                return key;
            };
            for (const auto& r : x.relations) {
                if (r.type == RelationType::MentionedWith) continue;
                std::cout << "  R " << toString(r.type) << "(" << name(r.sourceKey) << ", " << name(r.targetKey) << ") #"
                          << r.evidence.sentenceIndex << " " << r.evidence.trigger << " c=" << r.evidence.confidence;
                if (r.evidence.amount) std::cout << " amount=" << r.evidence.amount->value << r.evidence.amount->currency;
                if (!r.evidence.date.empty()) std::cout << " date=" << r.evidence.date;
                if (!r.evidence.role.empty()) std::cout << " role=" << r.evidence.role;
                std::cout << " tense=" << toString(r.evidence.tense) << "\n";
            }
        }
    }
    CHECK(entities.size() > 40);
    CHECK(relations.size() > 20);

    // Export in the contract's shape.
    std::map<std::string, std::string> idOf;
    std::ostringstream json;
    json << "{\"entities\": [\n";
    bool first = true;
    for (const auto& [key, m] : entities) {
        idOf[key] = "e" + std::to_string(idOf.size() + 1);
        json << (first ? "" : ",\n") << "{\"id\": " << jsonString(idOf[key]) << ", \"name\": " << jsonString(m.entity.name)
             << ", \"type\": " << jsonString(std::string(toString(m.entity.type))) << ", \"aliases\": [";
        for (std::size_t i = 0; i < m.entity.aliases.size(); ++i) json << (i ? ", " : "") << jsonString(m.entity.aliases[i]);
        json << "], \"mentions\": " << m.mentions << "}";
        first = false;
    }
    json << "\n], \"relations\": [\n";
    // One relation per type and pair, with every sentence as evidence (as the store merges them).
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::pair<std::string, RelationEvidence>>> merged;
    for (const auto& [file, r] : relations)
        if (r.type != RelationType::MentionedWith)
            merged[{std::string(toString(r.type)), r.sourceKey, r.targetKey}].emplace_back(file, r.evidence);
    first = true;
    for (const auto& [key, evidence] : merged) {
        const auto& [type, source, target] = key;
        json << (first ? "" : ",\n") << "{\"source\": " << jsonString(idOf[source]) << ", \"target\": "
             << jsonString(idOf[target]) << ", \"type\": " << jsonString(type) << ", \"weight\": " << evidence.size()
             << ", \"evidence\": [";
        for (std::size_t i = 0; i < evidence.size(); ++i) {
            const auto& [file, ev] = evidence[i];
            json << (i ? ", " : "") << "{\"article\": " << jsonString(file) << ", \"sentence\": "
                 << jsonString(ev.sentenceIndex < sentencesOf[file].size() ? sentencesOf[file][ev.sentenceIndex] : "");
            if (ev.amount)
                json << ", \"amount\": {\"value\": " << std::fixed << ev.amount->value << ", \"currency\": "
                     << jsonString(ev.amount->currency) << "}";
            json << ", \"confidence\": " << ev.confidence << "}";
        }
        json << "]}";
        first = false;
    }
    json << "\n]}\n";
    const char* target = std::getenv("NEWSGRAPH_SEEDS_EXPORT");
    const std::filesystem::path out = target ? target : std::filesystem::temp_directory_path() / "newsgraph-seeds-export.json";
    std::ofstream(out) << json.str();
}

// Hidden: throughput on the samples (run with "[.bench]"); prints MB/s, asserts nothing about time.
TEST_CASE("rule extractor throughput on the samples", "[.bench]")
{
    const std::filesystem::path seeds = std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "corpus" / "seeds";
    if (!std::filesystem::is_directory(seeds)) {
        WARN("skipped: ../shared not found");
        return;
    }
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    std::vector<Article> articles;
    std::size_t bytes = 0;
    for (const auto& e : std::filesystem::directory_iterator(seeds)) {
        auto a = ArticleReader().readFile(e.path());
        REQUIRE(a.has_value());
        bytes += a->body.size();
        articles.push_back(std::move(*a));
    }
    const auto start = std::chrono::steady_clock::now();
    std::size_t relations = 0;
    const int rounds = 40;
    for (int i = 0; i < rounds; ++i)
        for (const auto& a : articles) relations += (*extractor)->extract(a).relations.size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "throughput: " << (double(bytes) * rounds / 1e6) / seconds << " MB/s (" << bytes * rounds << " bytes in "
              << seconds << " s, " << relations << " relations)\n";
    CHECK(relations > 0);

    // The lexicon matcher's share, measured alone over the same sentences.
    auto lexicon = Lexicon::loadDirectory(std::filesystem::path(NEWSGRAPH_RESOURCES_DIR) / "lexicon");
    REQUIRE(lexicon.has_value());
    const LexiconMatcher matcher(*lexicon);
    const auto matchStart = std::chrono::steady_clock::now();
    std::size_t hits = 0;
    for (int i = 0; i < rounds; ++i)
        for (const auto& a : articles)
            for (const auto& sentence : a.sentences) hits += matcher.find(sentence.text).size();
    const double matchSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - matchStart).count();
    std::cout << "lexicon matcher alone: " << (double(bytes) * rounds / 1e6) / matchSeconds << " MB/s (" << hits << " hits)\n";
}

// Hidden: prints rule-found entities and relations for "id<TAB>sentence" lines (NEWSGRAPH_PROBE_FILE),
// to look for false names and relations on unseen news text.
TEST_CASE("rule extractor on probe sentences", "[.probe]")
{
    const char* path = std::getenv("NEWSGRAPH_PROBE_FILE");
    if (!path) {
        WARN("skipped: set NEWSGRAPH_PROBE_FILE");
        return;
    }
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t tab = line.find('\t');
        const std::string text = tab == std::string::npos ? line : line.substr(tab + 1);
        Article a;
        a.fileName = "probe";
        a.body = text;
        a.sentences.push_back({0, 0, text.size(), text, SentenceKind::Body});
        const Extraction x = (*extractor)->extract(a);
        std::string out;
        for (const auto& e : x.entities)
            if (e.source != EntitySource::Lexicon) out += " [" + e.name + "/" + std::string(toString(e.type)) + "]";
        auto name = [&](const std::string& key) {
            for (const auto& e : x.entities)
                if (e.key == key) return e.name;
            return key;
        };
        for (const auto& r : x.relations)
            if (r.type != RelationType::MentionedWith)
                out += " {" + std::string(toString(r.type)) + " " + name(r.sourceKey) + " -> " + name(r.targetKey) + "}";
        if (!out.empty()) std::cout << text << "\n   " << out << "\n";
    }
}
