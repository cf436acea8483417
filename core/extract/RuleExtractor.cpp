#include "extract/RuleExtractor.h"

#include "extract/AppositionRelationExtractor.h"
#include "extract/ArgumentRelationExtractor.h"
#include "extract/ArgumentStructure.h"
#include "extract/BylineRelations.h"
#include "extract/CooccurrenceRelations.h"
#include "extract/DateResolver.h"
#include "extract/DiscourseFocus.h"
#include "extract/FusedOfficeTitles.h"
#include "extract/LexiconRecognizer.h"
#include "extract/MentionResolver.h"
#include "extract/MoneyParser.h"
#include "extract/NerRecognizer.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/ParentheticalAlias.h"
#include "extract/PersonRecognizer.h"
#include "extract/QuotedNameRecognizer.h"
#include "extract/RepeatedNameFinder.h"
#include "extract/ner/NerModel.h"
#include "extract/english/EnglishEntityRecognizer.h"
#include "extract/english/EnglishPublicationDate.h"
#include "extract/english/EnglishRelationExtractor.h"
#include "extract/english/EnglishScript.h"
#include "text/NameKey.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_set>

namespace newsgraph::core {
namespace {

// A relation with a name only the model vouches for is less certain than the same reading between rule names.
constexpr double modelEntityRelationFactor = 0.8;

// A later occurrence of a name only the model found is still the model's word, not a rule's.
void markModelEchoes(std::vector<AnalysedSentence>& sentences)
{
    std::unordered_set<std::string> modelNames;
    for (const auto& s : sentences)
        for (const auto& c : s.candidates)
            if (c.source == EntitySource::Model) modelNames.insert(c.name);
    if (modelNames.empty()) return;
    for (auto& s : sentences)
        for (auto& c : s.candidates)
            if (c.rule == "repeat" && modelNames.contains(c.fullName.empty() ? c.name : c.fullName)) c.source = EntitySource::Model;
}

std::vector<AnalysedSentence> recogniseEntities(const Article& article, const Lexicon& lexicon, const LexiconMatcher& matcher,
                                                const NerRecognizer* ner)
{
    std::vector<AnalysedSentence> sentences;
    sentences.reserve(article.sentences.size());
    const LexiconRecognizer lexiconRecognizer(lexicon, matcher);
    const OrganisationRecognizer organisations;
    const QuotedNameRecognizer quoted;
    const ParentheticalAlias parentheses;
    EnglishEntityRecognizer english(lexicon);
    for (const auto& sentence : article.sentences) {
        AnalysedSentence s;
        s.sentence = &sentence;
        s.tokens = tokenizeSentence(sentence.text);
        if (sentence.kind != SentenceKind::Byline) {
            parentheses.proposeInlineNames(s);
            lexiconRecognizer.propose(s);
            organisations.propose(s);
            if (isEnglishSentence(sentence.text)) english.propose(s);
            quoted.propose(s);
            parentheses.attachAliases(s);
        }
        sentences.push_back(std::move(s));
    }
    const RepeatedNameFinder repeats;
    repeats.addRepeats(sentences, false);
    const PersonRecognizer people;
    std::vector<std::string> knownPeople;
    for (auto& s : sentences)
        if (s.sentence->kind != SentenceKind::Byline) {
            people.propose(s, knownPeople);
            proposeFusedOfficeBodies(s, lexicon); // "창원시장": after the titles the person recogniser read
        }
    // The model last: it fills gaps the rules left, and its names are then echoed like rule names.
    if (ner) {
        std::size_t tagged = 0;
        for (auto& s : sentences)
            if (s.sentence->kind != SentenceKind::Byline && tagged++ < ner->options().leadSentences) ner->propose(s);
    }
    repeats.addRepeats(sentences, true);
    if (ner) markModelEchoes(sentences);
    return sentences;
}

ExtractedRelation toRelation(const RelationCandidate& c, const std::vector<ExtractedEntity>& entities)
{
    ExtractedRelation r;
    r.type = c.type;
    r.sourceKey = entities[c.source].key;
    r.targetKey = entities[c.target].key;
    if (isSymmetric(c.type) && r.targetKey < r.sourceKey) std::swap(r.sourceKey, r.targetKey);
    r.evidence = c.evidence;
    return r;
}

} // namespace

RuleExtractor::RuleExtractor(Lexicon lexicon)
    : lexicon_(std::make_unique<Lexicon>(std::move(lexicon))), matcher_(std::make_unique<LexiconMatcher>(*lexicon_))
{
}

RuleExtractor::RuleExtractor(Lexicon lexicon, std::unique_ptr<NerModel> model, NerRecognizerOptions nerOptions)
    : lexicon_(std::make_unique<Lexicon>(std::move(lexicon))), matcher_(std::make_unique<LexiconMatcher>(*lexicon_)),
      ner_(std::move(model)), nerOptions_(nerOptions)
{
}

RuleExtractor::~RuleExtractor() = default;

Extraction RuleExtractor::extract(const Article& article) const
{
    std::optional<NerRecognizer> ner;
    if (ner_) ner.emplace(*ner_, nerOptions_);
    const std::vector<AnalysedSentence> sentences = recogniseEntities(article, *lexicon_, *matcher_, ner ? &*ner : nullptr);
    const MentionResolver resolver(lexicon_.get());
    ArticleEntities resolved = resolver.resolve(sentences);

    std::vector<RelationCandidate> candidates;
    DiscourseFocus focus;
    static const bool trace = std::getenv("NEWSGRAPH_EXTRACT_TRACE") != nullptr;
    const ArgumentRelationExtractor arguments;
    const AppositionRelationExtractor appositions;
    EnglishRelationExtractor english(englishPublicationDate(article));
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const AnalysedSentence& s = sentences[si];
        if (s.sentence->kind == SentenceKind::Byline) continue;
        ArgumentStructure structure(s, resolved.bySentence[si], resolved.entities);
        focus.addAnaphors(structure, resolved.entities);
        if (trace) {
            std::cerr << structure.describe(resolved.entities);
            for (const auto& c : s.candidates)
                std::cerr << "      cand " << c.name << " [" << c.firstToken << "-" << c.lastToken << "] " << c.rule << " "
                          << c.confidence << (c.fullName.empty() ? "" : " -> " + c.fullName) << "\n";
        }
        SentenceContext context;
        context.sentenceIndex = s.sentence->index;
        context.headline = s.sentence->kind == SentenceKind::Headline;
        context.focusOrganisation = focus.organisation();
        context.focusPerson = focus.person();
        context.entities = &resolved.entities;
        for (const auto& role : s.roles) {
            if (!role.hasOrganisation) continue;
            std::size_t person = resolved.entities.size(), org = resolved.entities.size();
            for (const auto& m : resolved.bySentence[si]) {
                if (m.firstToken == role.personFirst && m.lastToken == role.personLast) person = m.entity;
                if (m.firstToken == role.orgFirst && m.lastToken == role.orgLast) org = m.entity;
            }
            if (person < resolved.entities.size() && org < resolved.entities.size()) context.employerOf.emplace_back(person, org);
        }
        // Amounts and dates are read only for sentences that state a relation (most do not).
        std::vector<RelationCandidate> found;
        arguments.extract(structure, context, found);
        appositions.extract(structure, context, found);
        if (!found.empty()) {
            const auto amounts = findAmounts(s.sentence->text);
            const auto dates = findDates(s.sentence->text, article.metadata.publishedDate);
            context.amounts = &amounts;
            context.dates = &dates;
            found.clear();
            arguments.extract(structure, context, found);
            appositions.extract(structure, context, found);
        }
        if (isEnglishSentence(s.sentence->text)) english.extract(s, resolved.bySentence[si], context, found);
        candidates.insert(candidates.end(), found.begin(), found.end());
        if (s.sentence->kind == SentenceKind::Body) {
            addCooccurrences(resolved.bySentence[si], s.sentence->index, candidates);
            focus.update(structure);
        }
    }

    Extraction out;
    out.entities = std::move(resolved.entities);
    out.mentions = std::move(resolved.mentions);
    // One relation per type, pair and sentence: the most confident reading wins.
    std::map<std::tuple<int, std::string, std::string, std::size_t>, std::size_t> seen;
    for (const auto& c : candidates) {
        ExtractedRelation r = toRelation(c, out.entities);
        if (r.sourceKey == r.targetKey) continue;
        if (out.entities[c.source].source == EntitySource::Model || out.entities[c.target].source == EntitySource::Model)
            r.evidence.confidence *= modelEntityRelationFactor;
        const auto key = std::make_tuple(static_cast<int>(r.type), r.sourceKey, r.targetKey, r.evidence.sentenceIndex);
        auto [it, inserted] = seen.try_emplace(key, out.relations.size());
        if (inserted) out.relations.push_back(std::move(r));
        else if (out.relations[it->second].evidence.confidence < r.evidence.confidence) {
            auto& kept = out.relations[it->second].evidence;
            if (!r.evidence.amount) r.evidence.amount = kept.amount;
            kept = r.evidence;
        } else if (!out.relations[it->second].evidence.amount && r.evidence.amount) {
            out.relations[it->second].evidence.amount = r.evidence.amount;
        }
    }
    BylineRelations(lexicon_.get()).add(article, out);
    return out;
}

Result<std::unique_ptr<Extractor>> Extractor::create(const std::filesystem::path& resourcesDir)
{
    prepareRomanizer(); // on the thread that will store the articles, before the first one
    const std::filesystem::path lexiconDir = resourcesDir / "lexicon";
    Lexicon lexicon;
    std::error_code ec;
    if (std::filesystem::is_directory(lexiconDir, ec)) {
        auto loaded = Lexicon::loadDirectory(lexiconDir);
        if (!loaded) return std::unexpected(loaded.error());
        lexicon = std::move(*loaded);
    }
    // The statistical NER model is optional: without it the rules work alone; a damaged one is an error.
    const std::filesystem::path modelFile = resourcesDir / "models" / "ner-ko.bin";
    if (!std::filesystem::exists(modelFile, ec))
        return std::unique_ptr<Extractor>(std::make_unique<RuleExtractor>(std::move(lexicon)));
    auto model = NerModel::load(modelFile);
    if (!model) {
        Error error = model.error();
        if (error.message.find(modelFile.filename().string()) == std::string::npos)
            error.message = modelFile.string() + ": " + error.message;
        return std::unexpected(error);
    }
    NerRecognizerOptions nerOptions;
    return std::unique_ptr<Extractor>(
        std::make_unique<RuleExtractor>(std::move(lexicon), std::make_unique<NerModel>(std::move(*model)), nerOptions));
}

} // namespace newsgraph::core
