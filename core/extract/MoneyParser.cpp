// Recognises sums of money: Korean numerals with 만/억/조, currency words, symbols and conversions.
#include "MoneyParser.h"

#include "KoreanNumeral.h"
#include "MatcherText.h"
#include "text/Utf8.h"
#include "extract/WordAffixes.h"

#include <array>
#include <string>

namespace newsgraph::core {
namespace {

struct Word {
    std::string_view text;
    std::string_view value; // currency code or qualifier
};

// Longest forms first where one is a prefix of another.
constexpr std::array currencyWords = {
    Word{"미국 달러", "USD"},   Word{"미국달러", "USD"},     Word{"미 달러", "USD"},      Word{"미달러", "USD"},
    Word{"US달러", "USD"},      Word{"달러화", "USD"},       Word{"홍콩달러", "HKD"},     Word{"홍콩 달러", "HKD"},
    Word{"대만달러", "TWD"},    Word{"싱가포르달러", "SGD"}, Word{"호주달러", "AUD"},     Word{"캐나다달러", "CAD"},
    Word{"달러", "USD"},        Word{"엔화", "JPY"},         Word{"엔", "JPY"},           Word{"円", "JPY"},
    Word{"유로화", "EUR"},      Word{"유로", "EUR"},         Word{"위안화", "CNY"},       Word{"위안", "CNY"},
    Word{"파운드", "GBP"},      Word{"원화", "KRW"},         Word{"원", "KRW"},           Word{"루피", "INR"},
    Word{"루블", "RUB"},        Word{"스위스프랑", "CHF"},   Word{"US dollars", "USD"},   Word{"dollars", "USD"},
    Word{"dollar", "USD"},      Word{"USD", "USD"},          Word{"won", "KRW"},          Word{"KRW", "KRW"},
    Word{"yen", "JPY"},         Word{"JPY", "JPY"},          Word{"euros", "EUR"},        Word{"euro", "EUR"},
    Word{"EUR", "EUR"},         Word{"yuan", "CNY"},         Word{"CNY", "CNY"},          Word{"RMB", "CNY"},
    Word{"pounds", "GBP"},      Word{"GBP", "GBP"},          Word{"HKD", "HKD"},
};

constexpr std::array prefixCurrencies = {
    Word{"US$", "USD"}, Word{"US $", "USD"}, Word{"USD ", "USD"}, Word{"$", "USD"},  Word{"＄", "USD"},
    Word{"₩", "KRW"},   Word{"￦", "KRW"},  Word{"KRW ", "KRW"}, Word{"¥", "JPY"},   Word{"￥", "JPY"},
    Word{"JPY ", "JPY"}, Word{"€", "EUR"},  Word{"EUR ", "EUR"}, Word{"£", "GBP"},   Word{"￡", "GBP"},
    Word{"GBP ", "GBP"}, Word{"미화", "USD"}, Word{"한화", "KRW"}, Word{"원화", "KRW"}, Word{"우리 돈", "KRW"},
    Word{"우리돈", "KRW"},
};

constexpr std::array prefixQualifiers = {
    Word{"대략", "about"}, Word{"약", "about"},   Word{"총", "total"},  Word{"합계", "total"},
    Word{"최소", "over"},  Word{"최대", "under"},
};

constexpr std::array postQualifiers = {
    Word{"이상", "over"},  Word{"넘는", "over"},  Word{"넘게", "over"},  Word{"넘은", "over"},
    Word{"넘어", "over"},  Word{"초과", "over"},  Word{"남짓", "over"},  Word{"이하", "under"},
    Word{"미만", "under"}, Word{"가량", "about"}, Word{"정도", "about"}, Word{"안팎", "about"},
    Word{"내외", "about"},
};

struct Multiplier {
    std::string_view word;
    double factor;
};
constexpr std::array englishMultipliers = {
    Multiplier{"trillion", 1e12}, Multiplier{"billion", 1e9}, Multiplier{"million", 1e6}, Multiplier{"thousand", 1e3},
    Multiplier{"tn", 1e12},       Multiplier{"bn", 1e9},      Multiplier{"mn", 1e6},      Multiplier{"B", 1e9},
    Multiplier{"M", 1e6},         Multiplier{"m", 1e6},       Multiplier{"K", 1e3},       Multiplier{"k", 1e3},
};

// Words that may follow a currency word directly ("원대", "원어치", "달러 규모").
constexpr std::array currencySuffixes = {
    "대", "어치", "가량", "규모", "상당", "씩", "짜리", "이상", "이하", "미만", "초과", "정도", "안팎", "내외", "남짓", "선", "수준",
    "당", "권",
};

int qualifierRank(std::string_view qualifier)
{
    if (qualifier == "over" || qualifier == "under")
        return 3;
    if (qualifier == "about")
        return 2;
    return qualifier == "total" ? 1 : 0;
}

void mergeQualifier(std::string& current, std::string_view candidate)
{
    if (qualifierRank(candidate) > qualifierRank(current))
        current = std::string(candidate);
}

using utf8::at;

char32_t before(std::string_view text, std::size_t pos)
{
    return pos == 0 ? 0 : utf8::previous(text, pos);
}

using utf8::after;

constexpr auto isDigit = utf8::isAsciiDigit;
bool isLatin(char32_t cp) { return utf8::isAsciiAlpha(cp) || isDigit(cp); }

std::size_t skipSpace(std::string_view text, std::size_t pos)
{
    while (pos < text.size() && (text[pos] == ' ' || utf8::isSpace(at(text, pos))))
        pos = after(text, pos);
    return pos;
}

// At most one space between parts of one amount ("1억 1000만 달러", "100억 원").
std::size_t skipOneSpace(std::string_view text, std::size_t pos)
{
    return pos < text.size() && utf8::isSpace(at(text, pos)) ? after(text, pos) : pos;
}

// A Hangul word may end here: followed by a non-Hangul character, particles or one of `suffixes`.
template <typename Suffixes>
bool hangulWordEnds(std::string_view text, std::size_t pos, const Suffixes& suffixes)
{
    if (!utf8::isHangulSyllable(at(text, pos)))
        return true;
    std::size_t end = pos;
    while (end < text.size() && utf8::isHangulSyllable(at(text, end)))
        end = after(text, end);
    const std::string_view run = text.substr(pos, end - pos);
    if (matcher::isParticleSequence(run))
        return true;
    for (std::string_view suffix : suffixes) {
        if (hasPrefix(run, suffix))
            return true;
    }
    return false;
}

bool hangulWordEnds(std::string_view text, std::size_t pos)
{
    return hangulWordEnds(text, pos, std::array<std::string_view, 0>{});
}


template <typename Words>
const Word* wordAt(std::string_view text, std::size_t pos, const Words& words)
{
    for (const Word& word : words) {
        if (hasPrefix(text.substr(pos), word.text))
            return &word;
    }
    return nullptr;
}

bool currencyFollows(std::string_view text, std::size_t pos)
{
    return wordAt(text, pos, currencyWords) != nullptr;
}






struct CoreParse {
    double value = 0;
    std::string currency;
    std::string qualifier;
    std::size_t end = 0;
};

// qualifier? currency-prefix? number unit? currency (no parenthetical, no post-qualifier).
std::optional<CoreParse> parseCore(std::string_view text, std::size_t pos)
{
    CoreParse result;
    std::size_t p = pos;
    if (const Word* word = wordAt(text, p, prefixQualifiers)) {
        const std::size_t q = skipSpace(text, p + word->text.size());
        if (q < text.size() && (isDigit(at(text, q)) || !isLatin(at(text, q)))) {
            mergeQualifier(result.qualifier, word->value);
            p = q;
        }
    }
    std::string prefixCurrency;
    bool symbol = false;
    if (const Word* word = wordAt(text, p, prefixCurrencies)) {
        prefixCurrency = std::string(word->value);
        symbol = !utf8::isHangulSyllable(at(text, p));
        p = skipSpace(text, p + word->text.size());
        if (const Word* qualifier = wordAt(text, p, prefixQualifiers)) { // "한화 약 1300억원"
            mergeQualifier(result.qualifier, qualifier->value);
            p = skipSpace(text, p + qualifier->text.size());
        }
    }
    auto number = numeral::parseNumber(text, p, currencyFollows);
    if (!number)
        return std::nullopt;
    p = number->end;
    if (number->vague || number->approximate)
        mergeQualifier(result.qualifier, "over");
    if (at(text, p) == U'여') { // "100억여 원"
        p = after(text, p);
        mergeQualifier(result.qualifier, "over");
    }
    // A range "100억~200억원" or "3~4억 달러": the lower bound, and so "over".
    if (const char32_t dash = at(text, p); dash == U'~' || dash == U'∼' || dash == U'〜' || dash == U'－') {
        std::size_t q = after(text, p);
        if (auto upper = numeral::parseNumber(text, q, currencyFollows); upper && !upper->vague) {
            if (!number->koreanUnit && upper->koreanUnit) {
                double unit = 1e12;
                while (unit >= 1e4 && upper->value < unit)
                    unit /= 1e4;
                number->value *= unit < 1e4 ? 1 : unit;
            }
            number->koreanUnit = number->koreanUnit || upper->koreanUnit;
            p = upper->end;
            mergeQualifier(result.qualifier, "over");
        }
    }
    double value = number->value;
    std::size_t q = skipOneSpace(text, p);
    if (!number->koreanUnit) {
        for (const auto& [word, factor] : englishMultipliers) {
            if (hasPrefix(text.substr(q), word) && !isLatin(at(text, q + word.size()))) {
                value *= factor;
                p = q + word.size();
                q = skipOneSpace(text, p);
                break;
            }
        }
    }
    std::string currency = prefixCurrency;
    if (const Word* word = wordAt(text, q, currencyWords)) {
        const std::size_t end = q + word->text.size();
        const bool latinWord = isLatin(at(text, q));
        const bool ends = latinWord ? !isLatin(at(text, end))
                                    : hangulWordEnds(text, end, currencySuffixes);
        if (ends && (!symbol || word->value == prefixCurrency)) {
            currency = std::string(word->value);
            p = end;
        }
    }
    if (currency.empty())
        return std::nullopt;
    if (at(text, p) == U'대' && hangulWordEnds(text, after(text, p))) { // "500억 원대"
        p = after(text, p);
        mergeQualifier(result.qualifier, "about");
    }
    result.value = value;
    result.currency = std::move(currency);
    result.end = p;
    return result;
}

const Word* postQualifierAt(std::string_view text, std::size_t pos, std::size_t& end)
{
    const std::size_t q = skipOneSpace(text, pos);
    const Word* word = wordAt(text, q, postQualifiers);
    if (!word || !hangulWordEnds(text, q + word->text.size()))
        return nullptr;
    end = q + word->text.size();
    return word;
}

std::optional<MoneyMatch> parseAt(std::string_view text, std::size_t pos)
{
    auto core = parseCore(text, pos);
    if (!core)
        return std::nullopt;
    MoneyMatch match;
    match.begin = pos;
    Amount& amount = match.amount;
    amount.value = core->value;
    amount.currency = core->currency;
    amount.qualifier = core->qualifier;
    std::size_t p = core->end;

    std::size_t postEnd = 0;
    if (const Word* word = postQualifierAt(text, p, postEnd)) {
        mergeQualifier(amount.qualifier, word->value);
        p = postEnd;
    }
    // The article's own conversion: "(약 3조9000억원)", "(한화 약 1300억 원)".
    const std::size_t openAt = skipOneSpace(text, p);
    if (const char32_t open = at(text, openAt); open == U'(' || open == U'（') {
        const std::size_t inner = skipSpace(text, after(text, openAt));
        if (auto converted = parseCore(text, inner)) {
            std::size_t q = converted->end;
            std::size_t innerPostEnd = 0;
            if (postQualifierAt(text, q, innerPostEnd))
                q = innerPostEnd;
            q = skipSpace(text, q);
            if (const char32_t close = at(text, q); close == U')' || close == U'）') {
                amount.convertedValue = converted->value;
                amount.convertedCurrency = converted->currency;
                p = after(text, q);
                if (const Word* word = postQualifierAt(text, p, postEnd)) {
                    mergeQualifier(amount.qualifier, word->value);
                    p = postEnd;
                }
            }
        }
    }
    match.end = p;
    amount.asWritten = std::string(text.substr(match.begin, match.end - match.begin));
    return match;
}

// Amounts start at a word or number start: not inside "A1", "2.5" or "1,000".
bool mayStartAt(std::string_view text, std::size_t pos)
{
    const char32_t previous = before(text, pos);
    const char32_t current = at(text, pos);
    if (previous == 0)
        return true;
    if (isLatin(previous) || previous == '.' || previous == ',')
        return false;
    if (utf8::isHangulSyllable(previous) && !isDigit(current))
        return false;
    return true;
}

} // namespace

std::vector<MoneyMatch> findAmounts(std::string_view sentence)
{
    std::vector<MoneyMatch> matches;
    std::size_t pos = 0;
    while (pos < sentence.size()) {
        if (mayStartAt(sentence, pos)) {
            if (auto match = parseAt(sentence, pos)) {
                pos = match->end;
                matches.push_back(std::move(*match));
                continue;
            }
        }
        pos = after(sentence, pos);
    }
    return matches;
}

std::optional<Amount> parseAmount(std::string_view text)
{
    const std::string_view trimmed = utf8::trim(text);
    if (trimmed.empty())
        return std::nullopt;
    auto match = parseAt(trimmed, 0);
    if (!match || match->end != trimmed.size())
        return std::nullopt;
    return match->amount;
}

} // namespace newsgraph::core
