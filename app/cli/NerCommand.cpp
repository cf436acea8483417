// newsgraph-cli ner: runs the NER model on text (one sentence a line) or on a KLUE-NER layout file.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ResourceLocator.h"

#include "extract/ner/KlueTagging.h"
#include "extract/ner/NerModel.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace newsgraph::cli {
namespace {

ArgumentParser makeParser()
{
    ArgumentParser parser("ner",
                          "Tags named entities with the statistical Korean NER model. --format klue reads the\n"
                          "KLUE-NER layout (CHAR<TAB>TAG lines, ## comments, blank line between sentences) and\n"
                          "writes the same characters with the model's tags, for klue_score.py. --format spans\n"
                          "reads one sentence a line and writes text<TAB>label<TAB>subtype<TAB>confidence per name.",
                          "[--format klue|spans] [--model FILE] [IN] > OUT");
    parser.option("--format", "F", "klue or spans (default spans)")
        .option("--model", "FILE", "model file (default <resources>/models/ner-ko.bin)")
        .option("--resources", "DIR", "resources folder holding models/ (default: built-in)")
        .option("--out", "FILE", "write here instead of stdout")
        .positionals("IN", 0, 1, "input file (default: stdin)")
        .epilog("Example: newsgraph-cli ner --format klue gold.tsv > tagged.tsv && python3 klue_score.py gold.tsv tagged.tsv");
    return parser;
}

int tagSpans(const core::NerModel& model, std::istream& in, std::ostream& out)
{
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        for (const auto& span : model.tag(line)) {
            out << number << '\t' << span.begin << '\t' << span.end << '\t' << line.substr(span.begin, span.end - span.begin)
                << '\t' << span.label << '\t' << (span.subtype.empty() ? "-" : span.subtype) << '\t' << span.confidence << '\n';
        }
    }
    return out ? exitOk : reportError("output: write failed");
}

} // namespace

int runNerCommand(std::span<const std::string> args)
{
    const ArgumentParser parser = makeParser();
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const std::string format = parsed->valueOr("--format", "spans");
    if (format != "klue" && format != "spans")
        return usageError(parser.command(), "--format must be klue or spans, not '" + format + "'");

    std::filesystem::path modelFile;
    if (const auto model = parsed->value("--model")) {
        modelFile = *model;
    } else {
        const auto resources = locateResources(parsed->value("--resources"));
        if (!resources)
            return reportError(resources.error().message);
        modelFile = *resources / "models" / "ner-ko.bin";
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(modelFile, ec))
        return reportError(modelFile.string() + ": NER model not found (train one with `newsgraph-cli train-ner`)");
    auto model = core::NerModel::load(modelFile);
    if (!model)
        return reportError(model.error().message);

    std::ifstream file;
    const bool fromFile = !parsed->positionals().empty() && parsed->positionals().front() != "-";
    const std::string inputName = fromFile ? parsed->positionals().front() : std::string("stdin");
    if (fromFile) {
        file.open(parsed->positionals().front(), std::ios::binary);
        if (!file)
            return reportError(inputName + ": cannot open");
    }
    std::istream& in = fromFile ? static_cast<std::istream&>(file) : std::cin;
    std::ofstream outFile;
    if (const auto out = parsed->value("--out")) {
        outFile.open(*out, std::ios::binary);
        if (!outFile)
            return reportError(*out + ": cannot write");
    }
    std::ostream& out = outFile.is_open() ? static_cast<std::ostream&>(outFile) : std::cout;

    if (format == "spans")
        return tagSpans(*model, in, out);
    if (auto tagged = core::tagKlueFile(*model, in, out); !tagged) {
        std::string message = tagged.error().message;
        // The reader names its input generically; say which file it was.
        if (message.starts_with("input"))
            message = inputName + message.substr(5);
        return reportError(message);
    }
    out.flush();
    return out ? exitOk : reportError("output: write failed");
}

} // namespace newsgraph::cli
