// Parsing the suite's TSV files and comparing extracted relations with the expected facts.
#include "RelationSuite.h"

#include "text/ArticleReader.h"
#include "text/NameKey.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace newsgraph::core::test {
namespace {

std::string trim(std::string s)
{
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// "type(source, target) [VALUE CUR]"
std::optional<ExpectedFact> parseFact(const std::string& text)
{
    auto open = text.find('('), comma = text.find(','), close = text.find(')');
    if (open == std::string::npos || comma == std::string::npos || close == std::string::npos)
        return std::nullopt;
    auto type = relationTypeFromString(trim(text.substr(0, open)));
    if (!type)
        return std::nullopt;
    ExpectedFact fact{*type, trim(text.substr(open + 1, comma - open - 1)),
                      trim(text.substr(comma + 1, close - comma - 1)), std::nullopt, ""};
    if (auto bracket = text.find('[', close); bracket != std::string::npos) {
        std::istringstream amount(text.substr(bracket + 1));
        double value = 0;
        std::string currency;
        if (amount >> value >> currency) {
            fact.amountValue = value;
            fact.amountCurrency = currency.substr(0, 3);
        }
    }
    return fact;
}

// As in the reference scorer, an office location counts as a location.
RelationType canonical(RelationType type)
{
    return type == RelationType::OfficeIn ? RelationType::LocatedIn : type;
}

struct Produced {
    RelationType type;
    std::set<std::string> sourceKeys, targetKeys;
    std::string sourceName, targetName;
    std::vector<Amount> amounts;
};

bool names(const std::set<std::string>& keys, const std::string& name)
{
    return keys.contains(nameKey(name));
}

bool matches(const Produced& p, const ExpectedFact& f)
{
    if (canonical(p.type) != canonical(f.type))
        return false;
    bool forward = names(p.sourceKeys, f.source) && names(p.targetKeys, f.target);
    bool backward = isSymmetric(f.type) && names(p.sourceKeys, f.target) && names(p.targetKeys, f.source);
    return forward || backward;
}

std::vector<Produced> produce(const Extractor& extractor, const std::string& sentence)
{
    ArticleReader reader;
    auto article = reader.readBytes("테스트 문장\n\n" + sentence + "\n", "suite.txt");
    if (!article)
        return {};
    Extraction extraction = extractor.extract(*article);
    std::map<std::string, std::set<std::string>> keysOf;
    std::map<std::string, std::string> nameOf;
    for (const ExtractedEntity& e : extraction.entities) {
        keysOf[e.key].insert(nameKey(e.name));
        for (const std::string& alias : e.aliases)
            keysOf[e.key].insert(nameKey(alias));
        nameOf[e.key] = e.name;
    }
    for (const ExtractedMention& m : extraction.mentions)
        keysOf[m.entityKey].insert(nameKey(m.surface));
    std::vector<Produced> produced;
    for (const ExtractedRelation& r : extraction.relations) {
        if (r.type == RelationType::MentionedWith)
            continue;
        auto same = std::find_if(produced.begin(), produced.end(), [&](const Produced& p) {
            return p.type == r.type && p.sourceName == nameOf[r.sourceKey] && p.targetName == nameOf[r.targetKey];
        });
        if (same == produced.end()) {
            produced.push_back({r.type, keysOf[r.sourceKey], keysOf[r.targetKey], nameOf[r.sourceKey],
                                nameOf[r.targetKey], {}});
            same = produced.end() - 1;
        }
        if (r.evidence.amount)
            same->amounts.push_back(*r.evidence.amount);
    }
    return produced;
}

} // namespace

std::vector<SuiteSentence> loadSuite(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".tsv")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<SuiteSentence> sentences;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::string line;
        int lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            auto tab = line.find('\t');
            if (line.empty() || line[0] == '#' || tab == std::string::npos)
                continue;
            SuiteSentence sentence{file.filename().string(), lineNo, line.substr(0, tab), {}};
            std::istringstream facts(line.substr(tab + 1));
            std::string fact;
            while (std::getline(facts, fact, ';'))
                if (auto parsed = parseFact(trim(fact)))
                    sentence.facts.push_back(*parsed);
            sentences.push_back(std::move(sentence));
        }
    }
    return sentences;
}

SuiteResult scoreSuite(const Extractor& extractor, const std::vector<SuiteSentence>& sentences)
{
    SuiteResult result;
    for (const SuiteSentence& sentence : sentences) {
        std::vector<Produced> produced = produce(extractor, sentence.text);
        std::string where = sentence.file + ":" + std::to_string(sentence.line) + " ";
        for (const ExpectedFact& fact : sentence.facts) {
            TypeScore& score = result.byType[canonical(fact.type)];
            ++score.expected;
            auto hit = std::find_if(produced.begin(), produced.end(), [&](const Produced& p) { return matches(p, fact); });
            if (hit == produced.end()) {
                result.misses.push_back(where + "missing " + std::string(toString(fact.type)) + "(" + fact.source +
                                        ", " + fact.target + ")");
                continue;
            }
            ++score.found;
            if (fact.amountValue) {
                ++score.amountsExpected;
                bool right = std::any_of(hit->amounts.begin(), hit->amounts.end(), [&](const Amount& a) {
                    return a.currency == fact.amountCurrency &&
                           std::abs(a.value - *fact.amountValue) <= 0.01 * *fact.amountValue;
                });
                score.amountsRight += right;
            }
        }
        for (const Produced& p : produced) {
            TypeScore& score = result.byType[canonical(p.type)];
            ++score.predicted;
            bool expected = std::any_of(sentence.facts.begin(), sentence.facts.end(),
                                        [&](const ExpectedFact& f) { return matches(p, f); });
            score.correct += expected;
            if (!expected)
                result.falseAlarms.push_back(where + "extra " + std::string(toString(p.type)) + "(" + p.sourceName +
                                             ", " + p.targetName + ")");
        }
    }
    for (const auto& [type, score] : result.byType) {
        result.total.expected += score.expected;
        result.total.found += score.found;
        result.total.predicted += score.predicted;
        result.total.correct += score.correct;
        result.total.amountsExpected += score.amountsExpected;
        result.total.amountsRight += score.amountsRight;
    }
    return result;
}

std::string formatScores(const SuiteResult& result)
{
    std::string out = "relation type        expected  found  predicted  precision  recall  amounts\n";
    char line[160];
    auto row = [&](std::string_view name, const TypeScore& s) {
        std::snprintf(line, sizeof line, "%-20.*s %8d %6d %10d %10.2f %7.2f  %d/%d\n", int(name.size()), name.data(),
                      s.expected, s.found, s.predicted, s.precision(), s.recall(), s.amountsRight, s.amountsExpected);
        out += line;
    };
    for (const auto& [type, score] : result.byType)
        row(toString(type), score);
    row("ALL", result.total);
    return out;
}

} // namespace newsgraph::core::test
