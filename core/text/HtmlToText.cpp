// Body choice works on the element tree: candidates are scored by marker strength, then by amount
// of visible text, so a tiny "article-tools" box never beats the real body.
#include "text/HtmlToText.h"

#include "text/HtmlDocument.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

bool oneOf(std::string_view value, std::initializer_list<std::string_view> options)
{
    return std::find(options.begin(), options.end(), value) != options.end();
}

bool isDroppedTag(std::string_view tag)
{
    return oneOf(tag, {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "iframe", "svg",
                       "button", "select", "template", "figure", "figcaption", "title", "head", "textarea", "object",
                       "video", "audio", "canvas", "map", "menu", "dialog"});
}

bool isBlockTag(std::string_view tag)
{
    return oneOf(tag, {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                       "section", "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "main", "address",
                       "center", "tbody", "thead", "caption", "body", "html"});
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

// `word` inside class/id text, not continued by more letters ("comment_box", "comments", but not
// "commentary", an opinion column's body).
bool containsWord(std::string_view marks, std::string_view word)
{
    for (std::size_t at = marks.find(word); at != std::string_view::npos; at = marks.find(word, at + 1)) {
        std::size_t end = at + word.size();
        if (end < marks.size() && marks[end] == 's')
            ++end;
        if (end >= marks.size() || !(marks[end] >= 'a' && marks[end] <= 'z'))
            return true;
    }
    return false;
}

// id and class words of page chrome that sits inside or next to the body.
bool isChromeBox(const HtmlNode& node)
{
    static constexpr std::array<std::string_view, 25> chromeWords = {
        "related", "relation", "recommend", "ranking", "popular", "most_view", "more_news", "hot_issue", "comment",
        "share", "sns", "banner", "advert", "breadcrumb", "gnb", "lnb", "sidebar", "subscribe", "copyright_layer",
        "font_size", "tag_area", "img_desc", "end_photo_org", "caption", "photo_area"}; // the last four: photo captions
    const std::string marks = lowerAscii(std::string(node.attribute("class")) + " " + std::string(node.attribute("id")));
    if (marks.size() <= 1)
        return false;
    for (const std::string_view word : chromeWords)
        if (containsWord(marks, word))
            return true;
    // "ad" only as a whole class word: "ad", "ad_box", "ad-top"; not "head" or "load".
    std::size_t start = 0;
    while (start < marks.size()) {
        std::size_t end = marks.find(' ', start);
        if (end == std::string::npos)
            end = marks.size();
        const std::string_view word(marks.data() + start, end - start);
        if (word == "ad" || word.starts_with("ad_") || word.starts_with("ad-") || word.starts_with("ads"))
            return true;
        start = end + 1;
    }
    return false;
}

// 4: explicit body markup; 3: outlet/portal body containers; 2: <article>; 1: a body-ish word in
// id/class ("content", "story"), which page wrappers use too; 0: no marker.
int bodyMarker(const HtmlNode& node)
{
    if (node.tag.empty())
        return 0;
    if (lowerAscii(node.attribute("itemprop")) == "articlebody")
        return 4;
    const std::string marks = lowerAscii(std::string(node.attribute("id")) + " " + std::string(node.attribute("class")));
    // Body containers of Naver (dic_area, newsct_article, articleBodyContents), Daum (article_view) and
    // common Korean newspaper CMSs (article-view-content-div, view_con, cnt_view, article_txt).
    static constexpr std::array<std::string_view, 18> strong = {
        "articlebody", "article_body", "article-body", "news_body", "newsct_article", "dic_area", "articlecont",
        "article_txt", "news_end", "view_con", "story-body", "entry-content", "article-view-content", "article_view",
        "cnt_view", "news_content", "article_content", "article-content"};
    for (const std::string_view word : strong)
        if (marks.find(word) != std::string::npos)
            return 3;
    if (node.tag == "article")
        return 2;
    static constexpr std::array<std::string_view, 5> weak = {"article", "newsct", "content", "story", "post-body"};
    for (const std::string_view word : weak)
        if (marks.find(word) != std::string::npos)
            return 1;
    return 0;
}

class BodyRenderer
{
public:
    explicit BodyRenderer(const HtmlDocument& document) : m_document(document) {}

    std::string render(int index)
    {
        m_out.clear();
        visit(index, false);
        return finish();
    }

private:
    void visit(int index, bool preformatted)
    {
        const HtmlNode& node = m_document.node(index);
        if (node.tag.empty()) {
            appendText(node.text, preformatted);
            return;
        }
        if (isDroppedTag(node.tag) || isChromeBox(node))
            return;
        const bool block = isBlockTag(node.tag);
        if (block)
            m_out += '\n';
        for (const int child : node.children)
            visit(child, preformatted || node.tag == "pre");
        if (block)
            m_out += '\n';
        else if (node.tag == "td" || node.tag == "th")
            m_out += ' ';
    }

    void appendText(std::string_view text, bool preformatted)
    {
        for (const char c : text) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (!space || (preformatted && c == '\n')) {
                m_out += c;
                continue;
            }
            if (!m_out.empty() && m_out.back() != ' ' && m_out.back() != '\n')
                m_out += ' ';
        }
    }

    // Trims every line and drops empty ones: one block, one line.
    std::string finish() const
    {
        std::string result;
        std::size_t start = 0;
        while (start <= m_out.size()) {
            std::size_t end = m_out.find('\n', start);
            if (end == std::string::npos)
                end = m_out.size();
            std::string_view line(m_out.data() + start, end - start);
            while (!line.empty() && line.front() == ' ')
                line.remove_prefix(1);
            while (!line.empty() && line.back() == ' ')
                line.remove_suffix(1);
            if (!line.empty()) {
                result.append(line);
                result += '\n';
            }
            start = end + 1;
        }
        while (!result.empty() && result.back() == '\n')
            result.pop_back();
        return result;
    }

    const HtmlDocument& m_document;
    std::string m_out;
};

// Visible text length below a node, skipping dropped subtrees; memoised bottom-up.
std::vector<std::size_t> visibleTextLengths(const HtmlDocument& document)
{
    const auto& nodes = document.nodes();
    std::vector<std::size_t> lengths(nodes.size(), 0);
    for (std::size_t i = nodes.size(); i-- > 0;) { // children always follow their parent
        const HtmlNode& node = nodes[i];
        if (node.tag.empty()) {
            std::size_t visible = 0;
            for (const char c : node.text)
                visible += !(c == ' ' || c == '\t' || c == '\n' || c == '\r');
            lengths[i] = visible;
        } else if (!isDroppedTag(node.tag) && !isChromeBox(node)) {
            for (const int child : node.children)
                lengths[i] += lengths[static_cast<std::size_t>(child)];
        }
    }
    return lengths;
}

// Text held directly by an element: its own text nodes and its paragraph/inline children. The
// element with the most of it is the body when no markup says so.
int largestTextBlock(const HtmlDocument& document, const std::vector<std::size_t>& lengths)
{
    int best = -1;
    std::size_t bestLength = 0;
    const auto& nodes = document.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const HtmlNode& node = nodes[i];
        if (node.tag.empty() || lengths[i] == 0)
            continue;
        std::size_t direct = 0;
        for (const int child : node.children) {
            const HtmlNode& c = document.node(child);
            if (c.tag.empty() || oneOf(c.tag, {"p", "br", "b", "i", "a", "span", "strong", "em", "font", "u", "blockquote"}))
                direct += lengths[static_cast<std::size_t>(child)];
        }
        if (direct > bestLength) {
            bestLength = direct;
            best = static_cast<int>(i);
        }
    }
    return best;
}

bool insideDropped(const HtmlDocument& document, int index)
{
    for (int current = index; current >= 0; current = document.node(current).parent) {
        const HtmlNode& node = document.node(current);
        if (isDroppedTag(node.tag) || isChromeBox(node))
            return true;
    }
    return false;
}

bool isInside(const HtmlDocument& document, int index, int ancestor)
{
    for (int current = index; current >= 0; current = document.node(current).parent)
        if (current == ancestor)
            return true;
    return false;
}

int chooseBody(const HtmlDocument& document)
{
    const std::vector<std::size_t> lengths = visibleTextLengths(document);
    int best = -1;
    int bestMarker = 0;
    std::size_t bestLength = 0;
    const auto& nodes = document.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const int marker = bodyMarker(nodes[i]);
        // A marked element must hold real prose, not a teaser box: at least 80 visible characters.
        if (marker == 0 || lengths[i] < 80 || insideDropped(document, static_cast<int>(i)))
            continue;
        if (marker > bestMarker || (marker == bestMarker && lengths[i] > bestLength)) {
            best = static_cast<int>(i);
            bestMarker = marker;
            bestLength = lengths[i];
        }
    }
    // Wrappers share the markers of what they wrap ("#content" around ".content_body"): an inner
    // candidate of the same strength holding most of the text is the tighter body.
    for (std::size_t i = static_cast<std::size_t>(std::max(best, 0)) + 1; best >= 0 && i < nodes.size(); ++i) {
        const int inner = static_cast<int>(i);
        if (bodyMarker(nodes[i]) == bestMarker && lengths[i] * 10 >= bestLength * 6 && lengths[i] < lengths[static_cast<std::size_t>(best)]
            && isInside(document, inner, best) && !insideDropped(document, inner))
            best = inner;
    }
    if (best >= 0)
        return best;
    const int block = largestTextBlock(document, lengths);
    return block >= 0 ? block : HtmlDocument::root;
}

// The string value of "key" in JSON text: "datePublished": "2024-05-02T10:00:00+09:00".
std::string jsonStringValue(std::string_view json, std::string_view key)
{
    std::string quoted(1, '"'); // built piecewise: GCC 12 warns falsely (-Wrestrict) on "\"" + string
    quoted.append(key);
    quoted += '"';
    const std::size_t at = json.find(quoted);
    if (at == std::string_view::npos)
        return {};
    std::size_t pos = at + quoted.size();
    while (pos < json.size() && (json[pos] == ' ' || json[pos] == ':' || json[pos] == '\n' || json[pos] == '\t'))
        ++pos;
    if (pos >= json.size() || json[pos] != '"')
        return {};
    const std::size_t end = json.find('"', pos + 1);
    return end == std::string_view::npos ? std::string() : std::string(json.substr(pos + 1, end - pos - 1));
}

void readMeta(const HtmlDocument& document, HtmlArticle& article)
{
    std::string ogTitle, titleTag;
    for (const int index : document.elementsByTag("meta")) {
        const HtmlNode& meta = document.node(index);
        const std::string key = lowerAscii(meta.attribute("property").empty() ? meta.attribute("name") : meta.attribute("property"));
        const std::string_view content = meta.attribute("content");
        if (content.empty())
            continue;
        if (key == "og:title" && ogTitle.empty())
            ogTitle = content;
        else if (key == "og:site_name" && article.siteName.empty())
            article.siteName = content;
        else if (key == "og:url" && article.url.empty())
            article.url = content;
        else if (oneOf(key, {"author", "article:author", "dable:author", "byl"}) && article.author.empty()
                 && content.find("://") == std::string_view::npos)
            article.author = content;
        else if (oneOf(key, {"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
                             "dc.date.issued", "article.published", "og:published_time", "published_time"})
                 && article.publishedTime.empty())
            article.publishedTime = content;
    }
    for (const int index : document.elementsByTag("link"))
        if (article.url.empty() && lowerAscii(document.node(index).attribute("rel")) == "canonical")
            article.url = document.node(index).attribute("href");
    for (const int index : document.elementsByTag("script")) {
        if (!article.publishedTime.empty())
            break;
        article.publishedTime = jsonStringValue(document.textOf(index), "datePublished");
    }
    if (article.publishedTime.empty()) {
        for (std::size_t i = 0; i < document.nodes().size() && article.publishedTime.empty(); ++i) {
            const HtmlNode& node = document.node(static_cast<int>(i));
            if (lowerAscii(node.attribute("itemprop")) == "datepublished")
                article.publishedTime = node.attribute("content").empty() ? node.attribute("datetime") : node.attribute("content");
            else if (node.tag == "time" && !node.attribute("datetime").empty())
                article.publishedTime = node.attribute("datetime");
        }
    }
    if (const auto titles = document.elementsByTag("title"); !titles.empty())
        titleTag = document.textOf(titles.front());
    if (const auto headings = document.elementsByTag("h1"); !headings.empty())
        article.headline = document.textOf(headings.front());
    article.title = !ogTitle.empty() ? ogTitle : !titleTag.empty() ? titleTag : article.headline;
}

// Bylines and copyright notices often sit outside the body container or in a <header>/<footer>
// that is dropped; they name the reporters and the outlet, so they are collected separately.
std::string creditLinesOutside(const HtmlDocument& document, int body)
{
    static constexpr std::array<std::string_view, 7> creditWords = {"byline", "reporter", "journalist", "writer",
                                                                    "author", "copyright", "press_info"};
    std::string lines;
    const auto& nodes = document.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const HtmlNode& node = nodes[i];
        if (node.tag.empty() || oneOf(node.tag, {"script", "style", "meta", "link"}))
            continue;
        const std::string marks = lowerAscii(std::string(node.attribute("class")) + " " + std::string(node.attribute("id")));
        if (std::none_of(creditWords.begin(), creditWords.end(), [&](std::string_view w) { return marks.find(w) != std::string::npos; }))
            continue;
        const int index = static_cast<int>(i);
        // Inside the body it is already rendered, unless it sits in a dropped <header>/<footer>.
        if ((isInside(document, index, body) && !insideDropped(document, index)) || isInside(document, body, index))
            continue;
        bool nested = false; // an enclosing credit box was already taken
        for (int parent = node.parent; parent >= 0 && !nested; parent = document.node(parent).parent) {
            const std::string outer = lowerAscii(std::string(document.node(parent).attribute("class")) + " "
                                                 + std::string(document.node(parent).attribute("id")));
            nested = std::any_of(creditWords.begin(), creditWords.end(), [&](std::string_view w) { return outer.find(w) != std::string::npos; });
        }
        const std::string text = document.textOf(index);
        if (!nested && !text.empty() && text.size() <= 400)
            lines += "\n" + text;
    }
    return lines;
}

} // namespace

HtmlArticle htmlToText(std::string_view html)
{
    const HtmlDocument document = HtmlDocument::parse(html);
    HtmlArticle article;
    readMeta(document, article);
    BodyRenderer renderer(document);
    const int body = chooseBody(document);
    article.text = renderer.render(body) + creditLinesOutside(document, body);
    // The author meta tag is the byline of pages that print none; the line classifier judges it.
    if (!article.author.empty() && article.text.find(article.author) == std::string::npos)
        article.text += "\n" + article.author;
    return article;
}

} // namespace newsgraph::core
