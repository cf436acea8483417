// Owns one kind of background computation: runs it on the thread pool, delivers on the GUI thread, cancels when gone.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace newsgraph::ui {

// Shared between the GUI thread and a worker: the worker polls it between steps.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

// A newer start() supersedes the running job: its flag is raised and its result dropped, so a
// slow old filter can never overwrite a newer one. Results arrive through a watcher parented to
// `context`, so they are delivered on the GUI thread and never after the context is destroyed.
template <typename T>
class BackgroundJob
{
public:
    // Runs on `pool` (the global pool when null). A job the user waits for, such as a filter, gets
    // a pool of its own so that it never queues behind seconds of layout or measures.
    explicit BackgroundJob(QObject* context, QThreadPool* pool = nullptr) : context_(context), pool_(pool) {}
    ~BackgroundJob() { cancelAndWait(); }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // `work(const CancelFlag&, QPromise<T>&)` runs on the pool and adds one result; `done(T)` runs
    // on the GUI thread unless the job was cancelled or superseded. Progress reported through the
    // promise reaches watcher()'s signals.
    template <typename Work, typename Done>
    void start(Work work, Done done)
    {
        cancel();
        auto flag = std::make_shared<std::atomic_bool>(false);
        flag_ = flag;
        auto* watcher = new QFutureWatcher<T>(context_);
        watcher_ = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, context_,
                         [this, watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             if (watcher_.data() != watcher) // superseded or cancelled
                                 return;
                             watcher_ = nullptr;
                             flag_.reset();
                             if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
                                 return;
                             done(watcher->future().takeResult());
                         });
        auto task = [work = std::move(work), flag](QPromise<T>& promise) mutable { work(flag, promise); };
        watcher->setFuture(pool_ ? QtConcurrent::run(pool_, std::move(task)) : QtConcurrent::run(std::move(task)));
    }

    // Asks the running job to stop early; whatever it returns is still delivered (a partial import).
    void requestStop()
    {
        if (flag_)
            flag_->store(true);
    }

    // Raises the flag of the running job (if any); its result will be dropped.
    void cancel()
    {
        if (flag_)
            flag_->store(true);
        flag_.reset();
        watcher_ = nullptr;
    }

    bool isRunning() const { return watcher_ && watcher_->isRunning(); }
    QFutureWatcher<T>* watcher() const { return watcher_; }

private:
    void cancelAndWait()
    {
        auto* running = watcher_.data();
        cancel();
        if (running)
            running->waitForFinished(); // the flag makes workers stop at their next check
    }

    QObject* context_;
    QThreadPool* pool_;
    CancelFlag flag_;
    QPointer<QFutureWatcher<T>> watcher_;
};

} // namespace newsgraph::ui
