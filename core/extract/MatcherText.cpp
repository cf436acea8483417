// Normalisation with offset maps, script classes and particle runs for the lexicon matcher.
#include "MatcherText.h"

#include "text/Utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>

namespace newsgraph::core::matcher {
namespace {

const icu::Normalizer2& nfkc()
{
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return icu::Normalizer2::getNFKCInstance(status);
    }();
    return *instance;
}

// Appends the normalised form of one segment of the input (a run that NFKC treats as a unit).
void appendSegment(std::string_view segment, bool fold, std::string& out)
{
    if (segment.size() == 1) { // ASCII fast path
        char c = segment.front();
        if (fold && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        out += c;
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalised =
        nfkc().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size()))), status);
    if (U_FAILURE(status)) {
        out.append(segment);
        return;
    }
    if (fold)
        normalised.foldCase();
    normalised.toUTF8String(out);
}

bool isSingleCodePoint(std::string_view input, std::size_t begin, std::size_t end)
{
    utf8::next(input, begin);
    return begin == end;
}

bool isFormatCharacter(char32_t cp)
{
    return u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR;
}

bool isWhitespace(char32_t cp)
{
    return utf8::isSpace(cp) || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

// "엘지(LG)유플러스": a Latin gloss in brackets between two Hangul syllables. Returns the end of the
// closing bracket, or 0.
std::size_t glossEnd(std::string_view input, std::size_t open)
{
    if (open == 0 || input[open] != '(')
        return 0;
    std::size_t back = open;
    if (!utf8::isHangulSyllable(utf8::previous(input, back)))
        return 0;
    bool letter = false;
    for (std::size_t pos = open + 1; pos < input.size() && pos < open + 32; ++pos) {
        const char c = input[pos];
        if (c == ')') {
            std::size_t after = pos + 1;
            return letter && after < input.size() && utf8::isHangulSyllable(utf8::next(input, after)) ? pos + 1 : 0;
        }
        const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        letter = letter || alpha;
        if (!alpha && !(c >= '0' && c <= '9') && c != ' ' && c != '&' && c != '+' && c != '-' && c != '.')
            return 0;
    }
    return 0;
}

// Printable ASCII and precomposed Hangul syllables are unchanged by NFKC (case folding only touches
// A-Z) as long as nothing that combines with them follows: below U+0300 and among the syllables and
// CJK ideographs there is no combining character.
bool isUnchangedUnit(std::string_view input, char32_t cp, std::size_t next)
{
    if (!((cp > 0x20 && cp < 0x7F) || utf8::isHangulSyllable(cp)))
        return false;
    if (next >= input.size() || static_cast<unsigned char>(input[next]) < 0x80)
        return true;
    const char32_t following = utf8::next(input, next);
    return following < 0x300 || utf8::isHangulSyllable(following) || (following >= 0x4E00 && following <= 0x9FFF);
}

// The end of the unit at `pos` when isUnchangedUnit() holds for it (and it is no bracket that may
// open a gloss to elide), else 0; decodes only the two forms such a unit can take.
std::size_t unchangedUnitEnd(std::string_view input, std::size_t pos, bool elideGlosses)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(input[k]); };
    const unsigned char lead = byte(pos);
    std::size_t end = pos + 1;
    char32_t cp = lead;
    if (lead < 0x80) {
        if (lead <= 0x20 || lead == 0x7F || (elideGlosses && lead == '('))
            return 0;
    } else {
        // Hangul syllables (U+AC00..U+D7A3) have lead bytes EA..ED.
        if (lead < 0xEA || lead > 0xED || pos + 3 > input.size() || (byte(pos + 1) & 0xC0) != 0x80 || (byte(pos + 2) & 0xC0) != 0x80)
            return 0;
        cp = (char32_t{lead} & 0x0F) << 12 | (char32_t{byte(pos + 1)} & 0x3F) << 6 | (char32_t{byte(pos + 2)} & 0x3F);
        if (!utf8::isHangulSyllable(cp))
            return 0;
        end = pos + 3;
    }
    return isUnchangedUnit(input, cp, end) ? end : 0;
}

NormalisedText normaliseImpl(std::string_view input, bool fold, bool elideGlosses = false)
{
    NormalisedText result;
    result.text.reserve(input.size());
    const icu::Normalizer2& normalizer = nfkc();
    std::size_t pos = 0;
    result.sourceBegin.reserve(input.size());
    result.sourceEnd.reserve(input.size());
    while (pos < input.size()) {
        // Most of a Korean article: a run of units NFKC leaves alone (printable ASCII, Hangul
        // syllables), copied in one piece with one table entry per byte, and no ICU call.
        std::size_t runEnd = pos;
        while (runEnd < input.size()) {
            const std::size_t look = unchangedUnitEnd(input, runEnd, elideGlosses);
            if (look == 0)
                break;
            runEnd = look;
        }
        if (runEnd > pos) {
            const std::size_t textStart = result.text.size();
            result.text.append(input.data() + pos, runEnd - pos);
            if (fold) {
                for (std::size_t k = textStart; k < result.text.size(); ++k)
                    if (result.text[k] >= 'A' && result.text[k] <= 'Z')
                        result.text[k] = static_cast<char>(result.text[k] - 'A' + 'a');
            }
            const std::size_t mapStart = result.sourceBegin.size();
            result.sourceBegin.resize(mapStart + (runEnd - pos));
            result.sourceEnd.resize(mapStart + (runEnd - pos));
            std::uint32_t* begins = result.sourceBegin.data() + mapStart;
            std::uint32_t* ends = result.sourceEnd.data() + mapStart;
            for (std::size_t unitBegin = pos; unitBegin < runEnd;) {
                // A unit is one ASCII byte or a three-byte syllable.
                const std::size_t unitEnd = unitBegin + (static_cast<unsigned char>(input[unitBegin]) < 0x80 ? 1 : 3);
                for (std::size_t k = unitBegin; k < unitEnd; ++k) {
                    *begins++ = static_cast<std::uint32_t>(unitBegin);
                    *ends++ = static_cast<std::uint32_t>(unitEnd);
                }
                unitBegin = unitEnd;
            }
            pos = runEnd;
            continue;
        }
        const std::size_t segmentBegin = pos;
        char32_t cp = utf8::next(input, pos);
        if (cp != ' ' && isFormatCharacter(cp)) // the commonest case, a space, is no format character
            continue;
        if (elideGlosses && cp == '(') {
            if (const std::size_t end = glossEnd(input, segmentBegin)) {
                result.elided.emplace_back(static_cast<std::uint32_t>(segmentBegin), static_cast<std::uint32_t>(end));
                pos = end;
                continue;
            }
        }
        if (isWhitespace(cp)) {
            while (pos < input.size()) {
                // Printable ASCII and Hangul syllables (most words start so) are neither.
                if (const auto b = static_cast<unsigned char>(input[pos]); (b > 0x20 && b < 0x7F) || (b >= 0xEA && b <= 0xED && unchangedUnitEnd(input, pos, false) != 0))
                    break;
                std::size_t look = pos;
                const char32_t following = utf8::next(input, look);
                if (!isWhitespace(following) && !isFormatCharacter(following))
                    break;
                pos = look;
            }
            if (!result.text.empty() && result.text.back() == ' ') {
                std::fill(result.sourceEnd.end() - 1, result.sourceEnd.end(), static_cast<std::uint32_t>(pos));
                continue;
            }
            result.text += ' ';
            result.sourceBegin.push_back(static_cast<std::uint32_t>(segmentBegin));
            result.sourceEnd.push_back(static_cast<std::uint32_t>(pos));
            continue;
        }
        // Extend the segment over following code points that combine with it (jamo, accents).
        while (pos < input.size()) {
            std::size_t look = pos;
            const char32_t following = utf8::next(input, look);
            if (normalizer.hasBoundaryBefore(static_cast<UChar32>(following)))
                break;
            pos = look;
        }
        const std::size_t before = result.text.size();
        if (pos - segmentBegin > 1 && isSingleCodePoint(input, segmentBegin, pos)
            && (utf8::isHangulSyllable(cp) || normalizer.isInert(static_cast<UChar32>(cp)))) {
            // Most text (Hangul, plain letters) is unchanged by NFKC: skip ICU's string round trip.
            utf8::append(result.text, fold ? static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)) : cp);
        } else {
            appendSegment(input.substr(segmentBegin, pos - segmentBegin), fold, result.text);
        }
        const std::size_t added = result.text.size() - before;
        result.sourceBegin.insert(result.sourceBegin.end(), added, static_cast<std::uint32_t>(segmentBegin));
        result.sourceEnd.insert(result.sourceEnd.end(), added, static_cast<std::uint32_t>(pos));
    }
    return result;
}

std::string trimSpaces(std::string text)
{
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && text[start] == ' ')
        ++start;
    return text.substr(start);
}

// Particles, copulas and a few bound nouns that follow names directly in Korean news text.
constexpr std::array particles = {
    "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "에게서", "께", "께서", "와", "과", "도",
    "로", "으로", "로부터", "으로부터", "만", "까지", "부터", "처럼", "보다", "등", "측", "이다", "였다",
    "이었다", "였던", "이던", "라는", "이라는", "라고", "이라고", "라며", "이라며", "란", "이란", "이나", "나",
    "랑", "이랑", "하고", "조차", "마저", "뿐", "대로", "만큼", "같은", "같이", "로서", "으로서", "로써",
    "으로써", "한테", "이며", "며", "이고", "고", "엔", "에선", "서", "야", "이야", "인", "인데", "마다",
    "들", "사", "측이", "표", "발", "판",
};

} // namespace

NormalisedText normalise(std::string_view utf8)
{
    return normaliseImpl(utf8, true);
}

NormalisedText normaliseWithoutGlosses(std::string_view utf8)
{
    return normaliseImpl(utf8, true, true);
}

std::string normalisePattern(std::string_view utf8)
{
    return trimSpaces(normaliseImpl(utf8, true).text);
}

std::string normaliseKeepingCase(std::string_view utf8)
{
    return trimSpaces(normaliseImpl(utf8, false).text);
}

ScriptClass scriptClassOf(char32_t cp)
{
    if (cp < 0x80) {
        if (utf8::isAsciiAlpha(cp) || utf8::isAsciiDigit(cp))
            return ScriptClass::Latin;
        return ScriptClass::None;
    }
    if (utf8::isHangulSyllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318C))
        return ScriptClass::Hangul;
    if (cp == 0x30FC || (cp >= 0x3040 && cp <= 0x30FA) || (cp >= 0x31F0 && cp <= 0x31FF))
        return ScriptClass::Kana;
    const auto c = static_cast<UChar32>(cp);
    if (u_isdigit(c))
        return ScriptClass::Latin;
    if (!u_isalpha(c))
        return ScriptClass::None;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN: return ScriptClass::Han;
    case USCRIPT_LATIN: return ScriptClass::Latin;
    case USCRIPT_HANGUL: return ScriptClass::Hangul;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA: return ScriptClass::Kana;
    default: return ScriptClass::OtherLetter;
    }
}

namespace {

// The particles grouped by their third byte (every one is at least a syllable, three bytes long):
// a position is compared only with the few that can start there.
struct ParticlesByThirdByte {
    std::array<std::vector<std::string_view>, 256> groups;
    ParticlesByThirdByte()
    {
        for (std::string_view particle : particles)
            groups[static_cast<unsigned char>(particle[2])].push_back(particle);
    }
};

} // namespace

bool isParticleSequence(std::string_view hangul)
{
    if (hangul.empty())
        return true;
    static const ParticlesByThirdByte index;
    // reachable[i]: the first i bytes split into particles. Runs are short: a stack buffer mostly.
    std::array<bool, 256> local{};
    std::vector<bool> heap;
    const bool small = hangul.size() < local.size();
    if (!small)
        heap.assign(hangul.size() + 1, false);
    auto reachable = [&](std::size_t i) -> bool { return small ? local[i] : static_cast<bool>(heap[i]); };
    auto reach = [&](std::size_t i) {
        if (small)
            local[i] = true;
        else
            heap[i] = true;
    };
    reach(0);
    for (std::size_t i = 0; i + 3 <= hangul.size(); ++i) {
        if (!reachable(i))
            continue;
        const std::string_view rest = hangul.substr(i);
        for (std::string_view particle : index.groups[static_cast<unsigned char>(rest[2])]) {
            if (rest.starts_with(particle))
                reach(i + particle.size());
        }
    }
    return reachable(hangul.size());
}

std::size_t syllablesBeforeParticles(std::string_view hangul)
{
    std::size_t syllables = 0;
    for (std::size_t pos = 0; pos < hangul.size();) {
        if (isParticleSequence(hangul.substr(pos)))
            return syllables;
        utf8::next(hangul, pos);
        ++syllables;
    }
    return syllables;
}

} // namespace newsgraph::core::matcher
