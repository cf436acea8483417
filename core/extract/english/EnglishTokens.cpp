#include "extract/english/EnglishTokens.h"

#include "extract/Utf8Scan.h"

namespace newsgraph::core {
namespace {

bool isPunctuation(char32_t c)
{
    switch (c) {
    case ',':
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '/':
    case U'“':
    case U'”':
    case U'‘':
    case U'—':
    case U'–':
    case U'…':
    case '|':
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char32_t c)
{
    return c == '\'' || c == U'’';
}

bool isLetterOrDigit(char32_t c)
{
    return utf8::isAsciiLetter(c) || utf8::isAsciiDigit(c) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

char32_t at(std::string_view s, std::size_t pos)
{
    if (pos >= s.size())
        return 0;
    return utf8::next(s, pos);
}

char32_t before(std::string_view s, std::size_t pos)
{
    if (pos == 0)
        return 0;
    return utf8::previous(s, pos);
}

} // namespace

bool EnglishToken::capitalised() const
{
    if (text.empty())
        return false;
    std::size_t pos = 0;
    const char32_t c = utf8::next(text, pos);
    return utf8::isAsciiUpper(c) || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

std::vector<EnglishToken> tokenizeEnglish(std::string_view s)
{
    std::vector<EnglishToken> tokens;
    std::size_t wordStart = std::string_view::npos;
    auto push = [&](EnglishToken::Kind kind, std::size_t b, std::size_t e) {
        EnglishToken t;
        t.kind = kind;
        t.begin = b;
        t.end = e;
        t.text = s.substr(b, e - b);
        t.lower.reserve(t.text.size());
        for (char ch : t.text)
            t.lower.push_back(ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch);
        tokens.push_back(std::move(t));
    };
    auto closeWord = [&](std::size_t end) {
        if (wordStart != std::string_view::npos && end > wordStart)
            push(EnglishToken::Kind::Word, wordStart, end);
        wordStart = std::string_view::npos;
    };
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::next(s, pos);
        if (utf8::isSpace(c)) {
            closeWord(start);
            continue;
        }
        if (isApostrophe(c) && wordStart != std::string_view::npos) {
            const char32_t n = at(s, pos);
            std::size_t afterS = pos;
            if (n == 's' || n == 'S')
                utf8::next(s, afterS);
            // "Nvidia's" -> Nvidia + 's; "investors'" -> investors + '; "O'Brien" stays one word.
            if ((n == 's' || n == 'S') && !isLetterOrDigit(at(s, afterS))) {
                closeWord(start);
                push(EnglishToken::Kind::Possessive, start, afterS);
                pos = afterS;
                continue;
            }
            if (isLetterOrDigit(n))
                continue;
            closeWord(start);
            push(EnglishToken::Kind::Possessive, start, pos);
            continue;
        }
        if (c == '.' && wordStart != std::string_view::npos && isLetterOrDigit(before(s, start)) &&
            isLetterOrDigit(at(s, pos)))
            continue; // "U.S", "1.5bn", "Node.js"
        if (c == ',' && wordStart != std::string_view::npos && utf8::isAsciiDigit(before(s, start)) &&
            utf8::isAsciiDigit(at(s, pos)))
            continue; // "1,000"
        if (isPunctuation(c) || isApostrophe(c)) {
            closeWord(start);
            push(EnglishToken::Kind::Punct, start, pos);
            continue;
        }
        if (wordStart == std::string_view::npos)
            wordStart = start;
    }
    closeWord(s.size());
    return tokens;
}

} // namespace newsgraph::core
