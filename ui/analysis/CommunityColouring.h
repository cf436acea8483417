// "Colour by community": fills canvas nodes by their Louvain community instead of their type while enabled.
#pragma once

#include "model/GraphData.h"

#include <QColor>
#include <QObject>

#include <map>

namespace newsgraph::ui {

class CanvasSync;
class GraphCanvas;
class GraphDocument;

class CommunityColouring : public QObject
{
    Q_OBJECT

public:
    CommunityColouring(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QObject* parent = nullptr);

    bool isEnabled() const { return enabled_; }
    void setEnabled(bool enabled);

    // Distinct, stable colours: community i always gets the same hue (golden-angle steps).
    static QColor colour(int community);
    std::map<core::EntityId, QColor> colours() const;

private:
    void apply();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    bool enabled_ = false;
};

} // namespace newsgraph::ui
