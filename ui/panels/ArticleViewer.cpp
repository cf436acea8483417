// Shows one stored article with an evidence sentence highlighted and entity mentions as links.
#include "ArticleViewer.h"

#include "ArticleHtml.h"

#include "document/GraphDocument.h"
#include "store/GraphStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace newsgraph::ui {

ArticleViewer::ArticleViewer(GraphDocument* document, QWidget* parent)
    : QDialog(parent), document_(document), header_(new QLabel(this)), browser_(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("articleViewer"));
    setWindowTitle(tr("Article"));
    header_->setWordWrap(true);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    browser_->setObjectName(QStringLiteral("articleText"));
    browser_->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(720, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browser_, &QTextBrowser::anchorClicked, this, &ArticleViewer::followLink);
    connect(document_, &GraphDocument::databaseChanged, this, &QDialog::hide);
}

bool ArticleViewer::showSentence(core::ArticleId article, int sentenceIndex)
{
    if (!document_->store())
        return false;
    auto loaded = document_->store()->loadArticle(article);
    if (!loaded) {
        header_->setText(tr("Could not load the article: %1").arg(QString::fromStdString(loaded.error().message)));
        browser_->clear();
        show();
        return false;
    }
    const auto& stored = *loaded;
    const auto& record = stored.record;
    article_ = article;
    QStringList meta;
    for (const auto& part : {record.outlet, record.publishedDate.substr(0, std::min<std::size_t>(10, record.publishedDate.size()))})
        if (!part.empty())
            meta << QString::fromStdString(part);
    QStringList reporters;
    for (const auto& reporter : record.reporters)
        reporters << QString::fromStdString(reporter);
    if (!reporters.isEmpty())
        meta << reporters.join(QStringLiteral(", "));
    const QString title = QString::fromStdString(record.title.empty() ? record.fileName : record.title);
    header_->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(),
                                                          meta.join(QStringLiteral(" · ")).toHtmlEscaped()));
    setWindowTitle(tr("Article — %1").arg(title));

    const ArticleHtml html(stored, sentenceIndex, document_->graph());
    highlighted_ = html.highlightedSentence();
    mentionLinks_ = html.mentionLinks();
    browser_->setHtml(html.html());
    browser_->scrollToAnchor(ArticleHtml::evidenceAnchor());
    show();
    raise();
    return true;
}

void ArticleViewer::followLink(const QUrl& url)
{
    const auto entity = ArticleHtml::entityFromLink(url);
    if (entity == 0)
        return;
    document_->selectEntity(entity);
    document_->requestFocus(entity);
}

} // namespace newsgraph::ui
