// "Colour by community" on the canvas.
#include "CommunityColouring.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "window/CanvasSync.h"

#include <cmath>

namespace newsgraph::ui {

CommunityColouring::CommunityColouring(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas)
{
    // The canvas gets a fresh snapshot (type colours) with every graph; colour it again.
    connect(sync, &CanvasSync::graphShown, this, &CommunityColouring::apply);
    connect(document_, &GraphDocument::measuresReady, this, &CommunityColouring::apply);
}

void CommunityColouring::setEnabled(bool enabled)
{
    if (enabled_ == enabled)
        return;
    enabled_ = enabled;
    if (enabled_)
        apply();
    else
        canvas_->setNodeColours({});
}

QColor CommunityColouring::colour(int community)
{
    const double hue = std::fmod(0.07 + community * 0.618033988749895, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.62f, 0.88f);
}

std::map<core::EntityId, QColor> CommunityColouring::colours() const
{
    std::map<core::EntityId, QColor> result;
    for (const auto& [id, community] : document_->measures().communities)
        result[id] = colour(community);
    return result;
}

void CommunityColouring::apply()
{
    if (enabled_)
        canvas_->setNodeColours(colours());
}

} // namespace newsgraph::ui
