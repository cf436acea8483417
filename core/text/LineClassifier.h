// Decides for every line of an article whether it is title, sub-headline, prose, byline or noise.
#pragma once

#include "text/BylineParser.h"
#include "text/PublicationDate.h"
#include "text/SentenceSplitter.h"

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

struct ClassifiedLine {
    std::string text;             // trimmed; list bullets removed from kept lines
    LineRole role = LineRole::Blank;
    std::string noiseReason;      // why a Noise line was dropped
    std::optional<Byline> byline; // reporters / outlet read from a Byline line
    std::optional<DateMention> date;
    bool copyright = false;       // a copyright notice (Byline when it names the outlet)
    std::string outletName;       // "• 동아일보" near the top, "동아일보 | 입력 …": the outlet it names
    bool relatedHeadline = false; // "headline - 매일경제"
    std::vector<TextSpan> sentences; // spans in `text`, cached by the duplicate filter for Body lines
};

// Works on whole articles because position matters: what follows the copyright line is page
// chrome, what precedes the first paragraph is title and datelines, lone outlet names between
// paragraphs are photo credits.
std::vector<ClassifiedLine> classifyLines(std::string_view text);

// After the outlet is known: lone outlet names between paragraphs are photo credits, and the
// caption line that follows a credit is dropped with it.
void dropPhotoCredits(std::vector<ClassifiedLine>& lines, std::string_view outlet);

// Prose: ends like a sentence (다. ? ! or a closing quote after one) or is long.
bool isProseLine(std::string_view line);

} // namespace newsgraph::core
