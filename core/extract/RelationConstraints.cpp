#include "extract/RelationConstraints.h"

namespace newsgraph::core {

bool isOrganisation(EntityType t)
{
    return t == EntityType::Company || t == EntityType::Investor || t == EntityType::Government ||
           t == EntityType::Academia || t == EntityType::Media;
}

bool isLocation(EntityType t) { return t == EntityType::Country || t == EntityType::Place; }

std::optional<RelationType> checkRelation(RelationType type, EntityType s, EntityType t)
{
    return checkRelation(type, s, t, false);
}

std::optional<RelationType> checkRelation(RelationType type, EntityType s, EntityType t, bool paymentStated)
{
    using R = RelationType;
    using E = EntityType;
    switch (type) {
    case R::InvestsIn:
        if (!(isOrganisation(s) || s == E::Person || s == E::Country)) return std::nullopt;
        if (t == E::Academia) return R::Funds;
        if (t == E::Company || t == E::Investor || t == E::Country || t == E::Media) return type;
        return std::nullopt;
    case R::Funds:
        // A state or province paying a firm acts as its government ("앨라배마주는 X에 1억달러를 지원했다").
        if (s == E::Place && (t == E::Company || t == E::Investor || t == E::Academia))
            return paymentStated ? type : R::Supports;
        if (!(isOrganisation(s) || s == E::Person || s == E::Country)) return std::nullopt;
        // A government's subsidy, grant or loan to a firm is funding; its backing without a stated payment
        // ("X를 지원한다", "X의 지원을 받았다") is support.
        if ((s == E::Government || s == E::Country) && (t == E::Company || t == E::Investor))
            return paymentStated ? type : R::Supports;
        // An investment firm's money in a company is an investment, whatever the verb.
        if (s == E::Investor && (t == E::Company || t == E::Investor)) return R::InvestsIn;
        if (isOrganisation(t) || t == E::Person || t == E::Event) return type;
        return std::nullopt;
    case R::Founded:
        if (!(s == E::Person || isOrganisation(s))) return std::nullopt;
        if (isOrganisation(t) || t == E::Event) return type;
        return std::nullopt;
    case R::WorksFor:
        if (s == E::Person && isOrganisation(t)) return type;
        return std::nullopt;
    case R::PartOf:
    case R::SpunOffFrom:
        if (isOrganisation(s) && isOrganisation(t)) return type;
        if (type == R::PartOf && s == E::Place && isLocation(t)) return type;
        return std::nullopt;
    case R::Acquires:
        if ((isOrganisation(s) || s == E::Person) && (t == E::Company || t == E::Investor || t == E::Media || t == E::Product))
            return type;
        return std::nullopt;
    case R::LocatedIn:
    case R::OfficeIn:
        if (isOrganisation(s) && isLocation(t)) return type;
        return std::nullopt;
    case R::Supports:
        // A city or province backing a firm acts as its government ("경기도의 지원 아래").
        if ((s == E::Government || s == E::Country || s == E::Place) &&
            (isOrganisation(t) || t == E::Person || t == E::Event) && s != t)
            return type;
        return std::nullopt;
    case R::PartnersWith:
    case R::CompetesWith: {
        if (isOrganisation(s) && isOrganisation(t)) return type;
        if (s == E::Country && t == E::Country) return type;
        // Cities act through their governments ("요코스카시는 고베시와 … 공유하는 네트워크를 구성했다").
        const auto polity = [](E e) { return e == E::Government || e == E::Place || e == E::Country; };
        if (type == R::PartnersWith && polity(s) && polity(t) && (s == E::Government || t == E::Government)) return type;
        if (type == R::PartnersWith && s == E::Place && t == E::Place) return type;
        if (type == R::CompetesWith && s == E::Product && t == E::Product) return type;
        return std::nullopt;
    }
    case R::Develops:
        if ((isOrganisation(s) || s == E::Person) && t == E::Product) return type;
        return std::nullopt;
    case R::Uses:
        if ((isOrganisation(s) || s == E::Person) && t == E::Product) return type;
        return std::nullopt;
    case R::ShareholderOf:
        if ((s == E::Person || isOrganisation(s)) && (t == E::Company || t == E::Investor || t == E::Media)) return type;
        return std::nullopt;
    case R::MentionedWith: return type;
    }
    return std::nullopt;
}

} // namespace newsgraph::core
