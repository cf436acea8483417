#include "extract/ner/ViterbiDecoder.h"

#include <algorithm>
#include <cstdint>
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

// The scores of all 13 tags side by side in four 4-lane vectors (3 lanes of padding), so the loops
// below compare every tag at once where they used to walk them one by one. Every lane does the very
// additions and strict comparisons, in the very order, of the scalar loops, so scores and ties come
// out the same.
using Lanes = float __attribute__((vector_size(4 * sizeof(float))));
using LaneMask = std::int32_t __attribute__((vector_size(4 * sizeof(std::int32_t))));
constexpr int chunks = 4;
static_assert(tagCount <= 4 * chunks);

struct TagScores {
    Lanes v[chunks];
};

Lanes broadcast(float x) { return Lanes{x, x, x, x}; }

TagScores allImpossible()
{
    TagScores out;
    for (auto& c : out.v)
        c = broadcast(impossible);
    return out;
}

float& lane(TagScores& s, int t) { return s.v[t / 4][t % 4]; }

// The tags any tag may precede, O and every B-X, side by side in two 4-lane vectors (lane 0: O,
// lane 1 + x: B-x, one lane of padding). I-X may only follow B-X or I-X, so its best predecessor is
// one of two, which is cheaper to find apart than in a vector over all thirteen.
constexpr int openCount = 1 + typeCount;
constexpr int openChunks = 2;
static_assert(openCount <= 4 * openChunks);
constexpr int openTag(int l) { return l == 0 ? 0 : beginTag(l - 1); }

// Fills alpha (best prefix score ending in tag t at i, emission included) and back pointers.
// tr must be constrained (forbidden moves at -inf). Every score is the very sum, and every winner
// the very tag (first f with a strictly better score), of a loop over all `from` tags: a forbidden
// move scores -inf and never wins a strict comparison.
void forward(const std::vector<float>& em, std::size_t n, const TransitionScores& tr, std::vector<float>& alpha,
             std::vector<int>& back)
{
    alpha.assign(n * tagCount, impossible);
    back.assign(n * tagCount, 0);
    if (n == 0)
        return;
    // open[f]: moving from f to O and to each B-X; padding lanes never win.
    Lanes open[tagCount][openChunks];
    for (int f = 0; f < tagCount; ++f)
        for (int l = 0; l < 4 * openChunks; ++l)
            open[f][l / 4][l % 4] = l < openCount ? tr.next[static_cast<std::size_t>(f * tagCount + openTag(l))] : impossible;
    for (int t = 0; t < tagCount; ++t)
        alpha[static_cast<std::size_t>(t)] = tr.start[static_cast<std::size_t>(t)] + em[static_cast<std::size_t>(t)];
    for (std::size_t i = 1; i < n; ++i) {
        const float* prev = &alpha[(i - 1) * tagCount];
        float* here = &alpha[i * tagCount];
        int* from = &back[i * tagCount];
        const float* emission = &em[i * tagCount];
        Lanes best[openChunks] = {broadcast(impossible), broadcast(impossible)};
        LaneMask arg[openChunks] = {};
        for (int f = 0; f < tagCount; ++f) {
            const Lanes score = broadcast(prev[f]);
            const LaneMask fs = LaneMask{f, f, f, f};
            for (int c = 0; c < openChunks; ++c) {
                const Lanes s = score + open[f][c];
                const LaneMask better = s > best[c];
                best[c] = better ? s : best[c];
                arg[c] = better ? fs : arg[c];
            }
        }
        for (int l = 0; l < openCount; ++l) {
            const auto t = static_cast<std::size_t>(openTag(l));
            here[t] = best[l / 4][l % 4] + emission[t];
            from[t] = arg[l / 4][l % 4];
        }
        for (int x = 0; x < typeCount; ++x) {
            const int b = beginTag(x), t = insideTag(x);
            float bestInside = impossible;
            int argInside = 0;
            const float fromBegin = prev[b] + tr.next[static_cast<std::size_t>(b * tagCount + t)];
            if (fromBegin > bestInside) {
                bestInside = fromBegin;
                argInside = b;
            }
            const float fromInside = prev[t] + tr.next[static_cast<std::size_t>(t * tagCount + t)];
            if (fromInside > bestInside) {
                bestInside = fromInside;
                argInside = t;
            }
            here[t] = bestInside + emission[t];
            from[t] = argInside;
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
    thread_local std::vector<float> alpha; // reused by the thread's next sentence
    thread_local std::vector<int> back;
    forward(emissions, n, constrained(transitions), alpha, back);
    return traceBack(alpha, back, n);
}

std::vector<int> viterbiDecodeWithMargins(const std::vector<float>& emissions, std::size_t n,
                                          const TransitionScores& transitionsIn, std::vector<float>& margins)
{
    const TransitionScores transitions = constrained(transitionsIn);
    thread_local std::vector<float> alpha; // reused by the thread's next sentence
    thread_local std::vector<int> back;
    thread_local std::vector<float> beta;
    forward(emissions, n, transitions, alpha, back);
    auto path = traceBack(alpha, back, n);
    margins.assign(n, 0);
    if (n == 0)
        return path;
    // beta[i][t]: best score of positions i+1.. given tag t at i (emission of i excluded).
    beta.assign(n * tagCount, impossible);
    for (int t = 0; t < tagCount; ++t)
        beta[(n - 1) * tagCount + static_cast<std::size_t>(t)] = 0;
    // column[t]: moving from each tag to t, so that one vector holds every `from` tag.
    TagScores column[tagCount];
    for (int t = 0; t < tagCount; ++t) {
        column[t] = allImpossible();
        for (int f = 0; f < tagCount; ++f)
            lane(column[t], f) = transitions.next[static_cast<std::size_t>(f * tagCount + t)];
    }
    for (std::size_t i = n - 1; i > 0; --i) {
        const float* em = &emissions[i * tagCount];
        const float* after = &beta[i * tagCount];
        float* before = &beta[(i - 1) * tagCount];
        TagScores best = allImpossible();
        auto consider = [&](const TagScores& move, std::size_t t) {
            const Lanes emission = broadcast(em[t]), rest = broadcast(after[t]);
            for (int c = 0; c < chunks; ++c) {
                const Lanes s = move.v[c] + emission + rest;
                const LaneMask better = s > best.v[c];
                best.v[c] = better ? s : best.v[c];
            }
        };
        // BIO: O and B-X follow any tag, I-X only B-X or I-X of its own type; skipping the
        // forbidden moves (-inf) leaves the maximum as it was.
        consider(column[0], 0);
        for (int x = 0; x < typeCount; ++x) {
            const auto t = static_cast<std::size_t>(beginTag(x));
            consider(column[t], t);
        }
        // Per `from` tag f: moving on to the I of f's own type (none for O).
        TagScores inside = allImpossible();
        for (int f = 1; f < tagCount; ++f) {
            const auto t = static_cast<std::size_t>(insideTag(typeOf(f)));
            lane(inside, f) = transitions.next[static_cast<std::size_t>(f) * tagCount + t] + em[t] + after[t];
        }
        for (int c = 0; c < chunks; ++c) {
            const LaneMask better = inside.v[c] > best.v[c];
            best.v[c] = better ? inside.v[c] : best.v[c];
        }
        for (int f = 0; f < tagCount; ++f)
            before[f] = lane(best, f);
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
