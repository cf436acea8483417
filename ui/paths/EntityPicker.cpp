// A line edit that picks one entity by name.
#include "EntityPicker.h"

#include "models/SearchIndex.h"
#include "models/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace newsgraph::ui {

EntityPicker::EntityPicker(const SearchIndex* index, QWidget* parent)
    : QLineEdit(parent), index_(index), results_(new SearchResultsModel(this)), completer_(new QCompleter(this))
{
    setClearButtonEnabled(true);
    completer_->setModel(results_);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setCompletionColumn(SearchResultsModel::NameColumn);
    completer_->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &EntityPicker::updateMatches);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (completer_->popup()->isVisible())
            completer_->popup()->hide();
        if (entity_ == 0)
            pickBestMatch(text());
    });
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& i) {
        setEntity(i.data(SearchResultsModel::EntityIdRole).toLongLong(), i.data(Qt::EditRole).toString());
    });
}

void EntityPicker::setEntity(core::EntityId entity, const QString& name)
{
    setText(name);
    if (entity_ == entity)
        return;
    entity_ = entity;
    emit entityChanged(entity_);
}

bool EntityPicker::pickBestMatch(const QString& text)
{
    const auto matches = index_->search(text, 1);
    if (matches.empty())
        return false;
    setEntity(matches.front().entity, matches.front().name);
    return true;
}

void EntityPicker::updateMatches(const QString& text)
{
    if (entity_ != 0) {
        entity_ = 0;
        emit entityChanged(0);
    }
    results_->setMatches(index_->search(text));
    if (results_->rowCount() > 0)
        completer_->complete();
    else
        completer_->popup()->hide();
}

} // namespace newsgraph::ui
