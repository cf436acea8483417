// Number text, UTF-8 repair and the escaping rules of each format.
#include "io/CsvExporter.h"
#include "io/DotExporter.h"
#include "io/JsonWriter.h"
#include "io/NumberFormat.h"
#include "io/Utf8Repair.h"
#include "io/XmlEscape.h"

#include "JsonCheck.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace newsgraph::core;

TEST_CASE("numbers print without a fraction when integral, shortest round-trip otherwise", "[io]")
{
    CHECK(formatNumber(100000000.0) == "100000000");
    CHECK(formatNumber(130000000000.0) == "130000000000");
    CHECK(formatNumber(0.0) == "0");
    CHECK(formatNumber(-0.0) == "0");
    CHECK(formatNumber(-42.0) == "-42");
    CHECK(formatNumber(0.8) == "0.8");
    CHECK(formatNumber(1.5) == "1.5");
    CHECK(formatNumber(0.1 + 0.2) == "0.30000000000000004");
    CHECK(formatNumber(1e300) == "1e+300");
    CHECK(formatNumber(std::numeric_limits<double>::infinity()).empty());
}

TEST_CASE("invalid UTF-8 is replaced byte by byte, valid text passes through", "[io]")
{
    CHECK(repairUtf8("사카나AI") == "사카나AI");
    CHECK(repairUtf8("a\xff" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(repairUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");         // overlong '/'
    CHECK(repairUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // surrogate
    CHECK(repairUtf8("\xEC\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");         // truncated 사
    CHECK(repairUtf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");         // emoji
}

TEST_CASE("JSON strings escape quotes, backslashes and controls but keep Hangul", "[io]")
{
    CHECK(jsonQuote("a\"b\\c") == R"("a\"b\\c")");
    CHECK(jsonQuote("line\nnext\ttab") == R"("line\nnext\ttab")");
    CHECK(jsonQuote("\x01") == R"("\u0001")");
    CHECK(jsonQuote("사카나") == "\"사카나\"");
    CHECK(jsonQuote("bad\xff") == "\"bad\xEF\xBF\xBD\"");
}

TEST_CASE("JsonWriter nests, separates and indents deterministically", "[io]")
{
    std::ostringstream out;
    JsonWriter json(out);
    json.beginObject();
    json.field("n", 3);
    json.field("x", 0.25);
    json.field("ok", true);
    json.key("empty");
    json.beginArray();
    json.endArray();
    json.key("list");
    json.beginArray();
    json.value("a");
    json.null();
    json.beginObject();
    json.endObject();
    json.endArray();
    json.endObject();
    CHECK(json.complete());
    CHECK(out.str() == "{\n  \"n\": 3,\n  \"x\": 0.25,\n  \"ok\": true,\n  \"empty\": [],\n  \"list\": [\n"
                       "    \"a\",\n    null,\n    {}\n  ]\n}\n");
    CHECK(testing::isValidJson(out.str()));
}

TEST_CASE("the JSON checker used by these tests rejects broken documents", "[io]")
{
    CHECK(testing::isValidJson(R"({"a": [1, -2.5e3, "x", true, null]})"));
    CHECK_FALSE(testing::isValidJson(R"({"a": [1, 2,]})"));
    CHECK_FALSE(testing::isValidJson("{\"a\": \"raw\nnewline\"}"));
    CHECK_FALSE(testing::isValidJson(R"({"a": 01})"));
    CHECK_FALSE(testing::isValidJson(R"({"a": 1} {})"));
}

TEST_CASE("XML escaping covers markup, quotes and forbidden characters", "[io]")
{
    CHECK(escapeXml("A & <B> \"c\" 'd'") == "A &amp; &lt;B&gt; &quot;c&quot; &apos;d&apos;");
    CHECK(escapeXml("a\x01" "b\nc") == "ab&#10;c");
    CHECK(escapeXml("한빛") == "한빛");
    CHECK(escapeXml("\xEF\xBF\xBF") == ""); // U+FFFF is not an XML character
}

TEST_CASE("DOT strings are quoted with backslash escapes", "[io]")
{
    CHECK(dotQuote("plain") == "\"plain\"");
    CHECK(dotQuote("say \"hi\"\\now") == R"("say \"hi\"\\now")");
    CHECK(dotQuote("two\nlines\r") == R"("two\nlines")");
}

TEST_CASE("CSV fields are quoted only when needed (RFC 4180)", "[io]")
{
    CHECK(csvField("plain 한글") == "plain 한글");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(CsvExporter::edgesPath("out/graph.csv") == std::filesystem::path("out/graph-edges.csv"));
    CHECK(CsvExporter::edgesPath("graph") == std::filesystem::path("graph-edges.csv"));
}
