// Keys ignore quote style and spacing because the preview and the body are often typeset
// differently (straight vs curly quotes) while saying exactly the same thing.
#include "text/DuplicateFilter.h"

#include "text/ByteSet.h"
#include "text/SentenceSplitter.h"
#include "text/Utf8.h"

#include <cstring>
#include <unordered_map>

namespace newsgraph::core {
namespace {

constexpr std::size_t minimumKeyLength = 8; // code points; short labels may legitimately repeat

struct Occurrence {
    std::size_t line;
    std::size_t sentence;
};

bool isDeduplicated(LineRole role) { return role == LineRole::Body || role == LineRole::Headline || role == LineRole::Title; }

// Previews sit near the top and their full copies soon after, so only the first lines are
// compared (this keeps huge files linear): a whole early line found inside a longer line goes.
void dropContainedPreviews(std::vector<ClassifiedLine>& lines)
{
    constexpr std::size_t previewLines = 40;
    constexpr std::size_t searchLines = 400;
    std::vector<std::pair<std::size_t, std::string>> keys;
    for (std::size_t i = 0; i < lines.size() && keys.size() < searchLines; ++i)
        if (lines[i].role == LineRole::Body || lines[i].role == LineRole::Headline)
            keys.emplace_back(i, duplicateKey(lines[i].text));
    for (std::size_t a = 0; a < keys.size() && a < previewLines; ++a) {
        const std::string& preview = keys[a].second;
        // Only prose previews: a sub-headline's words may well recur inside a paragraph.
        if (lines[keys[a].first].role != LineRole::Body || utf8::countCodePointsUpTo(preview, 10) < 10)
            continue;
        for (std::size_t b = 0; b < keys.size(); ++b) {
            if (a == b || keys[b].second.size() <= preview.size() || lines[keys[b].first].role == LineRole::Noise)
                continue;
            if (keys[b].second.find(preview) != std::string::npos) {
                lines[keys[a].first].role = LineRole::Noise;
                lines[keys[a].first].noiseReason = "repeated inside a later paragraph";
                break;
            }
        }
    }
}

} // namespace

std::string duplicateKey(std::string_view sentence)
{
    // Byte-level: the marks to unify are all three-byte sequences starting E2 80 (U+2018-U+2033,
    // U+2026), so no full UTF-8 decoding is needed on this hot path. Most bytes are copied as they
    // are; runs between the few others (spaces, E2, backquote) are copied whole.
    static constexpr ByteSet special(" \t\n\r\xE2`");
    std::string key;
    key.resize_and_overwrite(sentence.size(), [&](char* out, std::size_t) {
        char* const start = out;
        const std::size_t size = sentence.size();
        for (std::size_t i = 0; i < size; ++i) {
            if (!special.contains(sentence[i])) {
                const std::size_t runEnd = special.findIn(sentence, i);
                std::memcpy(out, sentence.data() + i, runEnd - i);
                out += runEnd - i;
                i = runEnd - 1;
                continue;
            }
            const auto c = static_cast<unsigned char>(sentence[i]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                continue;
            if (c == 0xE2 && i + 2 < size && static_cast<unsigned char>(sentence[i + 1]) == 0x80) {
                const auto third = static_cast<unsigned char>(sentence[i + 2]);
                char replacement = 0;
                if (third == 0x9C || third == 0x9D || third == 0x9E || third == 0xB3)
                    replacement = '"'; // “ ” „ ″
                else if (third == 0x98 || third == 0x99 || third == 0xB2)
                    replacement = '\''; // ‘ ’ ′
                else if (third == 0xA6)
                    replacement = '.'; // …
                if (replacement) {
                    *out++ = replacement;
                    i += 2;
                    continue;
                }
            }
            *out++ = static_cast<char>(c == '`' ? '\'' : c);
        }
        return static_cast<std::size_t>(out - start); // never longer than the sentence
    });
    return key;
}

void dropDuplicateSentences(std::vector<ClassifiedLine>& lines)
{
    dropContainedPreviews(lines);
    std::vector<std::vector<TextSpan>> spans(lines.size());
    std::unordered_map<std::string, std::vector<Occurrence>> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!isDeduplicated(lines[i].role))
            continue;
        spans[i] = lines[i].role == LineRole::Body ? SentenceSplitter::split(lines[i].text)
                                                   : std::vector<TextSpan>{TextSpan{0, lines[i].text.size()}};
        for (std::size_t s = 0; s < spans[i].size(); ++s) {
            std::string key = duplicateKey(std::string_view(lines[i].text).substr(spans[i][s].begin, spans[i][s].end - spans[i][s].begin));
            if (utf8::countCodePointsUpTo(key, minimumKeyLength) >= minimumKeyLength)
                seen[std::move(key)].push_back({i, s});
        }
    }

    std::vector<std::vector<bool>> dropped(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        dropped[i].assign(spans[i].size(), false);
    for (const auto& [key, occurrences] : seen) {
        if (occurrences.size() < 2)
            continue;
        Occurrence keep = occurrences.front();
        for (const Occurrence& candidate : occurrences) {
            if (lines[keep.line].role == LineRole::Title)
                break; // the title line stays where it is
            if (lines[candidate.line].role == LineRole::Title || spans[candidate.line].size() >= spans[keep.line].size())
                keep = candidate; // the fullest paragraph; the later one on ties
        }
        for (const Occurrence& other : occurrences)
            if (other.line != keep.line || other.sentence != keep.sentence)
                dropped[other.line][other.sentence] = true;
    }

    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::size_t droppedCount = 0;
        for (const bool d : dropped[i])
            droppedCount += d;
        if (droppedCount == 0) {
            if (lines[i].role == LineRole::Body)
                lines[i].sentences = std::move(spans[i]);
            continue;
        }
        if (droppedCount == spans[i].size()) {
            lines[i].role = LineRole::Noise;
            lines[i].noiseReason = "duplicate of a later paragraph";
            continue;
        }
        std::string kept;
        for (std::size_t s = 0; s < spans[i].size(); ++s) {
            if (dropped[i][s])
                continue;
            if (!kept.empty())
                kept += ' ';
            kept.append(lines[i].text, spans[i][s].begin, spans[i][s].end - spans[i][s].begin);
        }
        lines[i].text = std::move(kept);
        if (lines[i].role == LineRole::Body)
            lines[i].sentences = SentenceSplitter::split(lines[i].text);
    }
}

} // namespace newsgraph::core
