// Lowers the scheduling priority of the calling worker thread, for long computations nobody waits for.
#pragma once

namespace newsgraph::ui {

// Betweenness and PageRank of a large graph take seconds while the user goes on filtering and
// panning: on two cores they should take what the GUI and the filter thread leave. On Linux the
// thread's nice value goes up by 10 (it still progresses under load, unlike SCHED_IDLE, which
// would starve it while other programs keep both cores busy); elsewhere Qt's lowest priority.
// Meant for threads that run nothing else afterwards (a pool of their own): it is not undone.
void lowerCurrentThreadPriority();

} // namespace newsgraph::ui
