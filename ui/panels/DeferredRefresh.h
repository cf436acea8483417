// Runs a panel's refresh now when the panel is on screen, else the next time it is shown.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace newsgraph::ui {

// A filter change on a 20,000-entity graph asks every panel to rebuild its table; a panel in a
// hidden or background dock tab would spend tens of milliseconds of the GUI thread on rows nobody
// sees. It marks itself stale instead and catches up when it is shown (a Show event).
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget* panel, std::function<void()> refresh);

    // Refreshes at once if the panel is visible; else on its next Show event.
    void request();
    bool isStale() const { return stale_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* panel_;
    std::function<void()> refresh_;
    bool stale_ = false;
};

} // namespace newsgraph::ui
