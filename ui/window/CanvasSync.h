// Keeps the graph canvas in step with the document: graph, node positions (saved in the database),
// size measure, selection, focus.
#pragma once

#include "canvas/CanvasCatalogue.h"
#include "model/GraphData.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <map>

class QTimer;

namespace newsgraph::ui {

class GraphCanvas;

class GraphDocument;

class CanvasSync : public QObject
{
    Q_OBJECT

public:
    CanvasSync(GraphDocument* document, GraphCanvas* canvas, QObject* parent = nullptr);

    // "mentions", "degree", "betweenness", "pageRank".
    static QStringList sizeMeasures();
    void setSizeMeasure(const QString& measure);
    QString sizeMeasure() const { return sizeMeasure_; }
    // Writes the canvas's node positions into the database now (they are also saved shortly after
    // every layout or drag).
    void savePositions();

signals:
    // The canvas shows a new graph (it may have started laying it out).
    void graphShown();

private:
    void showGraph();
    void applySizeMeasure();
    void showSelection();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    QString sizeMeasure_ = QStringLiteral("mentions");
    bool syncing_ = false;
    CanvasCatalogue catalogue_; // of the document's stored graph, rebuilt when that is replaced
    // Positions saved with the database, applied when its graph is first shown after opening.
    std::map<core::EntityId, QPointF> savedPositions_;
    QTimer* saveTimer_;
};

} // namespace newsgraph::ui
