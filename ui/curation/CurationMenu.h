// The Curate menu and the right-click menus of the canvas and inspector: prompts, then CurationActions.
#pragma once

#include <QMenu>

class QAction;

namespace newsgraph::ui {

class CurationActions;
class GraphCanvas;
class GraphDocument;

// Actions work on the document's selection (entities or one relation) and enable themselves
// accordingly; a right click on the canvas first selects what it hits, so both menus agree.
class CurationMenu : public QMenu
{
    Q_OBJECT

public:
    CurationMenu(CurationActions* actions, QWidget* parent = nullptr);

    // Right-click menu on nodes, edges and empty space.
    void attachTo(GraphCanvas* canvas);
    // Right-click menu on any widget that shows the selection (e.g. the inspector).
    void attachToSelectionView(QWidget* widget);

    QAction* renameAction() const { return rename_; }
    QAction* retypeAction() const { return retype_; }
    QAction* mergeAction() const { return merge_; }
    QAction* splitAction() const { return split_; }
    QAction* removeAction() const { return remove_; }
    QAction* addEntityAction() const { return addEntity_; }
    QAction* addRelationAction() const { return addRelation_; }
    QAction* rejectAction() const { return reject_; }
    QAction* verifyAction() const { return verify_; }
    QAction* disputeAction() const { return dispute_; }
    QAction* suggestionsAction() const { return suggestions_; }

    // The menu for the current selection (entity actions, relation actions or "add").
    void fillSelectionMenu(QMenu* menu) const;

private:
    void updateActions();
    void promptRename();
    void promptRetype();
    void mergeSelection();
    void promptSplit();
    void removeSelection();
    void promptAddEntity();
    void promptAddRelation();
    void reviewSelection(int state);
    void showSuggestions();

    CurationActions* actions_;
    GraphDocument* document_;
    QAction* rename_;
    QAction* retype_;
    QAction* merge_;
    QAction* split_;
    QAction* remove_;
    QAction* addEntity_;
    QAction* addRelation_;
    QAction* reject_;
    QAction* verify_;
    QAction* dispute_;
    QAction* suggestions_;
};

} // namespace newsgraph::ui
