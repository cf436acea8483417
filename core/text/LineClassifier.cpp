// Passes: context-free rules per line, lists under "관련기사"-style headings, the footer (everything
// after the byline or copyright block that is followed by almost no prose), then the header before
// the first paragraph (title, outlet bullets, portal labels).
#include "text/LineClassifier.h"

#include "text/PortalNoise.h"
#include "text/Utf8.h"

namespace newsgraph::core {
namespace {

constexpr std::size_t longLine = 80; // code points; longer lines are prose whatever their ending

void markNoise(ClassifiedLine& line, std::string_view reason)
{
    line.role = LineRole::Noise;
    line.noiseReason = reason;
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// "동아일보 | 입력 2024.05.02": a one-word part without digits next to the date is the outlet.
std::string outletInDateline(std::string_view line)
{
    std::size_t start = 0;
    while (start < line.size()) {
        const std::size_t end = std::min(line.find('|', start), line.size());
        const std::string_view part = stripBullet(utf8::trim(line.substr(start, end - start)));
        const std::size_t length = utf8::countCodePoints(part);
        const bool hasDigit = part.find_first_of("0123456789") != std::string_view::npos;
        if (length >= 2 && length <= 12 && !hasDigit && part.find(' ') == std::string_view::npos && !part.ends_with(":"))
            return std::string(part);
        start = end + 1;
    }
    return {};
}

// "기자명 홍길동 기자 | 입력 2024.05.02 10:00": the reporter named in a dateline's parts.
std::optional<Byline> bylineInDateline(std::string_view line)
{
    std::size_t start = 0;
    while (start < line.size()) {
        const std::size_t end = std::min(line.find('|', start), line.size());
        if (auto byline = parseBylineLine(line.substr(start, end - start)); byline && !byline->reporters.empty())
            return byline;
        start = end + 1;
    }
    return std::nullopt;
}

// First pass: each line on its own.
void classifyAlone(std::string_view raw, std::vector<ClassifiedLine>& out)
{
    ClassifiedLine line;
    line.text = utf8::trim(raw);
    if (line.text.empty()) {
        if (out.empty() || out.back().role != LineRole::Blank)
            out.push_back(std::move(line)); // runs of blank lines are kept as one
        return;
    }
    // Chrome, datelines, bylines and notices are short; long prose skips those rules (speed).
    const std::size_t length = utf8::countCodePointsUpTo(line.text, 200); // exact up to every limit below
    const bool mayBeChrome = length <= 200;
    const std::optional<DateMention> date = mayBeChrome && length <= 80 ? findDateMention(line.text) : std::nullopt;
    if (mayBeChrome && isCopyrightLine(line.text)) {
        line.copyright = true;
        if (auto credit = parseCopyright(line.text)) {
            const bool namesOutlet = !credit->outlet.empty();
            line.editFacts().byline = std::move(credit);
            line.role = namesOutlet ? LineRole::Byline : LineRole::Noise;
        } else {
            line.role = LineRole::Noise;
        }
        if (line.role == LineRole::Noise)
            line.noiseReason = "copyright notice";
        out.push_back(std::move(line));
        return;
    }
    if (const std::string_view reason = mayBeChrome ? portalChromeReason(line.text) : std::string_view(); !reason.empty()) {
        markNoise(line, reason);
        if (date)
            line.editFacts().date = date; // "2025.03.14 10:21" alone on a line
        out.push_back(std::move(line));
        return;
    }
    if (date && date->priority != 1 && length <= 60 && !isProseLine(line.text)) {
        line.editFacts().date = date;
        line.editFacts().outletName = outletInDateline(line.text);
        if (auto byline = bylineInDateline(line.text)) {
            line.role = LineRole::Byline; // kept: it is the reporter's evidence
            line.facts->byline = std::move(byline);
        } else {
            markNoise(line, "dateline");
        }
        out.push_back(std::move(line));
        return;
    }
    // Dates inside prose are events, not the publication date, so `date` is not kept from here on.
    if (auto byline = length <= 90 ? parseBylineLine(line.text) : std::nullopt) {
        line.role = LineRole::Byline;
        line.text = stripBullet(line.text);
        line.editFacts().byline = std::move(byline);
        out.push_back(std::move(line));
        return;
    }
    std::size_t openingLength = 0;
    if (auto opening = parseBylineOpening(line.text, openingLength)) {
        // "(서울=연합뉴스) 홍길동 기자 = 정부는…": the dateline becomes its own byline line.
        ClassifiedLine dateline;
        dateline.role = LineRole::Byline;
        dateline.text = utf8::trim(std::string_view(line.text).substr(0, openingLength));
        dateline.editFacts().byline = std::move(opening);
        out.push_back(std::move(dateline));
        line.text = utf8::trim(std::string_view(line.text).substr(openingLength));
        if (line.text.empty())
            return;
    }
    line.role = isProseLine(line.text) ? LineRole::Body : LineRole::Headline;
    line.relatedHeadline = line.role == LineRole::Headline && hasOutletSuffix(line.text);
    out.push_back(std::move(line));
}

// Under a "관련기사" / "많이 본 뉴스" heading come headlines, not article text: they go until the
// next paragraph, byline or blank-separated block of prose.
void dropListsUnderHeadings(std::vector<ClassifiedLine>& lines)
{
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].role != LineRole::Noise || lines[i].noiseReason != listHeadingReason)
            continue;
        for (std::size_t next = i + 1; next < lines.size(); ++next) {
            ClassifiedLine& item = lines[next];
            if (item.role == LineRole::Blank || item.role == LineRole::Noise)
                continue;
            if (item.role != LineRole::Headline)
                break;
            markNoise(item, "related headline");
        }
    }
}

std::size_t proseWeight(const ClassifiedLine& line) { return line.role == LineRole::Body ? line.text.size() : 0; }

// Second pass: the footer starts at the first byline or copyright line after which almost no prose
// follows; from there on only bylines survive (related headlines, reactions, promotions go).
void dropFooter(std::vector<ClassifiedLine>& lines)
{
    std::size_t total = 0;
    for (const auto& line : lines)
        total += proseWeight(line);
    std::size_t before = 0;
    std::size_t footer = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        const bool credit = line.role == LineRole::Byline || line.copyright;
        if (credit && before > 0 && (total - before) * 10 <= total) {
            footer = i;
            break;
        }
        before += proseWeight(line);
    }
    for (std::size_t i = footer; i < lines.size(); ++i) {
        auto& line = lines[i];
        if (line.role == LineRole::Byline || line.role == LineRole::Blank || line.role == LineRole::Noise)
            continue;
        markNoise(line, line.relatedHeadline || isListItem(line.text) ? "related headline" : "after the byline");
    }

    // Without a copyright line, a trailing run of list items is still a related-article list.
    std::size_t listItems = 0;
    std::size_t runStart = lines.size();
    for (std::size_t i = lines.size(); i-- > 0;) {
        const auto& line = lines[i];
        if (line.role == LineRole::Blank || line.role == LineRole::Noise || line.role == LineRole::Byline) {
            runStart = i;
            continue;
        }
        if (!isListItem(line.text) && !line.relatedHeadline)
            break;
        ++listItems;
        runStart = i;
    }
    if (listItems >= 3)
        for (std::size_t i = runStart; i < lines.size(); ++i)
            if (lines[i].role == LineRole::Headline || lines[i].role == LineRole::Body)
                markNoise(lines[i], "related headline");
}

// A short bullet item near the top that is one word: "  • 동아일보".
bool looksLikeOutletItem(std::string_view line)
{
    if (!isListItem(line) && !line.starts_with("•"))
        return false;
    const std::string_view item = stripBullet(line);
    const std::size_t length = utf8::countCodePoints(item);
    if (length < 2 || length > 12 || item.find(' ') != std::string_view::npos)
        return false;
    for (const char c : item)
        if (c >= '0' && c <= '9')
            return false;
    return true;
}

// Third pass: before the first paragraph are the title, datelines, the outlet and portal labels.
void classifyHeader(std::vector<ClassifiedLine>& lines)
{
    bool titleSeen = false;
    for (auto& line : lines) {
        if (line.role == LineRole::Body)
            break;
        if (line.role != LineRole::Headline)
            continue;
        if (looksLikeOutletItem(line.text)) {
            line.role = LineRole::Byline;
            line.text = stripBullet(line.text);
            line.editFacts().outletName = line.text;
            continue;
        }
        if (line.text.starts_with("이슈 ") && !titleSeen) {
            markNoise(line, "portal issue label"); // Daum's topic tag above the title
            continue;
        }
        if (!titleSeen) {
            line.role = LineRole::Title;
            titleSeen = true;
        }
    }
    // A lone short word above the real title is a section or outlet label ("경제", "IT·과학").
    const auto isHeaderText = [](const ClassifiedLine& line) { return line.role == LineRole::Title || line.role == LineRole::Headline; };
    for (std::size_t i = 0; i < lines.size() && lines[i].role != LineRole::Body; ++i) {
        if (lines[i].role != LineRole::Title)
            continue;
        const bool label = lines[i].text.find(' ') == std::string::npos && utf8::countCodePoints(lines[i].text) <= 8;
        std::size_t next = i + 1;
        while (next < lines.size() && !isHeaderText(lines[next]) && lines[next].role != LineRole::Body)
            ++next;
        if (label && next < lines.size() && lines[next].role == LineRole::Headline
            && utf8::countCodePoints(lines[next].text) > utf8::countCodePoints(lines[i].text)) {
            lines[i].role = LineRole::Headline;
            lines[next].role = LineRole::Title;
        }
        break;
    }
    bool afterFirstProse = false;
    for (auto& line : lines) {
        afterFirstProse = afterFirstProse || line.role == LineRole::Body;
        if (afterFirstProse && line.role == LineRole::Headline && line.relatedHeadline)
            markNoise(line, "related headline");
        if (line.role == LineRole::Headline || line.role == LineRole::Body)
            line.text = stripBullet(line.text);
    }
}

} // namespace

bool isProseLine(std::string_view rawLine)
{
    const std::string_view line = utf8::trim(rawLine);
    if (utf8::countCodePointsUpTo(line, longLine) >= longLine)
        return true;
    std::size_t pos = line.size();
    char32_t last = pos > 0 ? utf8::previous(line, pos) : U' ';
    while ((last == U'"' || last == U'\'' || last == U'”' || last == U'’' || last == U')') && pos > 0)
        last = utf8::previous(line, pos);
    if (last == U'.' || last == U'?' || last == U'!' || last == U'。') {
        // "다." "요?" or any sentence with at least a few words.
        return utf8::countCodePoints(line) >= 12 || line.find(' ') != std::string_view::npos;
    }
    return false;
}

std::vector<ClassifiedLine> classifyLines(std::string_view text)
{
    std::vector<ClassifiedLine> lines;
    for (const std::string_view raw : splitLines(text))
        classifyAlone(raw, lines);
    dropListsUnderHeadings(lines);
    dropFooter(lines);
    classifyHeader(lines);
    return lines;
}

void dropPhotoCredits(std::vector<ClassifiedLine>& lines, std::string_view outlet)
{
    if (outlet.empty())
        return;
    bool afterFirstProse = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        afterFirstProse = afterFirstProse || lines[i].role == LineRole::Body;
        if (lines[i].role != LineRole::Headline || lines[i].text != outlet)
            continue;
        if (!afterFirstProse) {
            lines[i].role = LineRole::Byline; // the outlet named above the article
            continue;
        }
        markNoise(lines[i], "photo credit");
        std::size_t next = i + 1;
        while (next < lines.size() && lines[next].role == LineRole::Blank)
            ++next;
        // The caption sits right after the credit unless the image marker comes first.
        if (next < lines.size() && lines[next].role == LineRole::Headline)
            markNoise(lines[next], "photo caption");
    }
}

} // namespace newsgraph::core
