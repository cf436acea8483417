// Developer tool for the NER model: train, tag a KLUE file, write the held-out split, bench.
#include "extract/ner/KlueTagging.h"
#include "extract/ner/NerBenchmark.h"
#include "extract/ner/NerModel.h"
#include "extract/ner/NerModelData.h"
#include "extract/ner/NerTraining.h"
#include "extract/ner/NerTrainingData.h"
#include "extract/ner/SpanSubtyper.h"
#include "extract/ner/Utf8Text.h"

#include <cstring>
#include <fstream>
#include <map>
#include <iostream>
#include <string>

using namespace newsgraph::core;

namespace {

int usage()
{
    std::cerr << "usage:\n"
                 "  ner-tool train --data DIR --out FILE [--seed N] [--epochs N] [--bits N] [--lexicon DIR]\n"
                 "                 [--no-silver] [--no-holdout] [--no-lexicon] [--converter-epochs N] [--ensemble N] [--gold-repeat N]\n"
                 "  ner-tool split KLUE.tsv HELDOUT_GOLD.tsv      (every 10th sentence, index % 10 == 9)\n"
                 "  ner-tool tag MODEL IN.tsv OUT.tsv\n"
                 "  ner-tool spans MODEL SENTENCE\n"
                 "  ner-tool bench MODEL [SENTENCES.txt]   (one sentence per line; default: five built-in ones)\n"
                 "  ner-tool subtypes MODEL KLUE.tsv KONEC.tsv   (held-out OG/LC gold spans: sub-type accuracy)\n";
    return 2;
}

int train(int argc, char** argv)
{
    std::filesystem::path data = "../shared/data";
    NerTrainingOptions o;
    o.lexiconDir = "resources/lexicon";
    bool silver = true;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--data") data = next();
        else if (a == "--out") o.output = next();
        else if (a == "--seed") o.seed = static_cast<unsigned>(std::stoul(next()));
        else if (a == "--epochs") o.epochs = std::stoi(next());
        else if (a == "--bits") o.hashBits = static_cast<unsigned>(std::stoul(next()));
        else if (a == "--lexicon") o.lexiconDir = next();
        else if (a == "--no-silver") silver = false;
        else if (a == "--no-holdout") o.holdOut = false;
        else if (a == "--no-lexicon") o.useLexicon = false;
        else if (a == "--converter-epochs") o.converterEpochs = std::stoi(next());
        else if (a == "--gold-repeat") o.goldRepeat = std::stoi(next());
        else if (a == "--ensemble") o.ensemble = std::stoi(next());
        else if (a == "--silver-entities-only") o.silverEntitiesOnly = true;
        else return usage();
    }
    auto paths = nerTrainingOptionsForDataDir(data);
    o.kluePath = paths.kluePath;
    o.konecPath = paths.konecPath;
    if (silver) {
        o.silverFormsPath = paths.silverFormsPath;
        o.silverRawPath = paths.silverRawPath;
    }
    o.log = [](std::string_view m) { std::cerr << m << '\n'; };
    if (auto r = trainNerModel(o); !r) {
        std::cerr << r.error().message << '\n';
        return 1;
    }
    return 0;
}

// Sub-type accuracy on the held-out sentences' gold OG/LC spans whose konec class maps to a sub-type.
int subtypes(const char* modelFile, const char* kluePath, const char* konecPath)
{
    auto model = NerModel::load(modelFile);
    auto klue = ner::readKlueFile(kluePath);
    auto konec = ner::readKlueFile(konecPath);
    if (!model || !klue || !konec) {
        std::cerr << "cannot read inputs\n";
        return 1;
    }
    auto expected = [](const std::string& fine, const std::string& label) -> std::string {
        const int k = ner::subtypeOfFineLabel(fine, label == "LC" ? 1 : 2);
        return k < 0 ? std::string() : std::string(ner::subtypeNames[static_cast<std::size_t>(k)]);
    };
    std::map<std::pair<std::string, std::string>, int> confusion;
    int right = 0, total = 0;
    std::size_t index = 0, ki = 0;
    for (const auto& s : *klue) {
        if (s.chars.empty())
            continue;
        while (ki < konec->size() && (*konec)[ki].chars.empty())
            ++ki;
        const auto& fine = (*konec)[ki++];
        if (index++ % 10 != 9)
            continue;
        std::map<std::pair<std::size_t, std::size_t>, std::string> fineSpans;
        for (const auto& sp : ner::spansOfTags(fine.tags))
            fineSpans[{sp.begin, sp.end}] = sp.type;
        std::u32string chars;
        for (const auto& c : s.chars)
            chars += ner::Utf8Text::decode(c).chars.at(0);
        for (const auto& sp : ner::spansOfTags(s.tags)) {
            if (sp.type != "OG" && sp.type != "LC")
                continue;
            const auto it = fineSpans.find({sp.begin, sp.end});
            const std::string want = it == fineSpans.end() ? "" : expected(it->second, sp.type);
            if (want.empty())
                continue;
            const auto got = model->data().subtyper.classify(chars.substr(sp.begin, sp.end - sp.begin),
                                                            chars.substr(sp.end, 2), sp.type, &model->data().lexicon);
            ++confusion[{want, got}];
            if (got != want) {
                std::string name;
                for (const char32_t c : chars.substr(sp.begin, sp.end - sp.begin))
                    ner::appendUtf8(name, c);
                std::cerr << "  " << name << ": " << want << " -> " << got << '\n';
            }
            ++total;
            right += got == want ? 1 : 0;
        }
    }
    for (const auto& [k, n] : confusion)
        std::cout << k.first << " -> " << k.second << ": " << n << '\n';
    std::cout << "sub-type accuracy " << right << "/" << total << " = " << (total ? 100.0 * right / total : 0) << "%\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage();
    const std::string cmd = argv[1];
    if (cmd == "train")
        return train(argc, argv);
    if (cmd == "split" && argc == 4) {
        auto all = ner::readKlueFile(argv[2]);
        if (!all) {
            std::cerr << all.error().message << '\n';
            return 1;
        }
        std::vector<ner::KlueSentence> held;
        std::size_t index = 0;
        for (auto& s : *all)
            if (!s.chars.empty() && index++ % 10 == 9)
                held.push_back(std::move(s));
        std::ofstream out(argv[3]);
        ner::writeKlue(out, held);
        return 0;
    }
    if (cmd == "tag" && argc == 5) {
        auto model = NerModel::load(argv[2]);
        if (!model) {
            std::cerr << model.error().message << '\n';
            return 1;
        }
        std::ifstream in(argv[3]);
        std::ofstream out(argv[4]);
        if (auto r = tagKlueFile(*model, in, out); !r) {
            std::cerr << r.error().message << '\n';
            return 1;
        }
        return 0;
    }
    if (cmd == "spans" && argc == 4) {
        auto model = NerModel::load(argv[2]);
        if (!model) {
            std::cerr << model.error().message << '\n';
            return 1;
        }
        const std::string s = argv[3];
        for (const auto& span : model->tag(s))
            std::cout << s.substr(span.begin, span.end - span.begin) << '\t' << span.label << '\t' << span.subtype << '\t'
                      << span.confidence << '\n';
        return 0;
    }
    if (cmd == "subtypes" && argc == 5)
        return subtypes(argv[2], argv[3], argv[4]);
    if (cmd == "bench" && (argc == 3 || argc == 4)) {
        // Real sentences touch far more of the weight table than five repeated ones.
        std::vector<std::string> sentences;
        if (argc == 4) {
            std::ifstream in(argv[3]);
            for (std::string line; std::getline(in, line);)
                if (!line.empty())
                    sentences.push_back(line);
        }
        auto b = benchmarkNer(argv[2], sentences);
        if (!b) {
            std::cerr << b.error().message << '\n';
            return 1;
        }
        std::cout << "load " << b->loadMilliseconds << " ms (cpu " << b->loadCpuMilliseconds << " ms); tagging "
                  << b->megabytesPerSecond << " MB/s per core (" << b->bytesTagged << " bytes, cpu " << b->taggingCpuSeconds
                  << " s, wall " << b->taggingSeconds << " s, " << b->spansFound << " spans)\n";
        return 0;
    }
    return usage();
}
