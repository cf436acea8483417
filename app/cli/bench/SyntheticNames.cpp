// Invented Korean-looking names built from common syllables, so entities recur across articles.
#include "bench/SyntheticNames.h"

namespace newsgraph::cli::synthetic {
namespace {

constexpr std::string_view companyPrefixList[] = {
    "한빛", "누리", "테라", "미르", "새봄", "가온", "다온", "하늘", "바름", "솔빛",
    "아라", "라온", "온새", "푸른", "별빛", "마루", "이음", "나래", "슬기", "한결"};
constexpr std::string_view companySuffixList[] = {"AI", "로보틱스", "바이오", "랩스", "소프트", "에너지",
                                                  "모빌리티", "헬스케어", "반도체", "클라우드", "시스템즈", "테크"};
constexpr std::string_view investorSuffixList[] = {"벤처스", "파트너스", "인베스트먼트", "캐피탈", "자산운용"};
constexpr std::string_view surnameList[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
                                            "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"};
constexpr std::string_view givenNameList[] = {"민준", "서연", "도윤", "하은", "지호", "수아", "예준",
                                              "지우", "시우", "서윤", "준서", "하린", "현우", "지민",
                                              "건우", "채원", "우진", "유나", "선우", "다인"};
constexpr std::string_view reporterIdList[] = {"minjun", "seoyeon", "doyun", "haeun", "jiho", "sua", "yejun",
                                               "jiwoo", "siwoo", "seoyun", "junseo", "harin", "hyunwoo",
                                               "jimin", "gunwoo", "chaewon", "woojin", "yuna", "sunwoo", "dain"};
constexpr std::string_view placeList[] = {"서울", "부산", "판교", "대전", "광주", "인천", "도쿄",
                                          "싱가포르", "실리콘밸리", "베를린", "런던", "파리", "보스턴"};
constexpr std::string_view countryList[] = {"한국", "미국", "일본", "중국", "독일", "프랑스", "영국", "캐나다"};
constexpr std::string_view governmentList[] = {"과학기술정보통신부", "산업통상자원부", "중소벤처기업부",
                                               "서울시", "금융위원회", "부산시", "특허청"};
constexpr std::string_view universityList[] = {"서울대", "KAIST", "포스텍", "연세대", "고려대",
                                               "도쿄대", "스탠퍼드대", "한양대"};
constexpr std::string_view productSuffixList[] = {"GPT", "원", "엑스", "스튜디오", "링크", "허브"};
constexpr std::string_view fieldList[] = {"생성형 AI", "자율주행", "신약 개발", "이차전지", "클라우드 보안",
                                          "로봇", "반도체 설계", "디지털 헬스케어", "핀테크", "우주항공"};
constexpr std::string_view roleList[] = {"대표", "최고기술책임자(CTO)", "부사장", "연구소장", "회장", "이사"};
constexpr std::string_view quoteList[] = {
    "글로벌 시장에서 경쟁할 수 있는 기술을 확보했다",
    "이번 투자를 계기로 해외 진출에 속도를 내겠다",
    "인재 확보가 가장 중요한 과제다",
    "내년에는 흑자 전환이 가능할 것으로 본다",
    "고객이 체감할 수 있는 서비스를 만들겠다",
    "연구개발 인력을 두 배로 늘릴 계획이다"};
constexpr std::string_view fillerList[] = {
    "업계에서는 올해 하반기 시장이 본격적으로 성장할 것으로 보고 있다.",
    "전문가들은 규제 환경이 가장 큰 변수가 될 것이라고 지적했다.",
    "최근 금리 인상으로 스타트업 투자 시장은 위축된 상황이다.",
    "이 같은 흐름은 당분간 이어질 전망이다.",
    "관련 기업들의 주가도 일제히 상승했다.",
    "다만 수익성 확보까지는 시간이 더 걸릴 것이라는 신중론도 나온다.",
    "해외 경쟁사들도 비슷한 전략을 내놓고 있어 경쟁은 더 치열해질 것으로 보인다.",
    "정부는 관련 예산을 내년에 크게 늘리기로 했다.",
    "시장조사업체에 따르면 관련 시장 규모는 매년 20% 이상 커지고 있다.",
    "인력 부족은 업계 전체의 고민거리다.",
    "투자자들은 기술력과 함께 사업화 능력을 중요하게 본다.",
    "국내 대기업들도 이 분야에 대한 관심을 키우고 있다.",
    "회사 측은 구체적인 일정은 아직 정해지지 않았다고 밝혔다.",
    "이번 발표는 업계의 예상을 뛰어넘는 수준이라는 평가다."};
constexpr Outlet outletList[] = {{"매일경제", "mk.co.kr"},   {"한겨레", "hani.co.kr"},
                                 {"동아일보", "donga.com"},  {"아시아경제", "asiae.co.kr"},
                                 {"한국경제", "hankyung.com"}, {"조선비즈", "chosunbiz.com"}};

} // namespace

std::span<const std::string_view> companyPrefixes() { return companyPrefixList; }
std::span<const std::string_view> companySuffixes() { return companySuffixList; }
std::span<const std::string_view> investorSuffixes() { return investorSuffixList; }
std::span<const std::string_view> surnames() { return surnameList; }
std::span<const std::string_view> givenNames() { return givenNameList; }
std::span<const std::string_view> reporterIds() { return reporterIdList; }
std::span<const std::string_view> places() { return placeList; }
std::span<const std::string_view> countries() { return countryList; }
std::span<const std::string_view> governmentBodies() { return governmentList; }
std::span<const std::string_view> universities() { return universityList; }
std::span<const std::string_view> productSuffixes() { return productSuffixList; }
std::span<const std::string_view> fields() { return fieldList; }
std::span<const std::string_view> roles() { return roleList; }
std::span<const std::string_view> quotes() { return quoteList; }
std::span<const std::string_view> fillerSentences() { return fillerList; }
std::span<const Outlet> outlets() { return outletList; }

} // namespace newsgraph::cli::synthetic
