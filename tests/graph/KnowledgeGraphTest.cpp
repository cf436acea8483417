// Graph measures against answers computed by hand on small graphs.
#include "GraphFixtures.h"
#include "graph/Centrality.h"
#include "graph/GraphTopology.h"
#include "graph/KnowledgeGraph.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <numeric>

using namespace newsgraph::core;
using namespace newsgraph::test;

namespace {

double sum(const std::map<EntityId, double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0, [](double s, const auto& kv) { return s + kv.second; });
}

} // namespace

TEST_CASE("path graph: degree, betweenness, PageRank symmetry, neighbourhood", "[graph]")
{
    KnowledgeGraph g(pathGraph());
    CHECK(g.nodeCount() == 5);
    CHECK(g.edgeCount() == 4);
    CHECK(g.degree() == std::map<EntityId, double>{{1, 1}, {2, 2}, {3, 2}, {4, 2}, {5, 1}});

    // Pairs through node 2: (1,3) (1,4) (1,5) = 3 of (n-1)(n-2)/2 = 6; node 3: 4 of 6.
    auto b = g.betweenness();
    CHECK(b[1] == Approx(0.0));
    CHECK(b[2] == Approx(0.5));
    CHECK(b[3] == Approx(4.0 / 6.0));
    CHECK(b[4] == Approx(0.5));
    CHECK(b[5] == Approx(0.0));

    auto pr = g.pageRank();
    CHECK(sum(pr) == Approx(1.0));
    CHECK(pr[1] == Approx(pr[5]));
    CHECK(pr[2] == Approx(pr[4]));
    CHECK(pr[3] > pr[1]);

    CHECK(g.neighbourhood(1, 0) == std::set<EntityId>{1});
    CHECK(g.neighbourhood(1, 2) == std::set<EntityId>{1, 2, 3});
    CHECK(g.neighbourhood(3, 1) == std::set<EntityId>{2, 3, 4});
    CHECK(g.neighbourhood(3, 10) == std::set<EntityId>{1, 2, 3, 4, 5});
    CHECK(g.neighbourhood(99, 1).empty());

    auto paths = g.shortestPaths(1, 5);
    REQUIRE(paths.size() == 1);
    REQUIRE(paths[0].size() == 4);
    CHECK(paths[0][0].from == 1);
    CHECK(paths[0][0].to == 2);
    CHECK(paths[0][0].relation == 101);
    CHECK(paths[0][3].from == 4);
    CHECK(paths[0][3].to == 5);
    CHECK(paths[0][3].relation == 104);
    // Relations are crossed against their direction too (undirected view).
    auto back = g.shortestPaths(5, 1);
    REQUIRE(back.size() == 1);
    CHECK(back[0][0].from == 5);
    CHECK(back[0][0].relation == 104);
}

TEST_CASE("three-node path: PageRank matches the closed form", "[graph]")
{
    // Leaves x, centre y: y = 0.05 + 0.85·2x, x = 0.05 + 0.85·y/2  =>  y = 0.135 / 0.2775.
    KnowledgeGraph g(makeGraph(3, {{1, 2}, {2, 3}}));
    auto pr = g.pageRank(0.85);
    CHECK(pr[2] == Approx(0.135 / 0.2775).epsilon(1e-9));
    CHECK(pr[1] == Approx(0.05 + 0.425 * 0.135 / 0.2775).epsilon(1e-9));
    CHECK(pr[1] == Approx(pr[3]));
}

TEST_CASE("star: the centre lies on every path", "[graph]")
{
    KnowledgeGraph g(starGraph());
    auto b = g.betweenness();
    CHECK(b[1] == Approx(1.0));
    for (EntityId leaf : {2, 3, 4, 5})
        CHECK(b[leaf] == Approx(0.0));
    auto pr = g.pageRank();
    CHECK(sum(pr) == Approx(1.0));
    CHECK(pr[1] == Approx(0.132 / 0.2775).epsilon(1e-9));
    CHECK(pr[2] == Approx(pr[5]));
    CHECK(g.degree()[1] == 4);
}

TEST_CASE("two triangles joined by a bridge", "[graph]")
{
    KnowledgeGraph g(twoTriangles());
    // Node 3 carries the 2·3 = 6 pairs between {1,2} and {4,5,6}; 6 / (5·4/2) = 0.6.
    auto b = g.betweenness();
    CHECK(b[3] == Approx(0.6));
    CHECK(b[4] == Approx(0.6));
    for (EntityId v : {1, 2, 5, 6})
        CHECK(b[v] == Approx(0.0));

    auto pr = g.pageRank();
    CHECK(sum(pr) == Approx(1.0));
    CHECK(pr[1] == Approx(pr[2]));
    CHECK(pr[1] == Approx(pr[5]));
    CHECK(pr[3] == Approx(pr[4]));

    for (auto [id, c] : g.components())
        CHECK(c == 0);

    for (unsigned seed : {1u, 2u, 7u, 12345u}) {
        auto communities = g.communities(seed);
        INFO("seed " << seed);
        CHECK(communities[1] == 0); // equal sizes: the community with the smallest id comes first
        CHECK(communities[2] == 0);
        CHECK(communities[3] == 0);
        CHECK(communities[4] == 1);
        CHECK(communities[5] == 1);
        CHECK(communities[6] == 1);
    }
    CHECK(g.communities(3) == g.communities(3));
}

TEST_CASE("components: largest first, ties by smallest entity id", "[graph]")
{
    // {1,2,3} path, {4,5} pair, {6} alone, {7,8} pair.
    KnowledgeGraph g(makeGraph(8, {{1, 2}, {2, 3}, {7, 8}, {4, 5}}));
    auto c = g.components();
    CHECK(c == std::map<EntityId, int>{{1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 1}, {6, 3}, {7, 2}, {8, 2}});
    // An isolated node spreads its rank evenly; ranks still sum to one.
    CHECK(sum(g.pageRank()) == Approx(1.0));
    CHECK(g.betweenness()[6] == Approx(0.0));
    CHECK(g.communities(1)[6] != g.communities(1)[1]);
}

TEST_CASE("all shortest paths in a diamond", "[graph]")
{
    // 1-2-4 and 1-3-4; 2 and 3 both one hop from 1.
    auto data = makeGraph(4, {{1, 2, RelationType::InvestsIn},
                              {2, 4, RelationType::InvestsIn},
                              {1, 3, RelationType::PartnersWith},
                              {3, 4, RelationType::PartnersWith}});
    KnowledgeGraph g(data);
    auto paths = g.shortestPaths(1, 4);
    REQUIRE(paths.size() == 2);
    CHECK(paths[0].size() == 2);
    CHECK(paths[1].size() == 2);
    CHECK(paths[0][0].to == 2); // stable order: through the smaller id first
    CHECK(paths[1][0].to == 3);
    CHECK(paths[0][1].relation == 102);

    PathOptions one;
    one.maxPaths = 1;
    CHECK(g.shortestPaths(1, 4, one).size() == 1);

    PathOptions money;
    money.moneyOnly = true;
    auto follow = g.shortestPaths(1, 4, money);
    REQUIRE(follow.size() == 1);
    CHECK(follow[0][0].relation == 101);
    CHECK(follow[0][1].relation == 102);

    CHECK(g.shortestPaths(1, 1).empty());
    CHECK(g.shortestPaths(1, 99).empty());
}

TEST_CASE("mentioned_with edges are skipped in paths unless asked for", "[graph]")
{
    auto data = makeGraph(4, {{1, 2}, {2, 4}, {1, 4, RelationType::MentionedWith}, {3, 4}});
    KnowledgeGraph g(data);
    auto strong = g.shortestPaths(1, 4);
    REQUIRE(strong.size() == 1);
    CHECK(strong[0].size() == 2);
    PathOptions all;
    all.excludeMentionedWith = false;
    auto weak = g.shortestPaths(1, 4, all);
    REQUIRE(weak.size() == 1);
    REQUIRE(weak[0].size() == 1);
    CHECK(weak[0][0].relation == 103);
    // Unreachable once the only link is excluded.
    PathOptions money;
    money.moneyOnly = true;
    CHECK(g.shortestPaths(1, 3, money).empty());
}

TEST_CASE("parallel relations count in degree but not twice in betweenness", "[graph]")
{
    auto data = makeGraph(3, {{1, 2, RelationType::InvestsIn}, {1, 2, RelationType::PartnersWith}, {2, 3}});
    KnowledgeGraph g(data);
    CHECK(g.degree()[2] == 3);
    CHECK(g.betweenness()[2] == Approx(1.0));
    CHECK(g.shortestPaths(1, 3).size() == 2); // one per relation crossed
    // Relations to unknown entities and self-loops are ignored, not fatal.
    data.relations.push_back(RelationRecord{200, 1, 99, RelationType::Funds, {}, {}, false, {}});
    data.relations.push_back(RelationRecord{201, 3, 3, RelationType::Funds, {}, {}, false, {}});
    KnowledgeGraph h(data);
    CHECK(h.edgeCount() == 3);
}

TEST_CASE("empty graph", "[graph]")
{
    KnowledgeGraph g{GraphData{}};
    CHECK(g.nodeCount() == 0);
    CHECK(g.degree().empty());
    CHECK(g.betweenness().empty());
    CHECK(g.pageRank().empty());
    CHECK(g.components().empty());
    CHECK(g.communities().empty());
    KnowledgeGraph moved = std::move(g);
    CHECK(moved.edgeCount() == 0);
}

// Not run by default (hidden tag): a size check for 100k nodes / 1M relations; memory stays
// O(n + m). Run with: test_graph "[.large]"
TEST_CASE("large graph stays linear in memory", "[.large]")
{
    GraphData data;
    const int n = 100000;
    for (int i = 1; i <= n; ++i)
        data.entities.push_back(EntityRecord{i, "e", "e", EntityType::Company, {}, 1, {}, false, 1.0});
    std::uint64_t x = 88172645463325252ull;
    for (int r = 0; r < 1000000; ++r) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        EntityId a = static_cast<EntityId>(x % n) + 1, b = static_cast<EntityId>((x >> 20) % n) + 1;
        data.relations.push_back(RelationRecord{r + 1, a, b, RelationType::PartnersWith, {}, {}, false, {}});
    }
    KnowledgeGraph g(data);
    CHECK(g.nodeCount() == static_cast<std::size_t>(n));
    CHECK(sum(g.pageRank()) == Approx(1.0));
    CHECK(g.components().size() == static_cast<std::size_t>(n));
    CHECK(g.communities().size() == static_cast<std::size_t>(n));
    CHECK(g.neighbourhood(1, 2).size() > 1);
}

TEST_CASE("sampled betweenness equals the exact measure with every node as a pivot", "[graph]")
{
    for (const auto& data : {pathGraph(), starGraph(), twoTriangles(),
                             makeGraph(4, {{1, 2}, {2, 4}, {1, 3}, {3, 4}, {1, 2, RelationType::Funds}})}) {
        KnowledgeGraph g(data);
        auto exact = g.betweenness();
        auto sampled = g.betweennessSampled(g.nodeCount());
        REQUIRE(sampled.size() == exact.size());
        for (const auto& [id, value] : exact)
            CHECK(sampled[id] == Approx(value).margin(1e-12));
    }
    // Fewer pivots: an estimate, but the same one for the same seed.
    KnowledgeGraph g(twoTriangles());
    CHECK(g.betweennessSampled(3, 5) == g.betweennessSampled(3, 5));
    for (auto [id, value] : g.betweennessSampled(3, 5))
        CHECK(value >= 0.0);
}

TEST_CASE("a raised flag stops the betweenness estimate", "[graph]")
{
    KnowledgeGraph g(twoTriangles());
    const std::atomic_bool stop{true}, go{false};
    CHECK(g.betweennessSampled(3, 5) == g.betweennessSampled(3, 5));
    CHECK(graph::sampledBetweenness(graph::GraphTopology(twoTriangles()), 3, 5, &stop).empty());
    CHECK(graph::sampledBetweenness(graph::GraphTopology(twoTriangles()), 3, 5, &go).size() == g.nodeCount());
}

TEST_CASE("Louvain finds each clique in a ring of cliques", "[graph]")
{
    // Ten 5-cliques, clique k holding entities 5k+1 .. 5k+5, each joined to the next by one edge.
    std::vector<Edge> edges;
    const int cliques = 10, size = 5;
    for (int k = 0; k < cliques; ++k) {
        for (int i = 1; i <= size; ++i)
            for (int j = i + 1; j <= size; ++j)
                edges.push_back({k * size + i, k * size + j});
        edges.push_back({k * size + size, ((k + 1) % cliques) * size + 1});
    }
    KnowledgeGraph g(makeGraph(cliques * size, edges));
    for (unsigned seed : {1u, 9u, 2024u}) {
        INFO("seed " << seed);
        auto communities = g.communities(seed);
        for (int k = 0; k < cliques; ++k) {
            // Equal sizes, so communities are numbered by their smallest entity id: clique k -> k.
            for (int i = 1; i <= size; ++i)
                CHECK(communities[k * size + i] == k);
        }
    }
}
