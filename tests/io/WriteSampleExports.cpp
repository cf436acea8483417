// Writes the sample graph in every format into a folder, for check_exports.py (real parsers).
#include "io/ExportFormat.h"

#include "SampleGraph.h"

#include <filesystem>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    using namespace newsgraph::core;
    if (argc != 2) {
        std::cerr << "usage: write_sample_exports DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    for (ExportFormat format : allExportFormats) {
        const auto path = dir / ("sample" + std::string(fileExtension(format)));
        if (auto written = makeExporter(format)->writeFiles(testing::sampleGraph(), path); !written) {
            std::cerr << written.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
