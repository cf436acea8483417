#include "extract/ner/NerTraining.h"

#include "extract/ner/KlueFormat.h"
#include "extract/ner/NerEvaluation.h"
#include "extract/ner/NerModel.h"
#include "extract/ner/NerModelData.h"
#include "extract/ner/PerceptronTrainer.h"
#include "extract/ner/NerTrainingData.h"
#include "extract/ner/SilverLabels.h"
#include "extract/ner/Utf8Text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <cmath>
#include <fstream>
#include <numeric>
#include <optional>
#include <random>

namespace newsgraph::core {

using namespace ner;

namespace {

Result<void> trainSubtyper(const NerTrainingOptions& o, const std::vector<KlueSentence>& klue,
                           const std::vector<KlueSentence>* konec, SpanSubtyper& subtyper)
{
    std::size_t examples = 0;
    if (konec != nullptr) {
        std::size_t index = 0, ki = 0;
        for (const auto& s : klue) {
            if (s.chars.empty())
                continue;
            const std::size_t sentence = index++;
            while (ki < konec->size() && (*konec)[ki].chars.empty())
                ++ki;
            if (ki >= konec->size())
                break;
            const auto& fine = (*konec)[ki++];
            if (fine.chars != s.chars || (o.holdOut && isHeldOut(sentence)))
                continue;
            std::map<std::pair<std::size_t, std::size_t>, std::string> fineSpans;
            for (const auto& sp : spansOfTags(fine.tags))
                fineSpans[{sp.begin, sp.end}] = sp.type;
            std::vector<char32_t> chars;
            for (const auto& c : s.chars)
                chars.push_back(Utf8Text::decode(c).chars.empty() ? U' ' : Utf8Text::decode(c).chars[0]);
            for (const auto& sp : spansOfTags(s.tags)) {
                const int type = entityTypeIndex(sp.type).value_or(-1);
                const auto it = fineSpans.find({sp.begin, sp.end});
                if ((type != 1 && type != 2) || it == fineSpans.end())
                    continue;
                const int sub = subtypeOfFineLabel(it->second, type);
                if (sub < 0)
                    continue;
                subtyper.addExample(slice(chars, sp.begin, sp.end), slice(chars, sp.end, sp.end + 2), sub);
                ++examples;
            }
        }
    }
    // Names labelled in the training split, without context: many more organisations and places.
    if (!o.silverFormsPath.empty() && std::filesystem::exists(o.silverFormsPath)) {
        std::ifstream in(o.silverFormsPath);
        std::string line;
        while (std::getline(in, line)) {
            const auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
            if (t1 == std::string::npos || t2 == std::string::npos)
                continue;
            const std::string form = line.substr(0, t1), fine = line.substr(t1 + 1, t2 - t1 - 1);
            const int type = klueClassOfFineLabel(fine);
            if (type != 1 && type != 2)
                continue;
            const int sub = subtypeOfFineLabel(fine, type);
            if (sub < 0)
                continue;
            const auto cps = Utf8Text::decode(form).chars;
            subtyper.addExample(std::u32string(cps.begin(), cps.end()), U"", sub);
            ++examples;
        }
    }
    if (o.log)
        o.log("sub-type examples: " + std::to_string(examples));
    subtyper.train(10, o.seed);
    return {};
}

// Fits the logistic scale that turns a span's weakest margin into a probability of being right.
float fitConfidenceScale(const NerModel& model, const std::vector<LabelledSentence>& sentences)
{
    std::vector<std::pair<float, bool>> samples;
    for (const auto& s : sentences) {
        std::vector<float> margins;
        const auto tags = model.tagIds(s.chars, &margins);
        for (std::size_t i = 0; i < tags.size(); ++i) {
            if (!isBegin(tags[i]))
                continue;
            std::size_t j = i + 1;
            while (j < tags.size() && isInside(tags[j]) && typeOf(tags[j]) == typeOf(tags[i]))
                ++j;
            float weakest = margins[i];
            for (std::size_t k = i; k <= j && k < tags.size(); ++k)
                weakest = std::min(weakest, margins[k]);
            bool right = s.tags[i] == tags[i] && (j == tags.size() || !isInside(s.tags[j]));
            for (std::size_t k = i; k < j && right; ++k)
                right = s.tags[k] == tags[k];
            samples.emplace_back(weakest, right);
        }
    }
    float bestScale = 1, bestLoss = 1e30f;
    for (float scale = 0.001f; scale < 100; scale *= 1.25f) {
        double loss = 0;
        for (const auto& [m, right] : samples) {
            const double p = std::clamp(1.0 / (1.0 + std::exp(-static_cast<double>(m) * scale)), 1e-6, 1 - 1e-6);
            loss -= right ? std::log(p) : std::log(1 - p);
        }
        if (loss < bestLoss) {
            bestLoss = static_cast<float>(loss);
            bestScale = scale;
        }
    }
    return bestScale;
}

} // namespace

NerTrainingOptions nerTrainingOptionsForDataDir(const std::filesystem::path& dataDir)
{
    NerTrainingOptions o;
    o.kluePath = dataDir / "klue-ner" / "klue-ner-v1.1_dev-A.tsv";
    o.konecPath = dataDir / "konec" / "konec-dev-A.tsv";
    o.silverFormsPath = dataDir / "konec" / "ne_form_label_train_freq.tsv";
    o.silverRawPath = dataDir / "klue-train-raw" / "train-raw-sent.tsv";
    return o;
}

Result<void> trainNerModel(const NerTrainingOptions& o)
{
    const auto started = std::chrono::steady_clock::now();
    auto log = [&](const std::string& message) {
        if (!o.log)
            return;
        const auto s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        char prefix[32];
        std::snprintf(prefix, sizeof prefix, "[%6.1fs] ", s);
        o.log(prefix + message);
    };
    if (o.output.empty())
        return fail(Error::Kind::InvalidInput, "train-ner: no output model file given");
    if (o.hashBits < 12 || o.hashBits > 24)
        return fail(Error::Kind::InvalidInput, "train-ner: hash bits must be 12..24");

    NerLexicon lexicon;
    if (o.useLexicon) {
        auto loaded = NerLexicon::loadDirectory(o.lexiconDir);
        if (!loaded)
            return std::unexpected(loaded.error());
        lexicon = std::move(*loaded);
    }
    log("lexicon names: " + std::to_string(lexicon.entries().size()));

    auto klue = readKlueFile(o.kluePath);
    if (!klue)
        return std::unexpected(klue.error());
    auto gold = goldSentences(*klue, o.kluePath.string());
    if (!gold)
        return std::unexpected(gold.error());
    std::vector<LabelledSentence> train, heldOut;
    for (std::size_t i = 0; i < gold->size(); ++i)
        ((o.holdOut && isHeldOut(i)) ? heldOut : train).push_back(std::move((*gold)[i]));
    log("gold sentences: " + std::to_string(train.size()) + " training, " + std::to_string(heldOut.size()) + " held out");

    std::optional<std::vector<KlueSentence>> konec;
    if (!o.konecPath.empty() && std::filesystem::exists(o.konecPath)) {
        auto loaded = readKlueFile(o.konecPath);
        if (!loaded)
            return std::unexpected(loaded.error());
        konec = std::move(*loaded);
    }
    std::vector<LabelledSentence> silver;
    if (konec && !o.silverFormsPath.empty() && !o.silverRawPath.empty() && std::filesystem::exists(o.silverFormsPath) &&
        std::filesystem::exists(o.silverRawPath)) {
        auto made = silverSentences(o, *klue, *konec, lexicon, log);
        if (!made)
            return std::unexpected(made.error());
        silver = std::move(*made);
    }

    const CharFeatures featurizer(&lexicon);
    auto featurize = [&](const std::vector<LabelledSentence>& in) {
        std::vector<FeaturizedSentence> out(in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
            featurizer.extract(in[i].chars, out[i].features);
            out[i].tags = in[i].tags;
        }
        return out;
    };
    const auto trainSet = featurize(train), heldOutSet = featurize(heldOut), silverSet = featurize(silver);
    log("features extracted");

    std::vector<const FeaturizedSentence*> order;
    for (int r = 0; r < std::max(1, o.goldRepeat); ++r)
        for (const auto& s : trainSet)
            order.push_back(&s);
    for (const auto& s : silverSet)
        if (!o.silverEntitiesOnly || std::any_of(s.tags.begin(), s.tags.end(), [](int t) { return t != 0; }))
            order.push_back(&s);
    // Several perceptrons over different shuffles, their averaged weights averaged again: a cheap
    // ensemble that costs nothing at tagging time (same features, one table).
    std::vector<float> emission;
    TransitionScores transitions;
    const int members = std::max(1, o.ensemble);
    for (int member = 0; member < members; ++member) {
        std::mt19937 rng(o.seed + static_cast<unsigned>(member) * 1000003u);
        PerceptronTrainer trainer(o.hashBits);
        std::vector<float> memberEmission;
        TransitionScores memberTransitions;
        for (int epoch = 1; epoch <= o.epochs; ++epoch) {
            std::shuffle(order.begin(), order.end(), rng);
            std::size_t wrong = 0;
            for (const auto* s : order)
                wrong += trainer.learn(*s) ? 0 : 1;
            std::string message = "model " + std::to_string(member + 1) + " epoch " + std::to_string(epoch) + ": " +
                                  std::to_string(wrong) + " of " + std::to_string(order.size()) + " sentences wrong";
            if (!heldOutSet.empty() && (epoch == o.epochs || epoch % 4 == 0)) {
                trainer.averaged(memberEmission, memberTransitions);
                NerEvaluation eval;
                for (const auto& s : heldOutSet)
                    eval.add(s.tags, PerceptronTrainer::decode(s.features, memberEmission, memberTransitions, o.hashBits));
                char scores[96];
                std::snprintf(scores, sizeof scores, "; held out entity macro-F1 %.4f, char macro-F1 %.4f", eval.entityMacroF1(), eval.charMacroF1());
                message += scores;
            }
            log(message);
        }
        trainer.averaged(memberEmission, memberTransitions);
        if (member == 0) {
            emission = std::move(memberEmission);
            transitions = memberTransitions;
        } else {
            for (std::size_t i = 0; i < emission.size(); ++i)
                emission[i] += memberEmission[i];
            for (std::size_t i = 0; i < transitions.next.size(); ++i)
                transitions.next[i] += memberTransitions.next[i];
            for (std::size_t i = 0; i < transitions.start.size(); ++i)
                transitions.start[i] += memberTransitions.start[i];
        }
    }
    // The sum is as good as the mean for decoding (same argmax); scale it anyway for readable weights.
    const float share = 1.0f / static_cast<float>(members);
    for (auto& w : emission)
        w *= share;
    for (auto& w : transitions.next)
        w *= share;
    for (auto& w : transitions.start)
        w *= share;

    NerModelData data;
    data.hashBits = o.hashBits;
    data.templateId = featureTemplateId;
    data.transitions = transitions;
    quantiseEmission(emission, data);
    data.lexicon = lexicon;
    emission.clear();
    emission.shrink_to_fit();
    if (auto sub = trainSubtyper(o, *klue, konec ? &*konec : nullptr, data.subtyper); !sub)
        return sub;

    auto model = NerModel::fromData(std::move(data));
    const float scale = fitConfidenceScale(model, heldOut.empty() ? train : heldOut);
    NerModelData final = model.data();
    final.confidenceScale = scale;
    model = NerModel::fromData(std::move(final));
    if (!heldOut.empty()) {
        NerEvaluation eval;
        for (const auto& s : heldOut)
            eval.add(s.tags, model.tagIds(s.chars));
        log("held-out scores of the saved (quantised) model:\n" + eval.table());
    }
    if (auto saved = model.save(o.output); !saved)
        return saved;
    log("wrote " + o.output.string() + " (" + std::to_string(std::filesystem::file_size(o.output) / 1024) + " KiB)");
    return {};
}

} // namespace newsgraph::core
