// Trie building, BFS failure links, then a flat copy of the trie for matching.
#include "LexiconMatcherAutomaton.h"

#include <algorithm>
#include <queue>

namespace newsgraph::core {

LexiconMatcherAutomaton::LexiconMatcherAutomaton()
{
    nodes_.emplace_back();
}

bool LexiconMatcherAutomaton::add(std::string_view bytes, std::int32_t output)
{
    std::int32_t node = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        std::int32_t next = child(node, byte);
        if (next < 0) {
            next = static_cast<std::int32_t>(nodes_.size());
            auto& edges = nodes_[static_cast<std::size_t>(node)].next;
            edges.insert(std::ranges::lower_bound(edges, byte, {}, &std::pair<unsigned char, std::int32_t>::first),
                         {byte, next});
            nodes_.emplace_back();
        }
        node = next;
    }
    Node& end = nodes_[static_cast<std::size_t>(node)];
    if (end.output >= 0)
        return false;
    end.output = output;
    return true;
}

void LexiconMatcherAutomaton::finish()
{
    buildFailureLinks();
    flatten();
}

std::int32_t LexiconMatcherAutomaton::child(std::int32_t node, unsigned char byte) const
{
    if (node == 0 && rootReady_)
        return rootNext_[byte];
    const auto& edges = nodes_[static_cast<std::size_t>(node)].next;
    const auto found = std::ranges::lower_bound(edges, byte, {}, &std::pair<unsigned char, std::int32_t>::first);
    return found != edges.end() && found->first == byte ? found->second : -1;
}

void LexiconMatcherAutomaton::buildFailureLinks()
{
    rootNext_.fill(-1);
    for (const auto& [byte, next] : nodes_[0].next)
        rootNext_[byte] = next;
    rootReady_ = true;
    std::queue<std::int32_t> queue;
    for (const auto& [byte, next] : nodes_[0].next) {
        nodes_[static_cast<std::size_t>(next)].fail = 0;
        queue.push(next);
    }
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop();
        for (const auto& [byte, next] : nodes_[static_cast<std::size_t>(node)].next) {
            std::int32_t fallback = nodes_[static_cast<std::size_t>(node)].fail;
            while (fallback > 0 && child(fallback, byte) < 0)
                fallback = nodes_[static_cast<std::size_t>(fallback)].fail;
            const std::int32_t target = child(fallback, byte);
            Node& current = nodes_[static_cast<std::size_t>(next)];
            current.fail = target >= 0 && target != next ? target : 0;
            const Node& failNode = nodes_[static_cast<std::size_t>(current.fail)];
            current.outputLink = failNode.output >= 0 ? current.fail : failNode.outputLink;
            queue.push(next);
        }
    }
}

void LexiconMatcherAutomaton::flatten()
{
    // Breadth-first numbering: the shallow states, which almost every byte visits, end up side by
    // side in a few cache lines instead of spread over the whole array in pattern order.
    std::vector<std::int32_t> order;
    order.reserve(nodes_.size());
    std::vector<std::uint8_t> depth; // capped: only the shallow levels matter below
    order.push_back(0);
    depth.push_back(0);
    for (std::size_t k = 0; k < order.size(); ++k)
        for (const auto& edge : nodes_[static_cast<std::size_t>(order[k])].next) {
            order.push_back(edge.second);
            depth.push_back(static_cast<std::uint8_t>(std::min(depth[k] + 1, 255)));
        }
    std::vector<std::int32_t> renumbered(nodes_.size(), 0);
    for (std::size_t k = 0; k < order.size(); ++k)
        renumbered[static_cast<std::size_t>(order[k])] = static_cast<std::int32_t>(k);
    const auto mapped = [&](std::int32_t node) { return node < 0 ? node : renumbered[static_cast<std::size_t>(node)]; };

    states_.resize(order.size());
    outputs_.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Node& node = nodes_[static_cast<std::size_t>(order[k])];
        State& state = states_[k];
        state.firstEdge = static_cast<std::uint32_t>(edgeBytes_.size());
        for (const auto& [byte, next] : node.next) {
            edgeBytes_.push_back(byte);
            edgeTargets_.push_back(mapped(next));
        }
        state.edgeCount = static_cast<std::uint16_t>(node.next.size()); // at most 256
        const std::size_t denseRow = denseNext_.size() / 256;
        // The root's row is built last, in resolveDenseRows(), from rootNext_: a row given here would
        // hold -1 for bytes no pattern starts with, and rows resolved through it would copy them.
        const bool busy = k > 0 && (node.next.size() >= denseFromEdges || (depth[k] <= denseToDepth && !node.next.empty()));
        if (busy && denseRow <= 0x7FFF) {
            state.dense = static_cast<std::int16_t>(denseRow);
            denseNext_.resize(denseNext_.size() + 256, -1);
            for (const auto& [byte, next] : node.next)
                denseNext_[denseRow * 256 + byte] = mapped(next);
        }
        state.fail = mapped(node.fail);
        outputs_[k] = Outputs{node.output, mapped(node.outputLink)};
        if (node.output >= 0 || node.outputLink >= 0)
            state.edgeCount |= hasOutputs;
    }
    for (auto& next : rootNext_)
        next = mapped(next);
    resolveDenseRows();
    nodes_.clear();
    nodes_.shrink_to_fit();
}

void LexiconMatcherAutomaton::resolveDenseRows()
{
    // A missing edge gets the state step() would reach through the failure links. A failure link
    // leads to a shallower state, which the breadth-first numbering puts earlier, so its row is
    // already resolved when it is consulted. The root row is added last, once rootNext_ is final.
    for (std::size_t k = 1; k < states_.size(); ++k) {
        const State& state = states_[k];
        if (state.dense < 0)
            continue;
        std::int32_t* row = &denseNext_[static_cast<std::size_t>(state.dense) * 256];
        // Most failure links of dense states lead to dense states: their resolved row answers at once.
        const State& fail = states_[static_cast<std::size_t>(state.fail)];
        const std::int32_t* failRow = fail.dense >= 0 ? &denseNext_[static_cast<std::size_t>(fail.dense) * 256] : nullptr;
        for (std::size_t byte = 0; byte < 256; ++byte)
            if (row[byte] < 0)
                row[byte] = failRow ? failRow[byte] : step(state.fail, static_cast<unsigned char>(byte));
    }
    const std::size_t rootRow = denseNext_.size() / 256;
    if (rootRow > 0x7FFF)
        return; // the root keeps only rootNext_, which step() reads directly
    for (const std::int32_t next : rootNext_)
        denseNext_.push_back(next >= 0 ? next : 0);
    states_[0].dense = static_cast<std::int16_t>(rootRow);
}

} // namespace newsgraph::core
