// Bylines are split into segments ('|', ';'), each segment into pieces (',', "and", '&'); every piece is a
// name, a role, an outlet or an e-mail address. Names are refused when a word is a common headline word.
#include "text/EnglishByline.h"

#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace newsgraph::core {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (isUpper(c)) c = static_cast<char>(c + 32);
    return out;
}

std::string_view trim(std::string_view text)
{
    static constexpr std::string_view edges = " \t[]()<>{}\"'*_:;,.-–—|/";
    while (!text.empty() && edges.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
    while (!text.empty() && edges.find(text.back()) != std::string_view::npos && !(text.size() >= 2 && text.back() == '.' &&
                                                                                 isUpper(text[text.size() - 2])))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, std::initializer_list<std::string_view> separators)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t best = text.size(), bestLength = 0;
        for (auto sep : separators) {
            const std::size_t at = text.find(sep, start);
            if (at != std::string_view::npos && at < best) best = at, bestLength = sep.size();
        }
        parts.push_back(text.substr(start, best - start));
        if (best == text.size()) break;
        start = best + bestLength;
    }
    return parts;
}

std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> out;
    for (auto w : split(text, {" "}))
        if (!w.empty()) out.push_back(w);
    return out;
}

bool isEmail(std::string_view word)
{
    const std::size_t at = word.find('@');
    return at != std::string_view::npos && at > 0 && word.find('.', at) != std::string_view::npos;
}

// Words that start headlines and labels, never names: "By the Numbers", "By Any Means".
bool isCommonWord(std::string_view word)
{
    static constexpr std::array common{
        "the", "a", "an", "all", "any", "our", "your", "their", "his", "her", "its", "this", "that", "these", "those", "new",
        "how", "why", "what", "when", "where", "who", "more", "most", "some", "no", "not", "one", "two", "first", "last",
        "next", "now", "then", "staff", "news", "editorial", "board", "team", "desk", "agency", "agencies", "wire",
        "wires", "press", "reporters", "contributors", "numbers", "means", "way", "day", "week", "year", "says", "said",
        "will", "would", "is", "are", "was", "were", "has", "have", "to", "of", "for", "with", "from", "on", "at", "in",
        "and", "or", "but", "as", "by", "ai", "ceo", "inc", "ltd", "corp", "co", "company", "group", "university",
    };
    const std::string w = lower(word);
    return std::find(common.begin(), common.end(), w) != common.end();
}

// Lower-case particles inside names: "Ursula von der Leyen", "Carlos de la Cruz", "Ahmed bin Salman".
bool isNameParticle(std::string_view word)
{
    static constexpr std::array particles{"de", "da", "del", "della", "der", "van", "von", "bin", "al", "la", "le", "di", "du"};
    return std::find(particles.begin(), particles.end(), word) != particles.end();
}

// "Jane", "O'Brien", "Jean-Luc", "J.", "JANE": a capitalised word of letters.
bool isNameWord(std::string_view word)
{
    if (word.empty() || word.size() > 24 || !isUpper(word.front()) || isCommonWord(word)) return false;
    if (word.size() == 2 && word[1] == '.') return true; // an initial
    bool letters = false;
    for (char c : word) {
        if (isUpper(c) || isLower(c)) letters = true;
        else if (c != '\'' && c != '-' && c != '.') return false;
    }
    return letters;
}

// "JANE DOE" -> "Jane Doe"; mixed case is kept as written ("McDonald", "DiCaprio").
std::string normaliseName(const std::vector<std::string_view>& nameWords)
{
    std::string out;
    for (auto w : nameWords) {
        if (!out.empty()) out += ' ';
        const bool allCaps = std::none_of(w.begin(), w.end(), isLower) && w.size() > 2;
        if (!allCaps) {
            out += w;
            continue;
        }
        bool start = true;
        for (char c : w) {
            out += start ? c : (isUpper(c) ? static_cast<char>(c + 32) : c);
            start = c == '-' || c == '\'';
        }
    }
    return out;
}

// Two to four name words, particles only inside: a person's name.
std::optional<std::string> readName(std::string_view piece)
{
    const auto ws = words(piece);
    if (ws.size() < 2 || ws.size() > 5) return std::nullopt;
    int nameWords = 0;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const bool inside = i > 0 && i + 1 < ws.size();
        if (isNameWord(ws[i])) ++nameWords;
        else if (!(inside && isNameParticle(ws[i]))) return std::nullopt;
    }
    if (nameWords < 2 || nameWords > 4) return std::nullopt;
    return normaliseName(ws);
}

// Roles: "Reporter", "Staff Writer", "Seoul Correspondent", "Senior Editor", "AP Business Writer".
std::optional<std::string> readRole(std::string_view piece)
{
    static constexpr std::array roles{"reporter", "writer", "correspondent", "editor", "columnist", "journalist",
                                      "contributor", "analyst", "bureau chief", "producer", "photographer"};
    const std::string text = lower(piece);
    for (std::string_view role : roles)
        if (text.ends_with(role) && words(piece).size() <= 4) return std::string(role == "writer" ? "reporter" : role);
    return std::nullopt;
}

// Outlets named after a comma or a bar: "Reuters", "The Korea Herald", "Nikkei Asia", "Bloomberg News". A single
// word must be a known media word ("Seoul" after a comma is where the reporter is).
bool looksLikeOutlet(std::string_view piece)
{
    static constexpr std::array mediaWords{
        "herald", "times", "news", "post", "journal", "press", "reuters", "bloomberg", "agency", "daily", "network",
        "tribune", "insider", "wire", "review", "magazine", "today", "asia", "broadcasting", "yonhap", "afp", "ap",
        "cnn", "bbc", "nikkei", "guardian", "economist", "telegraph", "gazette", "chronicle", "globe", "observer",
        "techcrunch", "verge", "wired", "forbes", "fortune", "axios", "politico", "xinhua", "kyodo", "cnbc", "nhk",
    };
    const auto ws = words(piece);
    if (ws.empty() || ws.size() > 5) return false;
    for (auto w : ws)
        if (!isUpper(w.front()) && !isNameParticle(w) && w != "of" && w != "the" && w != "and") return false;
    if (ws.size() >= 2 && ws.front() == "The") return true;
    for (auto w : ws) {
        const std::string l = lower(w);
        if (std::find(mediaWords.begin(), mediaWords.end(), l) != mediaWords.end()) return true;
    }
    return false;
}

// "Jane Doe in Tokyo" -> "Jane Doe": where the reporter filed from.
std::string_view dropPlace(std::string_view piece)
{
    const std::size_t in = piece.find(" in ");
    return in == std::string_view::npos ? piece : piece.substr(0, in);
}

struct Prefix {
    std::string_view text;
    std::string_view role;
};

// "By", "Written by", "Reporting by", "Editing by": what the names after it did.
std::optional<Prefix> readPrefix(std::string_view& segment)
{
    static constexpr std::array prefixes{
        Prefix{"additional reporting by ", "reporter"}, Prefix{"reporting by ", "reporter"}, Prefix{"reported by ", "reporter"},
        Prefix{"written by ", "reporter"},  Prefix{"story by ", "reporter"},    Prefix{"words by ", "reporter"},
        Prefix{"editing by ", "editor"},    Prefix{"edited by ", "editor"},     Prefix{"compiled by ", "reporter"},
        Prefix{"by ", "reporter"},
    };
    const std::string text = lower(segment.substr(0, std::min<std::size_t>(segment.size(), 40)));
    for (const Prefix& p : prefixes)
        if (text.starts_with(p.text)) {
            segment.remove_prefix(p.text.size());
            return p;
        }
    return std::nullopt;
}

} // namespace

bool isLatinLine(std::string_view line)
{
    bool latin = false;
    for (std::size_t pos = 0; pos < line.size();) {
        const char32_t cp = utf8::next(line, pos);
        if (utf8::isHangulSyllable(cp)) return false;
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) latin = true;
    }
    return latin;
}

std::optional<Byline> parseEnglishByline(std::string_view rawLine)
{
    const std::string_view line = utf8::trim(rawLine);
    if (line.empty() || line.size() > 160 || !isLatinLine(line)) return std::nullopt;
    // Prose ends like a sentence; bylines do not ("Jane Doe is a reporter at …." is a sentence).
    if (line.ends_with(".") && !line.ends_with("Jr.") && words(line).size() > 6) return std::nullopt;
    Byline byline;
    bool introduced = false, described = false;
    for (std::string_view segment : split(line, {" | ", "|", "; ", " — ", " – ", " - ", " / "})) {
        segment = utf8::trim(segment);
        if (segment.empty()) continue;
        const auto prefix = readPrefix(segment);
        if (prefix) introduced = true;
        std::vector<std::string_view> pieces;
        for (auto comma : split(segment, {", ", ","}))
            for (auto piece : split(comma, {" and ", " & ", " AND "})) pieces.push_back(piece);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            std::string_view piece = trim(pieces[i]);
            if (piece.empty()) continue;
            // "Jane Doe (jane.doe@example.com)": the address is the reporter's and names the outlet's domain.
            std::string_view ownMail;
            if (const std::size_t open = piece.find('('); open != std::string_view::npos && isEmail(trim(piece.substr(open)))) {
                ownMail = trim(piece.substr(open));
                if (byline.outletDomain.empty()) byline.outletDomain = outletDomainOfEmail(ownMail);
                piece = trim(piece.substr(0, open));
                described = true;
            }
            if (isEmail(piece)) {
                if (byline.outletDomain.empty()) byline.outletDomain = outletDomainOfEmail(piece);
                if (!byline.reporters.empty() && byline.reporters.back().email.empty()) byline.reporters.back().email = piece;
                described = true;
                continue;
            }
            if (auto role = readRole(piece)) {
                for (auto& r : byline.reporters)
                    if (r.role.empty() || r.role == "reporter") r.role = *role;
                described = true;
                continue;
            }
            // "By Jane Doe, Reuters", "Jane Doe | The Korea Herald": an outlet after the names.
            if ((!byline.reporters.empty() || pieces.size() == 1) && looksLikeOutlet(piece)) {
                if (byline.outlet.empty()) byline.outlet = piece;
                described = true;
                continue;
            }
            auto name = readName(dropPlace(piece));
            if (!name) return std::nullopt; // anything else: not a byline
            byline.reporters.push_back(Reporter{*name, std::string(ownMail), prefix ? std::string(prefix->role) : "", std::string(line)});
        }
    }
    if (byline.reporters.empty() || !(introduced || described)) return std::nullopt;
    for (auto& r : byline.reporters)
        if (r.role.empty()) r.role = "reporter";
    return byline;
}

std::optional<Byline> parseEnglishDateline(std::string_view line, std::size_t& length)
{
    if (!isLatinLine(line.substr(0, std::min<std::size_t>(line.size(), 80)))) return std::nullopt;
    // "TOKYO, March 3 (Reuters) - " or "SEOUL (AP) — ": a capitalised place, maybe a date, the outlet in parentheses.
    const std::size_t open = line.find(" (");
    if (open == std::string_view::npos || open == 0 || open > 50) return std::nullopt;
    const std::size_t close = line.find(')', open);
    if (close == std::string_view::npos || close > 90) return std::nullopt;
    std::size_t dash = close + 1;
    while (dash < line.size() && line[dash] == ' ') ++dash;
    std::size_t dashLength = 0;
    for (std::string_view d : {"-", "—", "–"})
        if (line.substr(dash).starts_with(d)) dashLength = d.size();
    if (dashLength == 0) return std::nullopt;
    const std::string_view place = line.substr(0, line.find(',') < open ? line.find(',') : open);
    if (place.empty() || !isUpper(place.front()) || std::any_of(place.begin(), place.end(), isLower)) return std::nullopt;
    const std::string_view outlet = trim(line.substr(open + 2, close - open - 2));
    if (!looksLikeOutlet(outlet)) return std::nullopt;
    Byline byline;
    byline.outlet = outlet;
    length = dash + dashLength;
    return byline;
}

} // namespace newsgraph::core
