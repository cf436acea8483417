// KLUE-NER layout: reading, writing back unchanged, span reading, tagging a file.
#include "extract/ner/KlueFormat.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace newsgraph::core::ner;

namespace {

const char* const sample =
    "## 토큰, 레이블 구분자 : \\t\n"
    "## 주석 : ##\n"
    "\n"
    "## 컬럼명 : CHAR\tNE_TAG\n"
    "## klue-ner-v1_dev_00001-wikitree\t<김:PS>씨 <3명:QT>\n"
    "김\tB-PS\n"
    "씨\tO\n"
    " \tO\n"
    "3\tB-QT\n"
    "명\tI-QT\n"
    "\n"
    "## klue-ner-v1_dev_00002-nsmc\t좋다\n"
    "좋\tO\n"
    "다\tO\n"
    "\n";

} // namespace

TEST_CASE("KLUE reader keeps comments, spaces and tags; writer gives the input back", "[ner]")
{
    std::istringstream in(sample);
    auto sentences = readKlue(in, "sample");
    REQUIRE(sentences.has_value());
    REQUIRE(sentences->size() == 3); // the header block, then two sentences
    CHECK((*sentences)[0].chars.empty());
    const auto& first = (*sentences)[1];
    CHECK(first.id() == "klue-ner-v1_dev_00001-wikitree");
    CHECK(first.text() == "김씨 3명");
    REQUIRE(first.chars.size() == 5);
    CHECK(first.chars[2] == " ");
    CHECK(first.tags[2] == "O");
    CHECK(first.comments.size() == 2);
    std::ostringstream out;
    writeKlue(out, *sentences);
    CHECK(out.str() == sample);
}

TEST_CASE("KLUE reader reports a character line without a tab", "[ner]")
{
    std::istringstream in("## x\n가 O\n\n");
    const auto sentences = readKlue(in, "bad.tsv");
    REQUIRE_FALSE(sentences.has_value());
    CHECK(sentences.error().message.find("bad.tsv") != std::string::npos);
}

TEST_CASE("spans are read like the KLUE scorer", "[ner]")
{
    const auto spans = spansOfTags({"B-PS", "I-PS", "O", "I-LC", "I-LC", "B-OG", "I-QT"});
    REQUIRE(spans.size() == 4);
    CHECK(spans[0].begin == 0);
    CHECK(spans[0].end == 2);
    CHECK(spans[0].type == "PS");
    CHECK(spans[1].type == "LC"); // an I- without B- still opens a span
    CHECK(spans[1].begin == 3);
    CHECK(spans[2].type == "OG");
    CHECK(spans[3].type == "QT");
}
