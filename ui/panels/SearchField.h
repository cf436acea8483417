// The search box: completes entity names and aliases as typed (Hangul, Latin, romanised, initials); Enter selects.
#pragma once

#include "model/GraphData.h"
#include "models/SearchIndex.h"

#include <QLineEdit>

class QCompleter;

namespace newsgraph::ui {

class GraphDocument;
class SearchResultsModel;

class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(GraphDocument* document, QWidget* parent = nullptr);

    const SearchIndex& index() const { return index_; }
    SearchResultsModel* resultsModel() const { return results_; }
    QCompleter* entityCompleter() const { return completer_; }
    // Selects and centres `entity`; tells the user when the filter hides it.
    void activateEntity(core::EntityId entity);

signals:
    void message(const QString& text);

private:
    void updateMatches(const QString& text);
    void activateBestMatch();

    GraphDocument* document_;
    SearchIndex index_;
    SearchResultsModel* results_;
    QCompleter* completer_;
};

} // namespace newsgraph::ui
