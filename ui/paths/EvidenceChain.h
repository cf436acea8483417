// A path read as a chain of evidence: one sentence per hop with its article, outlet and date.
#pragma once

#include "graph/KnowledgeGraph.h"
#include "model/GraphData.h"

#include <QList>
#include <QString>

#include <vector>

namespace newsgraph::ui {

struct ChainHop {
    QString from;       // in walking order (from A towards B)
    QString to;
    QString relation;   // label of the relation type
    bool againstDirection = false; // the relation is stated target -> source (e.g. "B invests in A")
    QString statedSource, statedTarget; // the relation as the article states it
    QString sentence;   // the best evidence sentence ("" for a user-added relation without evidence)
    QString articleTitle;
    QString articleFile;
    QString outlet;
    QString date;       // the evidence's date, else the article's publication date
};

// Picks for each hop the most confident sentence (ties: earliest article), so the chain reads
// the strongest statement of each link.
QList<ChainHop> evidenceChain(const core::GraphData& data, const std::vector<core::PathStep>& path);

// "A → B" headline plus numbered hops with quoted sentences and sources, for the clipboard.
QString chainAsText(const QList<ChainHop>& chain);
// The same as Markdown (block quotes, sources in italics), for notes and articles.
QString chainAsMarkdown(const QList<ChainHop>& chain);

} // namespace newsgraph::ui
