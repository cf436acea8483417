// Turns a news web page into plain article text (one block per line) plus the page's own metadata.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

struct HtmlArticle {
    std::string text;          // article body text, block elements as line breaks
    std::string title;         // og:title, else <title>, else the first <h1>
    std::string headline;      // the first <h1> (often the cleanest title)
    std::string publishedTime; // raw article:published_time / JSON-LD datePublished / <time datetime>
    std::string siteName;      // og:site_name
    std::string url;           // og:url or canonical link
    std::string author;        // <meta name="author">, e.g. "홍길동 기자"
};

// Drops script/style/navigation/forms/asides/comments; prefers the element that holds the article
// body (<article>, itemprop=articleBody, body-like id/class), else the largest block of text.
HtmlArticle htmlToText(std::string_view html);

} // namespace newsgraph::core
