// Developer tool for the NER model: train, tag a KLUE file, write the held-out split, bench.
#include "extract/ner/KlueTagging.h"
#include "extract/ner/NerBenchmark.h"
#include "extract/ner/NerModel.h"
#include "extract/ner/NerTraining.h"

#include <cstring>
#include <fstream>
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
                 "  ner-tool bench MODEL\n";
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
    if (cmd == "bench" && argc == 3) {
        auto b = benchmarkNer(argv[2]);
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
