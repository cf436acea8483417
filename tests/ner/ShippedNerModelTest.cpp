// The shipped model (resources/models/ner-ko.bin) on plain sentences; skipped when it is absent.
#include "extract/ner/NerModel.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace newsgraph::core;

namespace {

const std::filesystem::path shippedModel = std::filesystem::path(NEWSGRAPH_RESOURCES_DIR) / "models" / "ner-ko.bin";

const NerSpan* find(const std::vector<NerSpan>& spans, const std::string& sentence, const std::string& text)
{
    for (const auto& s : spans)
        if (sentence.substr(s.begin, s.end - s.begin) == text)
            return &s;
    return nullptr;
}

} // namespace

TEST_CASE("the shipped model finds people, organisations, places, dates and amounts", "[ner][model]")
{
    if (!std::filesystem::exists(shippedModel)) {
        WARN("skipped: " << shippedModel << " not found");
        return;
    }
    auto model = NerModel::load(shippedModel);
    REQUIRE(model.has_value());

    const std::string a = "김철수 대표는 지난 3일 서울에서 기자들과 만나 신제품을 소개했다.";
    const auto spansA = model->tag(a);
    const auto* person = find(spansA, a, "김철수");
    REQUIRE(person != nullptr);
    CHECK(person->label == "PS");
    CHECK(person->confidence > 0.5);
    const auto* place = find(spansA, a, "서울");
    REQUIRE(place != nullptr);
    CHECK(place->label == "LC");
    CHECK(place->subtype == "place");

    const std::string b = "삼성전자가 미국에 170억 달러를 투자한다고 밝혔다.";
    const auto spansB = model->tag(b);
    const auto* company = find(spansB, b, "삼성전자");
    REQUIRE(company != nullptr);
    CHECK(company->label == "OG");
    CHECK(company->subtype == "company");
    const auto* money = find(spansB, b, "170억 달러");
    REQUIRE(money != nullptr);
    CHECK(money->label == "QT");
    const auto* country = find(spansB, b, "미국");
    REQUIRE(country != nullptr);
    CHECK(country->label == "LC");
    CHECK(country->subtype == "country");

    for (const auto& s : model->tag("그냥 좋은 영화였다"))
        CHECK(s.label != "PS");
    CHECK(model->tag("").empty());

    // KLUE writes a place with its country as one LC span; its sub-type is then "place".
    const std::string c = "그는 일본과 중국을 거쳐 프랑스 파리에 도착했다.";
    const auto spansC = model->tag(c);
    const auto* japan = find(spansC, c, "일본");
    REQUIRE(japan != nullptr);
    CHECK(japan->subtype == "country");
    const auto* paris = find(spansC, c, "프랑스 파리");
    REQUIRE(paris != nullptr);
    CHECK(paris->label == "LC");
    CHECK(paris->subtype == "place");
}
