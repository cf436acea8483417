// Context-free rules for lines that are portal or page chrome rather than article text.
#pragma once

#include <string_view>

namespace newsgraph::core {

// Why a line is chrome; an empty view when it is not. The rules use wording and structure shared
// by Daum/Naver/outlet pages (widgets, counters, captions, markers), never one article's strings.
std::string_view portalChromeReason(std::string_view line);

// The reason given to headings such as "관련기사" or "많이 본 뉴스"; the caller drops the list under them.
extern const std::string_view listHeadingReason;

// "Copyright © 매일경제 & mk.co.kr", "<ⓒ… 무단전재 배포금지>", "저작권자 ⓒ 연합뉴스".
bool isCopyrightLine(std::string_view line);

// "- headline", "• headline", "· headline": list items, as related-article lists are written.
bool isListItem(std::string_view line);

// "headline - 매일경제": a related-article title with its outlet appended.
bool hasOutletSuffix(std::string_view line);

// The line without list bullets or the outlet suffix: "• 동아일보" -> "동아일보".
std::string_view stripBullet(std::string_view line);

// "11.26 (화)", "2025.03.14 10:21", "2018년 1월 10일": nothing but a date or time.
bool isDateOnly(std::string_view line);

} // namespace newsgraph::core
