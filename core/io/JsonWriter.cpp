// Misuse (a value without a key inside an object, unbalanced ends) is a programming error: asserted.
#include "io/JsonWriter.h"

#include "io/NumberFormat.h"
#include "io/Utf8Repair.h"

#include <cassert>
#include <cmath>

namespace newsgraph::core {

std::string jsonQuote(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const std::string valid = repairUtf8(text);
    std::string out;
    out.reserve(valid.size() + 2);
    out += '"';
    for (const char c : valid) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (byte < 0x20 || byte == 0x7F) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {}

void JsonWriter::newline(std::size_t depth)
{
    if (indent_ <= 0)
        return;
    out_ << '\n';
    for (std::size_t i = 0; i < depth * static_cast<std::size_t>(indent_); ++i)
        out_ << ' ';
}

void JsonWriter::beforeValue()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (stack_.empty()) {
        assert(!wroteRoot_ && "a JSON document has one root value");
        wroteRoot_ = true;
        return;
    }
    Level& level = stack_.back();
    assert(!level.object && "values inside an object need a key");
    if (!level.empty)
        out_ << ',';
    level.empty = false;
    newline(stack_.size());
}

void JsonWriter::key(std::string_view name)
{
    assert(!stack_.empty() && stack_.back().object && !afterKey_);
    Level& level = stack_.back();
    if (!level.empty)
        out_ << ',';
    level.empty = false;
    newline(stack_.size());
    out_ << jsonQuote(name) << (indent_ > 0 ? ": " : ":");
    afterKey_ = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    out_ << '{';
    stack_.push_back({true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    out_ << '[';
    stack_.push_back({false, true});
}

void JsonWriter::close([[maybe_unused]] bool object, char bracket)
{
    assert(!stack_.empty() && stack_.back().object == object && !afterKey_);
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty)
        newline(stack_.size());
    out_ << bracket;
    if (stack_.empty() && indent_ > 0)
        out_ << '\n';
}

void JsonWriter::endObject() { close(true, '}'); }
void JsonWriter::endArray() { close(false, ']'); }

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    out_ << jsonQuote(text);
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    beforeValue();
    out_ << formatNumber(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    out_ << (flag ? "true" : "false");
}

void JsonWriter::integer(std::int64_t number)
{
    beforeValue();
    out_ << std::to_string(number);
}

void JsonWriter::null()
{
    beforeValue();
    out_ << "null";
}

} // namespace newsgraph::core
