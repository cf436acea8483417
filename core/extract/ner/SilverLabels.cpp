#include "extract/ner/SilverLabels.h"

#include "extract/ner/CharFeatures.h"
#include "extract/ner/FormHintProjector.h"
#include "extract/ner/NerTrainingData.h"
#include "extract/ner/Utf8Text.h"

#include <algorithm>
#include <fstream>
#include <random>

namespace newsgraph::core::ner {

// Silver labels for the raw KLUE training sentences. The konec form list marks known names there,
// but konec draws boundaries and classes differently from KLUE (two LC spans where KLUE has one,
// videos sometimes PS...). So a converter is learnt on the gold part: the same kind of form marks,
// made from the gold part's own konec labels, plus the characters, predicting the KLUE tags. It is
// then run on the raw sentences with marks from the training form list.
Result<std::vector<LabelledSentence>> silverSentences(const NerTrainingOptions& o, const std::vector<KlueSentence>& klue,
                                                     const std::vector<KlueSentence>& konec, const NerLexicon& lexicon,
                                                     const std::function<void(const std::string&)>& log)
{
    std::vector<FormCount> goldForms;
    std::vector<std::vector<char32_t>> goldCorpus;
    std::vector<LabelledSentence> goldPart;
    {
        auto all = goldSentences(klue, o.kluePath.string());
        if (!all)
            return std::unexpected(all.error());
        std::size_t ki = 0;
        for (std::size_t i = 0; i < all->size(); ++i) {
            while (ki < konec.size() && konec[ki].chars.empty())
                ++ki;
            if (ki >= konec.size())
                break;
            const auto& fine = konec[ki++];
            if (o.holdOut && isHeldOut(i))
                continue;
            auto& s = (*all)[i];
            if (fine.chars.size() == s.chars.size())
                for (const auto& sp : spansOfTags(fine.tags))
                    goldForms.push_back({slice(s.chars, sp.begin, sp.end), sp.type, 1});
            goldCorpus.push_back(s.chars);
            goldPart.push_back(std::move(s));
        }
    }
    const FormHintProjector goldMarks(goldForms, goldCorpus);
    const CharFeatures featurizer(&lexicon);
    std::vector<FeaturizedSentence> converterSet(goldPart.size());
    for (std::size_t i = 0; i < goldPart.size(); ++i) {
        const auto hints = goldMarks.project(goldPart[i].chars);
        featurizer.extract(goldPart[i].chars, converterSet[i].features, &hints);
        converterSet[i].tags = goldPart[i].tags;
    }
    PerceptronTrainer converter(o.hashBits);
    std::mt19937 rng(o.seed + 7919);
    std::vector<const FeaturizedSentence*> order;
    for (const auto& s : converterSet)
        order.push_back(&s);
    for (int epoch = 0; epoch < o.converterEpochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (const auto* s : order)
            converter.learn(*s);
    }
    std::vector<float> emission;
    TransitionScores transitions;
    converter.averaged(emission, transitions);
    log("silver converter trained on " + std::to_string(converterSet.size()) + " sentences, " +
        std::to_string(goldForms.size()) + " konec marks");

    auto forms = FormHintProjector::readFormList(o.silverFormsPath);
    if (!forms)
        return std::unexpected(forms.error());
    std::ifstream raw(o.silverRawPath);
    if (!raw)
        return fail(Error::Kind::Io, o.silverRawPath.string() + ": cannot open raw sentences");
    std::vector<std::vector<char32_t>> rawCorpus;
    std::string line;
    while (std::getline(raw, line)) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos)
            rawCorpus.push_back(Utf8Text::decode(std::string_view(line).substr(tab + 1)).chars);
    }
    const FormHintProjector trainMarks(*forms, rawCorpus);
    std::vector<LabelledSentence> out;
    out.reserve(rawCorpus.size());
    SentenceFeatures features;
    for (auto& chars : rawCorpus) {
        const auto hints = trainMarks.project(chars);
        featurizer.extract(chars, features, &hints);
        auto tags = PerceptronTrainer::decode(features, emission, transitions, o.hashBits);
        out.push_back({std::move(chars), std::move(tags)});
    }
    log("silver sentences: " + std::to_string(out.size()));
    return out;
}

} // namespace newsgraph::core::ner
