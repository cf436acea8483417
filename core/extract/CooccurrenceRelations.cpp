#include "extract/CooccurrenceRelations.h"

#include <algorithm>

namespace newsgraph::core {

void addCooccurrences(const std::vector<ResolvedMention>& mentions, std::size_t sentenceIndex,
                      std::vector<RelationCandidate>& out)
{
    std::vector<std::size_t> entities;
    for (const auto& m : mentions)
        if (std::find(entities.begin(), entities.end(), m.entity) == entities.end()) entities.push_back(m.entity);
    if (entities.size() > 12) entities.resize(12); // long lists add noise, not ties
    for (std::size_t i = 0; i < entities.size(); ++i)
        for (std::size_t j = i + 1; j < entities.size(); ++j) {
            RelationCandidate r;
            r.type = RelationType::MentionedWith;
            r.source = std::min(entities[i], entities[j]);
            r.target = std::max(entities[i], entities[j]);
            r.evidence.sentenceIndex = sentenceIndex;
            r.evidence.confidence = 0.3;
            out.push_back(r);
        }
}

} // namespace newsgraph::core
