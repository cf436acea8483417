// Wall and CPU stopwatch for the GUI benchmarks: on a loaded machine the CPU time is what the same
// work costs on an idle one, so both are reported.
#pragma once

#include <QElapsedTimer>

#include <sys/resource.h>
#include <time.h>

namespace newsgraph::ui {

class BenchmarkClock
{
public:
    BenchmarkClock() { restart(); }

    void restart()
    {
        timer_.start();
        cpuStart_ = processCpuMs();
    }
    double wallMs() const { return static_cast<double>(timer_.nsecsElapsed()) / 1e6; }
    // All threads of the process: work handed to the thread pool (filtering, layout) counts too.
    double cpuMs() const { return processCpuMs() - cpuStart_; }

    static double processCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }
    // The calling thread only (the GUI thread's share of a filter update).
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }
    static double peakMemoryMb()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
    }

private:
    QElapsedTimer timer_;
    double cpuStart_ = 0;
};

} // namespace newsgraph::ui
