// Money amounts in Korean and English news text: numerals, units, currencies, qualifiers, conversions.
#include "extract/MoneyParser.h"

#include <catch2/catch.hpp>

#include <string>

using namespace newsgraph::core;

namespace {

Amount parsed(std::string_view text)
{
    const auto amount = parseAmount(text);
    INFO(text);
    REQUIRE(amount);
    return *amount;
}

void checkAmount(std::string_view text, double value, std::string_view currency, std::string_view qualifier = "")
{
    INFO(text);
    const Amount amount = parsed(text);
    CHECK(amount.value == Approx(value));
    CHECK(amount.currency == currency);
    CHECK(amount.qualifier == qualifier);
    CHECK(amount.asWritten == std::string(text));
}

} // namespace

TEST_CASE("Money: Korean units 만/억/조 with currencies", "[money]")
{
    checkAmount("1억1000만달러", 110000000, "USD");
    checkAmount("3조9000억원", 3.9e12, "KRW");
    checkAmount("11억5000만 엔", 1150000000, "JPY");
    checkAmount("2500만달러", 25000000, "USD");
    checkAmount("105억 엔", 10500000000, "JPY");
    checkAmount("12조원", 1.2e13, "KRW");
    checkAmount("1,200억 원", 1.2e11, "KRW");
    checkAmount("3.5억 달러", 3.5e8, "USD");
    checkAmount("1억 1000만 달러", 110000000, "USD");
    checkAmount("7천만원", 7e7, "KRW");
    checkAmount("5천억원", 5e11, "KRW");
    checkAmount("1조3000억원", 1.3e12, "KRW");
    checkAmount("1억2천만 달러", 1.2e8, "USD");
    checkAmount("천만 원", 1e7, "KRW");
    checkAmount("0.5조원", 5e11, "KRW");
    checkAmount("4만 9000달러", 49000, "USD");
    checkAmount("108만1920원", 1081920, "KRW");
}

TEST_CASE("Money: plain numbers and other currencies", "[money]")
{
    checkAmount("1,500,000원", 1500000, "KRW");
    checkAmount("3만달러", 30000, "USD");
    checkAmount("100만 유로", 1e6, "EUR");
    checkAmount("50억 위안", 5e9, "CNY");
    checkAmount("2000만 파운드", 2e7, "GBP");
    checkAmount("10억 위안화", 1e9, "CNY");
    checkAmount("1억 미국 달러", 1e8, "USD");
    checkAmount("5000만 홍콩달러", 5e7, "HKD");
    checkAmount("100억 엔화", 1e10, "JPY");
    checkAmount("미화 1억달러", 1e8, "USD");
}

TEST_CASE("Money: symbols and English multipliers", "[money]")
{
    checkAmount("$1.5 billion", 1.5e9, "USD");
    checkAmount("$300 million", 3e8, "USD");
    checkAmount("€2bn", 2e9, "EUR");
    checkAmount("¥10억", 1e9, "JPY");
    checkAmount("US$ 10 million", 1e7, "USD");
    checkAmount("$25", 25, "USD");
    checkAmount("£3.2 million", 3.2e6, "GBP");
    checkAmount("300 million dollars", 3e8, "USD");
    checkAmount("$300m", 3e8, "USD");
    checkAmount("USD 2 billion", 2e9, "USD");
}

TEST_CASE("Money: qualifiers before and after the amount", "[money]")
{
    checkAmount("약 1억달러", 1e8, "USD", "about");
    checkAmount("대략 500억 원", 5e10, "KRW", "about");
    checkAmount("6000만달러 이상", 6e7, "USD", "over");
    checkAmount("12조원 넘는", 1.2e13, "KRW", "over");
    checkAmount("1억달러 넘게", 1e8, "USD", "over");
    checkAmount("100억원 미만", 1e10, "KRW", "under");
    checkAmount("10억 원 이하", 1e9, "KRW", "under");
    checkAmount("총 1억1000만달러", 1.1e8, "USD", "total");
    checkAmount("합계 1억달러", 1e8, "USD", "total");
    checkAmount("총 6000만달러 이상", 6e7, "USD", "over");
    checkAmount("500억 원대", 5e10, "KRW", "about");
    checkAmount("100억여 원", 1e10, "KRW", "over");
    checkAmount("100여억 원", 1e10, "KRW", "over");
    checkAmount("1000억원 초과", 1e11, "KRW", "over");
    checkAmount("50억 원가량", 5e9, "KRW", "about");
}

TEST_CASE("Money: vague Hangul amounts give their lower bound and 'over'", "[money]")
{
    checkAmount("수백억 원", 1e10, "KRW", "over");
    checkAmount("수천억 원", 1e11, "KRW", "over");
    checkAmount("수십억 달러", 1e9, "USD", "over");
    checkAmount("수조 원", 1e12, "KRW", "over");
    checkAmount("수천만 원", 1e7, "KRW", "over");
}

TEST_CASE("Money: ranges give their lower bound and 'over'", "[money]")
{
    checkAmount("100억~200억원", 1e10, "KRW", "over");
    checkAmount("3~4억 달러", 3e8, "USD", "over");
}

TEST_CASE("Money: the article's own conversion in parentheses", "[money]")
{
    const Amount a = parsed("29억달러(약 3조9000억원)");
    CHECK(a.value == Approx(2.9e9));
    CHECK(a.currency == "USD");
    REQUIRE(a.convertedValue);
    CHECK(*a.convertedValue == Approx(3.9e12));
    CHECK(a.convertedCurrency == "KRW");
    CHECK(a.qualifier.empty());

    const Amount b = parsed("약 1억달러(약 1300억원)");
    CHECK(b.value == Approx(1e8));
    CHECK(b.qualifier == "about");
    CHECK(*b.convertedValue == Approx(1.3e11));
    CHECK(b.asWritten == "약 1억달러(약 1300억원)");

    const Amount c = parsed("11억5000만 엔(약 108억 원)");
    CHECK(c.value == Approx(1.15e9));
    CHECK(c.currency == "JPY");
    CHECK(*c.convertedValue == Approx(1.08e10));

    const Amount d = parsed("$1.5 billion (한화 약 2조원)");
    CHECK(*d.convertedValue == Approx(2e12));
    CHECK(d.convertedCurrency == "KRW");

    const Amount e = parsed("1억달러(약 1300억원) 이상");
    CHECK(e.qualifier == "over");
    CHECK(e.convertedValue);

    const Amount g = parsed("49달러(한화 약 5만 8200원)");
    CHECK(g.value == Approx(49));
    CHECK(*g.convertedValue == Approx(58200));

    const Amount f = parsed("1억달러");
    CHECK_FALSE(f.convertedValue);
}

TEST_CASE("Money: findAmounts in sentences, with byte offsets", "[money]")
{
    const std::string sentence = "최근 약 1억달러(약 1300억원)의 투자를 받고 기업가치 10억달러(약 1조3000억원)의 유니콘 기업이 됐다.";
    const auto found = findAmounts(sentence);
    REQUIRE(found.size() == 2);
    CHECK(sentence.substr(found[0].begin, found[0].end - found[0].begin) == "약 1억달러(약 1300억원)");
    CHECK(found[0].amount.asWritten == "약 1억달러(약 1300억원)");
    CHECK(found[1].amount.value == Approx(1e9));
    CHECK(*found[1].amount.convertedValue == Approx(1.3e12));

    const std::string second = "엔비디아와 아마존은 각각 2500만달러를 투입하기로 했다. 양국 기업이 총 1억1000만달러의 자금을";
    const auto amounts = findAmounts(second);
    REQUIRE(amounts.size() == 2);
    CHECK(amounts[0].amount.value == Approx(2.5e7));
    CHECK(amounts[0].amount.asWritten == "2500만달러");
    CHECK(amounts[1].amount.qualifier == "total");
    CHECK(second.substr(amounts[1].end, 3) == "의");

    const auto third = findAmounts("지난해 8월 도요타자동차는 PFN에 105억 엔(약 987억 원)을 출자했다.");
    REQUIRE(third.size() == 1);
    CHECK(third[0].amount.value == Approx(1.05e10));
    CHECK(*third[0].amount.convertedValue == Approx(9.87e10));

    const auto fourth = findAmounts("MS가 제품을 써주고 12조원 넘는 돈을 투자하면서");
    REQUIRE(fourth.size() == 1);
    CHECK(fourth[0].amount.qualifier == "over");
    CHECK(fourth[0].amount.asWritten == "12조원 넘는");
}

TEST_CASE("Money: things that are not money", "[money]")
{
    CHECK(findAmounts("국내 인공지능 부문 인력은 모두 5만1425명으로 집계됐다").empty());
    CHECK(findAmounts("2024년 3월 14일, 1억2000만명이 사용").empty());
    CHECK(findAmounts("회삿돈으로 2억짜리 차를 샀다").empty());
    CHECK(findAmounts("3배 빠른 속도, 80%가 향상").empty());
    CHECK(findAmounts("10 원전 건설과 5 원칙").empty());
    CHECK(findAmounts("100 엔지니어와 30 파운드리").empty());
    CHECK(findAmounts("계약 금액은 공개되지 않았다").empty());
    CHECK(findAmounts("수출이 늘었다").empty());
    CHECK_FALSE(parseAmount("1억"));
    CHECK_FALSE(parseAmount("1억달러 투자"));
    CHECK_FALSE(parseAmount(""));
}

TEST_CASE("Money: amounts next to other text", "[money]")
{
    const auto found = findAmounts("인수가격 56조 부른 기업, 7천만원에 샀다");
    REQUIRE(found.size() == 1);
    CHECK(found[0].amount.value == Approx(7e7));

    const auto list = findAmounts("수백억, 수천억 원의 가치가 있다");
    REQUIRE(list.size() == 1);
    CHECK(list[0].amount.value == Approx(1e11));
    CHECK(list[0].amount.qualifier == "over");

    const auto rate = findAmounts("환율이 1달러당 1000원이라고 하면 5만원권");
    REQUIRE(rate.size() == 3);
    CHECK(rate[2].amount.value == Approx(50000));

    const auto many = findAmounts("2조 원과 3억 달러, 그리고 500만 엔");
    REQUIRE(many.size() == 3);
    CHECK(many[0].amount.currency == "KRW");
    CHECK(many[1].amount.currency == "USD");
    CHECK(many[2].amount.currency == "JPY");
}

TEST_CASE("Money: malformed and random text does not break the parser", "[money]")
{
    const std::vector<std::string> fragments{"1", "억", "만", "조", "원", "달러", "(", ")", "약 ", ",", ".", "~", "$",
                                             "수", "백", "\xEC\x96", "\xFF", " ", "이상", "엔", "0"};
    std::uint32_t seed = 777;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        for (int i = 0; i < 10; ++i) {
            seed = seed * 1103515245 + 12345;
            text += fragments[(seed >> 16) % fragments.size()];
        }
        std::size_t previousEnd = 0;
        for (const auto& match : findAmounts(text)) {
            INFO(text);
            REQUIRE(match.begin < match.end);
            REQUIRE(match.end <= text.size());
            REQUIRE(match.begin >= previousEnd);
            CHECK(match.amount.asWritten == text.substr(match.begin, match.end - match.begin));
            CHECK(match.amount.value >= 0);
            CHECK_FALSE(match.amount.currency.empty());
            previousEnd = match.end;
        }
        (void)parseAmount(text);
    }
}
