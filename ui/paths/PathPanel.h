// "How is A connected to B?": two entity pickers, path options, the shortest paths and their evidence chain.
#pragma once

#include "graph/KnowledgeGraph.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace newsgraph::ui {

class EntityPicker;
class GraphCanvas;
class GraphDocument;
class SearchIndex;

class PathPanel : public QWidget
{
    Q_OBJECT

public:
    PathPanel(GraphDocument* document, GraphCanvas* canvas, const SearchIndex* index, QWidget* parent = nullptr);

    EntityPicker* fromPicker() const { return from_; }
    EntityPicker* toPicker() const { return to_; }
    QCheckBox* moneyOnlyBox() const { return moneyOnly_; }
    QCheckBox* excludeMentionedBox() const { return excludeMentioned_; }

    // Searches the filtered graph; shows the first path (highlighted). Returns the number found.
    int findPaths();
    const std::vector<std::vector<core::PathStep>>& paths() const { return paths_; }
    void selectPath(int row);
    int currentPath() const;
    QString chainText() const;
    QString chainMarkdown() const;
    // Writes the chain: Markdown for .md, plain text otherwise. False (with *error) on failure.
    bool saveChain(const QString& path, QString* error = nullptr) const;
    // A PNG/SVG/PDF of the canvas (path highlighted, chain's sources listed) plus the chain as .md beside it.
    bool exportImageWithChain(const QString& imagePath, QString* error = nullptr) const;

private:
    void showPath(int row);
    void copyChain();
    void saveChainInteractively();
    void exportInteractively();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    EntityPicker* from_;
    EntityPicker* to_;
    QCheckBox* moneyOnly_;
    QCheckBox* excludeMentioned_;
    QSpinBox* maxPaths_;
    QPushButton* find_;
    QLabel* status_;
    QListWidget* pathList_;
    QTextBrowser* chainView_;
    QPushButton* copy_;
    QPushButton* save_;
    QPushButton* exportImage_;
    std::vector<std::vector<core::PathStep>> paths_;
};

} // namespace newsgraph::ui
