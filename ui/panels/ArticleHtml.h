// Renders a stored article as HTML: one sentence highlighted, entity mentions underlined as entity: links.
#pragma once

#include "model/GraphData.h"
#include "store/GraphStore.h"

#include <QString>
#include <QUrl>

namespace newsgraph::ui {

class ArticleHtml
{
public:
    // `graph` names the mentioned entities in link tooltips; offsets are converted from UTF-8.
    ArticleHtml(const core::StoredArticle& article, int highlightSentence, const core::GraphData& graph);

    const QString& html() const { return html_; }
    const QString& highlightedSentence() const { return highlighted_; }
    int mentionLinks() const { return mentionLinks_; }

    static QString evidenceAnchor() { return QStringLiteral("evidence"); }
    static QUrl linkFor(core::EntityId entity);
    static core::EntityId entityFromLink(const QUrl& url); // 0 when not an entity link

private:
    QString html_;
    QString highlighted_;
    int mentionLinks_ = 0;
};

} // namespace newsgraph::ui
