#include "extract/RepeatedNameFinder.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <bitset>
#include <map>
#include <string>
#include <unordered_map>

namespace newsgraph::core {
namespace {

struct Learned {
    std::vector<std::string> words; // the name split at spaces
    std::string name;               // the candidate's display name
    std::string fullName;           // for parts of personal names
    EntityType type = EntityType::Company;
    double confidence = 0.5;
};

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool covered(const AnalysedSentence& s, std::size_t first, std::size_t last)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= last && first <= c.lastToken; });
}

// Words of a name must match whole tokens; the last word may carry a particle.
bool matchesAt(const AnalysedSentence& s, std::size_t i, const std::vector<std::string>& words)
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
void raiseConfidenceOfRepeated(std::vector<AnalysedSentence>& sentences, std::map<std::string, int>& occurrences, bool raise)
{
    if (!raise) return;
    for (auto& s : sentences)
        for (auto& c : s.candidates)
            if (c.source != EntitySource::Lexicon && occurrences[c.fullName.empty() ? c.name : c.fullName] >= 2)
                c.confidence = std::min(0.95, c.confidence + 0.1);
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
    std::vector<Learned> learned;
    std::map<std::string, int> occurrences;
    for (const auto& s : sentences)
        for (const auto& c : s.candidates) {
            if (c.source == EntitySource::Lexicon || c.confidence < 0.5 || !c.fullName.empty()) continue;
            auto add = [&](const std::string& form, const std::string& fullName, double confidence) {
                if (form.empty() || isGenericNoun(form) || utf8::length(form) < 2) return;
                learned.push_back({splitWords(form), c.name, fullName, c.type, confidence});
            };
            add(c.name, "", c.confidence);
            for (const auto& alias : c.aliases) add(alias, "", c.confidence);
            ++occurrences[c.name];
            // "노스파인 스튜디오", "버텍스 파마슈티컬스": later sentences drop the company word ("노스파인은").
            if (c.type != EntityType::Person && c.rule != "repeat") {
                const auto words = splitWords(c.name);
                if (words.size() == 2 && matchDetachedSuffix(words.back()) && utf8::length(words.front()) >= 2 &&
                    !looksLikeKoreanPersonName(words.front()))
                    add(words.front(), c.name, c.confidence);
            }
            if (c.type == EntityType::Person) {
                const auto words = splitWords(c.name);
                if (words.size() >= 2) {
                    for (const auto& w : {words.front(), words.back()})
                        if (utf8::length(w) >= 2 && !looksLikeKoreanPersonName(w)) add(w, c.name, 0.6);
                }
            }
        }
    // Longer names first, so "하세가와 주니치" wins over "하세가와".
    std::stable_sort(learned.begin(), learned.end(),
                     [](const Learned& a, const Learned& b) { return a.words.size() > b.words.size(); });

    // Index by first word (as written for multi-word names, as the stem for one-word names).
    std::unordered_map<std::string_view, std::vector<const Learned*>> byFirstWord;
    for (const auto& l : learned) byFirstWord[l.words.front()].push_back(&l);
    if (byFirstWord.empty()) return raiseConfidenceOfRepeated(sentences, occurrences, raiseConfidence);
    // A filter on the keys' first three bytes (one syllable) spares most tokens both hash look-ups:
    // a text or stem equal to a key has the key's first bytes, and so its bit.
    std::bitset<firstBytesFilterSize> firstBytes;
    for (const auto& entry : byFirstWord) firstBytes.set(firstBytesKey(entry.first));
    for (auto& s : sentences) {
        if (s.sentence->kind == SentenceKind::Byline) continue;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            if (!s.tokens[i].isWord()) continue;
            if (!firstBytes.test(firstBytesKey(s.tokens[i].text)) && !firstBytes.test(firstBytesKey(s.tokens[i].stem))) continue;
            // The longest learned name starting here (buckets keep the longest-first order).
            const Learned* match = nullptr;
            for (std::string_view key : {s.tokens[i].text, s.tokens[i].stem}) {
                const auto it = byFirstWord.find(key);
                if (it != byFirstWord.end())
                    for (const Learned* l : it->second)
                        if ((!match || l->words.size() > match->words.size()) && matchesAt(s, i, l->words)) match = l;
                if (s.tokens[i].text == s.tokens[i].stem) break;
            }
            if (match) {
                const Learned& l = *match;
                const std::size_t last = i + l.words.size() - 1;
                if (covered(s, i, last)) continue;
                EntityCandidate c;
                c.firstToken = i;
                c.lastToken = last;
                c.begin = s.tokens[i].begin;
                c.end = s.tokens[last].stem == l.words.back() ? s.tokens[last].stemEnd() : s.tokens[last].end;
                c.name = std::string(s.sentence->text.substr(c.begin, c.end - c.begin));
                c.fullName = l.fullName.empty() ? (c.name == l.name ? "" : l.name) : l.fullName;
                c.type = l.type;
                c.source = EntitySource::Rule;
                c.confidence = l.confidence;
                c.rule = "repeat";
                ++occurrences[l.name];
                s.candidates.push_back(std::move(c));
            }
        }
    }
    raiseConfidenceOfRepeated(sentences, occurrences, raiseConfidence);
}

} // namespace newsgraph::core
