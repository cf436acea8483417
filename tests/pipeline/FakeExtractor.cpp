// Mentions use the first sentence's real offsets so the store's consistency checks hold.
#include "FakeExtractor.h"

#include <stdexcept>

namespace newsgraph::core::testing {

Extraction FakeExtractor::extract(const Article& article) const
{
    ++calls_;
    if (!throwOn_.empty() && article.fileName.find(throwOn_) != std::string::npos)
        throw std::runtime_error("fake extractor refuses " + article.fileName);
    Extraction extraction;
    ExtractedEntity own{"name:" + article.fileName, article.fileName, EntityType::Company, {}, 1.0, EntitySource::Rule};
    ExtractedEntity shared{"name:공통", "공통", EntityType::Company, {}, 1.0, EntitySource::Rule};
    extraction.entities = {own, shared};
    if (article.sentences.empty())
        return extraction;
    const Sentence& first = article.sentences.front();
    extraction.mentions.push_back({own.key, first.index, first.begin, first.end, first.text});
    extraction.mentions.push_back({shared.key, first.index, first.begin, first.end, first.text});
    ExtractedRelation relation;
    relation.type = RelationType::MentionedWith;
    relation.sourceKey = own.key;
    relation.targetKey = shared.key;
    relation.evidence.sentenceIndex = first.index;
    extraction.relations.push_back(relation);
    return extraction;
}

} // namespace newsgraph::core::testing
