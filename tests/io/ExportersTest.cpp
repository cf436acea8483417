// Every exporter on the hand-made sample graph: content, escaping, symmetric-once, determinism.
#include "io/CsvExporter.h"
#include "io/ExportFormat.h"

#include "JsonCheck.h"
#include "SampleGraph.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace newsgraph::core;

namespace {

std::string exportText(ExportFormat format, const GraphData& data)
{
    std::ostringstream out;
    makeExporter(format)->write(data, out);
    return out.str();
}

std::size_t count(const std::string& text, std::string_view needle)
{
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1))
        ++n;
    return n;
}

bool hasRawControlCharacter(const std::string& text, bool allowNewlines)
{
    return std::ranges::any_of(text, [&](char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (allowNewlines && (c == '\n' || c == '\r'))
            return false;
        return byte < 0x20 && c != '\n';
    });
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("format names parse and every format has an exporter", "[io]")
{
    for (ExportFormat format : allExportFormats) {
        CHECK(exportFormatFromString(toString(format)) == format);
        CHECK(makeExporter(format) != nullptr);
    }
    CHECK(exportFormatFromString("GraphML") == ExportFormat::GraphMl);
    CHECK_FALSE(exportFormatFromString("xlsx").has_value());
}

TEST_CASE("JSON export follows the export contract", "[io]")
{
    const std::string json = exportText(ExportFormat::Json, testing::sampleGraph());
    REQUIRE(testing::isValidJson(json));
    CHECK(json.find("\"id\": \"e1\"") != std::string::npos);
    CHECK(json.find("\"name\": \"한빛AI\"") != std::string::npos); // Hangul passes through unescaped
    CHECK(json.find("\"aliases\": [\n        \"Hanbit AI\",\n        \"한빛 AI\"\n      ]") != std::string::npos);
    CHECK(json.find("\"type\": \"invests_in\"") != std::string::npos);
    CHECK(json.find("\"source\": \"e2\"") != std::string::npos);
    CHECK(json.find("\"value\": 100000000") != std::string::npos);
    CHECK(json.find("\"value\": 130000000000") != std::string::npos);
    CHECK(json.find("\"currency\": \"USD\"") != std::string::npos);
    CHECK(json.find("\"confidence\": 0.8") != std::string::npos);
    CHECK(json.find("\"date\": \"2024-06\"") != std::string::npos);
    CHECK(json.find("\"role\": \"CEO\"") != std::string::npos);
    CHECK(json.find("\"tense\": \"past\"") != std::string::npos);
    CHECK(json.find("\"review\": \"verified\"") != std::string::npos);
    CHECK(json.find("\"article\": \"001_alpha.txt\"") != std::string::npos);
    CHECK(json.find("\"article\": \"Title only, no file\"") != std::string::npos); // no file: title
    CHECK(json.find(R"(Quote \"Co\"\nLine2\tTab)") != std::string::npos);
    CHECK(json.find("bad\xEF\xBF\xBD" "byte") != std::string::npos);
    CHECK(json.find("\\u0001") != std::string::npos);
    CHECK(json.find("e999") == std::string::npos); // dangling relation dropped
    CHECK(json.find(".0,") == std::string::npos);
}

TEST_CASE("symmetric relations appear once, with merged evidence", "[io]")
{
    const GraphData data = testing::sampleGraph();
    const std::string json = exportText(ExportFormat::Json, data);
    CHECK(count(json, "\"type\": \"partners_with\"") == 1);
    const auto at = json.find("\"type\": \"partners_with\"");
    CHECK(json.substr(at, 60).find("\"weight\": 2") != std::string::npos);
    CHECK(count(exportText(ExportFormat::GraphMl, data), ">partners_with<") == 1);
    CHECK(count(exportText(ExportFormat::Gexf, data), "label=\"partners_with\"") == 1);
    CHECK(count(exportText(ExportFormat::Dot, data), "partners_with") == 1);
    CHECK(count(exportText(ExportFormat::Csv, data), ",partners_with,") == 1);
}

TEST_CASE("every format is deterministic and independent of input order", "[io]")
{
    const GraphData data = testing::sampleGraph();
    GraphData shuffled = data;
    std::ranges::reverse(shuffled.entities);
    std::ranges::reverse(shuffled.relations);
    std::ranges::reverse(shuffled.articles);
    std::ranges::sort(shuffled.articles, {}, &ArticleRecord::id); // GraphData::article() needs sorted articles
    for (ExportFormat format : allExportFormats) {
        INFO(toString(format));
        const std::string first = exportText(format, data);
        CHECK(first == exportText(format, data));
        CHECK(first == exportText(format, shuffled));
    }
}

TEST_CASE("an empty graph gives valid, minimal documents", "[io]")
{
    const GraphData empty;
    const std::string json = exportText(ExportFormat::Json, empty);
    CHECK(testing::isValidJson(json));
    CHECK(json.find("\"entities\": []") != std::string::npos);
    CHECK(exportText(ExportFormat::GraphMl, empty).find("</graphml>") != std::string::npos);
    CHECK(exportText(ExportFormat::Dot, empty) .find("digraph newsgraph {") == 0);
    CHECK(count(exportText(ExportFormat::Csv, empty), "\r\n") == 3);
}

TEST_CASE("GraphML declares its keys and escapes markup", "[io]")
{
    const std::string xml = exportText(ExportFormat::GraphMl, testing::sampleGraph());
    CHECK(xml.find("<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") != std::string::npos);
    CHECK(xml.find("A, B &amp; &lt;C&gt; &apos;d&apos; \\ e") != std::string::npos);
    CHECK(xml.find("<node id=\"e5\">") != std::string::npos);
    CHECK(xml.find("<edge id=\"r10\" source=\"e2\" target=\"e1\">") != std::string::npos);
    CHECK(count(xml, "<node ") == 5);
    CHECK(count(xml, "<edge ") == 4);
    CHECK_FALSE(hasRawControlCharacter(xml, false));
}

TEST_CASE("GEXF 1.3 has typed attributes and colours", "[io]")
{
    const std::string xml = exportText(ExportFormat::Gexf, testing::sampleGraph());
    CHECK(xml.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
    CHECK(xml.find("version=\"1.3\"") != std::string::npos);
    CHECK(xml.find("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>") != std::string::npos);
    CHECK(xml.find("label=\"Quote &quot;Co&quot;&#10;Line2&#9;Tab\"") != std::string::npos);
    CHECK(xml.find("<attvalue for=\"amount\" value=\"100000000\"/>") != std::string::npos);
    CHECK(xml.find("<viz:color r=") != std::string::npos);
    CHECK_FALSE(hasRawControlCharacter(xml, false));
}

TEST_CASE("DOT colours nodes by type and draws symmetric relations without arrows", "[io]")
{
    const std::string dot = exportText(ExportFormat::Dot, testing::sampleGraph());
    CHECK(dot.find("\"e1\" [label=\"한빛AI\", fillcolor=\"#") != std::string::npos);
    CHECK(dot.find(R"(label="Quote \"Co\"\nLine2)") != std::string::npos);
    CHECK(dot.find("\"e1\" -> \"e4\" [label=\"partners_with\"") != std::string::npos);
    CHECK(dot.find("dir=none") != std::string::npos);
    CHECK(dot.find("label=\"invests_in\\n약 1억달러\"") != std::string::npos);
    CHECK(dot.rfind("}\n") == dot.size() - 2);
}

TEST_CASE("CSV writes a node file and an edge file", "[io]")
{
    const auto dir = std::filesystem::temp_directory_path() / "newsgraph-io-test-csv";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto written = CsvExporter().writeFiles(testing::sampleGraph(), dir / "graph.csv");
    REQUIRE(written.has_value());
    REQUIRE(written->size() == 2);
    CHECK((*written)[1] == dir / "graph-edges.csv");
    const std::string nodes = readFile(dir / "graph.csv");
    const std::string edges = readFile(dir / "graph-edges.csv");
    CHECK(nodes.rfind("Id,Label,type,aliases,mentions,articles\r\n", 0) == 0);
    CHECK(nodes.find("e1,한빛AI,company,Hanbit AI|한빛 AI,6,2\r\n") != std::string::npos);
    CHECK(nodes.find("\"Quote \"\"Co\"\"\nLine2\tTab\"") != std::string::npos);
    CHECK(count(edges, "\r\n") == 5); // header + 4 relations (dangling dropped, symmetric merged)
    CHECK(edges.find("r12,e1,e4,Undirected,partners with,2,partners_with") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("writing to an impossible path names the file", "[io]")
{
    const auto result = makeExporter(ExportFormat::Json)->writeFiles(testing::sampleGraph(),
                                                                      "/nonexistent-dir/x/graph.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("/nonexistent-dir/x/graph.json") != std::string::npos);
}
