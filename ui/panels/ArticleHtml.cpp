// Renders a stored article as HTML.
#include "ArticleHtml.h"

#include "models/TextOffsetMap.h"

#include <algorithm>
#include <set>
#include <vector>

namespace newsgraph::ui {
namespace {

struct Span {
    int begin = 0;
    int end = 0;
    core::EntityId entity = 0;
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ArticleHtml::ArticleHtml(const core::StoredArticle& article, int highlightSentence, const core::GraphData& graph)
{
    const TextOffsetMap offsets(article.body);
    const QString& text = offsets.text();

    int sentenceBegin = -1, sentenceEnd = -1;
    for (const auto& sentence : article.sentences) {
        if (static_cast<int>(sentence.index) == highlightSentence) {
            sentenceBegin = offsets.toUtf16(sentence.begin);
            sentenceEnd = offsets.toUtf16(sentence.end);
        }
    }
    if (sentenceBegin >= 0)
        highlighted_ = text.mid(sentenceBegin, sentenceEnd - sentenceBegin);

    // Mentions sorted by position; an overlapping one (a nested name) is dropped to keep tags balanced.
    std::vector<Span> mentions;
    for (const auto& mention : article.mentions)
        mentions.push_back({offsets.toUtf16(mention.begin), offsets.toUtf16(mention.end), mention.entity});
    std::sort(mentions.begin(), mentions.end(), [](const Span& a, const Span& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<Span> kept;
    for (const Span& span : mentions)
        if (span.end > span.begin && (kept.empty() || span.begin >= kept.back().end))
            kept.push_back(span);
    mentionLinks_ = static_cast<int>(kept.size());

    // Cut the text wherever a mention or the sentence starts or ends; style each piece on its own.
    std::set<int> cuts{0, static_cast<int>(text.size())};
    for (const Span& span : kept) {
        cuts.insert(span.begin);
        cuts.insert(span.end);
    }
    if (sentenceBegin >= 0) {
        cuts.insert(sentenceBegin);
        cuts.insert(sentenceEnd);
    }
    html_ = QStringLiteral("<html><body style=\"line-height: 150%\">");
    auto mention = kept.begin();
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const int from = *it;
        const int to = *std::next(it);
        if (from == sentenceBegin)
            html_ += QStringLiteral("<a name=\"%1\"></a>").arg(evidenceAnchor());
        while (mention != kept.end() && mention->end <= from)
            ++mention;
        const bool inMention = mention != kept.end() && mention->begin <= from && to <= mention->end;
        const bool inSentence = sentenceBegin >= 0 && from >= sentenceBegin && to <= sentenceEnd;
        QString piece = escaped(text.mid(from, to - from));
        if (inSentence)
            piece = QStringLiteral("<span style=\"background-color:#ffe680\">%1</span>").arg(piece);
        if (inMention) {
            const auto* entity = graph.entity(mention->entity);
            piece = QStringLiteral("<a href=\"%1\" title=\"%2\" style=\"color:#1a4f9c; text-decoration: underline\">%3</a>")
                        .arg(linkFor(mention->entity).toString(),
                             entity ? QString::fromStdString(entity->name).toHtmlEscaped() : QString(), piece);
        }
        html_ += piece;
    }
    html_ += QStringLiteral("</body></html>");
}

QUrl ArticleHtml::linkFor(core::EntityId entity)
{
    return QUrl(QStringLiteral("entity:%1").arg(entity));
}

core::EntityId ArticleHtml::entityFromLink(const QUrl& url)
{
    if (url.scheme() != QStringLiteral("entity"))
        return 0;
    bool ok = false;
    const auto id = url.path().toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace newsgraph::ui
