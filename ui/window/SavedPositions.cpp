// Node positions kept in the database.
#include "SavedPositions.h"

#include "store/GraphStore.h"

#include <sstream>

namespace newsgraph::ui::savedPositions {
namespace {

const std::string settingKey = "ui.canvas.positions";

} // namespace

std::string serialise(const std::map<core::EntityId, QPointF>& positions)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    for (const auto& [id, point] : positions)
        out << id << ' ' << point.x() << ' ' << point.y() << '\n';
    return out.str();
}

std::map<core::EntityId, QPointF> parse(const std::string& text)
{
    std::map<core::EntityId, QPointF> positions;
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        fields.imbue(std::locale::classic());
        core::EntityId id = 0;
        double x = 0, y = 0;
        if (fields >> id >> x >> y)
            positions[id] = QPointF(x, y);
    }
    return positions;
}

std::map<core::EntityId, QPointF> load(const core::GraphStore& store)
{
    const auto stored = store.setting(settingKey);
    if (!stored || !stored->has_value())
        return {};
    return parse(**stored);
}

bool save(core::GraphStore& store, const std::map<core::EntityId, QPointF>& positions)
{
    return store.putSetting(settingKey, serialise(positions)).has_value();
}

} // namespace newsgraph::ui::savedPositions
