// ICU proposes boundaries; each one is then vetoed if it falls inside a quotation or parenthesis
// that closes later on the line, or if the next text continues the sentence (…했다"고 말했다).
#include "text/SentenceSplitter.h"

#include "text/ByteSet.h"
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

// Only bytes that can start a mark are looked at: ASCII ( ) [ ] " ' and the lead bytes of the curly,
// full-width and CJK marks (E2, EF, E3). None is a UTF-8 continuation byte, so each one found starts
// a code point exactly where decoding the range code point by code point would have started one
// (decoding every Hangul syllable cost more than the rest of the splitter's own work).
void track(Nesting& nesting, std::string_view text, std::size_t from, std::size_t to)
{
    static constexpr ByteSet markStarts("()[]\"'\xE2\xE3\xEF");
    auto down = [](int& depth) { depth = depth > 0 ? depth - 1 : 0; };
    // Apostrophe tests only ask whether the neighbours are ASCII letters; an ASCII byte is always a
    // code point of its own, so the byte before a mark answers for the code point before it.
    const bool letterBeforeRange = from > 0 && [&] {
        std::size_t p = from;
        return utf8::isAsciiAlpha(utf8::previous(text, p));
    }();
    const std::string_view range = text.substr(0, to);
    for (std::size_t at = markStarts.findIn(range, from); at < to;) {
        std::size_t pos = at;
        const char32_t cp = utf8::next(text, pos);
        const bool letterBefore = at == from ? letterBeforeRange : utf8::isAsciiAlpha(static_cast<unsigned char>(text[at - 1]));
        const bool letterAfter = pos < text.size() && utf8::isAsciiAlpha(static_cast<unsigned char>(text[pos]));
        switch (cp) {
        case U'“': ++nesting.curlyDouble; break;
        case U'”': down(nesting.curlyDouble); break;
        case U'‘': ++nesting.curlySingle; break;
        case U'’':
            if (!(letterBefore && letterAfter)) // not an apostrophe
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
            if (!(letterBefore && letterAfter))
                nesting.straightSingle = !nesting.straightSingle;
            break;
        default: break;
        }
        at = pos < to ? markStarts.findIn(range, pos) : to;
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
    // Every abbreviation ends in a letter and a full stop, which "했다." never does: test that first.
    const bool abbreviationShaped = lastWord.size() >= 2 && lastWord.back() == '.'
        && utf8::isAsciiAlpha(static_cast<unsigned char>(lastWord[lastWord.size() - 2]));
    if (abbreviationShaped)
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

// A line as UTF-16 plus, for every UTF-16 index, the byte offset in the UTF-8 line it came from.
// The buffers only grow (one per thread), so converting a line allocates nothing.
struct Utf16Line {
    std::vector<UChar> units;
    std::vector<std::size_t> byteOffsets; // length + 1 entries are valid
    std::size_t length = 0;
};

// Converts well-formed UTF-8 only (no overlongs, surrogates or values past U+10FFFF): for such
// text ICU sees the same code points as through a UTF-8 UText. Returns false otherwise.
bool toUtf16(std::string_view line, Utf16Line& out)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
    const std::size_t size = line.size();
    if (out.units.size() < size) // never more UTF-16 units than UTF-8 bytes
        out.units.resize(size);
    if (out.byteOffsets.size() < size + 1)
        out.byteOffsets.resize(size + 1);
    UChar* units = out.units.data();
    std::size_t* offsets = out.byteOffsets.data();
    std::size_t n = 0;
    const auto continuation = [&](std::size_t i) { return i < size && (bytes[i] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        char32_t cp = 0;
        std::size_t length = 1;
        if (lead < 0x80) {
            cp = lead;
        } else if (lead >= 0xC2 && lead <= 0xDF && continuation(i + 1)) {
            cp = (char32_t(lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF && continuation(i + 1) && continuation(i + 2)) {
            cp = (char32_t(lead & 0x0F) << 12) | (char32_t(bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) {
            cp = (char32_t(lead & 0x07) << 18) | (char32_t(bytes[i + 1] & 0x3F) << 12) | (char32_t(bytes[i + 2] & 0x3F) << 6)
                | (bytes[i + 3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return false;
            length = 4;
        } else {
            return false;
        }
        if (cp >= 0x10000) {
            units[n] = static_cast<UChar>(0xD7C0 + (cp >> 10));
            offsets[n++] = i;
            units[n] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
            offsets[n++] = i; // never a boundary: ICU breaks between code points only
        } else {
            units[n] = static_cast<UChar>(cp);
            offsets[n++] = i;
        }
        i += length;
    }
    offsets[n] = size;
    out.length = n;
    return true;
}

// ICU reads UTF-16 text straight from the array but UTF-8 text through a conversion buffer, which
// made the UTF-8 UText cost about half of all sentence splitting; so valid lines go as UTF-16.
bool icuBoundariesUtf16(icu::BreakIterator& iterator, std::string_view line, std::vector<std::size_t>& boundaries)
{
    thread_local Utf16Line converted;
    if (!toUtf16(line, converted))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUChars(nullptr, converted.units.data(), static_cast<int64_t>(converted.length), &status);
    if (U_FAILURE(status))
        return false;
    iterator.setText(text, status);
    if (U_FAILURE(status)) {
        iterator.setText(icu::UnicodeString());
        utext_close(text);
        return false;
    }
    for (std::int32_t at = iterator.next(); at != icu::BreakIterator::DONE; at = iterator.next())
        boundaries.push_back(converted.byteOffsets[static_cast<std::size_t>(at)]);
    iterator.setText(icu::UnicodeString());
    utext_close(text);
    return true;
}

std::vector<std::size_t> icuBoundaries(std::string_view line)
{
    std::vector<std::size_t> boundaries;
    icu::BreakIterator* iterator = sentenceIterator();
    if (!iterator) {
        boundaries.push_back(line.size());
        return boundaries;
    }
    if (icuBoundariesUtf16(*iterator, line, boundaries)) {
        if (boundaries.empty() || boundaries.back() != line.size())
            boundaries.push_back(line.size());
        return boundaries;
    }
    boundaries.clear();
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
