// The main window: assembles the canvas, docks, toolbar, menus and status bar around one GraphDocument.
#pragma once

#include <QMainWindow>

namespace newsgraph::ui {

class ArticleViewer;
class CanvasSync;
class DatabaseSession;
class FilterPanel;
class GraphCanvas;
class GraphCountsLabel;
class GraphDocument;
class GraphToolBar;
class InspectorPanel;
class SearchField;

// Only wiring lives here; behaviour belongs to the parts (DatabaseSession for files, CanvasSync
// for the canvas, the panels for themselves). Accessors exist for tests that drive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the last database, or on first start creates one and imports the sample corpus.
    void start();
    // File → Export Image (Ctrl+E): the export dialog for what the canvas shows (non-modal).
    void showExportDialog();

    GraphDocument* document() const { return document_; }
    GraphCanvas* canvas() const { return canvas_; }
    CanvasSync* canvasSync() const { return sync_; }
    DatabaseSession* session() const { return session_; }
    FilterPanel* filterPanel() const { return filterPanel_; }
    InspectorPanel* inspector() const { return inspector_; }
    SearchField* searchField() const { return search_; }
    ArticleViewer* articleViewer() const { return articleViewer_; }
    GraphToolBar* graphToolBar() const { return toolBar_; }
    GraphCountsLabel* countsLabel() const { return counts_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void createStatusBar();
    void restoreLayout();
    void updateTitle();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    CanvasSync* sync_;
    SearchField* search_;
    GraphToolBar* toolBar_;
    FilterPanel* filterPanel_;
    InspectorPanel* inspector_;
    ArticleViewer* articleViewer_;
    DatabaseSession* session_;
    GraphCountsLabel* counts_;
};

} // namespace newsgraph::ui
