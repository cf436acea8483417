#include "document/BackgroundPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace newsgraph::ui {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int backgroundNice = 10;
    const auto thread = static_cast<id_t>(gettid()); // Linux applies PRIO_PROCESS of a tid to that thread
    if (getpriority(PRIO_PROCESS, thread) < backgroundNice)
        (void)setpriority(PRIO_PROCESS, thread, backgroundNice); // failure only leaves it at normal priority
#else
    QThread::currentThread()->setPriority(QThread::LowestPriority);
#endif
}

} // namespace newsgraph::ui
