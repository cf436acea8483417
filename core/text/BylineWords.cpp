// The words of a Korean byline: role words, fillers, newsroom desks, and what a reporter's name looks like.
#include "text/BylineWords.h"

#include "text/PhraseSet.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

constexpr std::array<std::string_view, 25> roleWords = {
    "기자", "특파원", "선임기자", "수석기자", "전문기자", "객원기자", "인턴기자", "대기자", "사진기자", "영상기자", "취재기자",
    "논설위원", "수석논설위원", "논설실장", "편집위원", "객원논설위원", "통신원", "칼럼니스트", "앵커", "에디터",
    "선임에디터", "주필", "편집국장", "기고가", "수습기자"};

// Every role word contains one of these, so a line without any of them has no role word.
constexpr std::array<std::string_view, 12> roleStemWords = {"기자", "특파원", "논설위원", "논설실장", "편집위원", "통신원",
                                                            "칼럼니스트", "앵커", "에디터", "주필", "편집국장", "기고가"};

constexpr bool everyRoleWordHasStem()
{
    return std::all_of(roleWords.begin(), roleWords.end(), [](std::string_view role) {
        return std::any_of(roleStemWords.begin(), roleStemWords.end(),
                           [role](std::string_view stem) { return role.find(stem) != std::string_view::npos; });
    });
}
// A role word without a stem would make parseBylineLine refuse its bylines before reading them.
static_assert(everyRoleWordHasStem(), "add the new role word's stem to roleStemWords");

const PhraseSet roleStems(roleStemWords);

// Words that follow or surround a byline without being a name.
constexpr std::array<std::string_view, 13> bylineFillers = {"정리", "취재", "사진", "글", "외", "기록", "촬영", "영상",
                                                           "그래픽", "작성", "기자명", "작성자", "필자"};

bool isHangulWord(std::string_view word, std::size_t minLength, std::size_t maxLength)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < word.size();) {
        if (!utf8::isHangulSyllable(utf8::next(word, pos)))
            return false;
        ++count;
    }
    return count >= minLength && count <= maxLength;
}

} // namespace

bool isBylineRole(std::string_view word)
{
    // Compounds such as 경제전문기자 are roles; "이수진기자" (a name written against the role) is not.
    return std::find(roleWords.begin(), roleWords.end(), word) != roleWords.end() || word.ends_with("전문기자")
        || word.ends_with("선임기자") || word.ends_with("논설위원");
}

bool isBylineFiller(std::string_view word) { return std::find(bylineFillers.begin(), bylineFillers.end(), word) != bylineFillers.end(); }

bool isReporterName(std::string_view word) { return isHangulWord(word, 2, 4) && !isBylineRole(word) && !isBylineFiller(word); }

// Newsroom desks and teams: 산업부, 경제부, 국제부, 디지털뉴스팀, 편집국. Names can end in 부 or 국
// (김민국), so those endings count only after a desk subject.
bool isNewsDeskName(std::string_view word)
{
    for (const std::string_view suffix : {"팀", "본부", "센터", "데스크", "취재반"})
        if (word.ends_with(suffix))
            return true;
    static constexpr std::array<std::string_view, 24> subjects = {
        "정치", "경제", "사회", "국제", "문화", "산업", "체육", "스포츠", "금융", "증권", "과학", "생활",
        "편집", "사진", "영상", "디지털", "전국", "지방", "유통", "기획", "탐사", "외교", "교육", "법조"};
    for (const std::string_view subject : subjects)
        if (word.starts_with(subject) && (word.ends_with("부") || word.ends_with("국")) && word.size() <= subject.size() + 6)
            return true;
    return false;
}


bool mayHoldRoleWord(std::string_view line) { return roleStems.foundIn(line); }

} // namespace newsgraph::core
