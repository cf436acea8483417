// Bylines are tokenised on spaces: a 2-4 syllable Hangul name, optional descriptors (desk, city),
// a role word (기자, 특파원, 논설위원…) and an optional e-mail. Lines that read as prose are refused.
#include "text/BylineParser.h"

#include "text/BylineWords.h"
#include "text/EnglishByline.h"
#include "text/PortalNoise.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

constexpr std::array<std::string_view, 10> webmailDomains = {"gmail.com", "naver.com", "hanmail.net", "daum.net", "nate.com",
                                                             "hotmail.com", "yahoo.com", "yahoo.co.kr", "outlook.com", "kakao.com"};

bool isEmail(std::string_view word)
{
    const std::size_t at = word.find('@');
    return at != std::string_view::npos && at > 0 && word.find('.', at) != std::string_view::npos;
}

std::string_view stripPunctuation(std::string_view word)
{
    static constexpr std::string_view edges = "[]()<>{},;:\"'";
    while (!word.empty() && edges.find(word.front()) != std::string_view::npos)
        word.remove_prefix(1);
    while (!word.empty() && (edges.find(word.back()) != std::string_view::npos || word.back() == '.'))
        word.remove_suffix(1);
    for (const std::string_view bracket : {"【", "】", "〔", "〕", "「", "」"}) {
        if (word.starts_with(bracket))
            word.remove_prefix(bracket.size());
        if (word.ends_with(bracket))
            word.remove_suffix(bracket.size());
    }
    return word;
}

std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start)
            words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// "홍길동·김철수" or "홍길동,김철수" -> both names; empty when any part is not a name.
std::vector<std::string> splitNames(std::string_view word)
{
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= word.size()) {
        std::size_t end = word.size();
        for (const std::string_view separator : {"·", ",", "/", "ㆍ"}) {
            const std::size_t found = word.find(separator, start);
            if (found != std::string_view::npos && found < end)
                end = found;
        }
        const std::string_view part = word.substr(start, end - start);
        if (!isReporterName(part))
            return {};
        names.emplace_back(part);
        if (end == word.size())
            break;
        start = end + (word.substr(end).starts_with(",") || word.substr(end).starts_with("/") ? 1 : word.substr(end).starts_with("·") ? 2 : 3);
    }
    return names;
}

// Media names look like names (2-4 syllables) but end in a media word: 매일경제, 가상일보, 연합뉴스.
bool isOutletName(std::string_view word)
{
    for (const std::string_view suffix : {"경제", "일보", "신문", "뉴스", "방송", "타임스", "미디어", "헤럴드", "저널", "투데이",
                                          "데일리", "통신", "비즈", "포스트"})
        if (word.ends_with(suffix))
            return true;
    return false;
}

// Among the name-like words before a role, the reporter: desks and media names are skipped; a
// three-syllable word (most Korean names) wins, the one nearest the role among several; else the
// first word. Several names in one word ("홍길동·김철수") are taken together.
std::vector<std::string> pickReporterNames(const std::vector<std::vector<std::string>>& candidates)
{
    const std::vector<std::string>* chosen = nullptr;
    for (const auto& names : candidates) {
        if (names.size() == 1 && (isNewsDeskName(names.front()) || isOutletName(names.front())))
            continue;
        if (names.size() > 1) {
            // "[이투데이/김준혁 기자]": the outlet written before the reporter with a slash is not a second reporter.
            std::vector<std::string> people;
            for (const auto& name : names)
                if (!isNewsDeskName(name) && !isOutletName(name))
                    people.push_back(name);
            if (!people.empty())
                return people;
            continue;
        }
        if (utf8::countCodePoints(names.front()) == 3 || !chosen)
            chosen = &names;
    }
    return chosen ? *chosen : std::vector<std::string>();
}

// Reads bylines from words; `outlet` receives a "(서울=연합뉴스)" holder when present.
std::optional<Byline> readBylineWords(const std::vector<std::string_view>& words, std::string_view wholeLine)
{
    Byline byline;
    std::vector<std::vector<std::string>> candidates; // name-like words since the last role
    std::size_t unknownWords = 0;
    for (const std::string_view rawWord : words) {
        std::string_view word = stripPunctuation(rawWord);
        if (word.empty() || word == "=")
            continue;
        if (isEmail(word)) {
            const auto withoutMail = std::find_if(byline.reporters.begin(), byline.reporters.end(), [](const Reporter& r) { return r.email.empty(); });
            if (withoutMail != byline.reporters.end())
                withoutMail->email = word;
            if (byline.outletDomain.empty())
                byline.outletDomain = outletDomainOfEmail(word);
            continue;
        }
        if (const std::size_t equals = word.find('='); equals != std::string_view::npos) {
            // "도쿄=신동진" (place=name) or "서울=연합뉴스" (place=outlet, inside parentheses).
            const std::string_view after = word.substr(equals + 1);
            if (rawWord.starts_with("(") || rawWord.starts_with("[") || rawWord.starts_with("【")) {
                if (byline.outlet.empty() && !after.empty() && candidates.empty() && byline.reporters.empty())
                    byline.outlet = after;
                continue;
            }
            word = after;
            if (word.empty())
                continue;
        }
        if (isBylineRole(word)) {
            for (const std::string& name : pickReporterNames(candidates))
                byline.reporters.push_back(Reporter{name, "", std::string(word), std::string(wholeLine)});
            unknownWords += candidates.size() > 1 ? candidates.size() - 1 : 0;
            candidates.clear();
            continue;
        }
        // "홍길동기자": name and role written together.
        for (const std::string_view role : {"기자", "특파원"}) {
            if (word.ends_with(role) && isReporterName(word.substr(0, word.size() - role.size()))) {
                byline.reporters.push_back(Reporter{std::string(word.substr(0, word.size() - role.size())), "", std::string(role), std::string(wholeLine)});
                word = {};
                break;
            }
        }
        if (word.empty())
            continue;
        if (auto names = splitNames(word); !names.empty()) {
            candidates.push_back(std::move(names));
            continue;
        }
        if (!isBylineFiller(word))
            ++unknownWords;
    }
    if (byline.reporters.empty() || unknownWords > 4)
        return std::nullopt;
    return byline;
}

bool readsAsProse(std::string_view line)
{
    const std::string_view trimmed = stripPunctuation(line);
    return trimmed.ends_with("다") || trimmed.ends_with("요") || trimmed.ends_with("까") || line.find("는 ") != std::string_view::npos
        || line.find("가 ") != std::string_view::npos || line.find("를 ") != std::string_view::npos
        || line.find("을 ") != std::string_view::npos;
}

} // namespace

std::string outletDomainOfEmail(std::string_view email)
{
    const std::size_t at = email.find('@');
    if (at == std::string_view::npos)
        return {};
    std::string domain(stripPunctuation(email.substr(at + 1)));
    for (char& c : domain)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    if (std::find(webmailDomains.begin(), webmailDomains.end(), domain) != webmailDomains.end())
        return {};
    return hostOfUrl(domain);
}

std::string hostOfUrl(std::string_view url)
{
    if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    url = url.substr(0, std::min(url.find_first_of("/?#:"), url.size()));
    std::string host(url);
    for (char& c : host)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    for (const std::string_view prefix : {"www.", "m.", "news.", "view.", "mobile."})
        if (host.starts_with(prefix) && std::count(host.begin(), host.end(), '.') >= 2)
            host.erase(0, prefix.size());
    return host;
}

std::optional<Byline> parseBylineLine(std::string_view rawLine)
{
    const std::string_view line = stripBullet(utf8::trim(rawLine));
    if (line.empty() || utf8::countCodePointsUpTo(line, 90) > 90)
        return std::nullopt;
    // Most short lines are headlines or prose: without an e-mail or a role word no Korean byline can
    // come out of them (readBylineWords needs a role), so only the English reading is left to try.
    if (line.find('@') == std::string_view::npos && !mayHoldRoleWord(line))
        return isLatinLine(line) ? parseEnglishByline(line) : std::nullopt;
    const std::vector<std::string_view> words = splitWords(line);
    const bool mailOnly = words.size() == 1 && isEmail(stripPunctuation(words.front()));
    if (!mailOnly && isLatinLine(line))
        return parseEnglishByline(line);
    if (words.size() > 12)
        return std::nullopt;
    if (mailOnly) {
        Byline mail;
        mail.looseEmail = stripPunctuation(words.front());
        mail.outletDomain = outletDomainOfEmail(mail.looseEmail);
        return mail;
    }
    // Prose test ignores the e-mail address, which may contain anything.
    std::string withoutMail;
    for (const std::string_view word : words)
        if (!isEmail(stripPunctuation(word)))
            withoutMail.append(word).append(" ");
    if (readsAsProse(utf8::trim(withoutMail)))
        return std::nullopt;
    return readBylineWords(words, line);
}

// "[아시아경제 김보경 기자] 인공지능(AI) 기술에서…": a bracketed byline opening the paragraph.
std::optional<Byline> parseBracketOpening(std::string_view line, std::size_t& length)
{
    const std::string_view open = line.starts_with("[") ? "[" : line.starts_with("【") ? "【" : "";
    if (open.empty())
        return std::nullopt;
    const std::string_view close = open == "[" ? "]" : "】";
    const std::size_t end = line.find(close);
    if (end == std::string_view::npos || end > 120 || line.substr(open.size(), end - open.size()).find('=') != std::string_view::npos)
        return std::nullopt;
    const std::string_view inner = line.substr(open.size(), end - open.size());
    auto byline = parseBylineLine(inner);
    if (!byline || byline->reporters.empty())
        return std::nullopt;
    // A first word that is neither the reporter nor a desk names the outlet: "[아시아경제 김보경 기자]".
    const std::vector<std::string_view> words = splitWords(inner);
    if (!words.empty() && words.front() != byline->reporters.front().name && !isNewsDeskName(words.front())
        && !isBylineRole(words.front()) && utf8::countCodePoints(words.front()) >= 2)
        byline->outlet = words.front();
    for (Reporter& reporter : byline->reporters)
        reporter.bylineText = line.substr(0, end + close.size());
    length = end + close.size();
    return byline;
}

std::optional<Byline> parseBylineOpening(std::string_view line, std::size_t& length)
{
    if (auto bracketed = parseBracketOpening(line, length))
        return bracketed;
    if (auto wire = parseEnglishDateline(line, length))
        return wire;
    // The opening ends at the first '=' after the bracketed place=outlet, within the first 120 bytes.
    const std::size_t limit = std::min<std::size_t>(line.size(), 120);
    const std::string_view head = line.substr(0, limit);
    if (head.find('=') == std::string_view::npos)
        return std::nullopt;
    std::size_t equals = std::string_view::npos;
    std::size_t close = head.find_first_of(")]");
    if (const std::size_t corner = head.find("】"); corner != std::string_view::npos && (close == std::string_view::npos || corner < close))
        close = corner;
    for (std::size_t pos = (close == std::string_view::npos ? 0 : close); pos < limit; ++pos) {
        if (line[pos] == '=') {
            equals = pos;
            break;
        }
    }
    if (equals == std::string_view::npos)
        return std::nullopt;
    const std::string_view opening = line.substr(0, equals);
    auto byline = readBylineWords(splitWords(opening), utf8::trim(line.substr(0, equals + 1)));
    if (!byline)
        return std::nullopt;
    length = equals + 1;
    return byline;
}

std::optional<Byline> parseCopyright(std::string_view rawLine)
{
    std::string_view line = utf8::trim(rawLine);
    if (!isCopyrightLine(line))
        return std::nullopt;
    std::size_t start = std::string_view::npos;
    for (const std::string_view mark : {"©", "ⓒ", "(c)", "(C)", "Copyright", "COPYRIGHT", "저작권자"}) {
        const std::size_t found = line.find(mark);
        if (found != std::string_view::npos) {
            const std::size_t after = found + mark.size();
            if (start == std::string_view::npos || after > start)
                start = after; // the last mark: "Copyright ©" or "저작권자 ⓒ"
        }
    }
    if (start == std::string_view::npos)
        return std::nullopt;
    std::string_view holder = line.substr(start);
    std::size_t stop = holder.size();
    for (const std::string_view end : {"All Rights", "All rights", "all rights", "무단", "재배포", " & ", "&", ">", "』", "】"}) {
        const std::size_t found = holder.find(end);
        if (found != std::string_view::npos && found < stop)
            stop = found;
    }
    Byline credit;
    const std::size_t ampersand = holder.find('&');
    if (ampersand != std::string_view::npos) {
        // "매일경제 & mk.co.kr": the domain after '&'.
        std::string_view rest = utf8::trim(holder.substr(ampersand + 1));
        rest = rest.substr(0, std::min(rest.find(' '), rest.size()));
        credit.outletDomain = hostOfUrl(stripPunctuation(rest));
    }
    holder = utf8::trim(holder.substr(0, stop));
    // "투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr)": the last comma part is the name.
    while (holder.ends_with(",") || holder.ends_with(".") || holder.ends_with(":"))
        holder = utf8::trim(holder.substr(0, holder.size() - 1));
    if (const std::size_t comma = holder.rfind(','); comma != std::string_view::npos)
        holder = utf8::trim(holder.substr(comma + 1));
    if (const std::size_t open = holder.find('('); open != std::string_view::npos) {
        const std::size_t close = holder.find(')', open);
        const std::string_view inside = holder.substr(open + 1, (close == std::string_view::npos ? holder.size() : close) - open - 1);
        if (inside.find('.') != std::string_view::npos && credit.outletDomain.empty())
            credit.outletDomain = hostOfUrl(inside);
        holder = utf8::trim(holder.substr(0, open));
    }
    // A bare year ("ⓒ 2024 동아일보") is not part of the name.
    while (!holder.empty() && ((holder.front() >= '0' && holder.front() <= '9') || holder.front() == '-' || holder.front() == ' '))
        holder.remove_prefix(1);
    if (holder.find('.') != std::string_view::npos && holder.find(' ') == std::string_view::npos) {
        // "ⓒ mk.co.kr": the holder is only a domain.
        if (credit.outletDomain.empty())
            credit.outletDomain = hostOfUrl(holder);
        holder = {};
    }
    const std::size_t length = utf8::countCodePoints(holder);
    if (length >= 2 && length <= 30)
        credit.outlet = holder;
    if (credit.outlet.empty() && credit.outletDomain.empty())
        return std::nullopt;
    return credit;
}

} // namespace newsgraph::core
