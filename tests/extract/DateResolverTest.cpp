// Dates in Korean news sentences: absolute forms, relative forms resolved against publication, durations.
#include "extract/DateResolver.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace newsgraph::core;

namespace {

struct Found {
    std::string surface;
    std::string iso;
    bool relative = false;
    bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& found)
{
    return out << found.surface << " -> " << found.iso << (found.relative ? " (relative)" : "");
}

std::vector<Found> dates(std::string_view sentence, std::string_view publication)
{
    std::vector<Found> result;
    for (const auto& match : findDates(sentence, publication)) {
        REQUIRE(match.end <= sentence.size());
        result.push_back({std::string(sentence.substr(match.begin, match.end - match.begin)), match.iso, match.relative});
    }
    return result;
}

// The single date found in `sentence`.
Found only(std::string_view sentence, std::string_view publication)
{
    const auto found = dates(sentence, publication);
    INFO(sentence);
    REQUIRE(found.size() == 1);
    return found.front();
}

using V = std::vector<Found>;

} // namespace

TEST_CASE("Dates: absolute Korean forms keep the stated precision", "[dates]")
{
    CHECK(only("2024년 3월 14일 발표했다", "") == Found{"2024년 3월 14일", "2024-03-14", false});
    CHECK(only("2024년 3월 출시", "") == Found{"2024년 3월", "2024-03", false});
    CHECK(only("2014년 분사했다", "") == Found{"2014년", "2014", false});
    CHECK(only("2012년 창업한 리프마인드", "2018-01-10") == Found{"2012년", "2012", false});
    CHECK(only("2006년경 기계학습", "") == Found{"2006년경", "2006", false});
    CHECK(only("2024年3月14日に", "") == Found{"2024年3月14日", "2024-03-14", false});
    CHECK(only("2017년부터 3년간", "") == Found{"2017년", "2017", false});
    CHECK(only("2018년 1월 10일 03시 00분", "") == Found{"2018년 1월 10일", "2018-01-10", false});
}

TEST_CASE("Dates: bound words after dates and short year forms", "[dates]")
{
    CHECK(only("지난 12일자로 임명됐다", "2024-06-15") == Found{"지난 12일", "2024-06-12", true});
    CHECK(only("1952년생인 그는", "") == Found{"1952년", "1952", false});
    CHECK(only("쎄씨 3월호를 통해", "2024-06-15") == Found{"3월", "2024-03", true});
    CHECK(only("24일오후 11시", "2024-06-30") == Found{"24일", "2024-06-24", true});
    CHECK(only("98년도 신입생", "") == Found{"98년", "1998", false});
    CHECK(only("'02년 월드컵", "") == Found{"02년", "2002", false});
    CHECK(dates("98년 동안", "").empty());
    CHECK(only("올 3월 출시", "2024-06-15") == Found{"올 3월", "2024-03", true});
    CHECK(only("올 상반기 실적", "2024-06-15") == Found{"올", "2024", true});
    CHECK(dates("올 사람은 오라", "2024-06-15").empty());
    CHECK(only("지난 달 발표", "2024-06-15") == Found{"지난 달", "2024-05", true});
    CHECK(only("지난 해 실적", "2024-06-15") == Found{"지난 해", "2023", true});
}

TEST_CASE("Dates: numeric forms", "[dates]")
{
    CHECK(only("발표일 2024.3.14 기준", "") == Found{"2024.3.14", "2024-03-14", false});
    CHECK(only("on 2024-03-14.", "") == Found{"2024-03-14", "2024-03-14", false});
    CHECK(only("2024. 3. 14. 공개", "") == Found{"2024. 3. 14", "2024-03-14", false});
    CHECK(only("2024/11/26", "") == Found{"2024/11/26", "2024-11-26", false});
    CHECK(dates("2024-02-30은 없는 날", "").empty());
}

TEST_CASE("Dates: year ranges give their start", "[dates]")
{
    CHECK(only("2016∼2017년 2년간 파트너십", "") == Found{"2016∼2017년", "2016", false});
    CHECK(only("2019~2020년", "") == Found{"2019~2020년", "2019", false});
}

TEST_CASE("Dates: relative years and months", "[dates]")
{
    CHECK(only("지난해 10월 인텔 등으로부터", "2018-01-10") == Found{"지난해 10월", "2017-10", true});
    CHECK(only("지난해 12월 20일 방문한", "2018-01-10") == Found{"지난해 12월 20일", "2017-12-20", true});
    CHECK(only("올해 3월 입사한", "2024-10-02") == Found{"올해 3월", "2024-03", true});
    CHECK(only("지난해 기준", "2024-10-02") == Found{"지난해", "2023", true});
    CHECK(only("작년에 비해", "2024-10-02") == Found{"작년", "2023", true});
    CHECK(only("내년 상반기", "2024-10-02") == Found{"내년", "2025", true});
    CHECK(only("올해는 다르다", "2024-10-02") == Found{"올해", "2024", true});
    CHECK(only("지난달 발표", "2024-01-15") == Found{"지난달", "2023-12", true});
    CHECK(only("이달 10일 열린", "2024-04-15") == Found{"이달 10일", "2024-04-10", true});
    CHECK(only("다음 달 출시", "2024-12-15") == Found{"다음 달", "2025-01", true});
}

TEST_CASE("Dates: 지난/오는 with days and months", "[dates]")
{
    CHECK(only("지난 10일 정상회담", "2024-04-18") == Found{"지난 10일", "2024-04-10", true});
    CHECK(only("지난 20일 정상회담", "2024-04-18") == Found{"지난 20일", "2024-03-20", true});
    CHECK(only("지난 31일 발표", "2024-03-05") == Found{"지난 31일", "2024-01-31", true});
    CHECK(only("지난 4월 펴낸", "2024-10-02") == Found{"지난 4월", "2024-04", true});
    CHECK(only("지난 11월 펴낸", "2024-10-02") == Found{"지난 11월", "2023-11", true});
    CHECK(only("지난 7~8일 미국 주요 대학", "2024-10-02") == Found{"지난 7~8일", "2024-09-07", true});
    CHECK(only("오는 5월 출시", "2024-10-02") == Found{"오는 5월", "2025-05", true});
    CHECK(only("오는 15일 열린다", "2024-10-02") == Found{"오는 15일", "2024-10-15", true});
    CHECK(only("오는 1일 열린다", "2024-10-02") == Found{"오는 1일", "2024-11-01", true});
}

TEST_CASE("Dates: bare month and day use the publication date", "[dates]")
{
    CHECK(only("17일(현지시간) 외신 등에 따르면", "2024-04-18T10:21") == Found{"17일", "2024-04-17", true});
    CHECK(only("엘지전자는 5월에 콘퍼런스를", "2024-10-02") == Found{"5월", "2024-05", true});
    CHECK(only("3월 14일 발표", "2024-11-26") == Found{"3월 14일", "2024-03-14", true});
    CHECK(only("17일 발표", "") == Found{"17일", "", true});
}

TEST_CASE("Dates: days relative to the publication day", "[dates]")
{
    CHECK(only("어제 발표했다", "2024-03-01") == Found{"어제", "2024-02-29", true});
    CHECK(only("오늘 공개", "2024-03-01") == Found{"오늘", "2024-03-01", true});
    CHECK(only("내일 공개", "2024-12-31") == Found{"내일", "2025-01-01", true});
    CHECK(dates("오늘날 인공지능은", "2024-03-01").empty());
}

TEST_CASE("Dates: N years/months/days ago", "[dates]")
{
    CHECK(only("1년 전 도쿄에서 만들어진", "2024-09-30") == Found{"1년 전", "2023", true});
    CHECK(only("10년 전까지 명문대", "2018-01-10") == Found{"10년 전", "2008", true});
    CHECK(only("3개월 전", "2024-02-10") == Found{"3개월 전", "2023-11", true});
    CHECK(only("3일 전 발표", "2024-03-02") == Found{"3일 전", "2024-02-28", true});
    CHECK(only("3년 전(1609명)과 견줘", "") == Found{"3년 전", "", true});
}

TEST_CASE("Dates: durations, ages and counts are not dates", "[dates]")
{
    CHECK(dates("향후 10년간 AI 기술", "2024-04-18").empty());
    CHECK(dates("약 20년 만에 한국으로", "2024-04-18").empty());
    CHECK(dates("2년간 29억달러를", "2024-04-18").empty());
    CHECK(dates("3일간 열리는 행사", "2024-04-18").empty());
    CHECK(dates("5일 동안 진행", "2024-04-18").empty());
    CHECK(dates("박사(컴퓨터공학·40)는 20대 초반", "2024-04-18").empty());
    CHECK(dates("6개월, 1년 사이에", "2024-04-18").empty());
    CHECK(dates("2020년대 들어", "2024-04-18").empty());
    CHECK(dates("32일 이상", "2024-04-18").empty());
    CHECK(dates("'2023 인공지능 산업 실태조사'", "2024-04-18").empty());
    CHECK(dates("3년 전쟁", "2024-04-18").empty());
    CHECK(dates("최대11일 추석연휴", "2024-09-10").empty());
    CHECK(dates("최대 11일 연휴", "2024-09-10").empty());
    CHECK(dates("약 3일 걸린다", "2024-09-10").empty());
}

TEST_CASE("Dates: several in one sentence, with byte offsets", "[dates]")
{
    const std::string sentence = "지난해 8월 도요타자동차는 PFN에 출자했고 2014년 분사했다.";
    const auto found = findDates(sentence, "2018-01-10");
    REQUIRE(found.size() == 2);
    CHECK(sentence.substr(found[0].begin, found[0].end - found[0].begin) == "지난해 8월");
    CHECK(found[0].iso == "2017-08");
    CHECK(found[1].iso == "2014");
    CHECK_FALSE(found[1].relative);
    CHECK(dates("앞서 엘지전자는 5월에, 에스케이텔레콤도 7월에 열었다", "2024-10-02")
          == V{{"5월", "2024-05", true}, {"7월", "2024-07", true}});
    CHECK(dates("지난해 6월 국가정보원이", "") == V{{"지난해 6월", "", true}});
}

TEST_CASE("Dates: malformed and random text does not break the resolver", "[dates]")
{
    const std::vector<std::string> fragments{"2024", "년", "월", "일", "3", "1", "지난", " ", "~", ".", "-", "오는",
                                             "전", "\xEB\x85", "\xFF", "해", "달", "0", "31", "간"};
    std::uint32_t seed = 4242;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        for (int i = 0; i < 10; ++i) {
            seed = seed * 1103515245 + 12345;
            text += fragments[(seed >> 16) % fragments.size()];
        }
        std::size_t previousEnd = 0;
        for (const auto& match : findDates(text, round % 2 ? "2024-02-29" : "")) {
            INFO(text);
            REQUIRE(match.begin < match.end);
            REQUIRE(match.end <= text.size());
            REQUIRE(match.begin >= previousEnd);
            CHECK((match.iso.empty() || match.iso.size() == 4 || match.iso.size() == 7 || match.iso.size() == 10));
            previousEnd = match.end;
        }
    }
}
