#include "extract/ner/ViterbiDecoder.h"

#include <algorithm>
#include <limits>

namespace newsgraph::core::ner {

namespace {

constexpr float impossible = -std::numeric_limits<float>::infinity();

// The transition scores with forbidden moves set to -inf, so the inner loops need no tests.
TransitionScores constrained(const TransitionScores& tr)
{
    TransitionScores out = tr;
    for (int f = 0; f < tagCount; ++f)
        for (int t = 0; t < tagCount; ++t)
            if (!transitionAllowed(f, t))
                out.next[static_cast<std::size_t>(f * tagCount + t)] = impossible;
    for (int t = 0; t < tagCount; ++t)
        if (!startAllowed(t))
            out.start[static_cast<std::size_t>(t)] = impossible;
    return out;
}

constexpr int typeCount = static_cast<int>(entityLabels.size());
static_assert(tagCount == 1 + 2 * typeCount);

// Fills alpha (best prefix score ending in tag t at i, emission included) and back pointers.
void forward(const std::vector<float>& em, std::size_t n, const TransitionScores& trIn, std::vector<float>& alpha,
             std::vector<int>& back)
{
    const TransitionScores tr = constrained(trIn);
    alpha.assign(n * tagCount, impossible);
    back.assign(n * tagCount, 0);
    if (n == 0)
        return;
    for (int t = 0; t < tagCount; ++t)
        alpha[static_cast<std::size_t>(t)] = tr.start[static_cast<std::size_t>(t)] + em[static_cast<std::size_t>(t)];
    for (std::size_t i = 1; i < n; ++i) {
        const float* prev = &alpha[(i - 1) * tagCount];
        for (int t = 0; t < tagCount; ++t) {
            float best = impossible;
            int arg = 0;
            for (int f = 0; f < tagCount; ++f) {
                const float s = prev[f] + tr.next[static_cast<std::size_t>(f * tagCount + t)];
                if (s > best) {
                    best = s;
                    arg = f;
                }
            }
            alpha[i * tagCount + static_cast<std::size_t>(t)] = best + em[i * tagCount + static_cast<std::size_t>(t)];
            back[i * tagCount + static_cast<std::size_t>(t)] = arg;
        }
    }
}

std::vector<int> traceBack(const std::vector<float>& alpha, const std::vector<int>& back, std::size_t n)
{
    std::vector<int> path(n, 0);
    if (n == 0)
        return path;
    int best = 0;
    for (int t = 1; t < tagCount; ++t)
        if (alpha[(n - 1) * tagCount + static_cast<std::size_t>(t)] > alpha[(n - 1) * tagCount + static_cast<std::size_t>(best)])
            best = t;
    path[n - 1] = best;
    for (std::size_t i = n - 1; i > 0; --i)
        path[i - 1] = back[i * tagCount + static_cast<std::size_t>(path[i])];
    return path;
}

} // namespace

std::vector<int> viterbiDecode(const std::vector<float>& emissions, std::size_t n, const TransitionScores& transitions)
{
    std::vector<float> alpha;
    std::vector<int> back;
    forward(emissions, n, transitions, alpha, back);
    return traceBack(alpha, back, n);
}

std::vector<int> viterbiDecodeWithMargins(const std::vector<float>& emissions, std::size_t n,
                                          const TransitionScores& transitionsIn, std::vector<float>& margins)
{
    const TransitionScores transitions = constrained(transitionsIn);
    std::vector<float> alpha;
    std::vector<int> back;
    forward(emissions, n, transitionsIn, alpha, back);
    auto path = traceBack(alpha, back, n);
    margins.assign(n, 0);
    if (n == 0)
        return path;
    // beta[i][t]: best score of positions i+1.. given tag t at i (emission of i excluded).
    std::vector<float> beta(n * tagCount, impossible);
    for (int t = 0; t < tagCount; ++t)
        beta[(n - 1) * tagCount + static_cast<std::size_t>(t)] = 0;
    for (std::size_t i = n - 1; i > 0; --i) {
        const float* em = &emissions[i * tagCount];
        const float* after = &beta[i * tagCount];
        float* before = &beta[(i - 1) * tagCount];
        for (std::size_t f = 0; f < static_cast<std::size_t>(tagCount); ++f) {
            float best = impossible;
            auto consider = [&](std::size_t t) {
                const float s = transitions.next[f * tagCount + t] + em[t] + after[t];
                if (s > best)
                    best = s;
            };
            // BIO: O and B-X follow any tag, I-X only B-X or I-X of its own type; skipping the
            // forbidden moves (-inf) leaves the maximum as it was.
            consider(0);
            for (int x = 0; x < typeCount; ++x)
                consider(static_cast<std::size_t>(beginTag(x)));
            if (f != 0)
                consider(static_cast<std::size_t>(insideTag(typeOf(static_cast<int>(f)))));
            before[f] = best;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const float onPath = alpha[i * tagCount + static_cast<std::size_t>(path[i])] + beta[i * tagCount + static_cast<std::size_t>(path[i])];
        float other = impossible;
        for (int t = 0; t < tagCount; ++t)
            if (t != path[i])
                other = std::max(other, alpha[i * tagCount + static_cast<std::size_t>(t)] + beta[i * tagCount + static_cast<std::size_t>(t)]);
        margins[i] = other == impossible ? 1e9f : onPath - other;
    }
    return path;
}

namespace {

bool isLatinLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

} // namespace

// A character model may cut a Latin word ("Wo|rld"); no entity starts or ends inside one, so such
// spans are dropped rather than trusted.
void dropSpansInsideLatinWords(const std::vector<char32_t>& chars, std::vector<int>& tags)
{
    const std::size_t n = tags.size();
    for (std::size_t i = 0; i < n;) {
        if (tags[i] == 0) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < n && isInside(tags[j]) && typeOf(tags[j]) == typeOf(tags[i]))
            ++j;
        const bool cutsBefore = i > 0 && isLatinLetter(chars[i - 1]) && isLatinLetter(chars[i]);
        const bool cutsAfter = j < n && isLatinLetter(chars[j - 1]) && isLatinLetter(chars[j]);
        if (cutsBefore || cutsAfter)
            std::fill(tags.begin() + static_cast<std::ptrdiff_t>(i), tags.begin() + static_cast<std::ptrdiff_t>(j), 0);
        i = j;
    }
}


} // namespace newsgraph::core::ner
