#include "extract/OrganisationSuffixes.h"

#include "extract/GenericNouns.h"
#include "extract/CharIndex.h"
#include "extract/Utf8Scan.h"
#include "text/WordSet.h"
#include "extract/WordAffixes.h"

#include <array>
#include <string>
#include <unordered_set>

namespace newsgraph::core {
namespace {

struct SuffixRule {
    std::string_view suffix;
    EntityType type;
    std::size_t minPrefix; // code points the name needs before the suffix
    double confidence;
};

// Longest first within shared endings; checked in order.
constexpr std::array suffixRules{
    SuffixRule{"인베스트먼트", EntityType::Investor, 1, 0.75}, SuffixRule{"벤처캐피탈", EntityType::Investor, 2, 0.7},
    SuffixRule{"벤처캐피털", EntityType::Investor, 2, 0.7},   SuffixRule{"창업투자", EntityType::Investor, 2, 0.7},
    SuffixRule{"벤처투자", EntityType::Investor, 2, 0.7},     SuffixRule{"자산운용", EntityType::Investor, 2, 0.75},
    SuffixRule{"파트너스", EntityType::Investor, 2, 0.7},     SuffixRule{"벤처스", EntityType::Investor, 2, 0.75},
    SuffixRule{"캐피탈", EntityType::Investor, 2, 0.7},       SuffixRule{"캐피털", EntityType::Investor, 2, 0.7},
    SuffixRule{"인베스트", EntityType::Investor, 2, 0.7},
    SuffixRule{"과학기술원", EntityType::Academia, 1, 0.75},   SuffixRule{"대학교", EntityType::Academia, 2, 0.8},
    SuffixRule{"대학", EntityType::Academia, 2, 0.7},         SuffixRule{"연구소", EntityType::Academia, 2, 0.65},
    SuffixRule{"연구원", EntityType::Academia, 3, 0.6},       SuffixRule{"연구센터", EntityType::Academia, 2, 0.6},
    SuffixRule{"기술원", EntityType::Academia, 2, 0.65},
    SuffixRule{"위원회", EntityType::Government, 2, 0.7},     SuffixRule{"정보원", EntityType::Government, 2, 0.7},
    SuffixRule{"감사원", EntityType::Government, 0, 0.7},     SuffixRule{"감독원", EntityType::Government, 2, 0.7},
    SuffixRule{"진흥원", EntityType::Government, 2, 0.7},     SuffixRule{"평가원", EntityType::Government, 2, 0.65},
    SuffixRule{"개발원", EntityType::Government, 2, 0.6},     SuffixRule{"관리원", EntityType::Government, 2, 0.6},
    SuffixRule{"공단", EntityType::Government, 3, 0.6},       SuffixRule{"도청", EntityType::Government, 1, 0.75},
    SuffixRule{"시청", EntityType::Government, 1, 0.7},       SuffixRule{"구청", EntityType::Government, 1, 0.7},
    SuffixRule{"군청", EntityType::Government, 1, 0.7},       SuffixRule{"청", EntityType::Government, 2, 0.6},
    SuffixRule{"처", EntityType::Government, 2, 0.55},        SuffixRule{"부", EntityType::Government, 2, 0.6},
    SuffixRule{"성", EntityType::Government, 2, 0.7},         SuffixRule{"시", EntityType::Government, 2, 0.55},
    SuffixRule{"현", EntityType::Government, 2, 0.55},
    SuffixRule{"일보", EntityType::Media, 1, 0.75},           SuffixRule{"신문", EntityType::Media, 2, 0.6},
    SuffixRule{"홀딩스", EntityType::Company, 1, 0.75},       SuffixRule{"그룹", EntityType::Company, 1, 0.7},
    SuffixRule{"전자", EntityType::Company, 1, 0.7},          SuffixRule{"텔레콤", EntityType::Company, 1, 0.75},
    SuffixRule{"통신", EntityType::Company, 2, 0.6},          SuffixRule{"자동차", EntityType::Company, 2, 0.65},
    SuffixRule{"모터스", EntityType::Company, 1, 0.75},       SuffixRule{"건설", EntityType::Company, 2, 0.65},
    SuffixRule{"증권", EntityType::Company, 2, 0.65},         SuffixRule{"은행", EntityType::Company, 2, 0.6},
    SuffixRule{"제약", EntityType::Company, 2, 0.65},         SuffixRule{"바이오", EntityType::Company, 2, 0.6},
    SuffixRule{"생명", EntityType::Company, 2, 0.55},         SuffixRule{"중공업", EntityType::Company, 1, 0.7},
    SuffixRule{"물산", EntityType::Company, 1, 0.7},          SuffixRule{"케미칼", EntityType::Company, 1, 0.7},
    SuffixRule{"제철", EntityType::Company, 2, 0.65},         SuffixRule{"전력", EntityType::Company, 2, 0.6},
    SuffixRule{"랩스", EntityType::Company, 1, 0.7},          SuffixRule{"웍스", EntityType::Company, 1, 0.65},          SuffixRule{"테크", EntityType::Company, 2, 0.55},
    SuffixRule{"시스템즈", EntityType::Company, 1, 0.7},      SuffixRule{"네트웍스", EntityType::Company, 1, 0.7},
    SuffixRule{"네트워크스", EntityType::Company, 1, 0.7},    SuffixRule{"엔터테인먼트", EntityType::Company, 1, 0.7},
    SuffixRule{"인터내셔널", EntityType::Company, 1, 0.7},    SuffixRule{"코퍼레이션", EntityType::Company, 1, 0.7},
    SuffixRule{"컴퍼니", EntityType::Company, 1, 0.65},       SuffixRule{"게임즈", EntityType::Company, 1, 0.7},
    SuffixRule{"로보틱스", EntityType::Company, 1, 0.7},      SuffixRule{"모빌리티", EntityType::Company, 2, 0.55},
    SuffixRule{"일렉트로닉스", EntityType::Company, 1, 0.7},  SuffixRule{"테크놀로지", EntityType::Company, 1, 0.65},
    SuffixRule{"테크놀로지스", EntityType::Company, 1, 0.7},  SuffixRule{"솔루션즈", EntityType::Company, 1, 0.65},
    SuffixRule{"드론", EntityType::Company, 2, 0.55},         SuffixRule{"소프트", EntityType::Company, 2, 0.6},
    SuffixRule{"뱅크", EntityType::Company, 2, 0.6},          SuffixRule{"페이", EntityType::Company, 2, 0.55},
    SuffixRule{"항공", EntityType::Company, 2, 0.6},          SuffixRule{"해운", EntityType::Company, 2, 0.6},
    SuffixRule{"닷컴", EntityType::Company, 1, 0.65},         SuffixRule{"AI", EntityType::Company, 2, 0.55},
    // Pharmaceutical, industrial and chip makers keep their trade in the name ("오노약품공업", "하이론세미콘").
    SuffixRule{"파마슈티컬스", EntityType::Company, 1, 0.75}, SuffixRule{"테라퓨틱스", EntityType::Company, 1, 0.75},
    SuffixRule{"바이오로직스", EntityType::Company, 1, 0.75}, SuffixRule{"바이오사이언스", EntityType::Company, 1, 0.75},
    SuffixRule{"공업", EntityType::Company, 2, 0.65},         SuffixRule{"세미콘", EntityType::Company, 1, 0.7},
    SuffixRule{"에너지", EntityType::Company, 3, 0.55},       SuffixRule{"인더스트리즈", EntityType::Company, 1, 0.7},
    SuffixRule{"머티리얼즈", EntityType::Company, 1, 0.7},    SuffixRule{"스튜디오스", EntityType::Company, 1, 0.65},
    // Trade associations and foundations are organisations of their own; "한국바이오협회".
    SuffixRule{"연합회", EntityType::Company, 2, 0.6},        SuffixRule{"협의회", EntityType::Company, 2, 0.55},
    SuffixRule{"협회", EntityType::Company, 2, 0.6},          SuffixRule{"재단", EntityType::Government, 2, 0.55},
    // US and other counties: "바토카운티", "윌리엄슨카운티".
    SuffixRule{"카운티", EntityType::Place, 2, 0.7},
    // Research and development agencies ("연방과학산업연구기구", "신에너지산업기술종합개발기구").
    SuffixRule{"연구기구", EntityType::Government, 2, 0.6},  SuffixRule{"개발기구", EntityType::Government, 2, 0.6},
    // Hospitals are organisations that employ ("서울아산병원 김정호 교수"), not places.
    SuffixRule{"병원", EntityType::Company, 2, 0.6},
};

// Whole words (or endings) that share an organisation ending but are common nouns.
const WordSet& refusedEndings()
{
    static const WordSet set{
        // -대학 / -연구소 / -연구원
        "지방대학", "명문대학", "국립대학", "사립대학", "전문대학", "해외대학", "주요대학", "외국대학", "일반대학", "각대학",
        "부설연구소", "기업연구소", "사내연구소", "민간연구소", "국책연구소", "중앙연구소", "부설연구원", "선임연구원",
        "수석연구원", "책임연구원", "박사후연구원", "객원연구원", "방문연구원", "전임연구원", "초빙연구원", "정부출연연구원",
        // -부
        "학부", "경영학부", "공학부", "본부", "내부", "외부", "일부", "전부", "정부", "행정부", "간부", "부부", "세부", "상부",
        "하부", "남부", "북부", "동부", "서부", "중부", "사업부", "지부", "대부", "수뇌부", "지도부", "집행부", "군부", "의료부",
        "중앙부", "일본정부", "한국정부", "우리정부", "가부", "여부", "흉부", "복부", "두부", "안부", "고부", "주부", "신부",
        "국부", "장부", "치부", "근본부", "사령부", "기획부", "편집부", "영업부", "총무부", "인사부", "홍보부", "개발부",
        // -청 / -처
        "요청", "신청", "초청", "경청", "민청", "환청", "대청", "재요청", "재신청", "거래처", "투자처", "판매처", "공급처",
        "연락처", "사용처", "수요처", "근처", "대처", "출처", "상처", "거처", "용처", "조달처", "행선처",
        // -시
        "당시", "동시", "역시", "혹시", "다시", "즉시", "수시", "임시", "상시", "항시", "평시", "전시", "중시", "무시", "제시",
        "표시", "지시", "감시", "게시", "개시", "공시", "출시", "실시", "명시", "도시", "일시", "잠시", "한시", "착시", "원시",
        "과시", "교시", "고시", "응시", "좌시", "주시", "투시", "묵시", "직시", "멸시", "적시", "암시", "계시", "대시", "재출시",
        "대도시", "소도시", "신도시", "위도시", "시시", "경시", "근시", "도입시", "사용시", "활용시", "필요시", "유사시",
        "비상시", "발생시",
        // -현
        "실현", "표현", "구현", "재현", "출현", "발현", "체현", "시현", "재구현",
        // -성 (abstract nouns are refused below unless a ministry ending matches)
        // -은행 / -통신 / -자동차 / -테크 / -AI / -신문 ...
        "중앙은행", "시중은행", "인터넷은행", "투자은행", "국책은행", "지방은행", "상업은행", "이동통신", "위성통신",
        "정보통신", "무선통신", "유선통신", "데이터통신", "광통신", "전기자동차", "자율주행자동차", "수소자동차",
        "미래자동차", "친환경자동차", "빅테크", "핀테크", "딥테크", "에듀테크", "푸드테크", "프롭테크", "헬스테크",
        "애그테크", "기후테크", "하이테크", "클린테크", "리걸테크", "인슈어테크", "레그테크", "생성형AI", "소버린AI",
        "피지컬AI", "에이전트AI", "에이전틱AI", "온디바이스AI", "초거대AI", "범용AI", "한국형AI", "대화형AI", "멀티모달AI",
        "엣지AI", "오픈소스AI", "종이신문", "지역신문", "경제신문", "일간신문", "무료신문", "영자신문", "소비전력", "저전력",
        "고전력", "산업용드론", "농업용드론", "군사드론", "택배드론", "배송드론", "그린바이오", "레드바이오", "화이트바이오",
        "유가증권", "위안부", "시한부", "잠수부", "일반부", "재판부", "연구부", "편집부", "택시", "개인택시", "공감대",
        "지구대", "수사대", "구조대", "봉사대", "순찰대", "예정대", "예비대", "학대", "아동학대", "여자대학교", "여자대학",
        "정규대학", "일반대학교", "은신처", "피난처", "안식처", "도피처", "간편페이", "미래모빌리티", "에어모빌리티", "도심항공모빌리티", "민간항공", "국제항공", "전력", "대학", "모든대학",
        "재생에너지", "신재생에너지", "청정에너지", "친환경에너지", "원자력에너지", "수소에너지", "태양에너지", "풍력에너지",
        "대체에너지", "화석에너지", "그린에너지", "바이오에너지", "해양에너지", "지열에너지", "무탄소에너지", "화학공업", "기계공업",
        "제조업협회", "업종별협회", "관련협회", "사업자협회", "장학재단", "공익재단", "복지재단", "문화재단", "자선재단",
        "사업그룹", "기업그룹", "재벌그룹", "스터디그룹", "워킹그룹", "태스크포스그룹", "주요그룹", "대기업그룹",
        "대학병원", "종합병원", "동물병원", "요양병원", "전문병원", "한방병원", "치과병원", "상급병원", "거점병원", "협력병원",
        "지역병원", "공공병원", "민간병원", "대형병원", "인근병원", "지정병원", "전담병원", "정신병원", "개인병원", "국립병원",
        "시립병원", "도립병원", "야전병원", "동네병원", "소아병원", "어린이병원", "여성병원", "재활병원", "중소병원", "지방병원",
        "감염병원", "의료병원", "해당병원", "다른병원", "큰병원", "각병원",
    };
    return set;
}

// Japanese and other ministries end in 성; abstract nouns ("가능성", "생산성") also do.
bool isMinistryWithSeong(std::string_view word)
{
    static constexpr std::array stems{
        std::string_view{"과학성"}, std::string_view{"산업성"}, std::string_view{"노동성"}, std::string_view{"교통성"},
        std::string_view{"수산성"}, std::string_view{"외무성"}, std::string_view{"재무성"}, std::string_view{"법무성"},
        std::string_view{"총무성"}, std::string_view{"방위성"}, std::string_view{"환경성"},
    };
    for (auto s : stems)
        if (hasSuffix(word, s)) return true;
    return false;
}

// Ministries end in 부 after a few stems (외교부, 국방부, 법무부, 과학기술정보통신부, 국무부); other words ending
// in 부 are common nouns (위안부, 재판부, 지도부, 북동부).
bool isMinistryWithBu(std::string_view word)
{
    static const std::unordered_set<char32_t> stems{U'교', U'방', U'무', U'일', U'육', U'경', U'동', U'족', U'지', U'원',
                                                    U'업', U'광', U'품', U'산', U'전', U'통', U'정', U'신', U'보', U'화'};
    const std::string_view beforeBu = word.substr(0, word.size() - std::string_view("부").size());
    if (beforeBu.ends_with("동") && (beforeBu.ends_with("북동") || beforeBu.ends_with("남동") || utf8::length(word) <= 3))
        return utf8::length(word) >= 4 && !beforeBu.ends_with("북동") && !beforeBu.ends_with("남동");
    return stems.contains(utf8::last(beforeBu));
}

// Agencies ending in 처 (식품의약품안전처, 인사혁신처, 법제처, 국가보훈처, 대통령경호처).
bool isAgencyWithCheo(std::string_view word)
{
    for (std::string_view e : {"안전처", "혁신처", "법제처", "보훈처", "경호처", "기획처", "홍보처", "비서처", "관리처"})
        if (hasSuffix(word, e)) return true;
    return false;
}

// "-대" names a university only after a name ("도쿄대", "한국외대"), never in 세대, 시대, 최대, 20대 ...
bool isUniversityDae(std::string_view word)
{
    if (!word.ends_with("대") || utf8::length(word) < 3) return false;
    static const WordSet refusedTwo{
        "세대", "시대", "년대", "연대", "최대", "거대", "초대", "확대", "증대", "기대", "반대", "상대", "절대", "부대", "무대",
        "함대", "군대", "현대", "근대", "고대", "중대", "극대", "강대", "대대", "교대", "지대", "열대", "온대", "역대", "당대",
        "후대", "선대", "공대", "의대", "편대", "병대", "막대", "방대", "광대", "성대", "관대", "과대", "장대", "등대", "침대",
        "억대", "만대", "천대", "원대", "러대", "엔대", "위대", "적대", "환대", "냉대", "홀대", "우대", "접대", "박대", "소대",
        "중대", "연대", "위원대", "시위대", "자위대", "경비대", "특공대", "소방대", "방위대", "원정대", "응원대", "기동대",
        "해병대", "사관대", "공감대", "지구대", "수사대", "구조대", "봉사대", "순찰대", "학대", "십대", "백대", "명문대", "지방대", "사립대", "국립대", "전문대", "초거대", "차세대", "신세대", "구세대",
        "시험대", "토대", "가격대", "시간대", "연령대", "계산대", "진열대", "받침대", "지지대", "전망대", "주파수대", "대역대",
        "금액대", "점수대", "평가대", "기대치대", "단상대", "선반대", "결제대", "체험대",
    };
    // "아인트호번공대", "존스홉킨스의대": a named faculty after a transliterated name is a university.
    static const WordSet faculties{"공대", "의대", "법대", "약대", "치대", "음대", "미대"};
    if (faculties.contains(utf8::suffix(word, 2)) && utf8::length(word) >= 5)
        return utf8::allHangul(word) && !isGenericNoun(utf8::prefix(word, utf8::length(word) - 2));
    const std::string_view lastTwo = utf8::suffix(word, 2);
    if (refusedTwo.contains(lastTwo) || refusedTwo.contains(utf8::suffix(word, 3)) || refusedTwo.contains(word)) return false;
    // "계획대(로)", "예상대(로)": a common noun before 대 is a measure, not a university's name.
    const std::string_view beforeDae = utf8::prefix(word, utf8::length(word) - 1);
    if (isGenericNoun(beforeDae) || isFunctionWord(beforeDae)) return false;
    return !utf8::containsDigit(word) && utf8::allHangul(utf8::prefix(word, utf8::length(word) - 1));
}

bool endsWithRefused(std::string_view word)
{
    const auto& refused = refusedEndings();
    if (refused.contains(word)) return true;
    // Refused compounds at the end of a longer word ("재출시", "농업용드론" after a prefix).
    for (std::size_t n = 2; n <= 4; ++n) {
        const std::string_view tail = utf8::suffix(word, n);
        if (tail.size() < word.size() && refused.contains(tail) && n >= 2) {
            // Only two-syllable refusals that are real words apply to longer words (도입시 vs 요코스카시).
            if (n == 2 && !(tail == "당시" || tail == "출시" || tail == "택시" || tail == "학대" || tail == "요청" || tail == "신청" || tail == "초청" ||
                            tail == "학부" || tail == "본부" || tail == "사업부" || tail == "정부" || tail == "근처" ||
                            tail == "실현" || tail == "구현" || tail == "표현" || tail == "재현" || tail == "도시"))
                continue;
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<SuffixMatch> matchOrganisationSuffix(std::string_view word)
{
    static const CharIndex<SuffixRule> index(std::span<const SuffixRule>(suffixRules), CharIndex<SuffixRule>::End::Last,
                                             [](const SuffixRule& r) { return r.suffix; });
    // Most words end in a letter no organisation suffix ends with: answer those without further work.
    if (word.empty() || (index.candidates(word).empty() && !word.ends_with("대"))) return std::nullopt;
    if (isGenericNoun(word) || utf8::isAsciiDigit(static_cast<unsigned char>(word[0]))) return std::nullopt;
    if (endsWithRefused(word)) return std::nullopt;
    // "국립보건원", "국립표준기술연구소": an institute that calls itself national is a public body.
    if (word.starts_with("국립") && utf8::length(word) >= 4 && !word.ends_with("공원") && !word.ends_with("정원") &&
        !word.ends_with("수목원") &&
        (word.ends_with("원") || word.ends_with("연구소") || word.ends_with("센터") || word.ends_with("재단")))
        return SuffixMatch{EntityType::Government, "국립", 0.65};
    if (isUniversityDae(word)) return SuffixMatch{EntityType::Academia, "대", 0.6};
    for (const SuffixRule* candidate : index.candidates(word)) {
        const SuffixRule& rule = *candidate;
        if (!hasSuffix(word, rule.suffix)) continue;
        const std::string_view prefix = word.substr(0, word.size() - rule.suffix.size());
        if (utf8::length(prefix) < std::max<std::size_t>(rule.minPrefix, 1)) continue;
        if (isGenericNoun(prefix) || isFunctionWord(prefix) || utf8::containsDigit(prefix)) return std::nullopt;
        if (rule.suffix == "성" && !isMinistryWithSeong(word)) return std::nullopt;
        if (rule.suffix == "부" && !isMinistryWithBu(word)) return std::nullopt;
        if (rule.suffix == "처" && !isAgencyWithCheo(word)) return std::nullopt;
        if (rule.suffix == "위원회") {
            for (std::string_view generic :
                 {"추진", "조직", "준비", "운영", "자문", "심사", "선정", "평가", "집행", "비상대책", "대책", "추천", "윤리", "인사"})
                if (prefix == generic) return std::nullopt;
        }
        if (rule.suffix == "대학교" || rule.suffix == "대학") {
            // "약학대학", "공과대학", "의과대학": a college inside a university, named after its discipline.
            const char32_t lastOfPrefix = utf8::last(prefix);
            if (utf8::length(prefix) == 2 && (lastOfPrefix == U'학' || lastOfPrefix == U'과')) return std::nullopt;
            for (std::string_view generic : {"여자", "정규", "일반", "지방", "명문", "국립", "사립", "해외", "주요", "외국", "전문"})
                if (prefix == generic) return std::nullopt;
        }
        if (rule.suffix == "AI") {
            // Only a transliterated name glued to AI ("사카나AI"); adjectival prefixes end in 형/적/용.
            const char32_t last = utf8::last(prefix);
            if (!utf8::allHangul(prefix) || last == U'형' || last == U'적' || last == U'용') return std::nullopt;
        }
        if (rule.suffix == "드론" && utf8::last(prefix) == U'용') return std::nullopt;
        if (rule.suffix == "처") {
            // Loanwords ending in 처 (벤처, 인프라스트럭처, 아키텍처, 픽처) are not agencies.
            static const std::unordered_set<char32_t> loanSyllables{U'럭', U'텍', U'벤', U'픽', U'캡', U'스', U'퓨', U'컬',
                                                                     U'피', U'니', U'어', U'리', U'쳐', U'터'};
            if (loanSyllables.contains(utf8::last(prefix))) return std::nullopt;
        }
        return SuffixMatch{rule.type, rule.suffix, rule.confidence};
    }
    return std::nullopt;
}

bool namesMinistry(std::string_view word)
{
    if (utf8::length(word) < 4 || !utf8::allHangul(word)) return false;
    if (word.ends_with("부")) {
        // "안전행정부" is a ministry; "일본정부", "지방정부" are governments, "행정부" an administration.
        const std::string_view tail = utf8::suffix(word, 2);
        if (tail == "정부") return word.ends_with("행정부") && utf8::length(word) >= 5;
        return isMinistryWithBu(word) && !refusedEndings().contains(tail);
    }
    return word.ends_with("처") && isAgencyWithCheo(word);
}

std::optional<SuffixMatch> matchDetachedSuffix(std::string_view word)
{
    static constexpr std::array detached{
        SuffixRule{"벤처스", EntityType::Investor, 0, 0.7},   SuffixRule{"캐피탈", EntityType::Investor, 0, 0.65},
        SuffixRule{"캐피털", EntityType::Investor, 0, 0.65},  SuffixRule{"파트너스", EntityType::Investor, 0, 0.65},
        SuffixRule{"인베스트먼트", EntityType::Investor, 0, 0.7}, SuffixRule{"자산운용", EntityType::Investor, 0, 0.7},
        SuffixRule{"홀딩스", EntityType::Company, 0, 0.7},    SuffixRule{"대학교", EntityType::Academia, 0, 0.7},
        // Foreign company names keep their English structure: "노스파인 스튜디오", "버텍스 파마슈티컬스".
        SuffixRule{"스튜디오", EntityType::Company, 0, 0.6},  SuffixRule{"스튜디오스", EntityType::Company, 0, 0.65},
        SuffixRule{"파마슈티컬스", EntityType::Company, 0, 0.7}, SuffixRule{"파마수티컬스", EntityType::Company, 0, 0.7},
        SuffixRule{"테라퓨틱스", EntityType::Company, 0, 0.7}, SuffixRule{"바이오사이언스", EntityType::Company, 0, 0.65},
        SuffixRule{"바이오로직스", EntityType::Company, 0, 0.65}, SuffixRule{"게임즈", EntityType::Company, 0, 0.65},
        SuffixRule{"인터랙티브", EntityType::Company, 0, 0.6}, SuffixRule{"엔터테인먼트", EntityType::Company, 0, 0.6},
        SuffixRule{"테크놀로지스", EntityType::Company, 0, 0.65}, SuffixRule{"일렉트로닉스", EntityType::Company, 0, 0.65},
        SuffixRule{"모터스", EntityType::Company, 0, 0.65},   SuffixRule{"랩스", EntityType::Company, 0, 0.6},
        SuffixRule{"인더스트리즈", EntityType::Company, 0, 0.65}, SuffixRule{"코퍼레이션", EntityType::Company, 0, 0.65},
    };
    // Asked for most words: those that end in a letter no suffix ends with are answered at once.
    static const std::u32string lastLetters = [] {
        std::u32string letters;
        for (const auto& rule : detached)
            if (letters.find(utf8::last(rule.suffix)) == std::u32string::npos) letters.push_back(utf8::last(rule.suffix));
        return letters;
    }();
    if (lastLetters.find(utf8::last(word)) == std::u32string::npos) return std::nullopt;
    for (const auto& rule : detached)
        if (word.size() == rule.suffix.size() && word.back() == rule.suffix.back() && word == rule.suffix)
            return SuffixMatch{rule.type, rule.suffix, rule.confidence};
    return std::nullopt;
}

} // namespace newsgraph::core
