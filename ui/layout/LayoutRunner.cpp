#include "layout/LayoutRunner.h"

#include "layout/ForceLayout.h"
#include "layout/LayoutComputation.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace newsgraph::ui {

namespace {
constexpr qint64 frameIntervalMs = 33;
}

struct LayoutRunner::Shared {
    std::atomic<bool> stopRequested{false};
    QMutex mutex;
    std::vector<QPointF> latest;
    bool deliveryPending = false;
    bool done = false;
    std::vector<std::pair<int, QPointF>> pins; // pending pins (node, position)
    std::vector<int> unpins;
};

LayoutRunner::LayoutRunner(QObject* parent) : QObject(parent) {}

LayoutRunner::~LayoutRunner()
{
    stop();
    future_.waitForFinished();
}

bool LayoutRunner::isRunning() const
{
    return running_; // cleared when the final snapshot arrives, so finished() handlers see false
}

void LayoutRunner::stop()
{
    if (shared_)
        shared_->stopRequested = true;
}

void LayoutRunner::pin(int node, QPointF position)
{
    if (!shared_)
        return;
    QMutexLocker lock(&shared_->mutex);
    shared_->pins.emplace_back(node, position);
}

void LayoutRunner::unpin(int node)
{
    if (!shared_)
        return;
    QMutexLocker lock(&shared_->mutex);
    shared_->unpins.push_back(node);
}

void LayoutRunner::start(LayoutKind kind, const LayoutInput& input, int maxIterations)
{
    stop();
    future_.waitForFinished(); // a step is short: the previous worker notices the flag quickly
    auto shared = std::make_shared<Shared>();
    shared_ = shared;
    const std::uint64_t generation = ++generation_;
    running_ = true;

    auto publish = [this, shared, generation](const std::vector<QPointF>& positions, bool done) {
        QMutexLocker lock(&shared->mutex);
        shared->latest = positions;
        shared->done = shared->done || done;
        if (shared->deliveryPending)
            return;
        shared->deliveryPending = true;
        QMetaObject::invokeMethod(this, [this, generation] { deliver(generation); }, Qt::QueuedConnection);
    };

    future_ = QtConcurrent::run([kind, input, maxIterations, shared, publish] {
        if (kind != LayoutKind::Force) {
            publish(computeLayout(kind, input), true);
            return;
        }
        ForceLayout layout(input);
        QElapsedTimer sincePublish;
        sincePublish.start();
        while (!shared->stopRequested && layout.iteration() < maxIterations) {
            {
                QMutexLocker lock(&shared->mutex);
                for (const auto& [node, position] : shared->pins)
                    layout.pin(node, position);
                for (int node : shared->unpins)
                    layout.unpin(node);
                shared->pins.clear();
                shared->unpins.clear();
            }
            if (!layout.step())
                break;
            if (sincePublish.elapsed() >= frameIntervalMs) {
                publish(layout.positions(), false);
                sincePublish.restart();
            }
        }
        publish(layout.positions(), true);
    });
}

void LayoutRunner::deliver(std::uint64_t generation)
{
    if (generation != generation_ || !shared_)
        return; // a snapshot from a layout that has since been replaced
    std::vector<QPointF> positions;
    bool done = false;
    {
        QMutexLocker lock(&shared_->mutex);
        positions.swap(shared_->latest);
        shared_->deliveryPending = false;
        done = shared_->done;
    }
    if (!positions.empty())
        emit positionsUpdated(positions);
    if (done) {
        running_ = false;
        emit finished();
    }
}

} // namespace newsgraph::ui
