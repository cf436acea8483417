// `newsgraph-cli render --view NAME`: turns a render request into one that draws a saved view.
#pragma once

#include "model/Error.h"
#include "render/RenderRequest.h"

#include <string>

namespace newsgraph::ui {

// Opens request.database read-only, loads the saved view `viewName` (see SavedViewStore) and
// returns the request with the view's filter and layout (the view's filter replaces the
// request's). Errors name the database and the view.
core::Result<RenderRequest> requestForView(const RenderRequest& request, const std::string& viewName);

} // namespace newsgraph::ui
