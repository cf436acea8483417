#include "extract/english/EnglishWords.h"

#include <algorithm>
#include <array>
#include <utility>

namespace newsgraph::core {
namespace {

template <std::size_t N> bool contains(const std::string_view (&list)[N], std::string_view w)
{
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

constexpr std::string_view monthsAndDays[] = {
    "january",   "february", "march",     "april",    "may",    "june",     "july",  "august",
    "september", "october",  "november",  "december", "jan",    "feb",      "mar",   "apr",
    "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",   "dec",
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::string_view functionWords[] = {
    "the",     "a",       "an",        "this",      "that",      "these",   "those",   "it",      "its",
    "he",      "she",     "they",      "we",        "i",         "you",     "his",     "her",     "their",
    "our",     "my",      "your",      "there",     "here",      "however", "but",     "and",     "or",
    "so",      "yet",     "also",      "in",        "on",        "at",      "by",      "for",     "from",
    "with",    "after",   "before",    "since",     "as",        "if",      "when",    "while",   "although",
    "though",  "because", "meanwhile", "moreover",  "still",     "last",    "next",    "earlier", "later",
    "now",     "today",   "yesterday", "tomorrow",  "according", "under",   "over",    "about",   "some",
    "many",    "most",    "all",       "both",      "each",      "other",   "another", "such",    "no",
    "not",     "one",     "two",       "three",     "several",   "what",    "which",   "who",     "whom",
    "whose",   "why",     "how",       "where",     "to",        "of",      "into",    "during",  "despite",
    "instead", "former",  "ex",        "meanwhile", "according", "unlike",  "like",    "only",    "even",
    "just",    "then"};

constexpr std::string_view commonCapitalised[] = {
    "shares",    "analysts",     "officials",  "investors",  "executives", "sources",    "people",
    "ceo",       "cfo",          "cto",        "coo",        "chief",      "president",  "chairman",
    "founder",   "co-founder",   "mr",         "ms",         "mrs",        "dr",         "prof",
    "sir",       "company",      "government", "read",       "more",       "related",    "photo",
    "reporting", "editing",      "writing",    "updated",    "published",  "copyright",  "all",
    "rights",    "reserved",     "is",         "was",        "will",       "would",      "has",
    "have",      "had",          "said",       "says",       "do",         "does",       "did",
    "can",       "could",        "should",     "may",        "might",      "than",       "first",
    "second",    "third",        "chinese",    "american",   "european",   "asian",      "french",
    "german",    "british",      "japanese",   "korean",     "indian",     "artificial", "intelligence",
    "ai",        "series",       "round",      "funding",    "deal",       "billion",    "million",
    "percent",   "spokesperson", "spokesman",  "spokeswoman"};

constexpr std::string_view connectors[] = {"of", "and", "for", "&", "de", "la", "du", "der", "von", "van"};

struct Head
{
    std::string_view word;
    EntityType type;
};
constexpr std::array organisationHeads{
    Head{"inc", EntityType::Company},
    Head{"corp", EntityType::Company},
    Head{"corporation", EntityType::Company},
    Head{"co", EntityType::Company},
    Head{"ltd", EntityType::Company},
    Head{"limited", EntityType::Company},
    Head{"llc", EntityType::Company},
    Head{"plc", EntityType::Company},
    Head{"gmbh", EntityType::Company},
    Head{"ag", EntityType::Company},
    Head{"sa", EntityType::Company},
    Head{"group", EntityType::Company},
    Head{"holdings", EntityType::Company},
    Head{"labs", EntityType::Company},
    Head{"lab", EntityType::Company},
    Head{"technologies", EntityType::Company},
    Head{"technology", EntityType::Company},
    Head{"systems", EntityType::Company},
    Head{"robotics", EntityType::Company},
    Head{"semiconductor", EntityType::Company},
    Head{"electronics", EntityType::Company},
    Head{"motors", EntityType::Company},
    Head{"industries", EntityType::Company},
    Head{"networks", EntityType::Company},
    Head{"software", EntityType::Company},
    Head{"therapeutics", EntityType::Company},
    Head{"biotech", EntityType::Company},
    Head{"pharmaceuticals", EntityType::Company},
    Head{"energy", EntityType::Company},
    Head{"dynamics", EntityType::Company},
    Head{"bank", EntityType::Company},
    Head{"airlines", EntityType::Company},
    Head{"ventures", EntityType::Investor},
    Head{"capital", EntityType::Investor},
    Head{"partners", EntityType::Investor},
    Head{"fund", EntityType::Investor},
    Head{"trust", EntityType::Investor},
    Head{"health", EntityType::Company},
    Head{"analytics", EntityType::Company},
    Head{"security", EntityType::Company},
    Head{"biosciences", EntityType::Company},
    Head{"pharma", EntityType::Company},
    Head{"aerospace", EntityType::Company},
    Head{"logistics", EntityType::Company},
    Head{"payments", EntityType::Company},
    Head{"solutions", EntityType::Company},
    Head{"devices", EntityType::Company},
    Head{"semiconductors", EntityType::Company},
    Head{"investments", EntityType::Investor},
    Head{"investors", EntityType::Investor},
    Head{"management", EntityType::Investor},
    Head{"equity", EntityType::Investor},
    Head{"university", EntityType::Academia},
    Head{"institute", EntityType::Academia},
    Head{"college", EntityType::Academia},
    Head{"laboratory", EntityType::Academia},
    Head{"school", EntityType::Academia},
    Head{"ministry", EntityType::Government},
    Head{"department", EntityType::Government},
    Head{"agency", EntityType::Government},
    Head{"commission", EntityType::Government},
    Head{"authority", EntityType::Government},
    Head{"administration", EntityType::Government},
    Head{"council", EntityType::Government},
    Head{"office", EntityType::Government},
    Head{"foundation", EntityType::Academia},
    Head{"times", EntityType::Media},
    Head{"news", EntityType::Media},
    Head{"post", EntityType::Media},
    Head{"journal", EntityType::Media},
};

struct Demonym
{
    std::string_view adjective;
    std::string_view country;
};
constexpr std::array demonyms{
    Demonym{"french", "France"},
    Demonym{"france", "France"},
    Demonym{"german", "Germany"},
    Demonym{"germany", "Germany"},
    Demonym{"british", "United Kingdom"},
    Demonym{"uk", "United Kingdom"},
    Demonym{"u.k", "United Kingdom"},
    Demonym{"britain", "United Kingdom"},
    Demonym{"japanese", "Japan"},
    Demonym{"japan", "Japan"},
    Demonym{"chinese", "China"},
    Demonym{"china", "China"},
    Demonym{"american", "United States"},
    Demonym{"us", "United States"},
    Demonym{"u.s", "United States"},
    Demonym{"korean", "South Korea"},
    Demonym{"south korean", "South Korea"},
    Demonym{"korea", "South Korea"},
    Demonym{"indian", "India"},
    Demonym{"india", "India"},
    Demonym{"canadian", "Canada"},
    Demonym{"canada", "Canada"},
    Demonym{"italian", "Italy"},
    Demonym{"italy", "Italy"},
    Demonym{"spanish", "Spain"},
    Demonym{"spain", "Spain"},
    Demonym{"saudi", "Saudi Arabia"},
    Demonym{"israeli", "Israel"},
    Demonym{"israel", "Israel"},
    Demonym{"singaporean", "Singapore"},
    Demonym{"singapore", "Singapore"},
    Demonym{"taiwanese", "Taiwan"},
    Demonym{"taiwan", "Taiwan"},
    Demonym{"australian", "Australia"},
    Demonym{"australia", "Australia"},
    Demonym{"dutch", "Netherlands"},
    Demonym{"swedish", "Sweden"},
    Demonym{"swiss", "Switzerland"},
    Demonym{"brazilian", "Brazil"},
    Demonym{"russian", "Russia"},
    Demonym{"russia", "Russia"},
    Demonym{"mexican", "Mexico"},
    Demonym{"irish", "Ireland"},
    Demonym{"polish", "Poland"},
    Demonym{"turkish", "Turkey"},
    Demonym{"vietnamese", "Vietnam"},
    Demonym{"indonesian", "Indonesia"},
    Demonym{"qatari", "Qatar"},
    Demonym{"emirati", "United Arab Emirates"},
    Demonym{"uae", "United Arab Emirates"},
    Demonym{"finnish", "Finland"},
    Demonym{"norwegian", "Norway"},
    Demonym{"danish", "Denmark"},
};

struct Role
{
    std::string_view words; // space-separated, lower case
    std::string_view canonical;
    bool founder = false;
    bool organisational = true;
};
// Longer titles first: the first match wins.
constexpr std::array roles{
    Role{"chief executive officer", "CEO"},
    Role{"chief technology officer", "CTO"},
    Role{"chief financial officer", "CFO"},
    Role{"chief operating officer", "COO"},
    Role{"chief scientific officer", "chief scientist"},
    Role{"chief product officer", "CPO"},
    Role{"executive vice president", "executive vice president"},
    Role{"senior vice president", "senior vice president"},
    Role{"managing director", "managing director"},
    Role{"managing partner", "managing partner"},
    Role{"general partner", "general partner"},
    Role{"board member", "board member"},
    Role{"chief executive", "CEO"},
    Role{"chief scientist", "chief scientist"},
    Role{"chief economist", "chief economist"},
    Role{"vice president", "vice president"},
    Role{"vice chairman", "vice chairman"},
    Role{"research scientist", "researcher"},
    Role{"co-founder", "co-founder", true},
    Role{"cofounder", "co-founder", true},
    Role{"founder", "founder", true},
    Role{"ceo", "CEO"},
    Role{"cto", "CTO"},
    Role{"cfo", "CFO"},
    Role{"coo", "COO"},
    Role{"president", "president"},
    Role{"chairman", "chairman"},
    Role{"chairwoman", "chairman"},
    Role{"chair", "chairman"},
    Role{"director", "director"},
    Role{"head", "head"},
    Role{"partner", "partner"},
    Role{"executive", "executive"},
    Role{"engineer", "engineer"},
    Role{"researcher", "researcher"},
    Role{"scientist", "scientist"},
    Role{"professor", "professor"},
    Role{"analyst", "analyst"},
    Role{"spokesperson", "spokesperson"},
    Role{"spokesman", "spokesperson"},
    Role{"spokeswoman", "spokesperson"},
    Role{"minister", "minister"},
    Role{"secretary", "secretary"},
    Role{"economist", "economist"},
    Role{"chief", "chief"},
    Role{"investor", "investor", false, false},
    Role{"entrepreneur", "entrepreneur", false, false},
};

constexpr std::string_view companyDescriptors[] = {
    "startup",      "start-up", "company",   "firm",         "rival",      "maker",
    "chipmaker",    "carmaker", "automaker", "developer",    "provider",   "unit",
    "subsidiary",   "lender",   "insurer",   "retailer",     "platform",   "giant",
    "conglomerate", "operator", "supplier",  "manufacturer", "competitor", "outfit",
    "group",        "spinoff",  "spin-off",  "lab",          "venture"};

constexpr std::string_view honorifics[] = {"mr",   "ms",      "mrs", "dr",  "prof", "professor", "sir",
                                           "dame", "senator", "sen", "rep", "gov",  "governor"};

constexpr std::string_view speechVerbs[] = {"said",   "says",      "told",      "added",
                                            "noted",  "wrote",     "explained", "stated",
                                            "argued", "announced", "tweeted",   "posted"};

} // namespace

bool isMonthOrWeekday(std::string_view w)
{
    return contains(monthsAndDays, w);
}

bool isEnglishFunctionWord(std::string_view w)
{
    return contains(functionWords, w);
}

bool isCapitalisedCommonWord(std::string_view w)
{
    return contains(functionWords, w) || contains(commonCapitalised, w) || isMonthOrWeekday(w);
}

std::optional<EntityType> organisationHeadType(std::string_view w)
{
    for (const Head& h : organisationHeads)
        if (h.word == w)
            return h.type;
    return std::nullopt;
}

bool isNameConnector(std::string_view w)
{
    return contains(connectors, w);
}

std::optional<std::string_view> countryOfAdjective(std::string_view w)
{
    for (const Demonym& d : demonyms)
        if (d.adjective == w)
            return d.country;
    return std::nullopt;
}

namespace {

// "chief AI scientist", "chief investment officer": "chief", one or two words, and a title noun.
std::optional<EnglishRole> chiefTitle(const std::vector<std::string_view>& words, std::size_t i,
                                      std::size_t& length)
{
    static constexpr std::string_view nouns[] = {"officer",   "scientist",  "executive",
                                                 "economist", "strategist", "architect",
                                                 "engineer",  "counsel",    "designer"};
    if (i >= words.size() || words[i] != "chief")
        return std::nullopt;
    for (std::size_t k = i + 2; k < words.size() && k <= i + 3; ++k) {
        if (!contains(nouns, words[k]))
            continue;
        std::string canonical = "chief";
        for (std::size_t j = i + 1; j <= k; ++j)
            (canonical += ' ') += words[j];
        length = k - i + 1;
        return EnglishRole{canonical, false, true};
    }
    return std::nullopt;
}

// "engineers", "founders": a plural title is the same title ("former Tesla engineers Omar Haddad and Lena
// Fischer"). Only titles whose plural never names something else: not "partners" (firms) nor "heads" (a
// verb).
bool samePart(std::string_view word, std::string_view part, bool last)
{
    static constexpr std::string_view plurals[] = {"engineer",   "executive", "founder", "co-founder",
                                                   "researcher", "scientist", "analyst", "economist"};
    if (word == part)
        return true;
    return last && contains(plurals, part) && word.size() == part.size() + 1 && word.ends_with('s') &&
           word.starts_with(part);
}

} // namespace

std::optional<EnglishRole> matchEnglishRole(const std::vector<std::string_view>& words, std::size_t i,
                                            std::size_t& length)
{
    for (const Role& r : roles) {
        // "chief AI scientist" before the bare "chief" of "the EU's competition chief".
        if (r.words == "chief")
            if (auto title = chiefTitle(words, i, length))
                return title;
        std::size_t n = 0, pos = 0;
        bool ok = true;
        while (pos <= r.words.size()) {
            const std::size_t space = std::min(r.words.find(' ', pos), r.words.size());
            const std::string_view part = r.words.substr(pos, space - pos);
            if (i + n >= words.size() || !samePart(words[i + n], part, space == r.words.size())) {
                ok = false;
                break;
            }
            ++n;
            pos = space + 1;
        }
        if (!ok)
            continue;
        length = n;
        return EnglishRole{std::string(r.canonical), r.founder, r.organisational};
    }
    return chiefTitle(words, i, length);
}

bool isEnglishCompanyDescriptor(std::string_view w)
{
    return contains(companyDescriptors, w);
}
bool isHonorific(std::string_view w)
{
    return contains(honorifics, w);
}
bool isSpeechVerb(std::string_view w)
{
    return contains(speechVerbs, w);
}

} // namespace newsgraph::core
