// Gathers title, publication date, outlet and reporters from classified lines and page metadata.
#pragma once

#include "model/Article.h"
#include "text/LineClassifier.h"

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// What a web page says about itself (all optional; empty for plain text).
struct PageHints {
    std::string title;
    std::string headline;
    std::string publishedTime;
    std::string siteName;
    std::string url;
};

ArticleMetadata collectMetadata(const std::vector<ClassifiedLine>& lines, const PageHints& hints);

// Removes portal decorations from a title: leading "[단독]"-style labels, trailing " - 매일경제",
// " | 한겨레", " : 네이버 뉴스" site names.
std::string stripTitleDecorations(std::string_view title, std::string_view siteName = {});

} // namespace newsgraph::core
