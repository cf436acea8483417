#include "extract/ner/NerBenchmark.h"

#include "extract/ner/NerModel.h"

#include <chrono>
#include <ctime>

namespace newsgraph::core {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

} // namespace

Result<NerBenchmark> benchmarkNer(const std::filesystem::path& modelFile, std::vector<std::string> sentences, std::size_t minBytes)
{
    using Clock = std::chrono::steady_clock;
    NerBenchmark result;
    const auto loadStart = Clock::now();
    const double loadCpuStart = threadCpuSeconds();
    auto model = NerModel::load(modelFile);
    if (!model)
        return std::unexpected(model.error());
    result.loadMilliseconds = std::chrono::duration<double, std::milli>(Clock::now() - loadStart).count();
    result.loadCpuMilliseconds = (threadCpuSeconds() - loadCpuStart) * 1000;
    if (sentences.empty())
        sentences = {
            "서울시는 다음 달 3일부터 청년 1만 2천 명에게 월 50만 원을 지원한다고 23일 밝혔다.",
            "김민수 대표는 지난해 미국 실리콘밸리에서 인공지능 스타트업을 창업했다.",
            "한국은행 금융통화위원회는 오전 10시 기준금리를 연 3.5%로 동결했다.",
            "부산 해운대구에 사는 이모(45)씨는 경찰 조사에서 혐의를 부인했다.",
            "The company said Samsung Electronics will invest $2 billion in Texas.",
        };
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    while (result.bytesTagged < minBytes)
        for (const auto& s : sentences) {
            result.spansFound += model->tag(s).size();
            result.bytesTagged += s.size();
        }
    result.taggingSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.taggingCpuSeconds = threadCpuSeconds() - cpuStart;
    result.megabytesPerSecond = result.taggingCpuSeconds > 0
        ? static_cast<double>(result.bytesTagged) / (1024.0 * 1024.0) / result.taggingCpuSeconds : 0;
    return result;
}

} // namespace newsgraph::core
