// Trains the NER model from KLUE-NER (+ konec sub-types, optional silver data) and writes the model file.
#pragma once

#include "model/Error.h"

#include <filesystem>
#include <functional>
#include <string_view>

namespace newsgraph::core {

struct NerTrainingOptions {
    std::filesystem::path kluePath;        // klue-ner-v1.1_dev-A.tsv (gold)
    std::filesystem::path konecPath;       // konec-dev-A.tsv (fine labels for OG/LC sub-types); optional
    std::filesystem::path silverFormsPath; // ne_form_label_train_freq.tsv; optional (silver needs both)
    std::filesystem::path silverRawPath;   // train-raw-sent.tsv; optional
    std::filesystem::path lexiconDir;      // resources/lexicon; optional
    std::filesystem::path output;          // model file to write
    int epochs = 12;
    unsigned seed = 1;
    bool holdOut = true; // leave out every 10th gold sentence (index % 10 == 9) and report scores on it
    std::function<void(std::string_view)> log;

    // Tuning knobs (defaults are the shipped model's settings).
    unsigned hashBits = 20;
    int converterEpochs = 8;        // the converter that turns konec form marks into KLUE-style silver tags
    int goldRepeat = 1;             // gold sentences are seen this many times per epoch (silver once)
    int ensemble = 3;               // perceptrons (different shuffles) whose weights are averaged
    bool useLexicon = true;
    bool silverEntitiesOnly = false; // leave out silver sentences in which the converter found no entity
};

// The paths of the shared data folder's usual layout (data/klue-ner/..., data/konec/..., data/klue-train-raw/...).
NerTrainingOptions nerTrainingOptionsForDataDir(const std::filesystem::path& dataDir);

Result<void> trainNerModel(const NerTrainingOptions& options);

} // namespace newsgraph::core
