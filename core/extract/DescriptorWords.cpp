#include "extract/DescriptorWords.h"

#include "extract/WordAffixes.h"
#include "text/WordSet.h"

#include <array>

namespace newsgraph::core {

bool isProductDescriptor(std::string_view word)
{
    static const WordSet words{
        "모델", "서비스", "플랫폼", "앱", "애플리케이션", "어플", "칩", "챗봇", "음성비서", "비서", "반도체", "소프트웨어",
        "브랜드", "제품", "기기", "스마트폰", "단말기", "로봇", "게임", "엔진", "검색엔진", "프로그램", "솔루션", "운영체제",
        "신약", "치료제", "백신", "전기차", "차량", "드론", "프레임워크", "라이브러리", "언어모델", "거대언어모델", "AI모델",
        "인공지능모델", "메신저", "콘솔", "노트북", "태블릿", "시스템", "오픈소스", "도구", "툴",
        "생성형AI", "이미지생성AI", "서비스형", "가속기", "프로세서", "그래픽카드",
        // drug candidates go by codes ("후보물질 'CGX-101'"), as do apps and games
        "후보물질", "신약후보물질", "파이프라인", "송금앱", "모바일앱", "신작",
        // agents, models and plant are named the same way ("AI 에이전트 ‘브리프원’", "원자로 ‘아크-50’")
        "에이전트", "AI에이전트", "LLM", "대규모언어모델", "초거대AI", "원자로", "스택",
    };
    return words.contains(word);
}

bool isInvestorDescriptor(std::string_view word)
{
    static const WordSet words{"투자사", "벤처캐피털", "벤처캐피탈", "VC", "운용사", "사모펀드", "투자회사"};
    return words.contains(word);
}

bool isEventWord(std::string_view word)
{
    static constexpr std::array endings{
        std::string_view{"행사"}, std::string_view{"포럼"}, std::string_view{"콘퍼런스"}, std::string_view{"컨퍼런스"},
        std::string_view{"페어"}, std::string_view{"박람회"}, std::string_view{"전시회"}, std::string_view{"서밋"},
        std::string_view{"엑스포"}, std::string_view{"세미나"}, std::string_view{"어워드"}, std::string_view{"해커톤"},
        std::string_view{"페스티벌"}, std::string_view{"정상회의"}, std::string_view{"심포지엄"}, std::string_view{"쇼케이스"},
    };
    return endsWithAny(word, endings);
}

bool isReportWord(std::string_view word)
{
    static constexpr std::array endings{std::string_view{"보고서"}, std::string_view{"백서"}, std::string_view{"리포트"},
                                        std::string_view{"실태조사"}};
    return endsWithAny(word, endings);
}

bool isCompanySiteWord(std::string_view word)
{
    return word == "사무실" || word == "본사" || word == "사옥" || word == "매장" || word == "공장";
}

} // namespace newsgraph::core
