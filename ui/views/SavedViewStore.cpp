// Named views in a database.
#include "SavedViewStore.h"

#include "store/GraphStore.h"

#include <algorithm>
#include <sstream>

namespace newsgraph::ui {
namespace {

std::string joinLines(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names)
        text += name + '\n';
    return text;
}

core::Result<void> storeNames(core::GraphStore& store, const std::vector<std::string>& names)
{
    return store.putSetting(savedViewIndexKey, joinLines(names));
}

} // namespace

core::Result<std::vector<std::string>> savedViewNames(const core::GraphStore& store)
{
    auto text = store.setting(savedViewIndexKey);
    if (!text)
        return std::unexpected(text.error());
    std::vector<std::string> names;
    if (!*text)
        return names;
    std::istringstream lines(**text);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty())
            names.push_back(line);
    return names;
}

core::Result<core::SavedView> loadSavedView(const core::GraphStore& store, const std::string& name)
{
    auto text = store.setting(core::viewSettingKey(name));
    if (!text)
        return std::unexpected(text.error());
    if (!*text || (*text)->empty())
        return core::fail(core::Error::Kind::NotFound,
                          store.path().string() + ": no saved view named \"" + name + "\"");
    auto view = core::parseView(**text);
    if (!view)
        return core::fail(view.error().kind, store.path().string() + ": saved view \"" + name + "\": " + view.error().message);
    view->name = name;
    return view;
}

core::Result<void> storeSavedView(core::GraphStore& store, const core::SavedView& view)
{
    if (view.name.empty() || view.name.find('\n') != std::string::npos || view.name.find('\r') != std::string::npos)
        return core::fail(core::Error::Kind::InvalidInput, "a view name must be one non-empty line");
    auto names = savedViewNames(store);
    if (!names)
        return std::unexpected(names.error());
    if (auto stored = store.putSetting(core::viewSettingKey(view.name), core::serializeView(view)); !stored)
        return stored;
    if (std::find(names->begin(), names->end(), view.name) == names->end())
        names->push_back(view.name);
    return storeNames(store, *names);
}

// The store has no "delete setting": an empty value means deleted (loadSavedView treats it so).
core::Result<void> deleteSavedView(core::GraphStore& store, const std::string& name)
{
    auto names = savedViewNames(store);
    if (!names)
        return std::unexpected(names.error());
    const auto it = std::find(names->begin(), names->end(), name);
    if (it == names->end())
        return core::fail(core::Error::Kind::NotFound, store.path().string() + ": no saved view named \"" + name + "\"");
    names->erase(it);
    if (auto cleared = store.putSetting(core::viewSettingKey(name), {}); !cleared)
        return cleared;
    return storeNames(store, *names);
}

} // namespace newsgraph::ui
