// English sentences: script detection, tokens, names, governments, dates, money and relations.
#include "extract/Extractor.h"
#include "extract/Lexicon.h"
#include "extract/MoneyParser.h"
#include "extract/english/EnglishDates.h"
#include "extract/english/EnglishGovernments.h"
#include "extract/english/EnglishNameRuns.h"
#include "extract/english/EnglishPublicationDate.h"
#include "extract/english/EnglishScript.h"
#include "extract/english/EnglishTokens.h"
#include "extract/english/EnglishTriggers.h"
#include "extract/english/EnglishWords.h"
#include "text/ArticleReader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

using namespace newsgraph::core;

namespace {

const Extractor& extractor()
{
    static const std::unique_ptr<Extractor> instance = [] {
        auto created = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
        REQUIRE(created.has_value());
        return std::move(*created);
    }();
    return *instance;
}

Extraction extractArticle(const std::string& text)
{
    auto article = ArticleReader().readBytes(text, "english.txt");
    REQUIRE(article.has_value());
    return extractor().extract(*article);
}

// One English sentence under a neutral headline, as the suites read it.
Extraction extractSentence(const std::string& sentence)
{
    return extractArticle("Test article\n\n" + sentence + "\n");
}

const ExtractedEntity* entity(const Extraction& x, const std::string& name)
{
    for (const auto& e : x.entities)
        if (e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end())
            return &e;
    return nullptr;
}

const ExtractedRelation* relation(const Extraction& x, RelationType type, const std::string& source,
                                  const std::string& target)
{
    const ExtractedEntity* s = entity(x, source);
    const ExtractedEntity* t = entity(x, target);
    if (!s || !t)
        return nullptr;
    for (const auto& r : x.relations) {
        if (r.type != type)
            continue;
        if (r.sourceKey == s->key && r.targetKey == t->key)
            return &r;
        if (isSymmetric(type) && r.sourceKey == t->key && r.targetKey == s->key)
            return &r;
    }
    return nullptr;
}

std::size_t typedRelations(const Extraction& x)
{
    return std::count_if(x.relations.begin(), x.relations.end(),
                         [](const ExtractedRelation& r) { return r.type != RelationType::MentionedWith; });
}

std::vector<std::string> runTexts(const std::string& sentence)
{
    std::vector<std::string> texts;
    const auto tokens = tokenizeEnglish(sentence);
    for (const auto& run : findNameRuns(tokens))
        texts.push_back(run.text);
    return texts;
}

} // namespace

TEST_CASE("English script detection reads only essentially Latin sentences", "[english][script]")
{
    CHECK(isEnglishSentence("Mistral AI raised €600 million from General Catalyst."));
    CHECK(isEnglishSentence("PARIS — Nvidia and Microsoft back the start-up."));
    CHECK_FALSE(isEnglishSentence("오픈AI는 마이크로소프트로부터 100억달러를 투자받았다."));
    CHECK_FALSE(isEnglishSentence("샘 올트먼 OpenAI CEO는 Microsoft와 협력한다고 밝혔다."));
    CHECK_FALSE(isEnglishSentence("2024.06.11"));
    CHECK_FALSE(isEnglishSentence("東京大学は研究所を設立した。"));
}

TEST_CASE("English tokens keep hyphens and split possessives", "[english][tokens]")
{
    const auto t = tokenizeEnglish("Nvidia's Paris-based start-up raised $1.5bn, O'Brien said.");
    REQUIRE(t.size() == 10);
    CHECK(t[0].text == "Nvidia");
    CHECK(t[1].kind == EnglishToken::Kind::Possessive);
    CHECK(t[2].text == "Paris-based");
    CHECK(t[3].lower == "start-up");
    CHECK(t[5].text == "$1.5bn");
    CHECK(t[6].isPunct(','));
    CHECK(t[7].text == "O'Brien");
    CHECK(t[7].capitalised());
    CHECK_FALSE(t[3].capitalised());
}

TEST_CASE("English name runs split at titles and drop common capitalised words", "[english][names]")
{
    CHECK(runTexts("Microsoft CEO Satya Nadella spoke.") ==
          std::vector<std::string>{"Microsoft", "Satya Nadella"});
    CHECK(runTexts("The University of Tokyo and Johnson & Johnson agreed.") ==
          std::vector<std::string>{"University of Tokyo", "Johnson & Johnson"});
    CHECK(runTexts("However, Shares fell on Tuesday in June.").empty());
    CHECK(runTexts("Chief Executive Arthur Mensch said so.") == std::vector<std::string>{"Arthur Mensch"});
}

TEST_CASE("English word lists: heads, demonyms and titles", "[english][words]")
{
    CHECK(organisationHeadType("ventures") == EntityType::Investor);
    CHECK(organisationHeadType("university") == EntityType::Academia);
    CHECK(organisationHeadType("ministry") == EntityType::Government);
    CHECK(organisationHeadType("inc") == EntityType::Company);
    CHECK_FALSE(organisationHeadType("robot"));
    CHECK(countryOfAdjective("french") == std::optional<std::string_view>("France"));
    CHECK(countryOfAdjective("south korean") == std::optional<std::string_view>("South Korea"));
    std::size_t length = 0;
    const std::vector<std::string_view> words{"the", "chief", "executive", "officer", "of"};
    auto role = matchEnglishRole(words, 1, length);
    REQUIRE(role);
    CHECK(role->canonical == "CEO");
    CHECK(length == 3);
    const std::vector<std::string_view> founder{"co-founder"};
    REQUIRE(matchEnglishRole(founder, 0, length));
    CHECK(matchEnglishRole(founder, 0, length)->founder);
    CHECK(isCapitalisedCommonWord("however"));
    CHECK(isCapitalisedCommonWord("june"));
    CHECK_FALSE(isCapitalisedCommonWord("mistral"));
}

TEST_CASE("Government phrases take the Korean rules' name for the country's government",
          "[english][government]")
{
    Lexicon lexicon;
    lexicon.add({"france", "프랑스", EntityType::Country, {"France"}, {}});
    const auto tokens =
        tokenizeEnglish("The French government and France's government and the government of France met.");
    const auto found = findGovernmentPhrases(tokens, lexicon);
    REQUIRE(found.size() == 3);
    for (const auto& g : found)
        CHECK(g.name == "프랑스 정부");
    const auto unknown = findGovernmentPhrases(tokenizeEnglish("The Swiss government agreed."), lexicon);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].name == "Switzerland government");
    CHECK(findGovernmentPhrases(tokenizeEnglish("The government said so."), lexicon).empty());
}

TEST_CASE("English absolute dates", "[english][dates]")
{
    auto one = [](std::string_view text, std::string_view pub = "2024-06-11") {
        const auto d = findEnglishDates(text, pub);
        return d.empty() ? std::string("none") : d.front().iso;
    };
    CHECK(one("It was announced on June 11, 2024 in Paris.") == "2024-06-11");
    CHECK(one("It was announced on 11 June 2024.") == "2024-06-11");
    CHECK(one("The deal closed on Jun. 3.") == "2024-06-03");
    CHECK(one("The deal closed in March 2023.") == "2023-03");
    CHECK(one("Sales rose in 2019.") == "2019");
    CHECK(one("The 2024 models sold well.") == "none");
    CHECK(one("It raised 600 million euros.") == "none");
    CHECK(one("Published 2024-06-11.") == "2024-06-11");
    CHECK(one("Jan Koum founded WhatsApp.") == "none");
    CHECK(one("He said it may work.") == "none");
}

TEST_CASE("English relative dates resolve against the publication date", "[english][dates]")
{
    auto one = [](std::string_view text, std::string_view pub) {
        const auto d = findEnglishDates(text, pub);
        return d.empty() ? std::string("none") : d.front().iso;
    };
    CHECK(one("The company was founded last year.", "2024-06-11") == "2023");
    CHECK(one("It opened earlier this year.", "2024-06-11") == "2024");
    CHECK(one("The company said on Tuesday.", "2024-06-11") == "2024-06-11"); // a Tuesday
    CHECK(one("The company said on Monday.", "2024-06-11") == "2024-06-10");
    CHECK(one("The company said on Friday.", "2024-06-11") == "2024-06-07");
    CHECK(one("It launched in March.", "2024-06-11") == "2024-03");
    CHECK(one("It launched last September.", "2024-06-11") == "2023-09");
    CHECK(one("It was announced yesterday.", "2024-06-11") == "2024-06-10");
    CHECK(one("It was founded three years ago.", "2024-06-11") == "2021");
    CHECK(one("Harbor said Wednesday it would buy Pinecrest.", "2024-06-11") == "2024-06-05");
    CHECK(one("It reported results last month.", "2024-01-15") == "2023-12");
    const auto unknown = findEnglishDates("It opened last year.", "");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].iso.empty());
    CHECK(unknown[0].relative);
    CHECK(weekdayOf(2024, 6, 11) == 1);
    CHECK(weekdayOf(2000, 1, 1) == 5);
}

TEST_CASE("English publication date lines", "[english][dates]")
{
    CHECK(parseEnglishPublicationDate("June 11, 2024") == std::optional<std::string>("2024-06-11"));
    CHECK(parseEnglishPublicationDate("Published: 11 June 2024 10:32 GMT") ==
          std::optional<std::string>("2024-06-11T10:32"));
    CHECK(parseEnglishPublicationDate("Tuesday, June 11, 2024 3:05 PM") ==
          std::optional<std::string>("2024-06-11T15:05"));
    CHECK(parseEnglishPublicationDate("2024-06-11") == std::optional<std::string>("2024-06-11"));
    CHECK_FALSE(parseEnglishPublicationDate("June 11, 2024 was the day Mistral raised money."));
    CHECK_FALSE(parseEnglishPublicationDate("In June, Mistral raised money."));
    CHECK_FALSE(parseEnglishPublicationDate("June 2024"));
}

TEST_CASE("English money forms", "[english][money]")
{
    auto one = [](std::string_view text) {
        const auto m = findAmounts(text);
        REQUIRE(m.size() == 1);
        return m.front().amount;
    };
    CHECK(one("raised €600 million in a round").value == Approx(6e8));
    CHECK(one("raised €600 million in a round").currency == "EUR");
    CHECK(one("a $1.5bn deal").value == Approx(1.5e9));
    CHECK(one("a $1.5bn deal").currency == "USD");
    CHECK(one("raised US$20 million").value == Approx(2e7));
    CHECK(one("raised US$20 million").currency == "USD");
    CHECK(one("a ¥10 billion loan").value == Approx(1e10));
    CHECK(one("a ¥10 billion loan").currency == "JPY");
    CHECK(one("raised 600 million euros").value == Approx(6e8));
    CHECK(one("raised 600 million euros").currency == "EUR");
    CHECK(one("paid £2.3 billion").currency == "GBP");
    CHECK(findAmounts("hired 600 engineers in 2024").empty());
}

TEST_CASE("English triggers", "[english][triggers]")
{
    CHECK(findEnglishTrigger("acquired")->type == RelationType::Acquires);
    CHECK(findEnglishTrigger("invested")->preposition == "in");
    CHECK(findEnglishTrigger("raised")->shape == TriggerShape::Raise);
    CHECK(findEnglishTrigger("partnered")->shape == TriggerShape::Symmetric);
    CHECK_FALSE(findEnglishTrigger("said"));
    CHECK(takesPassiveAgent("acquired"));
    CHECK_FALSE(takesPassiveAgent("said"));
}

TEST_CASE("English entities the lexicon lacks", "[english][entities]")
{
    const Extraction x = extractSentence("Arthur Mensch, chief executive of Quorra Labs, said Helix Capital "
                                         "and the University of Leeds would join.");
    REQUIRE(entity(x, "Arthur Mensch"));
    CHECK(entity(x, "Arthur Mensch")->type == EntityType::Person);
    REQUIRE(entity(x, "Quorra Labs"));
    CHECK(entity(x, "Quorra Labs")->type == EntityType::Company);
    REQUIRE(entity(x, "Helix Capital"));
    CHECK(entity(x, "Helix Capital")->type == EntityType::Investor);
    REQUIRE(entity(x, "University of Leeds"));
    CHECK(entity(x, "University of Leeds")->type == EntityType::Academia);

    const Extraction people =
        extractSentence("\"It works,\" said Dana Whitcombe. Mr. Oduya declined to comment.");
    CHECK(entity(people, "Dana Whitcombe"));
    CHECK(entity(people, "Oduya"));
    CHECK(entity(extractSentence("Mr. Tanaka, who heads the unit, declined to comment."), "Tanaka"));
    // A capitalised sentence start is no name.
    const Extraction none = extractSentence("However, Analysts said Tuesday was quiet.");
    CHECK(none.entities.empty());
}

TEST_CASE("legal forms, short forms and titles in English names", "[english][entities]")
{
    const Extraction x =
        extractArticle("Test article\n\nQuorra Analytics Inc. agreed to buy Pinecrest Software Ltd.\n\n"
                       "Chief Executive Officer Dana Whitlock said Quorra would keep the brand.\n\n"
                       "Ms Whitlock spoke to the Securities and Exchange Commission.\n");
    const ExtractedEntity* quorra = entity(x, "Quorra Analytics");
    REQUIRE(quorra);
    CHECK(std::find(quorra->aliases.begin(), quorra->aliases.end(), "Quorra") != quorra->aliases.end());
    CHECK(entity(x, "Pinecrest Software"));
    const ExtractedEntity* dana = entity(x, "Dana Whitlock");
    REQUIRE(dana);
    CHECK(std::find(dana->aliases.begin(), dana->aliases.end(), "Whitlock") != dana->aliases.end());
    CHECK_FALSE(entity(x, "Officer Dana Whitlock"));
    REQUIRE(entity(x, "Securities and Exchange Commission"));
    CHECK(entity(x, "Securities and Exchange Commission")->type == EntityType::Government);
    CHECK(relation(x, RelationType::Acquires, "Quorra Analytics", "Pinecrest Software"));
}

TEST_CASE("the X government becomes the lexicon's government entity", "[english][entities]")
{
    const Extraction x = extractSentence("The French government has backed Quorra Labs with a grant.");
    const ExtractedEntity* gov = entity(x, "프랑스 정부");
    REQUIRE(gov);
    CHECK(gov->type == EntityType::Government);
    CHECK(gov->key == "lex:france-gov");
    CHECK(relation(x, RelationType::Supports, "프랑스 정부", "Quorra Labs"));
}

TEST_CASE("a surname alone joins the person named before", "[english][entities]")
{
    const Extraction x =
        extractArticle("Test article\n\nDana Whitcombe, chief executive of Quorra Labs, spoke.\n\n"
                       "Whitcombe said the company would hire.\n");
    const ExtractedEntity* dana = entity(x, "Dana Whitcombe");
    REQUIRE(dana);
    const auto mentions = std::count_if(x.mentions.begin(), x.mentions.end(),
                                        [&](const ExtractedMention& m) { return m.entityKey == dana->key; });
    CHECK(mentions == 2);
}

TEST_CASE("English relations carry amount, date, role and tense", "[english][relations]")
{
    const Extraction x =
        extractArticle("Quorra Labs raises money\n\nJune 11, 2024\n\n"
                       "Quorra Labs has raised €600 million in a round led by Helix Capital, with "
                       "participation from Nvidia and Microsoft, the company said on Monday.\n");
    for (const std::string investor : {"Helix Capital", "Nvidia", "Microsoft"}) {
        const ExtractedRelation* r = relation(x, RelationType::InvestsIn, investor, "Quorra Labs");
        REQUIRE(r);
        REQUIRE(r->evidence.amount);
        CHECK(r->evidence.amount->value == Approx(6e8));
        CHECK(r->evidence.amount->currency == "EUR");
        CHECK(r->evidence.date == "2024-06-10");
    }
    const Extraction role =
        extractSentence("Former Quorra Labs chief scientist Dana Whitcombe joined Helix Robotics.");
    const ExtractedRelation* past = relation(role, RelationType::WorksFor, "Dana Whitcombe", "Quorra Labs");
    REQUIRE(past);
    CHECK(past->evidence.role == "chief scientist");
    CHECK(past->evidence.tense == Tense::Past);
    CHECK(relation(role, RelationType::WorksFor, "Dana Whitcombe", "Helix Robotics"));
    const Extraction planned = extractSentence("Helix Robotics agreed to buy Quorra Labs for $2 billion.");
    const ExtractedRelation* deal =
        relation(planned, RelationType::Acquires, "Helix Robotics", "Quorra Labs");
    REQUIRE(deal);
    CHECK(deal->evidence.tense == Tense::Planned);
    REQUIRE(deal->evidence.amount);
    CHECK(deal->evidence.amount->value == Approx(2e9));
}

TEST_CASE("English relation patterns", "[english][relations]")
{
    CHECK(relation(extractSentence("Quorra Labs was acquired by Helix Robotics in 2021."),
                   RelationType::Acquires, "Helix Robotics", "Quorra Labs"));
    CHECK(relation(extractSentence("Helix Robotics, which was founded by Dana Whitcombe, makes arms."),
                   RelationType::Founded, "Dana Whitcombe", "Helix Robotics"));
    CHECK(relation(extractSentence("Quorra Labs partnered with Helix Robotics on sensors."),
                   RelationType::PartnersWith, "Helix Robotics", "Quorra Labs"));
    CHECK(relation(extractSentence("Berlin-based Quorra Labs makes drones."), RelationType::LocatedIn,
                   "Quorra Labs", "Berlin"));
    CHECK(relation(extractSentence("Nvidia-backed Quorra Labs makes drones."), RelationType::InvestsIn,
                   "Nvidia", "Quorra Labs"));
    CHECK(relation(extractSentence("Quorra Labs, a unit of Helix Group, makes drones."), RelationType::PartOf,
                   "Quorra Labs", "Helix Group"));
    CHECK(relation(extractSentence("Quorra Labs opened an office in Seoul."), RelationType::OfficeIn,
                   "Quorra Labs", "Seoul"));
    const Extraction both = extractSentence("Helix Capital and Orbit Ventures invested in Quorra Labs.");
    CHECK(relation(both, RelationType::InvestsIn, "Helix Capital", "Quorra Labs"));
    CHECK(relation(both, RelationType::InvestsIn, "Orbit Ventures", "Quorra Labs"));
}

TEST_CASE("English sentences without a stated relation give none", "[english][relations]")
{
    CHECK(typedRelations(extractSentence("Helix Capital did not invest in Quorra Labs.")) == 0);
    CHECK(typedRelations(extractSentence("Nvidia and Microsoft were mentioned in the report.")) == 0);
    CHECK(typedRelations(extractSentence("Helix Robotics denied that it planned to acquire Quorra Labs.")) ==
          0);
    CHECK(typedRelations(extractSentence("Amazon and Google reported results on Thursday.")) == 0);
}

TEST_CASE("Korean sentences are left to the Korean rules", "[english][script]")
{
    // The English rules add nothing to a Korean sentence, even with Latin names in it.
    const Extraction x = extractSentence(
        "마이크로소프트(Microsoft)는 프랑스 AI 스타트업 미스트랄AI에 1500만 유로를 투자했다.");
    CHECK(relation(x, RelationType::InvestsIn, "마이크로소프트", "미스트랄AI"));
    for (const auto& e : x.entities)
        CHECK(e.type != EntityType::Person);
}
