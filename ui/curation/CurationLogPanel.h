// The "Curation log" dock: every stored edit (the audit trail), with restore for rejected relations.
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace newsgraph::ui {

class CurationActions;
class CurationLogModel;

class CurationLogPanel : public QWidget
{
    Q_OBJECT

public:
    CurationLogPanel(CurationActions* actions, QWidget* parent = nullptr);

    CurationLogModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    // Restores the rejected relation in the current row (one undoable edit).
    bool restoreCurrent();

private:
    void updateButtons();

    CurationActions* actions_;
    CurationLogModel* model_;
    QTableView* view_;
    QPushButton* restore_;
};

} // namespace newsgraph::ui
