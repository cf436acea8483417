// Recursive descent; depth is bounded by the test documents, so recursion is fine here.
#include "JsonCheck.h"

#include "io/Utf8Repair.h"

#include <cctype>
#include <cstring>

namespace newsgraph::core::testing {
namespace {

struct Parser {
    std::string_view s;
    std::size_t i = 0;

    void ws()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
            ++i;
    }
    bool literal(const char* word)
    {
        const std::size_t n = std::strlen(word);
        if (s.substr(i, n) != word)
            return false;
        i += n;
        return true;
    }
    bool string()
    {
        if (i >= s.size() || s[i] != '"')
            return false;
        ++i;
        while (i < s.size()) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == '"') {
                ++i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++i;
                if (i >= s.size())
                    return false;
                const char e = s[i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k)
                        if (i + k >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + k])))
                            return false;
                    i += 5;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", e))
                    return false;
                ++i;
                continue;
            }
            const std::size_t length = validUtf8SequenceLength(s, i);
            if (length == 0)
                return false;
            i += length;
        }
        return false;
    }
    bool number()
    {
        const std::size_t start = i;
        if (i < s.size() && s[i] == '-')
            ++i;
        if (i < s.size() && s[i] == '0')
            ++i;
        else if (i < s.size() && s[i] >= '1' && s[i] <= '9')
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
                ++i;
        else
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
                return false;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
                ++i;
        }
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < s.size() && (s[i] == '+' || s[i] == '-'))
                ++i;
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
                return false;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
                ++i;
        }
        return i > start;
    }
    bool value()
    {
        ws();
        if (i >= s.size())
            return false;
        bool ok = false;
        switch (s[i]) {
        case '{': ok = container('}', true); break;
        case '[': ok = container(']', false); break;
        case '"': ok = string(); break;
        case 't': ok = literal("true"); break;
        case 'f': ok = literal("false"); break;
        case 'n': ok = literal("null"); break;
        default: ok = number();
        }
        ws();
        return ok;
    }
    bool container(char close, bool object)
    {
        ++i;
        ws();
        if (i < s.size() && s[i] == close) {
            ++i;
            return true;
        }
        while (true) {
            if (object) {
                ws();
                if (!string())
                    return false;
                ws();
                if (i >= s.size() || s[i] != ':')
                    return false;
                ++i;
            }
            if (!value())
                return false;
            if (i < s.size() && s[i] == ',') {
                ++i;
                continue;
            }
            if (i < s.size() && s[i] == close) {
                ++i;
                return true;
            }
            return false;
        }
    }
};

} // namespace

bool isValidJson(std::string_view text)
{
    Parser parser{text};
    return parser.value() && parser.i == text.size();
}

} // namespace newsgraph::core::testing
