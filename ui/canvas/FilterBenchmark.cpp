#include "canvas/FilterBenchmark.h"

#include "canvas/BenchmarkClock.h"
#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "store/GraphStore.h"
#include "window/CanvasSync.h"
#include "window/SavedPositions.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include <functional>

namespace newsgraph::ui {

namespace {

constexpr int waitLimitMs = 120'000;

// Runs the event loop until `done` holds after one of `document`'s signals (or the limit passes).
// Blocking in an event loop, not polling: polling would add its own CPU time to what is measured.
bool waitUntil(GraphDocument& document, const std::function<bool()>& done)
{
    if (done())
        return true;
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    // Queued: the check runs after every slot of the signal (the frame is drawn by a later one).
    for (auto signal : {&GraphDocument::graphChanged, &GraphDocument::measuresReady})
        QObject::connect(&document, signal, &loop, check, Qt::QueuedConnection);
    QTimer::singleShot(waitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The changes a user makes in the filter panel, each applied to the previous state.
std::vector<std::pair<std::string, core::GraphFilter>> filterChanges()
{
    core::GraphFilter someTypes;
    for (std::size_t i = 0; i + 3 < core::allEntityTypes.size(); ++i)
        someTypes.entityTypes.insert(core::allEntityTypes[i]);
    core::GraphFilter someRelations;
    for (std::size_t i = 0; i < core::allRelationTypes.size() / 2; ++i)
        someRelations.relationTypes.insert(core::allRelationTypes[i]);
    core::GraphFilter degree;
    degree.minDegree = 3;
    return {{"entity types, 3 of 10 hidden", someTypes},
            {"entity types, all shown again", {}},
            {"relation types, half hidden", someRelations},
            {"minimum relations 3", degree},
            {"show all (reset)", {}}};
}

} // namespace

std::vector<FilterUpdateTiming> runFilterBenchmark(const std::filesystem::path& database,
                                                   const std::map<core::EntityId, QPointF>& positions)
{
    std::vector<FilterUpdateTiming> timings;
    {
        auto store = core::GraphStore::open(database);
        if (!store || !savedPositions::save(**store, positions))
            return timings;
    }
    GraphDocument document;
    GraphCanvas canvas;
    canvas.resize(1280, 800);
    BenchmarkClock clock;
    double arrived = 0, synced = 0, arrivedCpu = 0, syncedCpu = 0, drawnCpu = 0;
    // Slots run in connection order: this one before CanvasSync's, the frame after it.
    QObject::connect(&document, &GraphDocument::graphChanged, &canvas, [&] {
        arrived = clock.wallMs();
        arrivedCpu = BenchmarkClock::threadCpuMs();
    });
    CanvasSync sync(&document, &canvas);
    bool drawn = false;
    QObject::connect(&document, &GraphDocument::graphChanged, &canvas, [&] {
        synced = clock.wallMs();
        syncedCpu = BenchmarkClock::threadCpuMs();
        const QPixmap frame = canvas.grab();
        drawnCpu = BenchmarkClock::threadCpuMs();
        drawn = !frame.isNull();
    });
    bool measured = false;
    QObject::connect(&document, &GraphDocument::measuresReady, &canvas, [&] { measured = true; });
    if (!document.open(QString::fromStdU16String(database.u16string())) ||
        !waitUntil(document, [&] { return drawn && measured; }))
        return timings;

    for (const auto& [change, filter] : filterChanges()) {
        drawn = measured = false;
        clock.restart();
        document.setFilter(filter); // what FilterPanel does on every edit
        if (!waitUntil(document, [&] { return drawn; }))
            break;
        FilterUpdateTiming timing;
        timing.change = change;
        timing.wallMs = clock.wallMs();
        timing.cpuMs = clock.cpuMs();
        timing.jobMs = arrived;
        timing.syncMs = synced - arrived;
        timing.frameMs = timing.wallMs - synced;
        timing.syncCpuMs = syncedCpu - arrivedCpu;
        timing.frameCpuMs = drawnCpu - syncedCpu;
        timing.nodes = static_cast<int>(canvas.graph().nodes.size());
        timing.edges = static_cast<int>(canvas.graph().edges.size());
        timing.relaidOut = canvas.isLayoutRunning();
        timings.push_back(timing);
        canvas.stopLayout(); // a fresh layout would run for seconds and blur the next measurement
        if (!waitUntil(document, [&] { return measured; }))
            break;
    }
    return timings;
}

} // namespace newsgraph::ui
