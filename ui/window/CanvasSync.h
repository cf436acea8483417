// Keeps the graph canvas in step with the document: graph, node positions, size measure, selection, focus.
#pragma once

#include "model/GraphData.h"

#include <QObject>
#include <QString>

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
};

} // namespace newsgraph::ui
