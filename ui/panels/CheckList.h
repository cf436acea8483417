// A compact tree view for checkable filter lists: no root decoration, first column stretched.
#pragma once

#include <QTreeView>

class QAbstractItemModel;

namespace newsgraph::ui {

class CheckList : public QTreeView
{
    Q_OBJECT

public:
    CheckList(QAbstractItemModel* model, const QString& objectName, QWidget* parent = nullptr);
};

} // namespace newsgraph::ui
