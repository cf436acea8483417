// Runs a layout on a worker thread and hands position snapshots to the GUI thread (~30 per second).
#pragma once

#include "layout/LayoutInput.h"
#include "layout/LayoutKind.h"

#include <QFuture>
#include <QObject>
#include <QPointF>

#include <memory>
#include <vector>

namespace newsgraph::ui {

// Owns its worker: stop() asks it to finish, the destructor waits for it. Snapshots are coalesced,
// so a slow GUI thread just sees fewer of them; the computation itself never depends on timing.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    void start(LayoutKind kind, const LayoutInput& input, int maxIterations = 1000);
    void stop();
    bool isRunning() const;

    // A node the user drags while the force layout runs.
    void pin(int node, QPointF position);
    void unpin(int node);

signals:
    void positionsUpdated(const std::vector<QPointF>& positions);
    void finished();

private:
    struct Shared;
    void deliver(std::uint64_t generation);

    std::shared_ptr<Shared> shared_;
    QFuture<void> future_;
    std::uint64_t generation_ = 0;
    bool running_ = false;
};

} // namespace newsgraph::ui
