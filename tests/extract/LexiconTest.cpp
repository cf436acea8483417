// Loading the lexicon TSV files: format, errors with file and line, duplicate ids, lookup by name.
#include "extract/Lexicon.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace newsgraph::core;

namespace {

// A fresh folder under the temp directory, removed when the test ends.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / ("newsgraph_lexicon_test_" + name))
    {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::filesystem::path write(const std::string& file, const std::string& text) const
    {
        std::ofstream(path / file, std::ios::binary) << text;
        return path / file;
    }
};

} // namespace

TEST_CASE("Lexicon loads entries, aliases and notes from a TSV file", "[lexicon]")
{
    TempDir dir("basic");
    const auto file = dir.write("a.tsv", "# id\ttype\tname\taliases\n"
                                         "\n"
                                         "openai\tcompany\t오픈AI\tOpenAI|오픈 AI| 오픈에이아이 \n"
                                         "toyota\tcompany\t도요타\t도요타자동차|Toyota\tJapanese car maker\n"
                                         "japan\tcountry\t일본\n");
    auto lexicon = Lexicon::loadFile(file);
    REQUIRE(lexicon);
    REQUIRE(lexicon->entries().size() == 3);
    const LexiconEntry* openai = lexicon->find("openai");
    REQUIRE(openai);
    CHECK(openai->name == "오픈AI");
    CHECK(openai->type == EntityType::Company);
    CHECK(openai->aliases == std::vector<std::string>{"OpenAI", "오픈 AI", "오픈에이아이"});
    CHECK(lexicon->find("toyota")->note == "Japanese car maker");
    CHECK(lexicon->find("japan")->aliases.empty());
    CHECK(lexicon->find("missing") == nullptr);
}

TEST_CASE("Lexicon finds entries by the name key of names and aliases", "[lexicon]")
{
    Lexicon lexicon;
    lexicon.add({"openai", "오픈AI", EntityType::Company, {"OpenAI", "오픈에이아이"}, {}});
    lexicon.add({"microsoft", "마이크로소프트", EntityType::Company, {"MS", "Microsoft"}, {}});
    REQUIRE(lexicon.findByName("오픈 AI"));
    CHECK(lexicon.findByName("오픈 AI")->id == "openai");
    CHECK(lexicon.findByName("OPENAI")->id == "openai");
    CHECK(lexicon.findByName("오픈에이아이")->id == "openai");
    CHECK(lexicon.findByName("microsoft")->id == "microsoft");
    CHECK(lexicon.findByName("ms")->id == "microsoft");
    CHECK(lexicon.findByName("구글") == nullptr);
    CHECK(lexicon.findByName("") == nullptr);
}

TEST_CASE("Lexicon: names win over aliases of other entries in findByName", "[lexicon]")
{
    Lexicon lexicon;
    lexicon.add({"hk-place", "홍콩섬", EntityType::Place, {"홍콩"}, {}});
    lexicon.add({"hongkong", "홍콩", EntityType::Country, {"Hong Kong"}, {}});
    CHECK(lexicon.findByName("홍콩")->id == "hongkong");
    CHECK(lexicon.findByName("홍콩섬")->id == "hk-place");
}

TEST_CASE("Lexicon: a repeated id extends the aliases of the first entry", "[lexicon]")
{
    TempDir dir("duplicate");
    dir.write("10_first.tsv", "openai\tcompany\t오픈AI\tOpenAI\n");
    dir.write("20_second.tsv", "openai\tcompany\tOpen AI Inc.\t오픈AI|오픈에이아이\n");
    auto lexicon = Lexicon::loadDirectory(dir.path);
    REQUIRE(lexicon);
    REQUIRE(lexicon->entries().size() == 1);
    const LexiconEntry& entry = lexicon->entries().front();
    CHECK(entry.name == "오픈AI");
    CHECK(entry.aliases == std::vector<std::string>{"OpenAI", "Open AI Inc.", "오픈에이아이"});
    CHECK(lexicon->findByName("오픈에이아이") == &entry);

    Lexicon added;
    added.add({"x", "엑스", EntityType::Company, {"X"}, {}});
    added.add({"x", "엑스", EntityType::Company, {"X", "엑스코프"}, {}});
    CHECK(added.entries().size() == 1);
    CHECK(added.find("x")->aliases == std::vector<std::string>{"X", "엑스코프"});
}

TEST_CASE("Lexicon: a repeated id with another type is an error naming file and line", "[lexicon]")
{
    TempDir dir("conflict");
    const auto file = dir.write("a.tsv", "# comment\nmeta\tcompany\t메타\tMeta\nmeta\tproduct\t메타\n");
    auto lexicon = Lexicon::loadFile(file);
    REQUIRE_FALSE(lexicon);
    CHECK(lexicon.error().kind == Error::Kind::InvalidInput);
    CHECK_THAT(lexicon.error().message, Catch::Contains("a.tsv:3:") && Catch::Contains("meta"));
}

TEST_CASE("Lexicon reports malformed lines with file name and line number", "[lexicon]")
{
    TempDir dir("malformed");
    SECTION("too few fields")
    {
        const auto file = dir.write("bad.tsv", "# header\nopenai\tcompany\t오픈AI\tOpenAI\nbroken line without tabs\n");
        auto lexicon = Lexicon::loadFile(file);
        REQUIRE_FALSE(lexicon);
        CHECK_THAT(lexicon.error().message, Catch::Contains("bad.tsv:3:"));
    }
    SECTION("unknown type")
    {
        const auto file = dir.write("type.tsv", "x\tcorporation\t엑스\n");
        auto lexicon = Lexicon::loadFile(file);
        REQUIRE_FALSE(lexicon);
        CHECK_THAT(lexicon.error().message, Catch::Contains("type.tsv:1:") && Catch::Contains("corporation"));
    }
    SECTION("invalid id")
    {
        const auto file = dir.write("id.tsv", "\n\nOpen AI\tcompany\t오픈AI\n");
        auto lexicon = Lexicon::loadFile(file);
        REQUIRE_FALSE(lexicon);
        CHECK_THAT(lexicon.error().message, Catch::Contains("id.tsv:3:"));
    }
    SECTION("empty name")
    {
        const auto file = dir.write("name.tsv", "x\tcompany\t \tX\n");
        auto lexicon = Lexicon::loadFile(file);
        REQUIRE_FALSE(lexicon);
        CHECK_THAT(lexicon.error().message, Catch::Contains("name.tsv:1:"));
    }
    SECTION("an error in the second file of a folder names that file")
    {
        dir.write("a.tsv", "x\tcompany\t엑스\n");
        dir.write("b.tsv", "y\tcompany\t와이\ny\n");
        auto lexicon = Lexicon::loadDirectory(dir.path);
        REQUIRE_FALSE(lexicon);
        CHECK_THAT(lexicon.error().message, Catch::Contains("b.tsv:2:"));
    }
}

TEST_CASE("Lexicon accepts CRLF line ends, a BOM and ignores files other than .tsv", "[lexicon]")
{
    TempDir dir("crlf");
    dir.write("a.tsv", "\xEF\xBB\xBFsony\tcompany\t소니\tSony|ソニー\r\n# c\r\n");
    dir.write("notes.txt", "this is not a lexicon file");
    auto lexicon = Lexicon::loadDirectory(dir.path);
    REQUIRE(lexicon);
    REQUIRE(lexicon->entries().size() == 1);
    CHECK(lexicon->find("sony")->aliases == std::vector<std::string>{"Sony", "ソニー"});
}

TEST_CASE("Lexicon: missing files and folders are I/O errors", "[lexicon]")
{
    auto file = Lexicon::loadFile("/nonexistent/newsgraph/lexicon.tsv");
    REQUIRE_FALSE(file);
    CHECK(file.error().kind == Error::Kind::Io);
    CHECK_THAT(file.error().message, Catch::Contains("lexicon.tsv"));
    auto dir = Lexicon::loadDirectory("/nonexistent/newsgraph/lexicon");
    REQUIRE_FALSE(dir);
    CHECK(dir.error().kind == Error::Kind::Io);
}

TEST_CASE("The shipped lexicon loads, with unique ids and valid content", "[lexicon][resources]")
{
    const std::filesystem::path dir = std::filesystem::path(NEWSGRAPH_RESOURCES_DIR) / "lexicon";
    auto lexicon = Lexicon::loadDirectory(dir);
    REQUIRE(lexicon);
    CHECK(lexicon->entries().size() >= 500);
    for (const auto& [id, type] : {std::pair<const char*, EntityType>{"openai", EntityType::Company},
                                   {"microsoft", EntityType::Company},
                                   {"khosla-ventures", EntityType::Investor},
                                   {"msit", EntityType::Government},
                                   {"univ-tokyo", EntityType::Academia},
                                   {"japan", EntityType::Country},
                                   {"tokyo", EntityType::Place},
                                   {"mk", EntityType::Media},
                                   {"chatgpt", EntityType::Product},
                                   {"ces", EntityType::Event},
                                   {"sam-altman", EntityType::Person}}) {
        INFO(id);
        const LexiconEntry* entry = lexicon->find(id);
        REQUIRE(entry);
        CHECK(entry->type == type);
    }
    CHECK(lexicon->findByName("MS")->id == "microsoft");
    CHECK(lexicon->findByName("과기정통부")->id == "msit");
    CHECK(lexicon->findByName("스탠포드대")->id == "stanford");
    CHECK(lexicon->findByName("a16z")->id == "a16z");
}
