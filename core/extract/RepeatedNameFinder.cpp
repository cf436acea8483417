#include "extract/RepeatedNameFinder.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>

namespace newsgraph::core {
namespace {

// A name learned from one candidate. Its words live in the finder's arena; name and type are read back
// from the candidate by index, which stays valid while repeats are appended to the sentences.
struct Learned {
    std::uint32_t firstWord = 0, wordCount = 0; // range of the arena's words
    std::uint32_t sentence = 0, candidate = 0;  // the candidate that taught the name
    bool part = false;                          // a part of the candidate's (personal or company) name
    double confidence = 0.5;
};

// Byte range of a word inside the arena; views are made only once the arena stops growing.
struct WordRange {
    std::uint32_t offset = 0, size = 0;
};

// Appends the words of `text` (split at spaces) as ranges of `arena`, where `text` was copied at `offset`.
void appendWordRanges(std::string_view text, std::size_t offset, std::vector<WordRange>& out)
{
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) out.push_back({static_cast<std::uint32_t>(offset + start), static_cast<std::uint32_t>(end - start)});
        start = end + 1;
    }
}

// utf8::length(text) >= 2 without counting the whole name.
bool hasTwoCodePoints(std::string_view text)
{
    if (text.empty()) return false;
    std::size_t pos = 0;
    utf8::next(text, pos);
    return pos < text.size();
}

bool covered(const AnalysedSentence& s, std::size_t first, std::size_t last)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= last && first <= c.lastToken; });
}

// Words of a name must match whole tokens; the last word may carry a particle.
bool matchesAt(const AnalysedSentence& s, std::size_t i, std::span<const std::string_view> words)
{
    if (i + words.size() > s.tokens.size()) return false;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Token& t = s.tokens[i + k];
        if (!t.isWord()) return false;
        const bool last = k + 1 == words.size();
        // A name ending in 인 may have lost it to the copula reading ("노스파인 스튜디오" -> 노스파 + 인).
        const bool lastMatches = t.stem == words[k] || (t.particle == "인" && t.text == words[k]);
        if (last ? !lastMatches : (t.text != words[k] || !t.particle.empty())) return false;
        if (k > 0 && !t.spaceBefore) return false;
    }
    return true;
}

// A name a rule found in several places is more likely a real name.
void raiseConfidenceOfRepeated(std::vector<AnalysedSentence>& sentences, const std::unordered_map<std::string, int>& occurrences,
                               bool raise)
{
    if (!raise) return;
    for (auto& s : sentences)
        for (auto& c : s.candidates)
            if (c.source != EntitySource::Lexicon) {
                const auto it = occurrences.find(c.fullName.empty() ? c.name : c.fullName);
                if (it != occurrences.end() && it->second >= 2) c.confidence = std::min(0.95, c.confidence + 0.1);
            }
}

constexpr std::size_t firstBytesFilterSize = 1 << 16;

// The first three bytes (one Hangul syllable, or up to three Latin letters) folded into 16 bits;
// shorter words use what they have, so equal words always get equal keys.
std::size_t firstBytesKey(std::string_view word)
{
    const auto byte = [&](std::size_t k) { return k < word.size() ? std::size_t{static_cast<unsigned char>(word[k])} : 0u; };
    return ((byte(0) << 8) ^ (byte(1) << 4) ^ (byte(2) * 131)) & (firstBytesFilterSize - 1);
}

} // namespace

void RepeatedNameFinder::addRepeats(std::vector<AnalysedSentence>& sentences, bool raiseConfidence) const
{
    // Every learned form is copied once into one arena, not into a vector of strings per name: an article
    // teaches a few dozen names and this ran twice per article.
    std::vector<Learned> learned;
    std::string arena;
    std::vector<WordRange> wordRanges;
    std::vector<WordRange> nameWords;
    std::unordered_map<std::string, int> occurrences;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& candidates = sentences[si].candidates;
        for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
            const EntityCandidate& c = candidates[ci];
            if (c.source == EntitySource::Lexicon || c.confidence < 0.5 || !c.fullName.empty()) continue;
            const auto accepted = [](std::string_view form) {
                return !form.empty() && !isGenericNoun(form) && hasTwoCodePoints(form);
            };
            const auto add = [&](std::size_t firstWord, bool part, double confidence) {
                learned.push_back({static_cast<std::uint32_t>(firstWord), static_cast<std::uint32_t>(wordRanges.size() - firstWord),
                                   static_cast<std::uint32_t>(si), static_cast<std::uint32_t>(ci), part, confidence});
            };
            // The name's words, and the parts taken from them below, are ranges of one copy of the name.
            const std::size_t nameOffset = arena.size();
            arena += c.name;
            nameWords.clear();
            appendWordRanges(c.name, nameOffset, nameWords);
            const auto word = [&](const WordRange& w) { return std::string_view(arena).substr(w.offset, w.size); };
            const auto addPart = [&](const WordRange& w, double confidence) {
                if (!accepted(word(w))) return;
                wordRanges.push_back(w);
                add(wordRanges.size() - 1, true, confidence);
            };
            if (accepted(c.name)) {
                const std::size_t first = wordRanges.size();
                wordRanges.insert(wordRanges.end(), nameWords.begin(), nameWords.end());
                add(first, false, c.confidence);
            }
            for (const auto& alias : c.aliases) {
                if (!accepted(alias)) continue;
                const std::size_t first = wordRanges.size();
                const std::size_t offset = arena.size();
                arena += alias;
                appendWordRanges(alias, offset, wordRanges);
                add(first, false, c.confidence);
            }
            ++occurrences[c.name];
            // "노스파인 스튜디오", "버텍스 파마슈티컬스": later sentences drop the company word ("노스파인은").
            if (c.type != EntityType::Person && c.rule != "repeat") {
                if (nameWords.size() == 2 && matchDetachedSuffix(word(nameWords.back())) && hasTwoCodePoints(word(nameWords.front())) &&
                    !looksLikeKoreanPersonName(word(nameWords.front())))
                    addPart(nameWords.front(), c.confidence);
            }
            if (c.type == EntityType::Person && nameWords.size() >= 2) {
                for (const WordRange w : {nameWords.front(), nameWords.back()})
                    if (hasTwoCodePoints(word(w)) && !looksLikeKoreanPersonName(word(w))) addPart(w, 0.6);
            }
        }
    }
    if (learned.empty()) return raiseConfidenceOfRepeated(sentences, occurrences, raiseConfidence);
    std::vector<std::string_view> words;
    words.reserve(wordRanges.size());
    for (const WordRange& w : wordRanges) words.push_back(std::string_view(arena).substr(w.offset, w.size));
    const auto wordsOf = [&](const Learned& l) { return std::span<const std::string_view>(words.data() + l.firstWord, l.wordCount); };

    // Index by first word (as written for multi-word names, as the stem for one-word names). Buckets keep
    // the order names were learned in; the scan below takes the longest match, the earliest among equals.
    std::unordered_map<std::string_view, std::vector<const Learned*>> byFirstWord;
    for (const auto& l : learned) byFirstWord[words[l.firstWord]].push_back(&l);
    // A filter on the keys' first three bytes (one syllable) spares most tokens both hash look-ups:
    // a text or stem equal to a key has the key's first bytes, and so its bit.
    std::bitset<firstBytesFilterSize> firstBytes;
    // Lengths too: a token whose first syllable starts a learned name is mostly a longer word.
    std::bitset<64> lengths;
    const auto lengthBit = [](std::string_view word) { return std::min<std::size_t>(word.size(), 63); };
    for (const auto& entry : byFirstWord) {
        firstBytes.set(firstBytesKey(entry.first));
        lengths.set(lengthBit(entry.first));
    }
    const auto mayBeLearned = [&](std::string_view word) {
        return lengths.test(lengthBit(word)) && firstBytes.test(firstBytesKey(word));
    };
    for (auto& s : sentences) {
        if (s.sentence->kind == SentenceKind::Byline) continue;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            const Token& token = s.tokens[i];
            if (!token.isWord()) continue;
            if (!mayBeLearned(token.text) && !mayBeLearned(token.stem)) continue;
            const Learned* match = nullptr;
            for (std::string_view key : {token.text, token.stem}) {
                const auto it = byFirstWord.find(key);
                if (it != byFirstWord.end())
                    for (const Learned* l : it->second)
                        if ((!match || l->wordCount > match->wordCount) && matchesAt(s, i, wordsOf(*l))) match = l;
                if (token.text == token.stem) break;
            }
            if (match) {
                const Learned& l = *match;
                const std::size_t last = i + l.wordCount - 1;
                if (covered(s, i, last)) continue;
                const EntityCandidate& teacher = sentences[l.sentence].candidates[l.candidate];
                EntityCandidate c;
                c.firstToken = i;
                c.lastToken = last;
                c.begin = token.begin;
                c.end = s.tokens[last].stem == words[l.firstWord + l.wordCount - 1] ? s.tokens[last].stemEnd() : s.tokens[last].end;
                c.name = std::string(s.sentence->text.substr(c.begin, c.end - c.begin));
                c.fullName = l.part ? teacher.name : (c.name == teacher.name ? "" : teacher.name);
                c.type = teacher.type;
                c.source = EntitySource::Rule;
                c.confidence = l.confidence;
                c.rule = "repeat";
                ++occurrences[teacher.name];
                s.candidates.push_back(std::move(c)); // may move the teacher: not used after this
            }
        }
    }
    raiseConfidenceOfRepeated(sentences, occurrences, raiseConfidence);
}

} // namespace newsgraph::core
