// The scanner follows the HTML tokenizer loosely: comments, doctype, raw-text elements (script,
// style, title, textarea), void elements and the implicit closes that matter for text (p, li, td).
#include "text/HtmlDocument.h"

#include "text/HtmlEntities.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::core {
namespace {

constexpr std::size_t maxDepth = 256; // real pages nest a few dozen levels

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool isTagNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':'; }
bool isSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool oneOf(std::string_view value, std::initializer_list<std::string_view> options)
{
    return std::find(options.begin(), options.end(), value) != options.end();
}

bool isVoid(std::string_view tag)
{
    return oneOf(tag, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                       "track", "wbr", "keygen"});
}

bool isRawText(std::string_view tag) { return oneOf(tag, {"script", "style", "title", "textarea", "xmp", "noembed"}); }

// Opening one of these closes an open element with the same tag (HTML's optional end tags).
bool closesSameTag(std::string_view tag) { return oneOf(tag, {"p", "li", "dt", "dd", "tr", "td", "th", "option"}); }

bool closesParagraph(std::string_view tag)
{
    return oneOf(tag, {"div", "p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                       "blockquote", "pre", "figure", "header", "footer", "aside", "nav", "form", "hr"});
}

// Case-insensitive search for "</tag" from `from`.
std::size_t findClosingTag(std::string_view html, std::string_view tag, std::size_t from)
{
    for (std::size_t pos = html.find("</", from); pos != std::string_view::npos; pos = html.find("</", pos + 2)) {
        std::size_t i = 0;
        while (i < tag.size() && pos + 2 + i < html.size() && lower(html[pos + 2 + i]) == tag[i])
            ++i;
        if (i == tag.size())
            return pos;
    }
    return std::string_view::npos;
}

} // namespace

std::string_view HtmlNode::attribute(std::string_view name) const
{
    for (const auto& [key, value] : attributes)
        if (key == name)
            return value;
    return {};
}

int HtmlDocument::addNode(HtmlNode node)
{
    const int index = static_cast<int>(m_nodes.size());
    const int parent = node.parent;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[static_cast<std::size_t>(parent)].children.push_back(index);
    return index;
}

void HtmlDocument::addText(int parent, std::string_view raw)
{
    if (raw.empty())
        return;
    HtmlNode text;
    text.text = decodeHtmlEntities(raw);
    text.parent = parent;
    addNode(std::move(text));
}

HtmlDocument HtmlDocument::parse(std::string_view html)
{
    HtmlDocument document;
    HtmlNode rootNode;
    rootNode.tag = "#root";
    document.addNode(std::move(rootNode));
    std::vector<int> open = {root};

    std::size_t pos = 0;
    while (pos < html.size()) {
        const std::size_t lt = html.find('<', pos);
        if (lt == std::string_view::npos) {
            document.addText(open.back(), html.substr(pos));
            break;
        }
        document.addText(open.back(), html.substr(pos, lt - pos));
        pos = lt;
        if (html.substr(pos, 4) == "<!--") {
            const std::size_t end = html.find("-->", pos + 4);
            pos = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
            const std::size_t end = html.find('>', pos);
            pos = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        std::size_t cursor = pos + (closing ? 2 : 1);
        std::string tag;
        while (cursor < html.size() && isTagNameChar(html[cursor]))
            tag += lower(html[cursor++]);
        if (tag.empty() || !std::isalpha(static_cast<unsigned char>(tag[0]))) {
            document.addText(open.back(), html.substr(pos, 1)); // a literal '<'
            ++pos;
            continue;
        }

        // Attributes: name[=value], value quoted with ' or " or unquoted.
        HtmlNode element;
        element.tag = tag;
        bool selfClosing = false;
        while (cursor < html.size() && html[cursor] != '>') {
            if (isSpaceChar(html[cursor])) {
                ++cursor;
                continue;
            }
            if (html[cursor] == '/') {
                selfClosing = true;
                ++cursor;
                continue;
            }
            std::string name;
            while (cursor < html.size() && !isSpaceChar(html[cursor]) && html[cursor] != '=' && html[cursor] != '>'
                   && !(html[cursor] == '/' && !name.empty()))
                name += lower(html[cursor++]);
            while (cursor < html.size() && isSpaceChar(html[cursor]))
                ++cursor;
            std::string value;
            if (cursor < html.size() && html[cursor] == '=') {
                ++cursor;
                while (cursor < html.size() && isSpaceChar(html[cursor]))
                    ++cursor;
                if (cursor < html.size() && (html[cursor] == '"' || html[cursor] == '\'')) {
                    const char quote = html[cursor++];
                    const std::size_t end = html.find(quote, cursor);
                    const std::size_t stop = end == std::string_view::npos ? html.size() : end;
                    value = decodeHtmlEntities(html.substr(cursor, stop - cursor));
                    cursor = end == std::string_view::npos ? html.size() : end + 1;
                } else {
                    const std::size_t start = cursor;
                    while (cursor < html.size() && !isSpaceChar(html[cursor]) && html[cursor] != '>')
                        ++cursor;
                    value = decodeHtmlEntities(html.substr(start, cursor - start));
                }
            }
            if (!name.empty() && !closing)
                element.attributes.emplace_back(std::move(name), std::move(value));
            selfClosing = false; // '/' only counts right before '>'
        }
        pos = cursor < html.size() ? cursor + 1 : html.size();

        if (closing) {
            const auto match = std::find_if(open.rbegin(), open.rend(), [&](int index) { return document.node(index).tag == tag; });
            if (match != open.rend())
                open.erase(std::next(match).base(), open.end());
            continue;
        }

        const std::string& top = document.node(open.back()).tag;
        if ((closesSameTag(tag) && top == tag) || (top == "p" && closesParagraph(tag)))
            open.pop_back();
        element.parent = open.back();
        const int index = document.addNode(std::move(element));

        if (isRawText(tag)) {
            const std::size_t end = findClosingTag(html, tag, pos);
            const std::size_t stop = end == std::string_view::npos ? html.size() : end;
            // JSON-LD scripts are kept as text: they state datePublished for many news pages.
            const bool jsonLd = tag == "script" && document.node(index).attribute("type").find("ld+json") != std::string_view::npos;
            if (tag == "title" || tag == "textarea" || jsonLd)
                document.addText(index, html.substr(pos, stop - pos));
            const std::size_t close = end == std::string_view::npos ? html.size() : html.find('>', end);
            pos = close == std::string_view::npos ? html.size() : close + 1;
            continue;
        }
        // Nesting is capped: renderers recurse per level, and unmatched end tags search the stack.
        if (!isVoid(tag) && !selfClosing && open.size() < maxDepth)
            open.push_back(index);
    }
    return document;
}

std::vector<int> HtmlDocument::elementsByTag(std::string_view tag) const
{
    std::vector<int> found;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].tag == tag)
            found.push_back(static_cast<int>(i));
    return found;
}

std::string HtmlDocument::textOf(int index) const
{
    std::string out;
    std::vector<int> stack = {index};
    while (!stack.empty()) {
        const HtmlNode& current = node(stack.back());
        stack.pop_back();
        if (current.tag.empty()) {
            for (const char c : current.text) {
                const bool space = isSpaceChar(c);
                if (space && (out.empty() || out.back() == ' '))
                    continue;
                out += space ? ' ' : c;
            }
        }
        for (auto it = current.children.rbegin(); it != current.children.rend(); ++it)
            stack.push_back(*it);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace newsgraph::core
