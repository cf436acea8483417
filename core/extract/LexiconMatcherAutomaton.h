// The byte-level Aho-Corasick automaton under LexiconMatcher: normalised patterns, failure links, outputs.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::core {

class LexiconMatcherAutomaton
{
public:
    LexiconMatcherAutomaton();

    // While building: adds `bytes` as a pattern with id `output`. False when the same bytes are
    // already a pattern (the first one wins).
    bool add(std::string_view bytes, std::int32_t output);
    // Builds the failure links and the compact form used for matching; call once, after all add().
    void finish();

    // While matching: the state after reading `byte` in `state` (0 is the start state).
    std::int32_t step(std::int32_t state, unsigned char byte) const
    {
        std::int32_t next = transition(state, byte);
        while (next < 0 && state > 0) {
            state = states_[static_cast<std::size_t>(state)].fail;
            next = transition(state, byte);
        }
        return next >= 0 ? next : 0;
    }
    // Steps over text[pos...] from `state` until a state where patterns end; returns the position after
    // the byte that reached it (or text.size()) and leaves that state in `state`. The same states as
    // step() byte by byte, in a loop tight enough to keep everything in registers.
    std::size_t advanceToOutput(std::string_view text, std::size_t pos, std::int32_t& state) const
    {
        const State* const states = states_.data();
        const std::int32_t* const dense = denseNext_.data();
        const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
        std::int32_t current = state;
        while (pos < text.size()) {
            const unsigned char byte = bytes[pos++];
            const State& s = states[current];
            current = s.dense >= 0 ? dense[static_cast<std::size_t>(s.dense) * 256 + byte] : step(current, byte);
            if (states[current].edgeCount & hasOutputs)
                break;
        }
        state = current;
        return pos;
    }
    // Patterns ending in `state`: walk firstOutput(state), nextOutput(...) while >= 0; output() of each.
    std::int32_t firstOutput(std::int32_t state) const
    {
        if ((states_[static_cast<std::size_t>(state)].edgeCount & hasOutputs) == 0)
            return -1; // most states: answered from the state already in cache
        const Outputs& o = outputs_[static_cast<std::size_t>(state)];
        return o.output >= 0 ? state : o.outputLink;
    }
    std::int32_t nextOutput(std::int32_t state) const { return outputs_[static_cast<std::size_t>(state)].outputLink; }
    std::int32_t output(std::int32_t state) const { return outputs_[static_cast<std::size_t>(state)].output; }

private:
    struct Node {
        std::vector<std::pair<unsigned char, std::int32_t>> next; // sorted by byte
        std::int32_t fail = 0;
        std::int32_t output = -1;     // pattern ending here, or -1
        std::int32_t outputLink = -1; // next node on the fail chain that has an output
    };
    // Matching walks this flat copy of the nodes: every state's edges sit side by side in one
    // array, where the per-node vectors used while building cost a cache miss at almost every byte.
    // A state keeps only what every byte reads, in 12 bytes so that many share a cache line; the
    // outputs, which few states have, sit apart in outputs_.
    struct State {
        std::uint32_t firstEdge = 0; // edgeBytes_/edgeTargets_ range, sorted by byte
        std::uint16_t edgeCount = 0; // low 15 bits: edges; hasOutputs: a pattern ends here or on the fail chain
        std::int16_t dense = -1;     // row of denseNext_ for states with many edges, else -1
        std::int32_t fail = 0;
    };
    struct Outputs {
        std::int32_t output = -1;
        std::int32_t outputLink = -1;
    };
    static constexpr std::uint16_t hasOutputs = 0x8000;
    // States after a Hangul lead byte or syllable often have dozens of edges: scanning them byte by
    // byte was most of the matcher's time, so those states get a full 256-entry row instead.
    static constexpr std::uint32_t denseFromEdges = 8;
    // Most bytes of running text are read within a syllable of the root (a Hangul syllable is three
    // bytes), where a mismatch used to scan the edges and then walk the failure links, so those
    // states get rows too, whatever their edge count (some 2,500 rows, 2.5 MB, for the shipped lexicon).
    static constexpr std::uint8_t denseToDepth = 3;

    std::int32_t child(std::int32_t node, unsigned char byte) const; // while building
    std::int32_t transition(std::int32_t state, unsigned char byte) const
    {
        if (state == 0)
            return rootNext_[byte];
        const State& s = states_[static_cast<std::size_t>(state)];
        if (s.dense >= 0)
            return denseNext_[static_cast<std::size_t>(s.dense) * 256 + byte];
        const std::uint32_t endEdge = s.firstEdge + (s.edgeCount & ~hasOutputs);
        for (std::uint32_t e = s.firstEdge; e < endEdge && edgeBytes_[e] <= byte; ++e)
            if (edgeBytes_[e] == byte)
                return edgeTargets_[e];
        return -1;
    }
    void buildFailureLinks();
    void flatten();
    void resolveDenseRows();

    std::vector<Node> nodes_; // emptied by finish()
    std::vector<State> states_;
    std::vector<Outputs> outputs_;
    std::vector<unsigned char> edgeBytes_;
    std::vector<std::int32_t> edgeTargets_;
    // 256 per dense state (the root's row last): the state step() reaches, never -1, so that the
    // busiest states need neither the failure chain nor the edge scan.
    std::vector<std::int32_t> denseNext_;
    std::array<std::int32_t, 256> rootNext_{}; // the root's transitions, the busiest state
    bool rootReady_ = false;
};

} // namespace newsgraph::core
