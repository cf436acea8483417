// Reads reporters and outlets from bylines ("도쿄=신동진 기자 shine@donga.com") and copyright lines.
#pragma once

#include "model/Article.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct Byline {
    std::vector<Reporter> reporters;
    std::string outlet;       // from "(서울=연합뉴스)" openings or the copyright holder
    std::string outletDomain; // from an e-mail address or a URL in the line
    std::string looseEmail;   // an address on a line of its own, for the reporter named just before
};

// The whole line is a byline: "[이덕주 실리콘밸리 특파원 mrdjlee@mk.co.kr]", "김보경 기자 bkly477@asiae.co.kr",
// "[황순민 기자 정리]", "홍길동·김철수 기자", or an e-mail address alone ("hong@example.co.kr").
// Prose that merely mentions a reporter is rejected.
std::optional<Byline> parseBylineLine(std::string_view line);

// A dateline opening a paragraph: "(서울=연합뉴스) 홍길동 기자 = 정부는…" or "[아시아경제 김보경 기자]
// 정부는…". `length` receives the byte length of the opening (up to the '=' or closing bracket).
std::optional<Byline> parseBylineOpening(std::string_view line, std::size_t& length);

// The holder named by a copyright notice: "Copyright © 한겨레신문사 All Rights Reserved" -> 한겨레신문사;
// "<ⓒ…, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>" -> 아시아경제 / asiae.co.kr.
std::optional<Byline> parseCopyright(std::string_view line);

// "mrdjlee@mk.co.kr" -> "mk.co.kr"; "" when there is no address or it is a web-mail domain.
std::string outletDomainOfEmail(std::string_view email);

// Host of a URL without "www."/"m."/"news." prefixes: "https://www.hani.co.kr/arti/1.html" -> "hani.co.kr".
std::string hostOfUrl(std::string_view url);

} // namespace newsgraph::core
