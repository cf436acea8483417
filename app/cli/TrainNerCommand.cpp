// newsgraph-cli train-ner: trains the Korean NER model from the KLUE-NER / konec data folder and writes it.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ResourceLocator.h"

#include "extract/ner/NerTraining.h"

#include <iostream>

namespace newsgraph::cli {
namespace {

ArgumentParser makeParser()
{
    ArgumentParser parser("train-ner",
                          "Trains the statistical Korean NER model (averaged perceptron, BIO Viterbi) from the\n"
                          "KLUE-NER gold data, konec sub-types and silver labels, and writes the model file.\n"
                          "Every 10th gold sentence is held out and scored unless --no-holdout is given.",
                          "[--data DIR] [--out FILE] [--seed N] [options]");
    parser.option("--data", "DIR", "data folder with klue-ner/, konec/, klue-train-raw/ (default ../shared/data)")
        .option("--out", "FILE", "model file to write (default <resources>/models/ner-ko.bin)")
        .option("--seed", "N", "shuffle seed; training is deterministic for a seed (default 1)")
        .option("--epochs", "N", "training epochs (default 12)")
        .option("--hash-bits", "N", "feature table of 2^N rows (default 20; each step down halves it)")
        .option("--resources", "DIR", "resources folder whose lexicon/ the model learns from (default: built-in)")
        .flag("--no-silver", "train on the gold sentences only")
        .flag("--no-holdout", "train on every gold sentence (no held-out score)")
        .epilog("Progress goes to stderr. Takes about 90 s of CPU and 0.6 GB of memory.\n"
                "Exit status: 0 when the model was written, 1 when the data or the output failed, 2 on usage errors.");
    return parser;
}

} // namespace

int runTrainNerCommand(std::span<const std::string> args)
{
    const ArgumentParser parser = makeParser();
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto seed = parsed->integer("--seed", 1, 0, 4'000'000'000LL);
    const auto epochs = parsed->integer("--epochs", 12, 1, 1000);
    const auto hashBits = parsed->integer("--hash-bits", 20, 12, 24);
    for (const auto* value : {&seed, &epochs, &hashBits})
        if (!*value)
            return usageError(parser.command(), value->error().message);

    const std::filesystem::path data = parsed->valueOr("--data", "../shared/data");
    std::error_code ec;
    if (!std::filesystem::is_directory(data, ec))
        return reportError(data.string() + ": data folder not found (expected klue-ner/, konec/, klue-train-raw/)");
    const auto resources = locateResources(parsed->value("--resources"));
    if (!resources && (parsed->has("--resources") || !parsed->has("--out")))
        return reportError(resources.error().message);

    core::NerTrainingOptions options = core::nerTrainingOptionsForDataDir(data);
    if (!std::filesystem::is_regular_file(options.kluePath, ec))
        return reportError(options.kluePath.string() + ": KLUE-NER training file not found");
    if (parsed->has("--no-silver")) {
        options.silverFormsPath.clear();
        options.silverRawPath.clear();
    }
    options.holdOut = !parsed->has("--no-holdout");
    options.seed = static_cast<unsigned>(*seed);
    options.epochs = static_cast<int>(*epochs);
    options.hashBits = static_cast<unsigned>(*hashBits);
    if (resources && std::filesystem::is_directory(*resources / "lexicon", ec))
        options.lexiconDir = *resources / "lexicon";
    options.output = parsed->has("--out") ? std::filesystem::path(*parsed->value("--out"))
                                          : *resources / "models" / "ner-ko.bin";
    if (const auto folder = options.output.parent_path(); !folder.empty() && !std::filesystem::is_directory(folder, ec))
        return reportError(options.output.string() + ": output folder does not exist");
    options.log = [](std::string_view message) { std::cerr << message << '\n'; };

    if (auto trained = core::trainNerModel(options); !trained)
        return reportError(trained.error().message);
    std::cerr << "wrote " << options.output.string() << '\n';
    return exitOk;
}

} // namespace newsgraph::cli
