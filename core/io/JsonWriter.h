// A small streaming JSON writer: escaping, UTF-8 passthrough, stable number text, indentation.
#pragma once

#include <concepts>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// The JSON string literal for `text`, quotes included. Non-ASCII UTF-8 passes through unescaped
// (so Hangul stays readable and diffable); invalid bytes become U+FFFD.
std::string jsonQuote(std::string_view text);

class JsonWriter
{
public:
    // indent = 0 writes everything on one line.
    explicit JsonWriter(std::ostream& out, int indent = 2);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(double number); // non-finite numbers are written as null
    void value(bool flag);
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    void value(T number)
    {
        integer(static_cast<std::int64_t>(number));
    }
    void null();

    template <typename T>
    void field(std::string_view name, const T& v)
    {
        key(name);
        value(v);
    }

    // The document is complete once the outermost value has been closed.
    bool complete() const { return stack_.empty() && wroteRoot_; }

private:
    struct Level {
        bool object = false;
        bool empty = true;
    };
    void beforeValue();
    void integer(std::int64_t number);
    void newline(std::size_t depth);
    void close(bool object, char bracket);

    std::ostream& out_;
    int indent_;
    std::vector<Level> stack_;
    bool afterKey_ = false;
    bool wroteRoot_ = false;
};

} // namespace newsgraph::core
