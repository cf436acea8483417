// Loads the relation suite (tests/fixtures/relations/*.tsv) and scores an Extractor on it.
#pragma once

#include "extract/Extractor.h"
#include "model/RelationType.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core::test {

struct ExpectedFact {
    RelationType type = RelationType::MentionedWith;
    std::string source;
    std::string target;
    std::optional<double> amountValue;
    std::string amountCurrency;
};

struct SuiteSentence {
    std::string file;
    int line = 0;
    std::string text;
    std::vector<ExpectedFact> facts;
};

struct TypeScore {
    int expected = 0;
    int found = 0;      // expected facts the extractor produced
    int predicted = 0;  // relations the extractor produced
    int correct = 0;    // predicted relations that are expected
    int amountsExpected = 0;
    int amountsRight = 0;
    double precision() const { return predicted ? double(correct) / predicted : 1.0; }
    double recall() const { return expected ? double(found) / expected : 1.0; }
};

struct SuiteResult {
    std::map<RelationType, TypeScore> byType;
    TypeScore total;
    std::vector<std::string> misses;        // "works_for.tsv:3 missing works_for(A, B)"
    std::vector<std::string> falseAlarms;   // "works_for.tsv:3 extra founded(A, B)"
};

std::vector<SuiteSentence> loadSuite(const std::filesystem::path& dir);
SuiteResult scoreSuite(const Extractor& extractor, const std::vector<SuiteSentence>& sentences);
std::string formatScores(const SuiteResult& result);

} // namespace newsgraph::core::test
