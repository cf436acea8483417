// Shows one stored article with an evidence sentence highlighted and entity mentions as links.
#pragma once

#include "model/GraphData.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace newsgraph::ui {

class GraphDocument;

// A non-modal window, reused for each sentence the user opens. Clicking a mention selects the
// entity in the graph.
class ArticleViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ArticleViewer(GraphDocument* document, QWidget* parent = nullptr);

    // Loads the article from the document's database; false (with a message shown) on error.
    bool showSentence(core::ArticleId article, int sentenceIndex);

    core::ArticleId article() const { return article_; }
    QString highlightedSentence() const { return highlighted_; }
    int mentionLinks() const { return mentionLinks_; }
    QTextBrowser* browser() const { return browser_; }

private:
    void followLink(const QUrl& url);

    GraphDocument* document_;
    QLabel* header_;
    QTextBrowser* browser_;
    core::ArticleId article_ = 0;
    QString highlighted_;
    int mentionLinks_ = 0;
};

} // namespace newsgraph::ui
