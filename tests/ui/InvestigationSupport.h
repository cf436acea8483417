// Shared helpers for the investigation tests: the workbench of the test window, entities by name.
#pragma once

#include "WindowFixture.h"

#include "document/GraphDocument.h"
#include "paths/InvestigationWorkbench.h"
#include "window/MainWindow.h"

#include <catch2/catch.hpp>

#include <string>

namespace newsgraph::test {

inline ui::InvestigationWorkbench& workbench(ui::MainWindow& window)
{
    auto* bench = window.findChild<ui::InvestigationWorkbench*>();
    REQUIRE(bench != nullptr);
    return *bench;
}

// 0 when the graph has no entity of that name.
inline core::EntityId entityNamed(const core::GraphData& graph, const std::string& name)
{
    for (const auto& entity : graph.entities)
        if (entity.name == name)
            return entity.id;
    return 0;
}

} // namespace newsgraph::test
