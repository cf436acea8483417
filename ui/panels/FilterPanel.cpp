// The filter dock's contents.
#include "FilterPanel.h"

#include "SourceFilterPage.h"
#include "ThresholdFilterPage.h"
#include "TypeFilterPage.h"

#include "document/GraphDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace newsgraph::ui {
namespace {

QString describe(FilterEdit edit)
{
    switch (edit) {
    case FilterEdit::EntityTypes: return FilterPanel::tr("Filter entity types");
    case FilterEdit::RelationTypes: return FilterPanel::tr("Filter relation types");
    case FilterEdit::Articles: return FilterPanel::tr("Filter articles");
    case FilterEdit::Outlets: return FilterPanel::tr("Filter outlets");
    case FilterEdit::DateRange: return FilterPanel::tr("Change date range");
    case FilterEdit::MinAmount: return FilterPanel::tr("Change minimum amount");
    case FilterEdit::MinMentions: return FilterPanel::tr("Change minimum mentions");
    case FilterEdit::MinDegree: return FilterPanel::tr("Change minimum relations");
    case FilterEdit::Toggle: break;
    }
    return FilterPanel::tr("Change filter");
}

} // namespace

FilterPanel::FilterPanel(GraphDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new QTabWidget(this)), typePage_(new TypeFilterPage(this)),
      sourcePage_(new SourceFilterPage(this)), thresholdPage_(new ThresholdFilterPage(this)),
      busyLabel_(new QLabel(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    tabs_->addTab(typePage_, tr("Types"));
    tabs_->addTab(sourcePage_, tr("Sources"));
    tabs_->addTab(thresholdPage_, tr("Thresholds"));

    auto* reset = new QPushButton(tr("Show all"), this);
    reset->setObjectName(QStringLiteral("resetFilter"));
    reset->setToolTip(tr("Clear every filter"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(busyLabel_, 1);
    bottom->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs_, 1);
    layout->addLayout(bottom);

    connect(typePage_, &TypeFilterPage::edited, this, &FilterPanel::commitEdit);
    connect(sourcePage_, &SourceFilterPage::edited, this, &FilterPanel::commitEdit);
    connect(thresholdPage_, &ThresholdFilterPage::edited, this, &FilterPanel::commitEdit);
    connect(sourcePage_, &SourceFilterPage::articleHighlighted, this, &FilterPanel::highlightArticle);
    connect(reset, &QPushButton::clicked, this, [this] { document_->setFilter({}, -1, tr("Show all")); });

    connect(document_, &GraphDocument::filterChanged, this, &FilterPanel::showFilter);
    connect(document_, &GraphDocument::graphLoaded, this, [this] {
        typePage_->setGraph(document_->graph());
        sourcePage_->setGraph(document_->graph());
        showFilter();
    });
    connect(document_, &GraphDocument::filteringChanged, this,
            [this](bool busy) { busyLabel_->setText(busy ? tr("Filtering…") : QString()); });
    typePage_->setGraph(document_->graph());
    sourcePage_->setGraph(document_->graph());
    showFilter();
}

void FilterPanel::commitEdit(FilterEdit edit)
{
    if (showing_)
        return;
    core::GraphFilter filter = document_->filter();
    typePage_->writeTo(filter);
    sourcePage_->writeTo(filter);
    thresholdPage_->writeTo(filter);
    document_->setFilter(filter, mergeIdFor(edit), describe(edit));
}

void FilterPanel::showFilter()
{
    showing_ = true;
    const auto& filter = document_->filter();
    typePage_->readFrom(filter);
    sourcePage_->readFrom(filter);
    thresholdPage_->readFrom(filter);
    showing_ = false;
}

// Selecting an article (not checking it) highlights the entities it mentions.
void FilterPanel::highlightArticle(core::ArticleId article)
{
    if (article == 0)
        return;
    QList<core::EntityId> entities;
    for (const auto& entity : document_->filteredGraph().entities)
        if (std::binary_search(entity.articles.begin(), entity.articles.end(), article))
            entities.append(entity.id);
    document_->setSelection(entities);
}

} // namespace newsgraph::ui
