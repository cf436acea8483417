// Decides for every line of an article whether it is title, sub-headline, prose, byline or noise.
#pragma once

#include "text/BylineParser.h"
#include "text/PublicationDate.h"
#include "text/SentenceSplitter.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

enum class LineRole {
    Blank,
    Noise,    // portal chrome, captions, related headlines, datelines: never reaches the body
    Title,    // the article's headline (first text line)
    Headline, // sub-headlines and section labels inside the article
    Body,     // prose paragraphs
    Byline,   // reporter lines, outlet lines and copyright lines naming the outlet
};

// What a metadata line states; only bylines, datelines and outlet lines carry one, so it lives
// behind a pointer to keep the per-line record small (files may have hundreds of thousands of lines).
struct LineFacts {
    std::optional<Byline> byline;     // reporters / outlet read from a Byline or copyright line
    std::optional<DateMention> date;  // a dateline's date
    std::string outletName;           // "• 동아일보" near the top, "동아일보 | 입력 …": the outlet it names
};

struct ClassifiedLine {
    std::string text;                // trimmed; list bullets removed from kept lines
    std::vector<TextSpan> sentences; // spans in `text`, cached by the duplicate filter for Body lines
    std::unique_ptr<LineFacts> facts;
    std::string_view noiseReason;    // why a Noise line was dropped (a string literal)
    LineRole role = LineRole::Blank;
    bool copyright = false;          // a copyright notice (Byline when it names the outlet)
    bool relatedHeadline = false;    // "headline - 매일경제"

    const Byline* byline() const { return facts && facts->byline ? &*facts->byline : nullptr; }
    const DateMention* date() const { return facts && facts->date ? &*facts->date : nullptr; }
    std::string_view outletName() const { return facts ? std::string_view(facts->outletName) : std::string_view(); }
    LineFacts& editFacts()
    {
        if (!facts)
            facts = std::make_unique<LineFacts>();
        return *facts;
    }
};

// Works on whole articles because position matters: what follows the copyright line is page
// chrome, what precedes the first paragraph is title and datelines, lone outlet names between
// paragraphs are photo credits.
std::vector<ClassifiedLine> classifyLines(std::string_view text);

// After the outlet is known: lone outlet names between paragraphs are photo credits, and the
// caption line that follows a credit is dropped with it; above the article they are bylines.
void dropPhotoCredits(std::vector<ClassifiedLine>& lines, std::string_view outlet);

// Prose: ends like a sentence (다. ? ! or a closing quote after one) or is long.
bool isProseLine(std::string_view line);

} // namespace newsgraph::core
