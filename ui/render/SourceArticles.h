// The articles behind a graph (evidence of its relations, mentions of its entities) for export source blocks.
#pragma once

#include "model/GraphData.h"
#include "render/ExportOptions.h"

#include <QSet>

namespace newsgraph::ui {

// Sorted by date, outlet and title; each article once. When `entities` is non-empty only relations
// between those entities (and those entities' mentions) count: pass the visible or selected set.
std::vector<SourceArticle> sourceArticles(const core::GraphData& data, const QSet<core::EntityId>& entities = {});

} // namespace newsgraph::ui
