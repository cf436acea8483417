// A compact tree view for checkable filter lists.
#include "CheckList.h"

#include <QHeaderView>

namespace newsgraph::ui {

CheckList::CheckList(QAbstractItemModel* model, const QString& objectName, QWidget* parent) : QTreeView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace newsgraph::ui
