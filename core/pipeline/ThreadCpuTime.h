// CPU time of the calling thread, so stage timings stay meaningful on a busy, shared machine.
#pragma once

namespace newsgraph::core {

// Seconds of CPU the calling thread has used (user + system); POSIX CLOCK_THREAD_CPUTIME_ID.
double threadCpuSeconds();

} // namespace newsgraph::core
