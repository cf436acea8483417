#include "canvas/SyntheticGraph.h"

#include "layout/SeededRandom.h"

#include <algorithm>
#include <array>
#include <string>

namespace newsgraph::ui {

namespace {
std::string koreanName(SeededRandom& random, int index)
{
    static const std::array<const char*, 24> syllables{"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타",
                                                       "파", "하", "한", "국", "신", "대", "성", "진", "현", "우", "미", "래"};
    std::string name;
    const int length = 2 + static_cast<int>(random.next() % 3);
    for (int i = 0; i < length; ++i)
        name += syllables[random.next() % syllables.size()];
    return name + std::to_string(index);
}
} // namespace

core::GraphData makeSyntheticGraphData(int nodeCount, int edgeCount, std::uint64_t seed)
{
    SeededRandom random(seed);
    core::GraphData data;
    const int articleCount = std::max(1, nodeCount / 50);
    for (int a = 0; a < articleCount; ++a) {
        core::ArticleRecord article;
        article.id = a + 1;
        article.fileName = "article" + std::to_string(a + 1) + ".txt";
        article.title = "합성 기사 " + std::to_string(a + 1);
        article.outlet = a % 2 == 0 ? "매일경제" : "한겨레";
        article.publishedDate = "2024-01-" + std::string(a % 28 + 1 < 10 ? "0" : "") + std::to_string(a % 28 + 1);
        data.articles.push_back(article);
    }
    for (int i = 0; i < nodeCount; ++i) {
        core::EntityRecord entity;
        entity.id = i + 1;
        entity.name = koreanName(random, i + 1);
        entity.key = "name:" + entity.name;
        entity.type = core::allEntityTypes[random.next() % core::allEntityTypes.size()];
        entity.mentions = 1 + static_cast<int>(random.next() % 8) * static_cast<int>(random.next() % 8);
        entity.articles.push_back(static_cast<core::ArticleId>(random.next() % static_cast<std::uint64_t>(articleCount)) + 1);
        data.entities.push_back(entity);
    }
    const int communitySize = 40;
    for (int e = 0; e < edgeCount && nodeCount > 1; ++e) {
        const auto source = static_cast<int>(random.next() % static_cast<std::uint64_t>(nodeCount));
        int target = 0;
        if (random.unit() < 0.8) {
            const int base = source / communitySize * communitySize;
            target = std::min(nodeCount - 1, base + static_cast<int>(random.next() % communitySize));
        } else {
            target = static_cast<int>(random.next() % static_cast<std::uint64_t>(nodeCount));
        }
        if (target == source)
            target = (source + 1) % nodeCount;
        core::RelationRecord relation;
        relation.id = e + 1;
        relation.type = core::allRelationTypes[random.next() % core::allRelationTypes.size()];
        relation.source = source + 1;
        relation.target = target + 1;
        if (core::isSymmetric(relation.type) && relation.source > relation.target)
            std::swap(relation.source, relation.target);
        const int evidence = 1 + static_cast<int>(random.next() % 3);
        for (int k = 0; k < evidence; ++k) {
            core::EvidenceRecord record;
            record.article = static_cast<core::ArticleId>(random.next() % static_cast<std::uint64_t>(articleCount)) + 1;
            record.sentence = "합성 문장";
            if (core::isMoneyRelation(relation.type) && k == 0)
                record.amount = core::Amount{static_cast<double>(1 + random.next() % 1000) * 1e6, "USD", "", "", {}, ""};
            relation.evidence.push_back(record);
        }
        data.relations.push_back(relation);
    }
    return data;
}

} // namespace newsgraph::ui
