// Installs curation, saved views, analysis and language into the main window: docks, menus, context menus.
#pragma once

#include <QObject>

class QMenuBar;

namespace newsgraph::ui {

class AnalysisPanel;
class CurationActions;
class CurationLogPanel;
class CurationMenu;
class LanguageMenu;
class MainWindow;
class ViewsMenu;

// Kept out of MainWindow so the window stays wiring-only: MainWindow calls install() while it
// builds its docks (so the View menu lists ours) and addMenus() once its own menus exist.
// Tests reach it with window.findChild<ReviewTools*>().
class ReviewTools : public QObject
{
    Q_OBJECT

public:
    static ReviewTools* install(MainWindow* window);
    // Curate after Edit, Views after View, Settings ▸ Language before Help.
    void addMenus(QMenuBar* bar);

    CurationActions* actions() const { return actions_; }
    CurationMenu* curationMenu() const { return curationMenu_; }
    CurationLogPanel* curationLog() const { return log_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    ViewsMenu* viewsMenu() const { return viewsMenu_; }
    LanguageMenu* languageMenu() const { return languageMenu_; }

private:
    explicit ReviewTools(MainWindow* window);

    MainWindow* window_;
    CurationActions* actions_;
    CurationMenu* curationMenu_;
    CurationLogPanel* log_;
    AnalysisPanel* analysis_;
    ViewsMenu* viewsMenu_;
    LanguageMenu* languageMenu_;
};

} // namespace newsgraph::ui
