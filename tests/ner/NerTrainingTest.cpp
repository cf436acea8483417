// Training on a tiny hand-made set, save/load round trip, tagging KLUE files and sentences.
#include "extract/ner/KlueTagging.h"
#include "extract/ner/NerModel.h"
#include "extract/ner/NerModelData.h"
#include "extract/ner/NerTraining.h"
#include "extract/ner/Utf8Text.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace newsgraph::core;

namespace {

// Writes sentences in KLUE layout; entities are marked <text:TAG> like the KLUE comment lines.
std::string klueOf(const std::vector<std::string>& marked)
{
    std::string out;
    int n = 0;
    for (const auto& m : marked) {
        out += "## tiny-" + std::to_string(n++) + "\t" + m + "\n";
        std::size_t i = 0;
        while (i < m.size()) {
            if (m[i] == '<') {
                const auto colon = m.find(':', i), close = m.find('>', i);
                const auto text = ner::Utf8Text::decode(m.substr(i + 1, colon - i - 1));
                const auto tag = m.substr(colon + 1, close - colon - 1);
                for (std::size_t k = 0; k < text.chars.size(); ++k) {
                    std::string c;
                    ner::appendUtf8(c, text.chars[k]);
                    out += c + "\t" + (k == 0 ? "B-" : "I-") + tag + "\n";
                }
                i = close + 1;
            } else {
                const auto one = ner::Utf8Text::decode(m.substr(i, (static_cast<unsigned char>(m[i]) >= 0xE0) ? 3 : 1));
                std::string c;
                ner::appendUtf8(c, one.chars[0]);
                out += c + "\tO\n";
                i += c.size();
            }
        }
        out += "\n";
    }
    return out;
}

const std::vector<std::string> tinyCorpus = {
    "<홍길동:PS> 대표는 <서울:LC>에서 <3명:QT>을 만났다.",
    "<김영희:PS> 대표는 <부산:LC>에서 <5명:QT>을 만났다.",
    "<이철수:PS> 대표는 <대전:LC>에서 <7명:QT>을 만났다.",
    "<박민수:PS> 대표는 <광주:LC>에서 <2명:QT>을 만났다.",
    "<최지훈:PS> 대표는 <인천:LC>에서 <9명:QT>을 만났다.",
    "<한빛전자:OG>는 <2020년:DT>에 <서울:LC>로 옮겼다.",
    "<누리통신:OG>는 <2021년:DT>에 <부산:LC>로 옮겼다.",
    "<바다제약:OG>는 <2019년:DT>에 <대전:LC>로 옮겼다.",
    "<오전 10시:TI>에 <강민호:PS> 씨가 왔다.",
    "<오후 3시:TI>에 <윤서연:PS> 씨가 왔다.",
};

std::filesystem::path tempDir()
{
    auto dir = std::filesystem::temp_directory_path() / ("newsgraph-ner-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::string labelOf(const std::vector<NerSpan>& spans, const std::string& sentence, const std::string& text)
{
    for (const auto& s : spans)
        if (sentence.substr(s.begin, s.end - s.begin) == text)
            return s.label;
    return "";
}

} // namespace

TEST_CASE("a model trained on a tiny set learns it and survives a save/load round trip", "[ner]")
{
    const auto dir = tempDir();
    const auto data = dir / "tiny.tsv";
    std::ofstream(data) << klueOf(tinyCorpus);

    NerTrainingOptions o;
    o.kluePath = data;
    o.output = dir / "tiny.bin";
    o.epochs = 10;
    o.hashBits = 16;
    o.holdOut = false;
    std::string logged;
    o.log = [&](std::string_view m) { logged += std::string(m) + "\n"; };
    const auto trained = trainNerModel(o);
    REQUIRE(trained.has_value());
    CHECK(logged.find("epoch 10") != std::string::npos);

    auto model = NerModel::load(o.output);
    REQUIRE(model.has_value());

    // Every training sentence comes back with its own tags.
    std::istringstream gold(klueOf(tinyCorpus));
    std::ostringstream tagged;
    REQUIRE(tagKlueFile(*model, gold, tagged).has_value());
    CHECK(tagged.str() == klueOf(tinyCorpus));

    const std::string s = "홍길동 대표는 서울에서 3명을 만났다.";
    const auto spans = model->tag(s);
    CHECK(labelOf(spans, s, "홍길동") == "PS");
    CHECK(labelOf(spans, s, "서울") == "LC");
    CHECK(labelOf(spans, s, "3명") == "QT");
    for (const auto& span : spans) {
        CHECK(span.confidence > 0.0);
        CHECK(span.confidence < 1.0);
        if (span.label == "LC")
            CHECK((span.subtype == "place" || span.subtype == "country"));
    }

    // Save again and reload: the same tags on unseen text.
    const auto again = dir / "again.bin";
    REQUIRE(model->save(again).has_value());
    auto reloaded = NerModel::load(again);
    REQUIRE(reloaded.has_value());
    for (const std::string text : {"정다은 대표는 울산에서 4명을 만났다.", "새벽 2시에 누군가 왔다.", "", "ABC 123"}) {
        const auto a = model->tag(text), b = reloaded->tag(text);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].begin == b[i].begin);
            CHECK(a[i].end == b[i].end);
            CHECK(a[i].label == b[i].label);
            CHECK(a[i].subtype == b[i].subtype);
        }
    }
    CHECK(reloaded->data().emission == model->data().emission);
    std::filesystem::remove_all(dir);
}

TEST_CASE("tagging a KLUE file reads only the characters", "[ner]")
{
    const auto dir = tempDir();
    const auto data = dir / "tiny.tsv";
    std::ofstream(data) << klueOf(tinyCorpus);
    NerTrainingOptions o;
    o.kluePath = data;
    o.output = dir / "tiny.bin";
    o.epochs = 5;
    o.hashBits = 14;
    o.holdOut = false;
    REQUIRE(trainNerModel(o).has_value());
    auto model = NerModel::load(o.output);
    REQUIRE(model.has_value());

    // Same characters with all gold tags replaced by O and a misleading comment: same output tags.
    std::string blank = klueOf({tinyCorpus[0]});
    std::string stripped;
    std::istringstream lines(blank);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("##"))
            stripped += "## tiny-0\t<엉뚱한:OG> 주석\n";
        else if (const auto tab = line.rfind('\t'); tab != std::string::npos)
            stripped += line.substr(0, tab) + "\tO\n";
        else
            stripped += line + "\n";
    }
    std::istringstream a(blank), b(stripped);
    std::ostringstream outA, outB;
    REQUIRE(tagKlueFile(*model, a, outA).has_value());
    REQUIRE(tagKlueFile(*model, b, outB).has_value());
    auto tagsOnly = [](const std::string& s) {
        std::string out;
        std::istringstream in(s);
        for (std::string line; std::getline(in, line);)
            if (!line.starts_with("##"))
                out += line + "\n";
        return out;
    };
    CHECK(tagsOnly(outA.str()) == tagsOnly(outB.str()));
    CHECK(outB.str().find("<엉뚱한:OG> 주석") != std::string::npos); // comments copied through
    std::filesystem::remove_all(dir);
}

TEST_CASE("training is deterministic for a seed", "[ner]")
{
    const auto dir = tempDir();
    const auto data = dir / "tiny.tsv";
    std::ofstream(data) << klueOf(tinyCorpus);
    NerTrainingOptions o;
    o.kluePath = data;
    o.epochs = 3;
    o.hashBits = 14;
    o.holdOut = false;
    o.ensemble = 2;
    o.output = dir / "a.bin";
    REQUIRE(trainNerModel(o).has_value());
    o.output = dir / "b.bin";
    REQUIRE(trainNerModel(o).has_value());
    auto a = NerModel::load(dir / "a.bin");
    auto b = NerModel::load(dir / "b.bin");
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(a->data().emission == b->data().emission);
    CHECK(a->data().transitions.next == b->data().transitions.next);
    std::filesystem::remove_all(dir);
}

TEST_CASE("loading rejects missing and foreign files with the file name in the message", "[ner]")
{
    const auto dir = tempDir();
    const auto missing = NerModel::load(dir / "nope.bin");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.find("nope.bin") != std::string::npos);
    std::ofstream(dir / "junk.bin") << "not a model";
    const auto junk = NerModel::load(dir / "junk.bin");
    REQUIRE_FALSE(junk.has_value());
    CHECK(junk.error().message.find("junk.bin") != std::string::npos);

    // Every truncation of a real model file is refused, never half-loaded.
    std::ofstream(dir / "tiny.tsv") << klueOf(tinyCorpus);
    NerTrainingOptions o;
    o.kluePath = dir / "tiny.tsv";
    o.output = dir / "tiny.bin";
    o.epochs = 1;
    o.hashBits = 12;
    o.holdOut = false;
    o.ensemble = 1;
    REQUIRE(trainNerModel(o).has_value());
    std::ifstream in(o.output, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(bytes.size() > 100);
    for (std::size_t cut : {std::size_t{4}, std::size_t{20}, std::size_t{90}, bytes.size() / 2, bytes.size() - 1}) {
        std::ofstream(dir / "cut.bin", std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(cut));
        CHECK_FALSE(NerModel::load(dir / "cut.bin").has_value());
    }
    std::ofstream(dir / "long.bin", std::ios::binary) << bytes << "x";
    CHECK_FALSE(NerModel::load(dir / "long.bin").has_value());
    std::filesystem::remove_all(dir);
}
