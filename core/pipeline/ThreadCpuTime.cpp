// Wall-clock stage times mostly measure other processes when the cores are oversubscribed.
#include "pipeline/ThreadCpuTime.h"

#include <ctime>

namespace newsgraph::core {

double threadCpuSeconds()
{
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return 0;
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace newsgraph::core
