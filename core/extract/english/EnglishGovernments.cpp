#include "extract/english/EnglishGovernments.h"

#include "extract/Lexicon.h"
#include "extract/english/EnglishWords.h"

namespace newsgraph::core {
namespace {

bool isGovernmentWord(std::string_view lower)
{
    return lower == "government" || lower == "administration";
}

// The lexicon's country entry gives the name the Korean rules use: "<country> 정부".
std::string governmentName(std::string_view country, const Lexicon& lexicon)
{
    const LexiconEntry* entry = lexicon.findByName(country);
    if (entry && entry->type == EntityType::Country)
        return entry->name + " 정부";
    return std::string(country) + " government";
}

// "French", "South Korean", "U.S" ending at token `last`; `first` receives where the adjective starts.
std::optional<std::string_view> countryEndingAt(const std::vector<EnglishToken>& tokens, std::size_t last,
                                                std::size_t& first)
{
    if (!tokens[last].isWord() || !tokens[last].capitalised())
        return std::nullopt;
    if (last > 0 && tokens[last - 1].isWord()) {
        if (auto c = countryOfAdjective(tokens[last - 1].lower + " " + tokens[last].lower)) {
            first = last - 1;
            return c;
        }
    }
    first = last;
    return countryOfAdjective(tokens[last].lower);
}

} // namespace

std::vector<GovernmentPhrase> findGovernmentPhrases(const std::vector<EnglishToken>& tokens,
                                                    const Lexicon& lexicon)
{
    std::vector<GovernmentPhrase> found;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (!tokens[i].isWord() || !isGovernmentWord(tokens[i].lower))
            continue;
        std::size_t first = 0;
        // "the French government", "France's government"
        std::size_t countryLast = i - 1;
        if (tokens[countryLast].kind == EnglishToken::Kind::Possessive && countryLast > 0)
            --countryLast;
        if (auto country = countryEndingAt(tokens, countryLast, first)) {
            found.push_back({first, i, governmentName(*country, lexicon), std::string(*country)});
            continue;
        }
        // "the government of Japan"
        if (i + 2 < tokens.size() && tokens[i + 1].lower == "of") {
            std::size_t last = i + 2;
            if (last + 1 < tokens.size() &&
                countryOfAdjective(tokens[last].lower + " " + tokens[last + 1].lower))
                ++last;
            std::size_t unused = 0;
            if (auto country = countryEndingAt(tokens, last, unused))
                found.push_back({i, last, governmentName(*country, lexicon), std::string(*country)});
        }
    }
    return found;
}

} // namespace newsgraph::core
