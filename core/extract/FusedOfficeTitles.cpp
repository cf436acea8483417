#include "extract/FusedOfficeTitles.h"

#include "extract/Lexicon.h"
#include "extract/NameShape.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <array>
#include <string>

namespace newsgraph::core {
namespace {

struct FusedSuffix {
    std::string_view suffix;
    std::array<std::string_view, 2> bodyEndings; // appended to what precedes the suffix; empty: unused
    std::string_view role;
};

// Longer suffixes first: "부시장" before "시장", "구청장" and "위원장" before "청장" and "원장".
constexpr std::array suffixes{
    FusedSuffix{"부시장", {"시", ""}, "deputy mayor"},
    FusedSuffix{"시장", {"시", ""}, "mayor"},
    FusedSuffix{"군수", {"군", ""}, "county head"},
    FusedSuffix{"구청장", {"구", "구청"}, "district head"},
    FusedSuffix{"도지사", {"도", ""}, "governor"},
    FusedSuffix{"교육감", {"교육청", ""}, "superintendent"},
    FusedSuffix{"부위원장", {"위원회", "위"}, "vice chairman"},
    FusedSuffix{"위원장", {"위원회", "위"}, "chairman"},
    FusedSuffix{"청장", {"청", ""}, "commissioner"},
    FusedSuffix{"처장", {"처", ""}, "head"},
    FusedSuffix{"원장", {"원", ""}, "head"},
    FusedSuffix{"장관", {"부", ""}, "minister"},
};

const EntityCandidate* candidateCovering(const AnalysedSentence& s, std::size_t token)
{
    for (const auto& c : s.candidates)
        if (c.firstToken <= token && token <= c.lastToken) return &c;
    return nullptr;
}

bool candidateIsPerson(const AnalysedSentence& s, std::size_t token)
{
    const EntityCandidate* c = candidateCovering(s, token);
    return c && c->type == EntityType::Person;
}

} // namespace

std::vector<FusedOfficeReading> fusedOfficeReadings(std::string_view word)
{
    std::vector<FusedOfficeReading> out;
    // Asked for every word: most end in a letter no title ends with.
    static const std::u32string lastLetters = [] {
        std::u32string letters;
        for (const auto& f : suffixes)
            if (letters.find(utf8::last(f.suffix)) == std::u32string::npos) letters.push_back(utf8::last(f.suffix));
        return letters;
    }();
    if (lastLetters.find(utf8::last(word)) == std::u32string::npos) return out;
    for (const auto& f : suffixes) {
        if (!hasSuffix(word, f.suffix)) continue;
        const std::string_view stem = word.substr(0, word.size() - f.suffix.size());
        // A body's name before the title has at least two syllables: "서울" in "서울시장", "금감" in "금감원장";
        // shorter words ("시장", "원장") are the plain titles.
        if (utf8::length(stem) >= 2 && utf8::allHangul(stem))
            for (std::string_view ending : f.bodyEndings)
                if (!ending.empty()) out.push_back({std::string(stem) + std::string(ending), f.role});
        break;
    }
    return out;
}

std::optional<std::string_view> jurisdictionHeadTitle(std::string_view word)
{
    if (word == "시장") return "mayor";
    if (word == "부시장") return "deputy mayor";
    if (word == "군수") return "county head";
    if (word == "구청장") return "district head";
    if (word == "주지사" || word == "도지사" || word == "지사") return "governor";
    if (word == "교육감") return "superintendent";
    return std::nullopt;
}

void proposeFusedOfficeBodies(AnalysedSentence& s, const Lexicon& lexicon)
{
    const auto& tokens = s.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.isWord() || t.stem.empty()) continue;
        const auto readings = fusedOfficeReadings(t.stem);
        if (readings.empty()) continue;
        // The person recogniser may have claimed the word as a title; only other names bar it.
        if (const EntityCandidate* c = candidateCovering(s, k); c && c->type != EntityType::Person) continue;
        // "김두겸 울산시장": a city the lexicon knows only by its bare name, when a person's name stands before.
        std::vector<FusedOfficeReading> tried = readings;
        const bool nameBefore = k > 0 && tokens[k - 1].isWord() && tokens[k - 1].particle.empty() &&
                                (looksLikeKoreanPersonName(tokens[k - 1].text) || candidateIsPerson(s, k - 1));
        if (nameBefore && (readings.front().role == "mayor" || readings.front().role == "deputy mayor" ||
                           readings.front().role == "county head"))
            tried.push_back({readings.front().body.substr(0, readings.front().body.size() - std::string_view("시").size()),
                             readings.front().role});
        for (const auto& reading : tried) {
            const LexiconEntry* entry = lexicon.findByName(reading.body);
            if (!entry || (entry->type != EntityType::Government && entry->type != EntityType::Place)) continue;
            // "내무장관" is any country's minister: only a ministry the lexicon names exactly so ("국방부"), not one it
            // knows by a country's name ("미국 내무부"), is read from the title alone.
            if (reading.role == "minister" && entry->name != reading.body) continue;
            EntityCandidate c;
            c.firstToken = c.lastToken = k;
            c.begin = t.begin;
            // The mention covers the body's name where the word spells it ("창원시" in "창원시장"), else the word.
            c.end = t.begin + (hasPrefix(t.stem, reading.body) ? reading.body.size() : t.stem.size());
            c.name = entry->name;
            if (reading.body != entry->name) c.aliases.push_back(reading.body);
            c.type = entry->type;
            c.source = EntitySource::Lexicon;
            c.confidence = 0.85;
            c.lexicon = entry;
            c.rule = "fused-office-title";
            s.candidates.push_back(std::move(c));
            break;
        }
    }
}

} // namespace newsgraph::core
