// A tolerant HTML tag scanner that builds a small element tree (enough to find the article body).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::core {

struct HtmlNode {
    std::string tag;  // lower case; empty for a text node
    std::string text; // text nodes only, entities decoded, whitespace as written
    std::vector<std::pair<std::string, std::string>> attributes; // names lower case, values decoded
    std::vector<int> children;
    int parent = -1;

    std::string_view attribute(std::string_view name) const;
};

class HtmlDocument
{
public:
    // Never fails: unknown tags, unclosed elements and stray '<' are tolerated like browsers do.
    static HtmlDocument parse(std::string_view html);

    const std::vector<HtmlNode>& nodes() const { return m_nodes; }
    const HtmlNode& node(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }
    static constexpr int root = 0;

    // Elements with the tag, in document order.
    std::vector<int> elementsByTag(std::string_view tag) const;
    // All text below `index`, whitespace collapsed.
    std::string textOf(int index) const;

private:
    int addNode(HtmlNode node);
    void addText(int parent, std::string_view raw);
    std::vector<HtmlNode> m_nodes;
};

} // namespace newsgraph::core
