// `newsgraph-cli render --view NAME`.
#include "RenderViewRequest.h"

#include "SavedViewStore.h"

#include "store/GraphStore.h"

namespace newsgraph::ui {

core::Result<RenderRequest> requestForView(const RenderRequest& request, const std::string& viewName)
{
    auto store = core::GraphStore::open(request.database, core::GraphStore::OpenMode::ReadOnly);
    if (!store)
        return std::unexpected(store.error());
    auto view = loadSavedView(**store, viewName);
    if (!view)
        return std::unexpected(view.error());
    RenderRequest result = request;
    result.filter = view->filter;
    if (const auto layout = layoutKindFromString(view->layout))
        result.layout = *layout;
    return result;
}

} // namespace newsgraph::ui
