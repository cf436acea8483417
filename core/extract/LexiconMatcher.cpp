// Aho-Corasick matching of lexicon aliases with Korean-aware word boundaries.
#include "LexiconMatcher.h"

#include "MatcherText.h"
#include "text/Utf8.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

using matcher::ScriptClass;
using matcher::scriptClassOf;

std::vector<char32_t> codePoints(std::string_view text)
{
    std::vector<char32_t> result;
    std::size_t pos = 0;
    while (pos < text.size())
        result.push_back(utf8::next(text, pos));
    return result;
}

bool containsHangul(std::string_view text)
{
    return std::ranges::any_of(codePoints(text), [](char32_t cp) { return scriptClassOf(cp) == ScriptClass::Hangul; });
}

std::string withoutSpaces(std::string_view text)
{
    std::string result;
    for (char c : text) {
        if (c != ' ')
            result += c;
    }
    return result;
}

// "오픈AI" -> "오픈 AI": articles write both.
std::string spacedAtScriptChanges(std::string_view text)
{
    std::string result;
    ScriptClass previous = ScriptClass::None;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::next(text, pos);
        const ScriptClass current = scriptClassOf(cp);
        if ((previous == ScriptClass::Hangul && current == ScriptClass::Latin)
            || (previous == ScriptClass::Latin && current == ScriptClass::Hangul))
            result += ' ';
        utf8::append(result, cp);
        previous = current;
    }
    return result;
}

// Short capital acronyms ("MS", "LA", "SK") are ordinary words in lower case ("ms", "la").
bool isShortAcronym(std::string_view form)
{
    if (form.size() > 4 || form.empty())
        return false;
    bool hasLetter = false;
    for (char c : form) {
        if (c >= 'A' && c <= 'Z')
            hasLetter = true;
        else if (!(c >= '0' && c <= '9') && c != '&')
            return false;
    }
    return hasLetter;
}

bool isChainSeparator(char32_t cp)
{
    return cp == 0x00B7 || cp == 0x318D || cp == 0x2027 || cp == 0x30FB || cp == '-' || cp == 0x2013 || cp == 0x2219
        || cp == 0x2022;
}

bool contains(const std::vector<char32_t>& sorted, char32_t cp)
{
    return std::ranges::binary_search(sorted, cp);
}

// The Hangul syllables starting at `pos`, up to the first other character.
std::string_view hangulRunAt(std::string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size()) {
        std::size_t look = end;
        if (!utf8::isHangulSyllable(utf8::next(text, look)))
            break;
        end = look;
    }
    return text.substr(pos, end - pos);
}

char32_t codePointAt(std::string_view text, std::size_t pos)
{
    if (pos >= text.size())
        return 0;
    return utf8::next(text, pos);
}

char32_t codePointBefore(std::string_view text, std::size_t pos)
{
    if (pos == 0)
        return 0;
    return utf8::previous(text, pos);
}

ScriptClass classAt(char32_t cp)
{
    return cp == 0 ? ScriptClass::None : scriptClassOf(cp);
}

// What may follow a short Hangul name: nothing, a non-letter, hanja ("애플社") or particles.
bool shortHangulMayEndAt(std::string_view text, std::size_t end)
{
    const ScriptClass next = classAt(codePointAt(text, end));
    if (next == ScriptClass::None || next == ScriptClass::Han)
        return true;
    if (next != ScriptClass::Hangul)
        return false;
    return matcher::isParticleSequence(hangulRunAt(text, end));
}

// Longer names may run into a following word ("카카오뱅크", "삼성전자서비스"), but not into a
// single syllable that is no particle: "프라이머리" is not "프라이머" + "리".
bool longHangulMayEndAt(std::string_view text, std::size_t end)
{
    return matcher::syllablesBeforeParticles(hangulRunAt(text, end)) != 1;
}

} // namespace

LexiconMatcher::LexiconMatcher(const Lexicon& lexicon)
{
    struct Form {
        const LexiconEntry* entry;
        std::string normalised;
        std::string keepingCase;
    };
    std::vector<Form> forms;
    for (const auto& entry : lexicon.entries()) {
        const auto addForm = [&](const std::string& surface) {
            std::string normalised = matcher::normalisePattern(surface);
            if (!normalised.empty())
                forms.push_back({&entry, std::move(normalised), matcher::normaliseKeepingCase(surface)});
        };
        addForm(entry.name);
        for (const auto& alias : entry.aliases)
            addForm(alias);
    }
    // Single-syllable and single-hanja forms first: boundary checks consult them.
    for (const Form& form : forms) {
        std::size_t pos = 0;
        const char32_t cp = utf8::next(form.normalised, pos);
        if (pos != form.normalised.size())
            continue;
        if (utf8::isHangulSyllable(cp))
            singleSyllables_.push_back(cp);
        else if (scriptClassOf(cp) == ScriptClass::Han)
            singleHans_.push_back(cp);
    }
    std::ranges::sort(singleSyllables_);
    std::ranges::sort(singleHans_);

    for (const Form& form : forms) {
        Pattern pattern;
        pattern.entry = form.entry;
        if (isShortAcronym(form.keepingCase))
            pattern.exactForm = form.keepingCase;
        addPattern(form.normalised, pattern);
        if (containsHangul(form.normalised)) {
            if (form.normalised.find(' ') != std::string::npos)
                addPattern(withoutSpaces(form.normalised), pattern);
            addPattern(spacedAtScriptChanges(form.normalised), pattern);
        }
    }
    automaton_.finish();
}

void LexiconMatcher::addPattern(const std::string& normalised, Pattern pattern)
{
    if (!automaton_.add(normalised, static_cast<std::int32_t>(patterns_.size())))
        return; // the same form under two ids: the first (file order) wins
    const auto points = codePoints(normalised);
    std::size_t hangul = 0;
    bool onlyHangul = true;
    for (const char32_t cp : points) {
        if (cp == ' ')
            continue;
        if (utf8::isHangulSyllable(cp))
            ++hangul;
        else
            onlyHangul = false;
    }
    pattern.length = static_cast<std::uint32_t>(normalised.size());
    pattern.shortHangul = onlyHangul && hangul <= 2;
    pattern.singleSyllable = points.size() == 1 && onlyHangul;
    pattern.singleHan = points.size() == 1 && scriptClassOf(points[0]) == ScriptClass::Han;
    patterns_.push_back(std::move(pattern));
}

bool LexiconMatcher::accepts(std::string_view text, std::size_t begin, std::size_t end, const Pattern& pattern) const
{
    const auto isSingleSyllableAlias = [&](char32_t cp) { return contains(singleSyllables_, cp); };
    const auto isSingleHanAlias = [&](char32_t cp) { return contains(singleHans_, cp); };

    // "한·미·일": a one-syllable country form counts only next to another one across a separator.
    const auto inSyllableChain = [&] {
        std::size_t pos = begin;
        if (pos > 0 && isChainSeparator(utf8::previous(text, pos)) && pos > 0) {
            const char32_t neighbour = utf8::previous(text, pos);
            if (isSingleSyllableAlias(neighbour) && classAt(codePointBefore(text, pos)) != ScriptClass::Hangul)
                return true;
        }
        pos = end;
        if (pos < text.size() && isChainSeparator(utf8::next(text, pos)) && pos < text.size()) {
            const char32_t neighbour = utf8::next(text, pos);
            if (isSingleSyllableAlias(neighbour) && shortHangulMayEndAt(text, pos))
                return true;
        }
        return false;
    };

    const std::string_view match = text.substr(begin, end - begin);
    const ScriptClass first = classAt(codePointAt(match, 0));
    const ScriptClass last = classAt(codePointBefore(match, match.size()));
    const char32_t before = codePointBefore(text, begin);
    const char32_t after = codePointAt(text, end);
    const ScriptClass previous = classAt(before);
    const ScriptClass next = classAt(after);

    if (pattern.singleSyllable) {
        if (previous != ScriptClass::None || (after != 0 && !shortHangulMayEndAt(text, end)))
            return false;
        return inSyllableChain();
    }
    switch (first) {
    case ScriptClass::Latin:
    case ScriptClass::OtherLetter:
        if (previous == ScriptClass::Latin || previous == ScriptClass::OtherLetter)
            return false;
        break;
    case ScriptClass::Hangul:
        if (previous != ScriptClass::None && previous != ScriptClass::Han)
            return false;
        break;
    case ScriptClass::Han:
        if (previous == ScriptClass::Kana || (previous == ScriptClass::Han && !isSingleHanAlias(before)))
            return false;
        break;
    case ScriptClass::Kana:
        if (previous == ScriptClass::Kana)
            return false;
        break;
    case ScriptClass::None: break;
    }
    switch (last) {
    case ScriptClass::Latin:
    case ScriptClass::OtherLetter:
        if (next == ScriptClass::Latin || next == ScriptClass::OtherLetter)
            return false;
        break;
    case ScriptClass::Hangul:
        if (pattern.shortHangul ? !shortHangulMayEndAt(text, end) : !longHangulMayEndAt(text, end))
            return false;
        break;
    case ScriptClass::Han:
        if (pattern.singleHan && (next == ScriptClass::Kana || (next == ScriptClass::Han && !isSingleHanAlias(after))))
            return false;
        break;
    case ScriptClass::Kana:
    case ScriptClass::None: break;
    }
    return true;
}

void LexiconMatcher::collect(const matcher::NormalisedText& normalised, std::vector<Candidate>& out) const
{
    const std::string_view text = normalised.text;
    std::int32_t state = 0;
    for (std::size_t end = 0; end < text.size();) {
        end = automaton_.advanceToOutput(text, end, state);
        for (std::int32_t node = automaton_.firstOutput(state); node >= 0; node = automaton_.nextOutput(node)) {
            const Pattern& pattern = patterns_[static_cast<std::size_t>(automaton_.output(node))];
            const std::size_t begin = end - pattern.length;
            if (accepts(text, begin, end, pattern))
                out.push_back({normalised.sourceBegin[begin], normalised.sourceEnd[end - 1], &pattern});
        }
    }
}

std::vector<LexiconHit> LexiconMatcher::find(std::string_view utf8Text) const
{
    std::vector<Candidate> candidates;
    collect(matcher::normalise(utf8Text), candidates);
    if (utf8Text.find('(') != std::string_view::npos) {
        const matcher::NormalisedText withoutGlosses = matcher::normaliseWithoutGlosses(utf8Text);
        if (!withoutGlosses.elided.empty()) {
            std::vector<Candidate> spanning;
            collect(withoutGlosses, spanning);
            // Only hits that reach across a gloss are new; the others were found above.
            for (const Candidate& candidate : spanning) {
                for (const auto& [glossBegin, glossEnd] : withoutGlosses.elided) {
                    if (candidate.begin < glossBegin && glossEnd < candidate.end) {
                        candidates.push_back(candidate);
                        break;
                    }
                }
            }
        }
    }

    std::ranges::sort(candidates, [](const Candidate& a, const Candidate& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<LexiconHit> hits;
    std::size_t covered = 0;
    for (const Candidate& candidate : candidates) {
        if (candidate.begin < covered)
            continue;
        LexiconHit hit;
        hit.begin = candidate.begin;
        hit.end = candidate.end;
        hit.surface = std::string(utf8Text.substr(hit.begin, hit.end - hit.begin));
        if (!candidate.pattern->exactForm.empty()
            && matcher::normaliseKeepingCase(hit.surface) != candidate.pattern->exactForm)
            continue;
        hit.entry = candidate.pattern->entry;
        hits.push_back(std::move(hit));
        covered = candidate.end;
    }
    return hits;
}

} // namespace newsgraph::core
