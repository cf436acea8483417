#include "extract/english/EnglishNameRuns.h"

#include "extract/english/EnglishWords.h"

namespace newsgraph::core {
namespace {

std::vector<std::string_view> lowerWords(const std::vector<EnglishToken>& tokens)
{
    std::vector<std::string_view> words;
    words.reserve(tokens.size());
    for (const auto& t : tokens)
        words.push_back(t.lower);
    return words;
}

bool breaksName(const std::vector<EnglishToken>& tokens, const std::vector<std::string_view>& words,
                std::size_t i)
{
    std::size_t length = 0;
    // "Berlin-based Quorra Labs": the affixed word describes the name after it, it is not part of it.
    const std::string_view w = tokens[i].lower;
    for (std::string_view affix :
         {"-based", "-backed", "-owned", "-led", "-funded", "-headquartered", "-controlled"})
        if (w.ends_with(affix))
            return true;
    return matchEnglishRole(words, i, length).has_value() || isHonorific(w) || isMonthOrWeekday(w);
}

bool andJoinsPublicBody(const std::vector<EnglishToken>& tokens, const std::vector<std::string_view>& words,
                        std::size_t j)
{
    std::size_t k = j + 1;
    while (k < tokens.size() && tokens[k].isWord() && tokens[k].capitalised() &&
           !breaksName(tokens, words, k))
        ++k;
    return k > j + 1 && organisationHeadType(tokens[k - 1].lower) == EntityType::Government;
}

void pushTrimmed(const std::vector<EnglishToken>& tokens, std::size_t first, std::size_t last,
                 std::vector<NameRun>& out)
{
    // "The Walt Disney Company" loses "The"; a single common word ("Shares", "French") is no name at all.
    while (first <= last &&
           (isNameConnector(tokens[first].lower) || isEnglishFunctionWord(tokens[first].lower)))
        ++first;
    if (first == last && isCapitalisedCommonWord(tokens[first].lower))
        return;
    if (tokens[first].lower == "series")
        return; // "Series B" names a funding round, not an organisation
    while (last >= first && last > 0 && isNameConnector(tokens[last].lower))
        --last;
    if (first > last)
        return;
    out.push_back({first, last, joinWords(tokens, first, last)});
}

} // namespace

std::string joinWords(const std::vector<EnglishToken>& tokens, std::size_t first, std::size_t last)
{
    std::string text;
    for (std::size_t i = first; i <= last && i < tokens.size(); ++i) {
        if (!text.empty())
            text += ' ';
        text += tokens[i].text;
    }
    return text;
}

std::vector<NameRun> findNameRuns(const std::vector<EnglishToken>& tokens)
{
    const auto words = lowerWords(tokens);
    std::vector<NameRun> runs;
    std::size_t i = 0;
    while (i < tokens.size()) {
        // "Chief Executive Officer Dana Whitlock": the whole title goes, not just its first word.
        std::size_t titleLength = 0;
        if (tokens[i].isWord() && matchEnglishRole(words, i, titleLength)) {
            i += titleLength;
            continue;
        }
        if (!tokens[i].isWord() || !tokens[i].capitalised() || breaksName(tokens, words, i)) {
            ++i;
            continue;
        }
        std::size_t last = i;
        std::size_t j = i + 1;
        while (j < tokens.size() && tokens[j].isWord()) {
            if (tokens[j].capitalised() && !breaksName(tokens, words, j)) {
                last = j++;
                continue;
            }
            // "University of Tokyo", "Johnson & Johnson": a connector joins two capitalised words.
            if (isNameConnector(tokens[j].lower) && tokens[j].lower != "and" && j + 1 < tokens.size() &&
                tokens[j + 1].isWord() && tokens[j + 1].capitalised() && !breaksName(tokens, words, j + 1)) {
                last = j + 1;
                j += 2;
                continue;
            }
            // "Securities and Exchange Commission": "and" inside the name of a public body.
            if (tokens[j].lower == "and" && andJoinsPublicBody(tokens, words, j)) {
                last = j + 1;
                j += 2;
                continue;
            }
            if (tokens[j].lower == "&" && j + 1 < tokens.size() && tokens[j + 1].capitalised()) {
                last = j + 1;
                j += 2;
                continue;
            }
            break;
        }
        pushTrimmed(tokens, i, last, runs);
        i = last + 1;
    }
    return runs;
}

} // namespace newsgraph::core
