// The byte automaton under the lexicon matcher: every pattern occurrence found, whichever way the text is stepped.
#include "extract/LexiconMatcherAutomaton.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace newsgraph::core;

namespace {

// A fixed pseudo-random sequence, so that a failure reproduces.
class Sequence
{
public:
    std::uint32_t next(std::uint32_t bound)
    {
        state_ = state_ * 1664525u + 1013904223u;
        return (state_ >> 8) % bound;
    }

private:
    std::uint32_t state_ = 12345;
};

// Syllables and letters enough for states with many edges (dense rows) and with few (edge lists).
const std::vector<std::string> pieces = {"가", "각", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타",
                                         "파", "하", "한", "국", "미", "일", "중", "a", "b", "c", "ab", " ", "·"};

std::string randomText(Sequence& sequence, std::uint32_t maxPieces)
{
    std::string text;
    const std::uint32_t count = 1 + sequence.next(maxPieces);
    for (std::uint32_t k = 0; k < count; ++k) text += pieces[sequence.next(static_cast<std::uint32_t>(pieces.size()))];
    return text;
}

using Occurrences = std::set<std::pair<std::size_t, std::int32_t>>; // (end byte, pattern)

Occurrences naiveOccurrences(const std::vector<std::string>& patterns, const std::string& text)
{
    Occurrences found;
    for (std::size_t p = 0; p < patterns.size(); ++p)
        for (std::size_t at = text.find(patterns[p]); at != std::string::npos; at = text.find(patterns[p], at + 1))
            found.insert({at + patterns[p].size(), static_cast<std::int32_t>(p)});
    return found;
}

void addOutputs(const LexiconMatcherAutomaton& automaton, std::int32_t state, std::size_t end, Occurrences& found)
{
    for (std::int32_t node = automaton.firstOutput(state); node >= 0; node = automaton.nextOutput(node))
        found.insert({end, automaton.output(node)});
}

} // namespace

TEST_CASE("the automaton finds every occurrence, stepped byte by byte or advanced to outputs", "[extract][matcher]")
{
    Sequence sequence;
    std::vector<std::string> patterns;
    LexiconMatcherAutomaton automaton;
    for (int k = 0; k < 400; ++k) {
        std::string pattern = randomText(sequence, 4);
        if (automaton.add(pattern, static_cast<std::int32_t>(patterns.size()))) patterns.push_back(std::move(pattern));
    }
    automaton.finish();
    REQUIRE(patterns.size() > 100);

    for (int round = 0; round < 200; ++round) {
        const std::string text = randomText(sequence, 60);
        const Occurrences expected = naiveOccurrences(patterns, text);

        Occurrences stepped;
        std::int32_t state = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            state = automaton.step(state, static_cast<unsigned char>(text[i]));
            addOutputs(automaton, state, i + 1, stepped);
        }
        CHECK(stepped == expected);

        Occurrences advanced;
        state = 0;
        for (std::size_t end = 0; end < text.size();) {
            end = automaton.advanceToOutput(text, end, state);
            addOutputs(automaton, state, end, advanced);
        }
        CHECK(advanced == expected);
    }
}

TEST_CASE("the automaton matches nothing in text made of other bytes", "[extract][matcher]")
{
    LexiconMatcherAutomaton automaton;
    automaton.add("카카오", 0);
    automaton.add("카카오뱅크", 1);
    automaton.finish();
    std::int32_t state = 0;
    const std::string text = "네이버 라인 xyz";
    CHECK(automaton.advanceToOutput(text, 0, state) == text.size());
    CHECK(automaton.firstOutput(state) < 0);
    const std::string both = "카카오뱅크";
    state = 0;
    CHECK(automaton.advanceToOutput(both, 0, state) == std::string("카카오").size());
    CHECK(automaton.output(automaton.firstOutput(state)) == 0);
    CHECK(automaton.advanceToOutput(both, std::string("카카오").size(), state) == both.size());
    CHECK(automaton.output(automaton.firstOutput(state)) == 1);
}
