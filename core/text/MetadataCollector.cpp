// Sources are ranked: the copyright holder names the outlet more reliably than a header bullet,
// which beats og:site_name; "입력" dates beat page-level dates, which beat "수정" dates.
#include "text/MetadataCollector.h"

#include "text/PortalNoise.h"
#include "text/SentenceSplitter.h"
#include "text/Utf8.h"

#include <algorithm>
#include <map>

namespace newsgraph::core {
namespace {

std::string firstSentence(std::string_view line)
{
    const auto spans = SentenceSplitter::split(line);
    std::string_view sentence = spans.empty() ? line : line.substr(spans.front().begin, spans.front().end - spans.front().begin);
    // Titles are short; cut long first sentences at a code point boundary.
    std::size_t pos = 0, count = 0;
    while (pos < sentence.size() && count < 80) {
        utf8::next(sentence, pos);
        ++count;
    }
    return std::string(sentence.substr(0, pos));
}

std::string pickDate(const std::vector<ClassifiedLine>& lines, const PageHints& hints)
{
    std::optional<DateMention> best;
    bool beforeProse = true;
    for (const auto& line : lines) {
        beforeProse = beforeProse && line.role != LineRole::Body;
        const DateMention* date = line.date();
        if (!date)
            continue;
        // Bare dates count only in the header, where they are the article's dateline.
        if (date->priority == 1 && !beforeProse)
            continue;
        if (!best || date->priority > best->priority)
            best = *date;
    }
    if (best && best->priority >= 2)
        return best->iso;
    if (!hints.publishedTime.empty())
        if (auto iso = parseLeadingDate(hints.publishedTime))
            return *iso;
    return best ? best->iso : std::string();
}

void addReporters(ArticleMetadata& metadata, const Byline& byline)
{
    for (const Reporter& reporter : byline.reporters) {
        const auto same = std::find_if(metadata.reporters.begin(), metadata.reporters.end(),
                                       [&](const Reporter& known) { return known.name == reporter.name; });
        if (same == metadata.reporters.end())
            metadata.reporters.push_back(reporter);
        else if (same->email.empty())
            same->email = reporter.email;
    }
}

} // namespace

std::string stripTitleDecorations(std::string_view rawTitle, std::string_view siteName)
{
    std::string_view title = utf8::trim(rawTitle);
    // Site names appended by the page: "제목 - 매일경제", "제목 | 한겨레", "제목 : 네이버 뉴스".
    for (const std::string_view separator : {" - ", " | ", " :: ", " : ", " – ", " — "}) {
        const std::size_t at = title.rfind(separator);
        if (at == std::string_view::npos || at == 0)
            continue;
        const std::string_view suffix = utf8::trim(title.substr(at + separator.size()));
        const bool namesSite = !siteName.empty() && suffix.find(siteName) != std::string_view::npos;
        const bool shortName = utf8::countCodePoints(suffix) <= 12
            && (suffix.find(' ') == std::string_view::npos || suffix.ends_with("뉴스"));
        const bool colon = separator.find(':') != std::string_view::npos;
        const bool isSite = namesSite || (colon ? suffix.ends_with("뉴스") : shortName);
        if (isSite && utf8::countCodePoints(title.substr(0, at)) >= 6)
            title = utf8::trim(title.substr(0, at));
    }
    // Leading column or flag labels: "[World & Now] 제목", "[단독] 제목", "【속보】 제목".
    for (int guard = 0; guard < 3; ++guard) {
        std::string_view close;
        if (title.starts_with("["))
            close = "]";
        else if (title.starts_with("【"))
            close = "】";
        else
            break;
        const std::size_t end = title.find(close);
        if (end == std::string_view::npos)
            break;
        const std::string_view rest = utf8::trim(title.substr(end + close.size()));
        if (utf8::countCodePoints(rest) < 4)
            break;
        title = rest;
    }
    return std::string(title);
}

ArticleMetadata collectMetadata(const std::vector<ClassifiedLine>& lines, const PageHints& hints)
{
    ArticleMetadata metadata;
    std::string copyrightOutlet, copyrightDomain, openingOutlet, headerOutlet, reporterDomain;
    std::map<std::string, int> relatedSuffixes;
    for (const auto& line : lines) {
        if (!line.outletName().empty() && headerOutlet.empty())
            headerOutlet = line.outletName();
        if (line.relatedHeadline) {
            const std::size_t dash = line.text.rfind(" - ");
            ++relatedSuffixes[line.text.substr(dash + 3)];
        }
        if (!line.byline())
            continue;
        const Byline& byline = *line.byline();
        if (line.copyright) {
            if (copyrightOutlet.empty())
                copyrightOutlet = byline.outlet;
            if (copyrightDomain.empty())
                copyrightDomain = byline.outletDomain;
            continue;
        }
        if (!byline.looseEmail.empty() && !metadata.reporters.empty() && metadata.reporters.back().email.empty())
            metadata.reporters.back().email = byline.looseEmail;
        if (openingOutlet.empty())
            openingOutlet = byline.outlet;
        if (reporterDomain.empty())
            reporterDomain = byline.outletDomain;
        addReporters(metadata, byline);
    }

    std::string relatedOutlet;
    int relatedCount = 0;
    for (const auto& [name, count] : relatedSuffixes)
        if (count > relatedCount && count >= 3) {
            relatedOutlet = name;
            relatedCount = count;
        }
    for (const std::string* candidate : std::initializer_list<const std::string*>{&copyrightOutlet, &openingOutlet, &headerOutlet, &hints.siteName, &relatedOutlet})
        if (metadata.outlet.empty() && !candidate->empty())
            metadata.outlet = *candidate;
    const std::string urlDomain = hints.url.empty() ? std::string() : hostOfUrl(hints.url);
    for (const std::string* candidate : std::initializer_list<const std::string*>{&copyrightDomain, &reporterDomain, &urlDomain})
        if (metadata.outletDomain.empty() && !candidate->empty())
            metadata.outletDomain = *candidate;

    metadata.publishedDate = pickDate(lines, hints);

    if (!hints.title.empty()) {
        metadata.title = stripTitleDecorations(hints.title, hints.siteName);
    } else {
        const auto title = std::find_if(lines.begin(), lines.end(), [](const ClassifiedLine& line) { return line.role == LineRole::Title; });
        if (title != lines.end()) {
            metadata.title = stripTitleDecorations(title->text);
        } else {
            const auto prose = std::find_if(lines.begin(), lines.end(), [](const ClassifiedLine& line) { return line.role == LineRole::Body; });
            if (prose != lines.end())
                metadata.title = firstSentence(prose->text);
        }
    }
    return metadata;
}

} // namespace newsgraph::core
