// English bylines: "By …", "… | Reporter", "Reporting by …; Editing by …", and wire datelines "(Reuters) -".
#include "TextTestSupport.h"

#include "text/BylineParser.h"
#include "text/EnglishByline.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {

std::vector<std::string> namesIn(const Byline& byline)
{
    std::vector<std::string> names;
    for (const Reporter& r : byline.reporters) names.push_back(r.name);
    return names;
}

} // namespace

TEST_CASE("English byline lines name reporters, roles and outlets", "[text][metadata][byline][english]")
{
    struct Case {
        std::string line;
        std::vector<std::string> names;
        std::string role, outlet;
    };
    const std::vector<Case> cases = {
        {"By Jane Doe", {"Jane Doe"}, "reporter", ""},
        {"BY JANE DOE", {"Jane Doe"}, "reporter", ""},
        {"By Jane Doe and John Roe, Reuters", {"Jane Doe", "John Roe"}, "reporter", "Reuters"},
        {"By Jane Doe, John Roe and Kim Min-ji", {"Jane Doe", "John Roe", "Kim Min-ji"}, "reporter", ""},
        {"By Jane Doe, The Korea Herald", {"Jane Doe"}, "reporter", "The Korea Herald"},
        {"By Jane Doe in Tokyo, Bloomberg News", {"Jane Doe"}, "reporter", "Bloomberg News"},
        {"By Jane Doe, Staff Reporter", {"Jane Doe"}, "reporter", ""},
        {"Jane Doe | Reporter", {"Jane Doe"}, "reporter", ""},
        {"Jane Doe | Seoul Correspondent", {"Jane Doe"}, "correspondent", ""},
        {"Jane Doe / The Korea Herald", {"Jane Doe"}, "reporter", "The Korea Herald"},
        {"Written by Carlos de la Cruz", {"Carlos de la Cruz"}, "reporter", ""},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        const auto byline = parseBylineLine(c.line);
        REQUIRE(byline);
        CHECK(namesIn(*byline) == c.names);
        CHECK(byline->reporters.front().role == c.role);
        CHECK(byline->reporters.front().bylineText == c.line);
        CHECK(byline->outlet == c.outlet);
    }
    const auto mail = parseBylineLine("By Jane Doe (jane.doe@koreaherald.com)");
    REQUIRE(mail);
    CHECK(mail->reporters.front().email == "jane.doe@koreaherald.com");
    CHECK(mail->outletDomain == "koreaherald.com");

    const auto wire = parseBylineLine("Reporting by Jane Doe in Seoul and Kim Min-ji in Busan; Editing by John Roe");
    REQUIRE(wire);
    CHECK(namesIn(*wire) == std::vector<std::string>{"Jane Doe", "Kim Min-ji", "John Roe"});
    CHECK(wire->reporters[0].role == "reporter");
    CHECK(wire->reporters[2].role == "editor");
}

TEST_CASE("Headlines and prose are not English bylines", "[text][metadata][byline][english]")
{
    for (const char* line : {"By the Numbers: AI investment in 2025", "By Any Means", "Jane Doe",
                             "Samsung Electronics | Chip sales rebound", "Jane Doe is a reporter at the Korea Herald covering tech.",
                             "Google and Microsoft", "By Reuters", "Nvidia to invest in Japanese AI startup"}) {
        INFO(line);
        CHECK_FALSE(parseBylineLine(line));
    }
}

TEST_CASE("Wire datelines give the outlet and leave the prose", "[text][metadata][byline][english]")
{
    std::size_t length = 0;
    const std::string_view line = "TOKYO, March 3 (Reuters) - Nvidia said on Monday it would invest.";
    const auto opening = parseBylineOpening(line, length);
    REQUIRE(opening);
    CHECK(opening->outlet == "Reuters");
    CHECK(line.substr(length) == " Nvidia said on Monday it would invest.");
    CHECK(parseBylineOpening("SEOUL (AP) — Samsung said sales rose.", length));
    CHECK_FALSE(parseBylineOpening("Nvidia (NVDA) - the chip maker - said sales rose.", length));
    CHECK_FALSE(parseBylineOpening("Samsung said (on Monday) - sales rose.", length));
}

TEST_CASE("English articles get reporters and the outlet from bylines", "[text][metadata][byline][english]")
{
    const auto article = readText("Nvidia to invest in Japanese AI startup\n\nBy Jane Doe and John Roe, Reuters\n\n"
                                  "TOKYO, March 3 (Reuters) - Nvidia said on Monday it would invest in a Tokyo startup.\n\n"
                                  "The deal values the company at about $1 billion, people familiar with the matter said.\n");
    CHECK(article.metadata.outlet == "Reuters");
    REQUIRE(article.metadata.reporters.size() == 2);
    CHECK(article.metadata.reporters[1].name == "John Roe");
    const Sentence* byline = sentenceWith(article, "By Jane Doe");
    REQUIRE(byline);
    CHECK(byline->kind == SentenceKind::Byline);
    const Sentence* lead = sentenceWith(article, "Nvidia said on Monday");
    REQUIRE(lead);
    CHECK(lead->kind == SentenceKind::Body);

    const auto footer = readText("Samsung unveils new chip\n\nSamsung Electronics on Tuesday unveiled a new memory chip.\n\n"
                                 "The company said mass production would begin next year.\n\nJane Doe | Reporter\n");
    REQUIRE(footer.metadata.reporters.size() == 1);
    CHECK(footer.metadata.reporters[0].name == "Jane Doe");
}
