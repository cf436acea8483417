// Expands command-line paths (files and folders, recursively) into the article files to read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::core {

struct ScanProblem {
    std::filesystem::path path;
    std::string message; // "permission denied", "no such file"
};

struct ScanResult {
    std::vector<std::filesystem::path> files; // sorted, de-duplicated; .txt .md .html .htm
    std::vector<ScanProblem> problems;
};

ScanResult scanCorpus(const std::vector<std::filesystem::path>& roots);

} // namespace newsgraph::core
