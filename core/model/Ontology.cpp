// String identifiers and labels for the ontology's enums.
#include "EntityType.h"
#include "Extraction.h"
#include "GraphData.h"
#include "RelationType.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

struct EntityInfo {
    EntityType type;
    std::string_view id, ko, en;
};
constexpr EntityInfo entityInfo[] = {
    {EntityType::Person, "person", "인물", "Person"},
    {EntityType::Company, "company", "기업", "Company"},
    {EntityType::Investor, "investor", "투자사", "Investor"},
    {EntityType::Government, "government", "정부·공공기관", "Government"},
    {EntityType::Academia, "academia", "대학·연구기관", "Academia"},
    {EntityType::Country, "country", "국가", "Country"},
    {EntityType::Place, "place", "지역", "Place"},
    {EntityType::Product, "product", "제품·기술", "Product"},
    {EntityType::Media, "media", "언론사", "Media"},
    {EntityType::Event, "event", "행사", "Event"},
};

struct RelationInfo {
    RelationType type;
    std::string_view id, ko, en;
    bool symmetric;
};
constexpr RelationInfo relationInfo[] = {
    {RelationType::InvestsIn, "invests_in", "투자", "invests in", false},
    {RelationType::Funds, "funds", "자금 지원", "funds", false},
    {RelationType::Founded, "founded", "창업", "founded", false},
    {RelationType::WorksFor, "works_for", "소속", "works for", false},
    {RelationType::PartOf, "part_of", "산하", "part of", false},
    {RelationType::SpunOffFrom, "spun_off_from", "분사", "spun off from", false},
    {RelationType::Acquires, "acquires", "인수", "acquires", false},
    {RelationType::LocatedIn, "located_in", "소재", "located in", false},
    {RelationType::OfficeIn, "office_in", "지사", "office in", false},
    {RelationType::Supports, "supports", "정부 지원", "supports", false},
    {RelationType::PartnersWith, "partners_with", "협력", "partners with", true},
    {RelationType::CompetesWith, "competes_with", "경쟁", "competes with", true},
    {RelationType::Develops, "develops", "개발", "develops", false},
    {RelationType::Uses, "uses", "활용", "uses", false},
    {RelationType::ShareholderOf, "shareholder_of", "주주", "shareholder of", false},
    {RelationType::MentionedWith, "mentioned_with", "동시 언급", "mentioned with", true},
};

const EntityInfo& info(EntityType type)
{
    return entityInfo[static_cast<int>(type)];
}
const RelationInfo& info(RelationType type)
{
    return relationInfo[static_cast<int>(type)];
}

} // namespace

std::string_view toString(EntityType type) { return info(type).id; }
std::string_view koreanLabel(EntityType type) { return info(type).ko; }
std::string_view englishLabel(EntityType type) { return info(type).en; }

std::optional<EntityType> entityTypeFromString(std::string_view id)
{
    for (const auto& e : entityInfo)
        if (e.id == id)
            return e.type;
    return std::nullopt;
}

std::string_view toString(RelationType type) { return info(type).id; }
std::string_view koreanLabel(RelationType type) { return info(type).ko; }
std::string_view englishLabel(RelationType type) { return info(type).en; }
bool isSymmetric(RelationType type) { return info(type).symmetric; }

bool isMoneyRelation(RelationType type)
{
    return type == RelationType::InvestsIn || type == RelationType::Funds || type == RelationType::Acquires;
}

std::optional<RelationType> relationTypeFromString(std::string_view id)
{
    for (const auto& r : relationInfo)
        if (r.id == id)
            return r.type;
    return std::nullopt;
}

std::string_view toString(Tense tense)
{
    switch (tense) {
    case Tense::Past: return "past";
    case Tense::Present: return "present";
    case Tense::Planned: return "planned";
    case Tense::Unspecified: break;
    }
    return "";
}

Tense tenseFromString(std::string_view id)
{
    if (id == "past") return Tense::Past;
    if (id == "present") return Tense::Present;
    if (id == "planned") return Tense::Planned;
    return Tense::Unspecified;
}

std::string_view toString(ReviewState state)
{
    switch (state) {
    case ReviewState::Verified: return "verified";
    case ReviewState::Disputed: return "disputed";
    case ReviewState::Rejected: return "rejected";
    case ReviewState::Unreviewed: break;
    }
    return "unreviewed";
}

ReviewState reviewStateFromString(std::string_view id)
{
    if (id == "verified") return ReviewState::Verified;
    if (id == "disputed") return ReviewState::Disputed;
    if (id == "rejected") return ReviewState::Rejected;
    return ReviewState::Unreviewed;
}

const EntityRecord* GraphData::entity(EntityId id) const
{
    auto it = std::lower_bound(entities.begin(), entities.end(), id,
                               [](const EntityRecord& e, EntityId v) { return e.id < v; });
    return it != entities.end() && it->id == id ? &*it : nullptr;
}

const ArticleRecord* GraphData::article(ArticleId id) const
{
    auto it = std::lower_bound(articles.begin(), articles.end(), id,
                               [](const ArticleRecord& a, ArticleId v) { return a.id < v; });
    return it != articles.end() && it->id == id ? &*it : nullptr;
}

} // namespace newsgraph::core
