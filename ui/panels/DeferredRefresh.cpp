#include "panels/DeferredRefresh.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace newsgraph::ui {

DeferredRefresh::DeferredRefresh(QWidget* panel, std::function<void()> refresh)
    : QObject(panel), panel_(panel), refresh_(std::move(refresh))
{
    panel_->installEventFilter(this);
}

void DeferredRefresh::request()
{
    if (!panel_->isVisible()) {
        stale_ = true;
        return;
    }
    stale_ = false;
    refresh_();
}

bool DeferredRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == panel_ && event->type() == QEvent::Show && stale_) {
        stale_ = false;
        refresh_();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace newsgraph::ui
