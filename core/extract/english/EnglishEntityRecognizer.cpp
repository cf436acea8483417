#include "extract/english/EnglishEntityRecognizer.h"

#include "extract/Lexicon.h"
#include "extract/english/EnglishGovernments.h"
#include "extract/english/EnglishNameContext.h"
#include "extract/english/EnglishNameRuns.h"
#include "extract/english/EnglishTokens.h"
#include "extract/english/EnglishWords.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

// Confidences: an organisation head is near proof (and must beat a lexicon name it extends, "Salesforce"
// in "Salesforce Ventures"); role context is strong; clause position alone is a guess.
constexpr double headConfidence = 0.96;
constexpr double governmentConfidence = 0.97;
constexpr double personConfidence = 0.85;
constexpr double affixConfidence = 0.8;
constexpr double placeConfidence = 0.7;
constexpr double companyConfidence = 0.62;
constexpr double shortFormConfidence = 0.8;

// Legal forms after a company name: "Inc.", "Corp.", "Ltd", "LLC", "plc", "GmbH".
bool isLegalForm(std::string_view lower)
{
    static constexpr std::string_view forms[] = {"inc", "corp", "corporation", "ltd", "limited", "llc",
                                                 "plc", "co",   "gmbh",        "ag",  "sa"};
    return std::find(std::begin(forms), std::end(forms), lower) != std::end(forms);
}

// The word tokens of the shared tokenizer covering bytes [begin, end); false when none does.
bool tokenSpan(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::size_t& first,
               std::size_t& last)
{
    bool found = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].end <= begin || tokens[i].begin >= end)
            continue;
        if (!found)
            first = i;
        last = i;
        found = true;
    }
    return found;
}

void addCandidate(AnalysedSentence& s, std::size_t begin, std::size_t end, std::string name, EntityType type,
                  double confidence, std::string rule)
{
    EntityCandidate c;
    if (!tokenSpan(s.tokens, begin, end, c.firstToken, c.lastToken))
        return;
    c.begin = begin;
    c.end = end;
    c.name = std::move(name);
    c.type = type;
    c.source = EntitySource::Rule;
    c.confidence = confidence;
    c.rule = std::move(rule);
    const std::string written(s.sentence->text.substr(begin, end - begin));
    if (written != c.name)
        c.aliases.push_back(written);
    s.candidates.push_back(std::move(c));
}

// A lexicon name (not a person) already covers these bytes exactly: guesses about the run add nothing.
bool lexiconCovers(const AnalysedSentence& s, std::size_t begin, std::size_t end)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(), [&](const EntityCandidate& c) {
        return c.source == EntitySource::Lexicon && c.begin <= begin && end <= c.end;
    });
}

std::optional<EntityType> organisationType(const std::vector<EnglishToken>& tokens, const NameRun& run)
{
    if (run.last == run.first)
        return std::nullopt; // "Group" or "University" alone names nothing
    if (auto type = organisationHeadType(tokens[run.last].lower))
        return type;
    // "University of Tokyo", "Ministry of Economy", "UK Department for Science"
    for (std::size_t i = run.first; i + 1 < run.last; ++i)
        if (tokens[i + 1].lower == "of" || tokens[i + 1].lower == "for")
            if (auto type = organisationHeadType(tokens[i].lower))
                return type;
    return std::nullopt;
}

// "Mistral AI Raises €600 Million As Nvidia Backs It": in a title-cased line capitals mark no names.
bool titleCased(const std::vector<EnglishToken>& tokens)
{
    std::size_t words = 0, capitalised = 0;
    for (const auto& t : tokens) {
        if (!t.isWord() || t.text.size() < 4)
            continue;
        ++words;
        capitalised += t.capitalised();
    }
    return words >= 4 && capitalised * 10 >= words * 8;
}

} // namespace

void EnglishEntityRecognizer::propose(AnalysedSentence& s)
{
    const std::vector<EnglishToken> tokens = tokenizeEnglish(s.sentence->text);
    for (const GovernmentPhrase& g : findGovernmentPhrases(tokens, lexicon_))
        addCandidate(s, tokens[g.first].begin, tokens[g.last].end, g.name, EntityType::Government,
                     governmentConfidence, "english-government");
    proposeAffixed(s, tokens);
    if (s.sentence->kind == SentenceKind::Headline && titleCased(tokens))
        return;
    personEnd_ = 0;
    for (const NameRun& run : findNameRuns(tokens))
        proposeRun(s, tokens, run);
}

void EnglishEntityRecognizer::proposeRun(AnalysedSentence& s, const std::vector<EnglishToken>& tokens,
                                         const NameRun& run)
{
    const std::size_t begin = tokens[run.first].begin, end = tokens[run.last].end;
    if (auto type = organisationType(tokens, run)) {
        // "Harbor Analytics Inc." is named "Harbor Analytics": the legal form is an alias, not the name.
        std::size_t last = run.last;
        while (last > run.first && isLegalForm(tokens[last].lower))
            --last;
        const std::string name = joinWords(tokens, run.first, last);
        addCandidate(s, begin, end, name, *type, headConfidence, "english-organisation");
        if (std::none_of(organisations_.begin(), organisations_.end(),
                         [&](const auto& o) { return o.first == name; }))
            organisations_.emplace_back(name, *type);
        return;
    }
    if (lexiconCovers(s, begin, end))
        return;
    // A person named before: again in full, or by the surname alone.
    for (const std::string& person : people_) {
        const bool full = person == run.text;
        const bool surname =
            run.first == run.last && person.size() > run.text.size() && person.ends_with(" " + run.text);
        if (!full && !surname)
            continue;
        addCandidate(s, begin, end, run.text, EntityType::Person, personConfidence, "english-person-again");
        if (surname)
            s.candidates.back().fullName = person;
        personEnd_ = run.last + 1;
        return;
    }
    const bool personShape = hasPersonShape(tokens, run);
    // "Maria Lopez and David Chen": a name coordinated with a person is a person.
    const bool coordinated = personEnd_ > 0 && run.first == personEnd_ + 1 &&
                             (tokens[personEnd_].lower == "and" || tokens[personEnd_].isPunct(','));
    if (personShape && (coordinated || hasPersonContext(tokens, run))) {
        addCandidate(s, begin, end, run.text, EntityType::Person, personConfidence, "english-person");
        personEnd_ = run.last + 1;
        if (std::find(people_.begin(), people_.end(), run.text) == people_.end())
            people_.push_back(run.text);
        return;
    }
    // An organisation named before, by its first word: "Harbor Analytics Inc." ... "Harbor said".
    for (const auto& [organisation, type] : organisations_) {
        if (run.first != run.last || !organisation.starts_with(run.text + " "))
            continue;
        addCandidate(s, begin, end, run.text, type, shortFormConfidence, "english-organisation-again");
        s.candidates.back().fullName = organisation;
        return;
    }
    if (hasPlaceContext(tokens, run)) {
        addCandidate(s, begin, end, run.text, EntityType::Place, placeConfidence, "english-place");
        return;
    }
    // After "with" a two-word name is as often a person ("met with Jane Doe") as a firm: no guess.
    const bool ambiguous = personShape && run.first > 0 && tokens[run.first - 1].lower == "with";
    if (!ambiguous && hasCompanyContext(tokens, run))
        addCandidate(s, begin, end, run.text, EntityType::Company, companyConfidence, "english-company");
}

// "Paris-based", "Nvidia-backed": the name is the part before the hyphen, inside one word.
void EnglishEntityRecognizer::proposeAffixed(AnalysedSentence& s, const std::vector<EnglishToken>& tokens)
{
    static constexpr std::string_view affixes[] = {"-based", "-headquartered", "-backed",    "-owned",
                                                   "-led",   "-funded",        "-controlled"};
    for (const EnglishToken& t : tokens) {
        if (!t.isWord() || !t.capitalised())
            continue;
        for (std::string_view affix : affixes) {
            if (!t.lower.ends_with(affix) || t.lower.size() == affix.size())
                continue;
            std::size_t begin = t.begin;
            std::string name(t.text.substr(0, t.text.size() - affix.size()));
            const LexiconEntry* entry = lexicon_.findByName(name);
            // "San Francisco-based": capitalised words before the affixed one may belong to the name.
            const std::size_t at = static_cast<std::size_t>(&t - tokens.data());
            for (std::size_t k = 1; k <= 2 && k <= at && !entry; ++k) {
                const EnglishToken& prev = tokens[at - k];
                if (!prev.isWord() || !prev.capitalised() || isCapitalisedCommonWord(prev.lower))
                    break;
                const std::string longer = joinWords(tokens, at - k, at - 1) + " " + name;
                if (const LexiconEntry* found = lexicon_.findByName(longer)) {
                    entry = found;
                    name = longer;
                    begin = prev.begin;
                }
            }
            const bool place = affix == "-based" || affix == "-headquartered";
            EntityType type = place ? EntityType::Place : EntityType::Company;
            if (entry)
                type = entry->type;
            const std::size_t before = s.candidates.size();
            addCandidate(s, begin, t.end - affix.size(), name, type, affixConfidence, "english-affixed");
            if (entry && s.candidates.size() > before)
                s.candidates.back().lexicon = entry;
            break;
        }
    }
}

} // namespace newsgraph::core
