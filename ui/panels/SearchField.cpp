// The search box with entity completion.
#include "SearchField.h"

#include "document/GraphDocument.h"
#include "models/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QItemSelectionModel>

namespace newsgraph::ui {

SearchField::SearchField(GraphDocument* document, QWidget* parent)
    : QLineEdit(parent), document_(document), results_(new SearchResultsModel(this)), completer_(new QCompleter(this))
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search entities (Ctrl+F): 사카나, sakana, ㅅㅋㄴ"));
    setClearButtonEnabled(true);
    // The index does the matching (romanisation, initials, particles); the completer only shows it.
    completer_->setModel(results_);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setCompletionColumn(SearchResultsModel::NameColumn);
    completer_->setWidget(this);

    connect(this, &QLineEdit::textEdited, this, &SearchField::updateMatches);
    connect(this, &QLineEdit::returnPressed, this, &SearchField::activateBestMatch);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        setText(index.data(Qt::EditRole).toString());
        activateEntity(index.data(SearchResultsModel::EntityIdRole).toLongLong());
    });
    connect(document_, &GraphDocument::graphLoaded, this, [this] {
        index_.rebuild(document_->graph());
        results_->setMatches({});
    });
    index_.rebuild(document_->graph());
}

void SearchField::updateMatches(const QString& text)
{
    results_->setMatches(index_.search(text));
    if (results_->rowCount() > 0)
        completer_->complete();
    else
        completer_->popup()->hide();
}

// Enter: the row the user highlighted in the popup, else the best match. (When the popup has the
// keyboard, the completer then completes the same row again, which changes nothing.)
void SearchField::activateBestMatch()
{
    QAbstractItemView* popup = completer_->popup();
    if (popup->isVisible() && popup->selectionModel()->hasSelection()) {
        const QModelIndex highlighted = popup->selectionModel()->selectedIndexes().constFirst();
        popup->hide();
        setText(highlighted.data(Qt::EditRole).toString());
        activateEntity(highlighted.data(SearchResultsModel::EntityIdRole).toLongLong());
        return;
    }
    popup->hide();
    auto matches = index_.search(text(), 1);
    if (matches.empty()) {
        emit message(tr("No entity matches “%1”").arg(text()));
        return;
    }
    setText(matches.front().name);
    activateEntity(matches.front().entity);
}

void SearchField::activateEntity(core::EntityId entity)
{
    if (entity == 0)
        return;
    if (!document_->filteredGraph().entity(entity)) {
        const auto* record = document_->graph().entity(entity);
        emit message(tr("%1 is hidden by the current filter")
                         .arg(record ? QString::fromStdString(record->name) : QString::number(entity)));
        return;
    }
    document_->selectEntity(entity);
    document_->requestFocus(entity);
}

} // namespace newsgraph::ui
