// The rule-based Extractor: lexicon, rule and (optional) NER model recognisers, article-level resolution,
// relations with evidence.
#pragma once

#include "extract/Extractor.h"
#include "extract/Lexicon.h"
#include "extract/LexiconMatcher.h"
#include "extract/NerRecognizer.h"

#include <memory>

namespace newsgraph::core {

class RuleExtractor final : public Extractor
{
public:
    explicit RuleExtractor(Lexicon lexicon);
    // With a statistical NER model: its names join the rules' where no rule or lexicon name covers the words.
    RuleExtractor(Lexicon lexicon, std::unique_ptr<NerModel> model, NerRecognizerOptions nerOptions = {});
    ~RuleExtractor() override;

    Extraction extract(const Article& article) const override;

    const Lexicon& lexicon() const { return *lexicon_; }
    const NerModel* nerModel() const { return ner_.get(); }

private:
    // Heap-held so that the matcher's pointers into the lexicon stay valid when the extractor moves.
    std::unique_ptr<Lexicon> lexicon_;
    std::unique_ptr<LexiconMatcher> matcher_;
    std::unique_ptr<NerModel> ner_; // null: rules only
    NerRecognizerOptions nerOptions_;
};

} // namespace newsgraph::core
