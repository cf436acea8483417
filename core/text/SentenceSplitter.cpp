// ICU proposes boundaries; each one is then vetoed if it falls inside a quotation or parenthesis
// that closes later on the line, or if the next text continues the sentence (…했다"고 말했다).
#include "text/SentenceSplitter.h"

#include "text/Utf8.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <array>
#include <memory>

namespace newsgraph::core {
namespace {

icu::BreakIterator* sentenceIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return instance.get();
}

constexpr std::array<std::string_view, 44> abbreviations = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "No.", "Nos.", "Co.", "Corp.", "Inc.", "Ltd.", "vs.",
    "etc.", "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "E.U.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Vol.",
    "pp.", "Fig.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "approx."};

// Open quotation marks and brackets, tracked while scanning a sentence.
struct Nesting {
    int curlyDouble = 0, curlySingle = 0, round = 0, square = 0, corner = 0, angle = 0;
    bool straightDouble = false, straightSingle = false;

    bool open() const { return curlyDouble + curlySingle + round + square + corner + angle > 0 || straightDouble || straightSingle; }
};

void track(Nesting& nesting, std::string_view text, std::size_t from, std::size_t to)
{
    auto down = [](int& depth) { depth = depth > 0 ? depth - 1 : 0; };
    std::size_t pos = from;
    char32_t previous = from > 0 ? [&] { std::size_t p = from; return utf8::previous(text, p); }() : U' ';
    while (pos < to) {
        const char32_t cp = utf8::next(text, pos);
        std::size_t peek = pos;
        const char32_t following = pos < text.size() ? utf8::next(text, peek) : U' ';
        switch (cp) {
        case U'“': ++nesting.curlyDouble; break;
        case U'”': down(nesting.curlyDouble); break;
        case U'‘': ++nesting.curlySingle; break;
        case U'’':
            if (!(utf8::isAsciiAlpha(previous) && utf8::isAsciiAlpha(following))) // not an apostrophe
                down(nesting.curlySingle);
            break;
        case U'(': case U'（': ++nesting.round; break;
        case U')': case U'）': down(nesting.round); break;
        case U'[': ++nesting.square; break;
        case U']': down(nesting.square); break;
        case U'「': case U'『': ++nesting.corner; break;
        case U'」': case U'』': down(nesting.corner); break;
        case U'〈': case U'《': ++nesting.angle; break;
        case U'〉': case U'》': down(nesting.angle); break;
        case U'"': nesting.straightDouble = !nesting.straightDouble; break;
        case U'\'':
            if (!(utf8::isAsciiAlpha(previous) && utf8::isAsciiAlpha(following)))
                nesting.straightSingle = !nesting.straightSingle;
            break;
        default: break;
        }
        previous = cp;
    }
}

// True when every open mark has its closer somewhere after `from`, so waiting is safe.
bool closesLater(const Nesting& nesting, std::string_view text, std::size_t from)
{
    const std::string_view rest = text.substr(from);
    auto has = [&](std::string_view mark) { return rest.find(mark) != std::string_view::npos; };
    if (nesting.curlyDouble > 0 && !has("”"))
        return false;
    if (nesting.curlySingle > 0 && !has("’"))
        return false;
    if (nesting.round > 0 && !has(")") && !has("）"))
        return false;
    if (nesting.square > 0 && !has("]"))
        return false;
    if (nesting.corner > 0 && !has("」") && !has("』"))
        return false;
    if (nesting.angle > 0 && !has("〉") && !has("》"))
        return false;
    if (nesting.straightDouble && !has("\""))
        return false;
    if (nesting.straightSingle && !has("'"))
        return false;
    return true;
}

bool isClosingMark(char32_t cp)
{
    return cp == U'"' || cp == U'\'' || cp == U'”' || cp == U'’' || cp == U')' || cp == U']' || cp == U'」' || cp == U'』' || cp == U'）';
}

bool isLetter(char32_t cp) { return utf8::isHangulSyllable(cp) || utf8::isAsciiAlpha(cp) || utf8::isHanja(cp); }

// Whether the boundary between `left` (the text so far, right-trimmed) and the next character
// (`next`, after `spaced` whitespace) ends a sentence.
bool continuesSentence(std::string_view left, char32_t next, bool spaced)
{
    std::size_t pos = left.size();
    const char32_t last = utf8::previous(left, pos);
    if (!spaced && isClosingMark(last) && isLetter(next))
        return true; // …했다"고 말했다, …라며”며
    if (!spaced && last == U'.' && (utf8::isAsciiAlpha(next) || utf8::isAsciiDigit(next)))
        return true; // mk.co.kr, 1.5
    if (last == U'…' || left.ends_with("...")) {
        std::size_t before = pos;
        if (left.ends_with("..."))
            before = left.size() - 3;
        const char32_t verbEnd = before > 0 ? utf8::previous(left, before) : U' ';
        if (verbEnd != U'다' && verbEnd != U'요')
            return true; // ellipsis inside a sentence, not after a final verb
    }
    const std::size_t space = left.find_last_of(' ');
    const std::string_view lastWord = space == std::string_view::npos ? left : left.substr(space + 1);
    for (const std::string_view abbreviation : abbreviations)
        if (lastWord.ends_with(abbreviation)
            && (lastWord.size() == abbreviation.size() || lastWord[lastWord.size() - abbreviation.size() - 1] == '('))
            return true;
    if (lastWord.size() == 2 && lastWord[1] == '.' && lastWord[0] >= 'A' && lastWord[0] <= 'Z')
        return true; // an initial: "J. Smith"
    bool numbered = lastWord.size() >= 2 && lastWord.back() == '.';
    for (std::size_t i = 0; numbered && i + 1 < lastWord.size(); ++i)
        numbered = lastWord[i] >= '0' && lastWord[i] <= '9';
    return numbered && space == std::string_view::npos; // "1. 첫째" list numbers
}

std::vector<std::size_t> icuBoundaries(std::string_view line)
{
    std::vector<std::size_t> boundaries;
    icu::BreakIterator* iterator = sentenceIterator();
    if (!iterator) {
        boundaries.push_back(line.size());
        return boundaries;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
    if (U_FAILURE(status)) {
        boundaries.push_back(line.size());
        return boundaries;
    }
    iterator->setText(text, status);
    for (std::int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next())
        boundaries.push_back(static_cast<std::size_t>(at)); // native indices of a UTF-8 UText are byte offsets
    // Detach the iterator before closing the UText it points to.
    iterator->setText(icu::UnicodeString());
    utext_close(text);
    if (boundaries.empty() || boundaries.back() != line.size())
        boundaries.push_back(line.size());
    return boundaries;
}

TextSpan trimmedSpan(std::string_view line, std::size_t begin, std::size_t end)
{
    const std::string_view piece = utf8::trim(line.substr(begin, end - begin));
    if (piece.empty())
        return {begin, begin};
    const std::size_t offset = static_cast<std::size_t>(piece.data() - line.data());
    return {offset, offset + piece.size()};
}

} // namespace

std::vector<TextSpan> SentenceSplitter::split(std::string_view line)
{
    std::vector<TextSpan> spans;
    if (utf8::trim(line).empty())
        return spans;
    const std::vector<std::size_t> boundaries = icuBoundaries(line);
    std::size_t sentenceStart = 0;
    std::size_t scanned = 0;
    Nesting nesting;
    for (const std::size_t boundary : boundaries) {
        if (boundary < line.size()) {
            track(nesting, line, scanned, boundary);
            scanned = boundary;
            const std::string_view raw = line.substr(sentenceStart, boundary - sentenceStart);
            const std::string_view left = utf8::trim(raw);
            std::size_t peek = boundary;
            const char32_t next = utf8::next(line, peek);
            const bool spaced = left.size() < raw.size() || utf8::isSpace(next);
            std::size_t nextNonSpace = boundary;
            char32_t firstNext = next;
            while (utf8::isSpace(firstNext) && nextNonSpace < line.size()) {
                utf8::next(line, nextNonSpace);
                std::size_t p = nextNonSpace;
                firstNext = nextNonSpace < line.size() ? utf8::next(line, p) : U' ';
            }
            if (left.empty() || (nesting.open() && closesLater(nesting, line, boundary))
                || continuesSentence(left, firstNext, spaced))
                continue;
        }
        const TextSpan span = trimmedSpan(line, sentenceStart, boundary);
        if (span.end > span.begin)
            spans.push_back(span);
        sentenceStart = boundary;
        nesting = Nesting{};
        scanned = boundary;
    }
    return spans;
}

} // namespace newsgraph::core
