// Phrase lists name UI functions (font size, copy link, comments, reactions, subscriptions), which
// every portal words the same way; they are only applied to short lines so prose is never dropped.
#include "text/PortalNoise.h"

#include "text/ByteSet.h"
#include "text/PhraseSet.h"
#include "text/Utf8.h"

#include <array>

namespace newsgraph::core {
namespace {

using utf8::contains;

// Phrases of page widgets and notices; matched inside lines of at most 60 characters.
const PhraseSet widgetPhrases = {
    "글자크기", "글자 크기", "글씨크기", "글씨 크기", "본문 보기를 권장", "본문보기를 권장", "주소복사", "주소 복사",
    "URL 복사", "URL복사", "링크 복사", "링크복사", "복사되었습니다", "복사가 완료", "기사를 추천", "구독하기",
    "구독 신청", "카테고리는 언론사", "언론사가 분류", "카테고리로 분류", "언론사 구독", "메인에서 보기",
    "SNS 공유", "공유하기", "인쇄하기", "기사 제보", "제보하기", "댓글을 작성", "댓글 쓰기", "첫 댓글", "음성으로 듣기",
    "본문 듣기", "기사 듣기", "요약봇", "기사 공유", "기사원문", "음성 변환", "말하기 속도", "기자 프로필",
    "언론사 홈", "Translated by", "번역 beta", "메인에서 바로 보는", "섹션 분류", "맨위로", "모바일 버전", "PC 버전",
    "구독해보세요", "구독 버튼", "프린트하기", "스크랩하기", "SNS 보내기", "공유 보내기"};

// Headings of related-article and trending lists; the list items that follow them go too.
const PhraseSet listHeadings = {
    "지금 뜨는", "많이 본 뉴스", "많이 본 기사", "이 시각", "관련 기사", "관련기사", "추천 기사", "추천기사",
    "인기 뉴스", "인기 기사", "실시간 인기", "함께 보면 좋은", "함께 볼 만한", "주요 뉴스", "최신 뉴스", "다른 기사", "포토 뉴스",
    "핫 클릭", "오늘의 핫"};

// Words of a caption written in brackets: "[가상전자 제공]", "[연합뉴스 자료사진]", "[화면 캡처]".
const PhraseSet bracketCaptionWords = {"사진", "제공", "캡처", "캡쳐", "그래픽", "출처", "이미지", "연합뉴스 자료"};

// Copyright and redistribution notices: symbols first (cheap to find in Korean text), then
// Korean wording, which only short lines are searched for.
const PhraseSet copyrightSymbols = {
    "Copyright", "COPYRIGHT", "copyright", "©", "ⓒ", "All Rights Reserved", "All rights reserved", "(c) ", "(C) "};
const PhraseSet copyrightWords = {"저작권자", "무단 전재", "무단전재", "재배포 금지", "재배포금지", "무단 복제"};

// Caption openers: "[사진=연합뉴스]", "▲ 행사 모습", "사진 제공=…", "<그래픽=…>".
const PhraseSet captionOpeners = {
    "▲", "△ 사진", "[사진", "(사진", "<사진", "사진=", "사진 =", "사진 제공", "사진제공", "[그래픽", "<그래픽", "[이미지", "[영상", "[자료"};

// Credits inside caption lines: "행사장 모습 /사진=홍길동 기자".
const PhraseSet captionCredits = {"/사진=", "/ 사진=", "/사진제공", "/ 사진제공", "/사진 제공"};

// Button labels that appear alone on a line.
constexpr std::array<std::string_view, 17> buttonLabels = {
    "공유", "닫기", "더보기", "펼치기", "접기", "인쇄", "프린트", "스크랩", "구독", "구독중", "추천", "가", "가가",
    "기사 저장", "번역", "본문 글씨 줄이기", "본문 글씨 키우기"};

bool isDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' '))
            return false;
    return true;
}

// "좋아요 0", "슬퍼요", "화나요 12", "댓글 0", "공감 3": reaction and comment counters.
bool isCounter(std::string_view line)
{
    std::string_view word = line;
    std::size_t digitsFrom = word.size();
    while (digitsFrom > 0 && (isDigits(word.substr(digitsFrom - 1, 1))))
        --digitsFrom;
    const std::string_view counted = utf8::trim(word.substr(0, digitsFrom));
    if (counted.empty())
        return isDigits(line);
    const std::size_t length = utf8::countCodePoints(counted);
    if (counted.find(' ') == std::string_view::npos && length <= 8 && counted.ends_with("요")) {
        for (std::size_t pos = 0; pos < counted.size();)
            if (!utf8::isHangulSyllable(utf8::next(counted, pos)))
                return false;
        return true; // 좋아요/슬퍼요/화나요/훈훈해요/후속기사원해요…
    }
    // Naver's reaction buttons and profile counters do not end in 요.
    for (const std::string_view label : {"댓글", "공감", "추천", "비추천", "조회", "조회수", "좋아요", "싫어요", "공유", "쏠쏠정보",
                                         "흥미진진", "공감백배", "분석탁월", "후속강추", "응원수", "구독자", "구독"})
        if (counted == label)
            return true;
    return false;
}

bool isHashtagLine(std::string_view line)
{
    if (!line.starts_with('#') || line.size() < 2 || line[1] == ' ')
        return false;
    std::size_t hashes = 0, spaces = 0;
    for (const char c : line) {
        hashes += c == '#';
        spaces += c == ' ';
    }
    return hashes >= 2 || spaces == 0;
}

// "홈 > 경제 > 산업": navigation paths.
bool isBreadcrumb(std::string_view line)
{
    // Each mark is searched by its leading space, which Korean prose has every few syllables; a
    // line without any byte that starts the marks' arrows ('>', and the lead bytes of ›, », ＞) has none.
    static constexpr ByteSet arrowBytes(">\xE2\xC2\xEF");
    if (arrowBytes.findIn(line, 0) == line.size())
        return false;
    std::size_t separators = 0;
    for (const std::string_view mark : {" > ", " › ", " » ", " ＞ "})
        for (std::size_t at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + 1))
            ++separators;
    return separators >= 2;
}

} // namespace

const std::string_view listHeadingReason = "related-articles heading";

std::string_view stripBullet(std::string_view line)
{
    for (const std::string_view bullet : {"• ", "· ", "- ", "* ", "‣ ", "◦ ", "ㆍ "}) {
        if (line.starts_with(bullet))
            return utf8::trim(line.substr(bullet.size()));
    }
    if (line.starts_with("•") || line.starts_with("·"))
        return utf8::trim(line.substr(line.starts_with("•") ? 3 : 2));
    return line;
}

bool isListItem(std::string_view line)
{
    for (const std::string_view bullet : {"- ", "• ", "· ", "* ", "‣ ", "◦ ", "ㆍ "})
        if (line.starts_with(bullet))
            return true;
    return false;
}

bool hasOutletSuffix(std::string_view line)
{
    const std::size_t dash = line.rfind(" - ");
    if (dash == std::string_view::npos || dash < 6)
        return false;
    const std::string_view suffix = line.substr(dash + 3);
    const std::size_t length = utf8::countCodePoints(suffix);
    return length >= 2 && length <= 12 && suffix.find(' ') == std::string_view::npos && !suffix.ends_with(".")
        && !suffix.ends_with("다");
}

bool isDateOnly(std::string_view line)
{
    std::size_t digits = 0, groups = 0;
    bool inDigits = false;
    for (std::size_t pos = 0; pos < line.size();) {
        const char32_t cp = utf8::next(line, pos);
        if (utf8::isAsciiDigit(cp)) {
            ++digits;
            groups += !inDigits;
            inDigits = true;
            continue;
        }
        inDigits = false;
        static constexpr std::u32string_view allowed = U" .-/:()[]년월일시분초월화수목금토오전후AMPMampm";
        if (allowed.find(cp) == std::u32string_view::npos)
            return false;
    }
    return digits >= 3 && groups >= 2;
}

bool isCopyrightLine(std::string_view line)
{
    const std::size_t length = utf8::countCodePointsUpTo(line, 200);
    if (length > 200)
        return false;
    if (copyrightSymbols.foundIn(line))
        return true;
    return length <= 100 && copyrightWords.foundIn(line);
}

std::string_view portalChromeReason(std::string_view rawLine)
{
    const std::string_view line = utf8::trim(rawLine);
    if (line.empty())
        return {};
    const std::size_t length = utf8::countCodePointsUpTo(line, 120); // the largest limit below
    const std::string_view item = stripBullet(line);

    if (line.starts_with("(예시)") || line.starts_with("[예시]"))
        return "font-size preview widget";
    if (isHashtagLine(line))
        return "hashtags";
    if (length <= 20 && isCounter(item))
        return "reaction or comment counter";
    if (length <= 40 && isDateOnly(item))
        return "date line";
    if (length <= 20) {
        for (const std::string_view label : buttonLabels)
            if (item == label)
                return "button label";
        if (item.ends_with("바로가기"))
            return "skip link";
    }
    if (length <= 30 && listHeadings.foundIn(line))
        return listHeadingReason;
    if (length <= 60 && widgetPhrases.foundIn(line))
        return "portal widget or notice";
    if (length <= 60 && line.starts_with("[") && line.ends_with("]") && bracketCaptionWords.foundIn(line)
        && line.find("기자") == std::string_view::npos)
        return "photo caption";
    if (length <= 60 && isBreadcrumb(line))
        return "breadcrumb";
    if (length <= 120
        && (captionOpeners.startsIn(line) || captionCredits.foundIn(line) || line.ends_with("[사진]") || line.ends_with("(사진)")))
        return "photo caption";
    if (line.starts_with("<") && line.ends_with(">") && length <= 120)
        return "editorial marker";
    if ((line.starts_with("▶") || line.starts_with("☞") || line.starts_with("▷")) && length <= 80)
        return "promotion link";
    return {};
}

} // namespace newsgraph::core
