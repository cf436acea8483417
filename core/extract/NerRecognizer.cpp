#include "extract/NerRecognizer.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/ParticleStripper.h"
#include "extract/Utf8Scan.h"
#include "extract/ner/NerModel.h"

#include <algorithm>
#include <string>

namespace newsgraph::core {
namespace {

constexpr double blockingConfidence = 0.5; // the resolver's threshold: weaker candidates never block a model name

std::size_t tokenStartingAt(const std::vector<Token>& tokens, std::size_t begin)
{
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].begin == begin) return tokens[i].isWord() ? i : tokens.size();
    return tokens.size();
}

std::size_t tokenContaining(const std::vector<Token>& tokens, std::size_t end)
{
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].begin < end && end <= tokens[i].end) return i;
    return tokens.size();
}

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void setStem(Token& token, std::size_t stemBytes)
{
    token.stem = token.text.substr(0, stemBytes);
    token.particle = token.text.substr(stemBytes);
    token.role = token.particle.empty() ? ArgumentRole::None : ParticleStripper::roleOf(token.particle);
}

// Letters of a name: at least two code points of which one is a letter, and no word that only
// says what kind of thing it is ("정부", "이 회사").
bool plausibleName(std::string_view name, const std::vector<Token>& tokens, std::size_t first, std::size_t last)
{
    if (utf8::length(name) < 2) return false;
    bool letter = false;
    for (std::size_t pos = 0; pos < name.size();) {
        const char32_t c = utf8::next(name, pos);
        if (utf8::isHangulSyllable(c) || utf8::isAsciiLetter(c) || utf8::isHan(c) || utf8::isKana(c)) letter = true;
    }
    if (!letter || isGenericNoun(name) || isFunctionWord(name)) return false;
    if (tokens[first].isWord() && first < last && isFunctionWord(tokens[first].stem)) return false;
    // Every word but the last is written bare: a particle inside means the span crosses a phrase boundary.
    for (std::size_t k = first; k < last; ++k)
        if (tokens[k].isWord() && !tokens[k].particle.empty()) return false;
    return true;
}

// "업스테이지(Upstage)": a Latin form in parentheses right after the name is one of its aliases.
void attachParenthesisAlias(const AnalysedSentence& s, EntityCandidate& c)
{
    const auto& tokens = s.tokens;
    const std::size_t open = c.lastToken + 1;
    if (c.end != tokens[c.lastToken].end || open + 2 >= tokens.size()) return;
    if (tokens[open].punct != PunctKind::OpenParen || tokens[open].spaceBefore) return;
    for (std::size_t i = open + 1; i < tokens.size() && i <= open + 5; ++i) {
        if (tokens[i].punct == PunctKind::CloseParen) {
            if (i == open + 1) return;
            const std::string_view inner =
                std::string_view(s.sentence->text).substr(tokens[open + 1].begin, tokens[i].begin - tokens[open + 1].begin);
            if (utf8::hasLatin(inner) && !isGenericNoun(inner)) c.aliases.push_back(collapseSpaces(inner));
            return;
        }
        if (!tokens[i].isWord()) return;
    }
}

// The last syllable of a word that is almost always a verb or adjective form, an adverb or a suffix
// that makes one (-적, -히): cheap evidence that a word is no name.
bool endsLikePredicate(std::string_view stem)
{
    static constexpr std::string_view endings[] = {"다", "며", "면", "고", "게", "지만", "요", "까", "니다", "했", "됐", "하",
                                                   "되", "해", "돼", "된", "할", "될", "적", "히", "있", "없", "는", "던"};
    for (std::string_view e : endings)
        if (stem.ends_with(e)) return true;
    return false;
}

} // namespace

NerRecognizer::NerRecognizer(const NerModel& model, NerRecognizerOptions options) : model_(model), options_(options) {}

std::optional<EntityType> NerRecognizer::entityTypeOf(std::string_view label, std::string_view subtype)
{
    if (label == "PS") return EntityType::Person;
    if (label == "LC") return subtype == "country" ? EntityType::Country : EntityType::Place;
    if (label == "OG") {
        if (subtype == "government") return EntityType::Government;
        if (subtype == "academia") return EntityType::Academia;
        if (subtype == "media") return EntityType::Media;
        if (subtype == "investor") return EntityType::Investor;
        return EntityType::Company;
    }
    return std::nullopt; // DT, TI, QT: dates, times and quantities are not entities
}

bool NerRecognizer::worthTagging(const AnalysedSentence& s)
{
    const auto& tokens = s.tokens;
    std::vector<char> covered(tokens.size(), 0);
    for (const EntityCandidate& c : s.candidates)
        if (c.confidence >= blockingConfidence)
            for (std::size_t i = c.firstToken; i <= c.lastToken && i < tokens.size(); ++i) covered[i] = 1;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (covered[i] || !t.isWord() || t.stem.empty()) continue;
        if (utf8::hasLatin(t.stem)) return true;
        if (utf8::hangulCount(t.stem) < 2 || isGenericNoun(t.stem) || isFunctionWord(t.stem)) continue;
        // Verb and adjective forms ("밝혔다", "진행하고", "전폭적") are no names; Korean personal names
        // ("김민서") are let through whatever their last syllable.
        if (!looksLikeKoreanPersonName(t.stem) && t.particle.empty() && endsLikePredicate(t.stem)) continue;
        return true;
    }
    return false;
}

void NerRecognizer::propose(AnalysedSentence& s) const
{
    const std::string_view text = s.sentence->text;
    auto& tokens = s.tokens;
    if (tokens.empty() || !worthTagging(s)) return;
    const std::size_t existing = s.candidates.size();
    for (const NerSpan& span : model_.tag(text)) {
        const auto type = entityTypeOf(span.label, span.subtype);
        if (!type) continue;
        const std::size_t first = tokenStartingAt(tokens, span.begin);
        const std::size_t last = tokenContaining(tokens, span.end);
        if (first == tokens.size() || last == tokens.size() || last < first) continue; // starts inside a word
        Token& tail = tokens[last];
        std::size_t end = span.end;
        const std::string_view rest = tail.text.substr(end - tail.begin);
        if (!rest.empty() && !ParticleStripper::isParticle(rest)) continue; // ends inside a compound ("서울" of "서울시장")
        // KLUE spans leave particles out; a span that swallowed the tokenizer's particle keeps it only when sure.
        if (rest.empty() && !tail.particle.empty() && end == tail.end && span.confidence < 0.95 && !tail.stem.empty())
            end = tail.stemEnd();

        // The lexicon and the rules decide where they have read the same words.
        bool blocked = false;
        for (std::size_t k = 0; k < existing; ++k) {
            EntityCandidate& c = s.candidates[k];
            if (c.lastToken < first || last < c.firstToken) continue;
            if (c.firstToken == first && c.lastToken == last && c.type == *type) {
                c.confidence = std::min(0.97, c.confidence + options_.confirmationBonus * span.confidence);
                blocked = true;
            } else if (c.confidence >= blockingConfidence) {
                blocked = true;
            }
        }
        if (blocked || span.confidence < options_.minConfidence) continue;

        EntityCandidate c;
        c.firstToken = first;
        c.lastToken = last;
        c.begin = span.begin;
        c.end = end;
        c.name = collapseSpaces(text.substr(c.begin, c.end - c.begin));
        if (!plausibleName(c.name, tokens, first, last)) continue;
        c.type = *type;
        c.source = EntitySource::Model;
        const double strength = (span.confidence - options_.minConfidence) / std::max(1e-6, 1.0 - options_.minConfidence);
        c.confidence = options_.lowestCandidateConfidence +
                       std::clamp(strength, 0.0, 1.0) * (options_.highestCandidateConfidence - options_.lowestCandidateConfidence);
        c.rule = "ner-" + span.label + (span.subtype.empty() ? "" : "-" + span.subtype);
        if (end - tail.begin != tail.stem.size()) setStem(tail, end - tail.begin);
        attachParenthesisAlias(s, c);
        s.candidates.push_back(std::move(c));
    }
}

} // namespace newsgraph::core
