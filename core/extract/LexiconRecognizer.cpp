#include "extract/LexiconRecognizer.h"

#include "extract/Lexicon.h"
#include "extract/LexiconMatcher.h"
#include "extract/ParticleStripper.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <string>

namespace newsgraph::core {
namespace {

// Words that turn a country into its government when they follow it.
constexpr std::array governmentWords{std::string_view{"행정부"}, std::string_view{"정부"}, std::string_view{"당국"}};

std::size_t tokenStartingAt(const std::vector<Token>& tokens, std::size_t begin)
{
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].begin == begin && tokens[i].isWord()) return i;
    return tokens.size();
}

std::size_t tokenContaining(const std::vector<Token>& tokens, std::size_t end)
{
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].begin < end && end <= tokens[i].end) return i;
    return tokens.size();
}

void setStem(Token& token, std::size_t stemBytes)
{
    token.stem = token.text.substr(0, stemBytes);
    token.particle = token.text.substr(stemBytes);
    token.role = token.particle.empty() ? ArgumentRole::None : ParticleStripper::roleOf(token.particle);
}

} // namespace

LexiconRecognizer::LexiconRecognizer(const Lexicon& lexicon, const LexiconMatcher& matcher)
    : lexicon_(lexicon), matcher_(matcher)
{
}

void LexiconRecognizer::propose(AnalysedSentence& s) const
{
    const std::string_view text = s.sentence->text;
    auto& tokens = s.tokens;
    for (const LexiconHit& hit : matcher_.find(text)) {
        if (!hit.entry) continue;
        const std::size_t first = tokenStartingAt(tokens, hit.begin);
        const std::size_t last = tokenContaining(tokens, hit.end);
        if (first == tokens.size() || last == tokens.size() || last < first) continue; // starts inside a word
        Token& tail = tokens[last];
        const std::string_view rest = tail.text.substr(hit.end - tail.begin);
        const bool place = hit.entry->type == EntityType::Country || hit.entry->type == EntityType::Place;

        EntityCandidate c;
        c.firstToken = first;
        c.lastToken = last;
        c.begin = hit.begin;
        c.end = hit.end;
        c.name = hit.entry->name;
        c.type = hit.entry->type;
        c.source = EntitySource::Lexicon;
        c.confidence = 0.95;
        c.lexicon = hit.entry;
        c.rule = "lexicon";
        if (hit.surface != hit.entry->name) c.aliases.push_back(hit.surface);

        if (rest.empty() || ParticleStripper::isParticle(rest)) {
            if (place && rest == "인") continue; // demonym: 중국인, 한국인
            setStem(tail, hit.end - tail.begin);
            s.candidates.push_back(std::move(c));
            continue;
        }
        // "애플사는", "구글社의": a company named with the 사 that marks firms.
        const bool firm = hit.entry->type == EntityType::Company || hit.entry->type == EntityType::Investor ||
                          hit.entry->type == EntityType::Media;
        bool firmMarked = false;
        for (std::string_view marker : {std::string_view{"사"}, std::string_view{"社"}}) {
            if (!firm || !hasPrefix(rest, marker)) continue;
            const std::string_view after = rest.substr(marker.size());
            if (!after.empty() && !ParticleStripper::isParticle(after)) continue;
            setStem(tail, hit.end - tail.begin + marker.size());
            firmMarked = true;
            break;
        }
        if (firmMarked) {
            s.candidates.push_back(std::move(c));
            continue;
        }

        // "일본정부" written as one word.
        if (hit.entry->type == EntityType::Country) {
            for (std::string_view word : governmentWords) {
                if (!hasPrefix(rest, word)) continue;
                const std::string_view after = rest.substr(word.size());
                if (!after.empty() && !ParticleStripper::isParticle(after)) continue;
                setStem(tail, hit.end - tail.begin + word.size());
                c.end = hit.end + word.size();
                c.name = hit.entry->name + " " + std::string(word == "당국" ? "당국" : "정부");
                c.aliases = {std::string(text.substr(hit.begin, c.end - hit.begin))};
                c.type = EntityType::Government;
                c.source = EntitySource::Rule;
                c.lexicon = nullptr;
                c.confidence = 0.97;
                c.rule = "country-government";
                s.candidates.push_back(std::move(c));
                break;
            }
        }
    }

    // "일본정부" written as one word where the matcher saw no word boundary.
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!t.isWord()) continue;
        for (std::string_view gov : governmentWords) {
            if (!hasSuffix(t.stem, gov) || t.stem.size() == gov.size()) continue;
            const LexiconEntry* country = lexicon_.findByName(t.stem.substr(0, t.stem.size() - gov.size()));
            if (!country || country->type != EntityType::Country) break;
            const bool covered = std::any_of(s.candidates.begin(), s.candidates.end(),
                                             [&](const EntityCandidate& c) { return c.firstToken <= i && i <= c.lastToken; });
            if (covered) break;
            EntityCandidate c;
            c.firstToken = c.lastToken = i;
            c.begin = t.begin;
            c.end = t.stemEnd();
            c.name = country->name + " " + std::string(gov == "당국" ? "당국" : "정부");
            c.aliases = {std::string(t.stem)};
            c.type = EntityType::Government;
            c.source = EntitySource::Rule;
            c.confidence = 0.97;
            c.rule = "country-government";
            s.candidates.push_back(std::move(c));
            break;
        }
    }

    // "일본 정부", "미국 행정부": the country word followed by a government word.
    const std::size_t n = s.candidates.size();
    for (std::size_t k = 0; k < n; ++k) {
        const EntityCandidate& country = s.candidates[k];
        if (country.type != EntityType::Country || !country.lexicon) continue;
        const std::size_t next = country.lastToken + 1;
        if (next >= tokens.size() || !tokens[country.lastToken].particle.empty()) continue;
        const Token& word = tokens[next];
        if (!word.isWord() || !word.spaceBefore) continue;
        for (std::string_view gov : governmentWords) {
            if (word.stem != gov) continue;
            EntityCandidate c;
            c.firstToken = country.firstToken;
            c.lastToken = next;
            c.begin = country.begin;
            c.end = word.stemEnd();
            c.name = country.name + " " + std::string(gov == "당국" ? "당국" : "정부");
            c.aliases = {std::string(text.substr(c.begin, c.end - c.begin))};
            c.type = EntityType::Government;
            c.source = EntitySource::Rule;
            c.confidence = 0.97;
            c.rule = "country-government";
            s.candidates.push_back(std::move(c));
            break;
        }
    }
}

} // namespace newsgraph::core
