// SharedList: copies share their items until one of them is written to; reads never copy.
#include "model/SharedList.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using newsgraph::core::SharedList;

TEST_CASE("copies share items until one is changed", "[model][shared-list]")
{
    SharedList<std::string> a{"가", "나"};
    const SharedList<std::string> b = a;
    CHECK(&a.items() == &b.items()); // nothing was copied

    a.push_back("다");
    CHECK(a.size() == 3);
    CHECK(b.size() == 2); // the copy kept its own items
    CHECK(&a.items() != &b.items());
    CHECK(b[1] == "나");
}

TEST_CASE("reading a const list never copies, writing an unshared one never copies", "[model][shared-list]")
{
    SharedList<int> a{1, 2, 3};
    const SharedList<int> shared = a;
    const auto& view = std::as_const(a);
    int sum = 0;
    for (int v : view)
        sum += v;
    CHECK(sum == 6);
    CHECK(&view.items() == &shared.items());

    SharedList<int> alone{4, 5};
    const int* before = alone.items().data();
    alone[0] = 7;
    CHECK(alone.items().data() == before);
    CHECK(alone.front() == 7);
}

TEST_CASE("empty lists, clear, insert and erase", "[model][shared-list]")
{
    SharedList<int> none;
    CHECK(none.empty());
    CHECK(none.begin() == none.end());
    none.emplace_back(1);
    CHECK(none.size() == 1);

    SharedList<int> a{1, 2, 3, 4};
    const SharedList<int> keep = a;
    a.erase(a.cbegin() + 1, a.cbegin() + 3);
    CHECK(a.items() == std::vector<int>{1, 4});
    a.insert(a.cbegin() + 1, keep.begin(), keep.end());
    CHECK(a.items() == std::vector<int>{1, 1, 2, 3, 4, 4});
    CHECK(keep.items() == std::vector<int>{1, 2, 3, 4});
    a.erase(a.cbegin());
    CHECK(a.items() == std::vector<int>{1, 2, 3, 4, 4});
    a.assign(keep.begin(), keep.begin() + 2);
    CHECK(a.items() == std::vector<int>{1, 2});
    a.clear();
    CHECK(a.empty());
    CHECK(keep.size() == 4);
    CHECK(SharedList<int>{1, 4} == SharedList<int>(std::vector<int>{1, 4}));
}
