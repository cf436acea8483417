#include "extract/english/EnglishNameContext.h"

#include "extract/english/EnglishWords.h"

#include <algorithm>
#include <array>

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

// A job title that ends right before token `end`.
bool roleEndsBefore(const std::vector<EnglishToken>& tokens, std::size_t end)
{
    const auto words = lowerWords(tokens);
    for (std::size_t k = 1; k <= 3 && k <= end; ++k) {
        std::size_t length = 0;
        auto role = matchEnglishRole(words, end - k, length);
        if (role && length == k && role->organisational)
            return true;
    }
    return false;
}

// A job title starting at `pos`, after optional "the", "a", "its", "former".
bool roleStartsAt(const std::vector<EnglishToken>& tokens, std::size_t pos)
{
    static constexpr std::string_view lead[] = {"the",     "a",      "an",  "its",     "their",
                                                "former",  "then",   "now", "current", "senior",
                                                "interim", "acting", "co"};
    while (pos < tokens.size() &&
           std::find(std::begin(lead), std::end(lead), tokens[pos].lower) != std::end(lead))
        ++pos;
    const auto words = lowerWords(tokens);
    std::size_t length = 0;
    return pos < tokens.size() && matchEnglishRole(words, pos, length).has_value();
}

bool isWordIn(const std::vector<EnglishToken>& tokens, std::size_t i,
              std::initializer_list<std::string_view> list)
{
    return i < tokens.size() && tokens[i].isWord() &&
           std::find(list.begin(), list.end(), tokens[i].lower) != list.end();
}

// "raised $5m from Atomico", "led by Accel", "partnered with Naver": a preposition names a firm only after a
// word about money or deals; "scrutiny from Washington" and "met with Jane Doe" name none.
bool prepositionAfterCue(const std::vector<EnglishToken>& tokens, std::size_t prep)
{
    static constexpr std::string_view money[] = {
        "raised",     "raises",        "raise",   "raising",   "secured",   "received", "funding",
        "investment", "round",         "backing", "investors", "acquired",  "bought",   "backed",
        "led",        "co-led",        "owned",   "funded",    "financing", "capital",  "stake",
        "money",      "participation", "lenders", "backers"};
    static constexpr std::string_view deals[] = {
        "partnered",    "partnering", "partnership", "teamed",     "agreement", "deal",     "collaborate",
        "collaborated", "cooperate",  "alliance",    "memorandum", "working",   "competes", "compete",
        "competing",    "signed",     "pact",        "merge",      "merger",    "up"};
    const std::string_view p = tokens[prep].lower;
    const bool byMoney = p == "from" || p == "by" || p == "including";
    if (!byMoney && p != "with")
        return false;
    const std::size_t window = byMoney ? 8 : 6;
    for (std::size_t k = prep; k-- > 0 && prep - k <= window;) {
        const std::string_view w = tokens[k].lower;
        if (byMoney && std::find(std::begin(money), std::end(money), w) != std::end(money))
            return true;
        if (!byMoney && std::find(std::begin(deals), std::end(deals), w) != std::end(deals))
            return true;
    }
    return false;
}

} // namespace

bool hasPersonShape(const std::vector<EnglishToken>& tokens, const NameRun& run)
{
    const std::size_t words = run.last - run.first + 1;
    const bool honorific =
        (run.first > 0 && isHonorific(tokens[run.first - 1].lower)) ||
        (run.first > 1 && tokens[run.first - 1].isPunct('.') && isHonorific(tokens[run.first - 2].lower));
    if (words > 4 || (words < 2 && !honorific))
        return false;
    for (std::size_t i = run.first; i <= run.last; ++i) {
        const std::string_view w = tokens[i].text;
        if (!tokens[i].capitalised() || organisationHeadType(tokens[i].lower) ||
            isCapitalisedCommonWord(tokens[i].lower))
            return false;
        std::size_t upper = 0;
        for (char c : w) {
            if (c >= '0' && c <= '9')
                return false;
            if (c >= 'A' && c <= 'Z')
                ++upper;
        }
        if (w.size() >= 2 && upper == w.size())
            return false; // "AI", "IBM": acronyms are not given names
    }
    return true;
}

bool hasPersonContext(const std::vector<EnglishToken>& tokens, const NameRun& run)
{
    const std::size_t before = run.first, after = run.last + 1;
    if (before > 0 && isHonorific(tokens[before - 1].lower))
        return true;
    if (before > 1 && tokens[before - 1].isPunct('.') && isHonorific(tokens[before - 2].lower))
        return true; // "Mr. Lee"
    if (before > 0 && isWordIn(tokens, before - 1, {"hired", "appointed", "named", "recruited", "poached"}))
        return true;
    if (isWordIn(tokens, after, {"founded", "co-founded", "cofounded"}))
        return true;
    if (before > 0 && roleEndsBefore(tokens, before))
        return true;
    if (after + 1 < tokens.size() && tokens[after].isPunct(',') && roleStartsAt(tokens, after + 1))
        return true;
    // "Kevin Scott, Microsoft's chief technology officer," / "Lisa Chen, the Acme Capital partner,"
    if (after + 1 < tokens.size() && tokens[after].isPunct(',')) {
        std::size_t k = after + 1;
        if (isWordIn(tokens, k, {"the", "a", "an", "former"}))
            ++k;
        const std::size_t nameStart = k;
        while (k < tokens.size() && k < nameStart + 4 && tokens[k].isWord() && tokens[k].capitalised() &&
               !roleStartsAt(tokens, k))
            ++k;
        if (k < tokens.size() && tokens[k].kind == EnglishToken::Kind::Possessive)
            ++k;
        // "Canada's industry minister": one modifier may stand before the title.
        if (k > nameStart &&
            (roleStartsAt(tokens, k) || (k + 1 < tokens.size() && roleStartsAt(tokens, k + 1))))
            return true;
    }
    // "Jane Doe said", but not "Orbital Health said it had raised": "it" speaks for an organisation.
    if (after < tokens.size() && tokens[after].isWord() && isSpeechVerb(tokens[after].lower) &&
        !isWordIn(tokens, after + 1, {"it", "its"}))
        return true;
    if (before > 0 && tokens[before - 1].isWord() && isSpeechVerb(tokens[before - 1].lower))
        return true;
    // "founded by Jane Doe", "founded in 2019 by Jane Doe"
    if (before >= 2 && tokens[before - 1].lower == "by") {
        for (std::size_t k = before - 1; k-- > 0 && before - k <= 5;)
            if (isWordIn(tokens, k,
                         {"founded", "co-founded", "cofounded", "started", "created", "headed", "run",
                          "written", "established"}))
                return true;
    }
    // "Jane Doe, who founded ..." / "Jane Doe, who co-founded".
    if (after + 2 < tokens.size() && tokens[after].isPunct(',') && tokens[after + 1].lower == "who" &&
        isWordIn(tokens, after + 2,
                 {"founded", "co-founded", "cofounded", "started", "leads", "heads", "runs", "is", "was",
                  "joined", "previously", "formerly", "left"}))
        return true;
    return false;
}

bool hasCompanyContext(const std::vector<EnglishToken>& tokens, const NameRun& run)
{
    const std::size_t before = run.first;
    std::size_t after = run.last + 1;
    if (before > 0 && tokens[before - 1].isWord()) {
        const std::string_view w = tokens[before - 1].lower;
        if (isEnglishCompanyDescriptor(w) || w.ends_with("-based") || w.ends_with("-backed") ||
            w.ends_with("-owned"))
            return true;
        if (isWordIn(tokens, before - 1,
                     {"acquired", "acquire", "acquires", "acquiring", "buy", "bought", "buys", "buying",
                      "purchased", "backed", "rivals", "against", "invest", "invested", "into", "rival",
                      "fund", "funded", "partnering"}))
            return true;
        if (prepositionAfterCue(tokens, before - 1))
            return true;
        if (w == "in" && before >= 2 &&
            isWordIn(tokens, before - 2,
                     {"invested", "invest", "invests", "investing", "stake", "investment", "investments"}))
            return true;
        // "acquisition of Figma", "a unit of Alphabet", "a partner at Benchmark"
        if ((w == "of" || w == "at") && before >= 2 &&
            (isWordIn(tokens, before - 2,
                      {"acquisition", "takeover", "purchase", "unit", "subsidiary", "division", "shareholder",
                       "arm", "affiliate"}) ||
             roleEndsBefore(tokens, before - 1)))
            return true;
    }
    // "Nexora co-founder Daniel Kim", "Microsoft CEO": an organisation owns the title after it.
    if (after < tokens.size() && tokens[after].isWord()) {
        std::size_t length = 0;
        const auto role = matchEnglishRole(lowerWords(tokens), after, length);
        if (role && role->organisational)
            return true;
    }
    // "Lumen Health has raised": auxiliaries and adverbs stand between a name and its verb.
    while (isWordIn(tokens, after,
                    {"has", "have", "had", "will", "would", "also", "recently", "previously", "reportedly",
                     "is", "was", "has", "last", "then", "quickly", "already"}))
        ++after;
    if (after < tokens.size() && tokens[after].isWord() &&
        isWordIn(tokens, after,
                 {"acquired",  "acquires", "bought",    "buys",      "raised",    "raises",     "invested",
                  "invests",   "agreed",   "announced", "partnered", "launched",  "released",   "develops",
                  "developed", "signed",   "unveiled",  "plans",     "secured",   "closed",     "teamed",
                  "makes",     "builds",   "competes",  "operates",  "opened",    "backed",     "led",
                  "co-led",    "buying",   "acquiring", "raising",   "investing", "partnering", "poured",
                  "holds",     "owns"}))
        return true;
    // "Helix, a robotics start-up," / "Nova, the Berlin-based company,"
    if (after + 1 < tokens.size() && tokens[after].isPunct(',') &&
        isWordIn(tokens, after + 1, {"a", "an", "the", "its"})) {
        for (std::size_t i = after + 2; i < tokens.size() && i <= after + 7 && tokens[i].isWord(); ++i)
            if (isEnglishCompanyDescriptor(tokens[i].lower))
                return true;
    }
    return false;
}

bool hasPlaceContext(const std::vector<EnglishToken>& tokens, const NameRun& run)
{
    const std::size_t before = run.first;
    if (before < 2 || tokens[before - 1].lower != "in")
        return false;
    return isWordIn(tokens, before - 2,
                    {"based", "headquartered", "office", "offices", "hub", "campus", "branch", "located",
                     "centre", "center", "subsidiary", "plant", "factory"});
}

} // namespace newsgraph::core
