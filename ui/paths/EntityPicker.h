// A line edit that picks one entity by name, with the search field's completion (Hangul, romanised, initials).
#pragma once

#include "model/GraphData.h"

#include <QLineEdit>

class QCompleter;

namespace newsgraph::ui {

class SearchIndex;
class SearchResultsModel;

class EntityPicker : public QLineEdit
{
    Q_OBJECT

public:
    // `index` is the search field's (rebuilt on every graph load); it must outlive the picker.
    explicit EntityPicker(const SearchIndex* index, QWidget* parent = nullptr);

    core::EntityId entity() const { return entity_; }
    void setEntity(core::EntityId entity, const QString& name);
    // Picks the best match for `text` (as Enter would); false when nothing matches.
    bool pickBestMatch(const QString& text);

signals:
    void entityChanged(core::EntityId entity);

private:
    void updateMatches(const QString& text);

    const SearchIndex* index_;
    SearchResultsModel* results_;
    QCompleter* completer_;
    core::EntityId entity_ = 0;
};

} // namespace newsgraph::ui
