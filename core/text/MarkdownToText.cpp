// Only the markup that would otherwise leak into sentences is removed; lists and paragraphs stay.
#include "text/MarkdownToText.h"

namespace newsgraph::core {
namespace {

// "[text](url)" -> "text", "![alt](url)" -> "", "**x**"/"__x__"/"`x`" -> "x".
std::string stripInline(std::string_view line)
{
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
        if (c == '[' || image) {
            const std::size_t open = image ? i + 1 : i;
            const std::size_t close = line.find(']', open);
            if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == '(') {
                const std::size_t end = line.find(')', close);
                if (end != std::string_view::npos) {
                    if (!image)
                        out.append(line.substr(open + 1, close - open - 1));
                    i = end;
                    continue;
                }
            }
        }
        if ((c == '*' || c == '_') && i + 1 < line.size() && line[i + 1] == c) {
            ++i;
            continue;
        }
        if (c == '`')
            continue;
        out += c;
    }
    return out;
}

} // namespace

std::string markdownToText(std::string_view markdown)
{
    std::string out;
    out.reserve(markdown.size());
    std::size_t start = 0;
    bool fenced = false;
    while (start <= markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string_view::npos)
            end = markdown.size();
        std::string_view line = markdown.substr(start, end - start);
        start = end + 1;
        if (line.starts_with("```") || line.starts_with("~~~")) {
            fenced = !fenced;
            out += '\n';
            continue;
        }
        if (!fenced) {
            std::size_t hashes = 0;
            while (hashes < line.size() && hashes < 6 && line[hashes] == '#')
                ++hashes;
            if (hashes > 0 && hashes < line.size() && line[hashes] == ' ')
                line.remove_prefix(hashes + 1); // a heading; "#tag#tag" lines are left for the noise rules
            while (line.starts_with(">"))
                line.remove_prefix(line.starts_with("> ") ? 2 : 1);
            if (line == "---" || line == "***" || line == "___")
                line = {};
        }
        out += fenced ? std::string(line) : stripInline(line);
        out += '\n';
        if (end == markdown.size())
            break;
    }
    if (!out.empty())
        out.pop_back();
    return out;
}

} // namespace newsgraph::core
