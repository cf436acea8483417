// Filter page: which entity types and relation types to show, with how many of each the database holds.
#pragma once

#include "FilterEdit.h"

#include "graph/GraphFilter.h"

#include <QWidget>

namespace newsgraph::ui {

class CheckableCountModel;

class TypeFilterPage : public QWidget
{
    Q_OBJECT

public:
    explicit TypeFilterPage(QWidget* parent = nullptr);

    void setGraph(const core::GraphData& graph); // counts
    void readFrom(const core::GraphFilter& filter);
    void writeTo(core::GraphFilter& filter) const;

    CheckableCountModel* entityTypeModel() const { return entityTypes_; }
    CheckableCountModel* relationTypeModel() const { return relationTypes_; }

signals:
    void edited(newsgraph::ui::FilterEdit edit);

private:
    CheckableCountModel* entityTypes_;
    CheckableCountModel* relationTypes_;
};

} // namespace newsgraph::ui
