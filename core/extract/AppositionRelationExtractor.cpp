#include "extract/AppositionRelationExtractor.h"

#include "extract/ApposedArguments.h"
#include "extract/ArgumentSlots.h"
#include "extract/CompanySites.h"
#include "extract/DescriptorWords.h"
#include "extract/EmploymentApposition.h"
#include "extract/EvidenceAttributes.h"
#include "extract/InstitutionPredicate.h"
#include "extract/FocusShareholders.h"
#include "extract/PlaceApposition.h"
#include "extract/RelationConstraints.h"
#include "extract/TopicSites.h"
#include "extract/TopicSubsidiaries.h"

#include <array>

namespace newsgraph::core {
namespace {

struct CopulaDescriptor {
    std::string_view word;
    RelationType type;
    bool reversed; // true: relation(X, Y) for "X <word>인 Y"; false: relation(Y, X)
};

// "X <descriptor>인 Y": what Y is to X.
constexpr std::array copulaDescriptors{
    CopulaDescriptor{"투자사", RelationType::InvestsIn, false},   CopulaDescriptor{"투자자", RelationType::InvestsIn, false},
    CopulaDescriptor{"주주", RelationType::ShareholderOf, false}, CopulaDescriptor{"대주주", RelationType::ShareholderOf, false},
    CopulaDescriptor{"자회사", RelationType::PartOf, false},      CopulaDescriptor{"계열사", RelationType::PartOf, false},
    CopulaDescriptor{"자매사", RelationType::PartOf, false},      CopulaDescriptor{"산하기관", RelationType::PartOf, false},
    CopulaDescriptor{"연구소", RelationType::PartOf, false},      CopulaDescriptor{"연구조직", RelationType::PartOf, false},
    CopulaDescriptor{"연구센터", RelationType::PartOf, false},    CopulaDescriptor{"사업부", RelationType::PartOf, false},
    CopulaDescriptor{"연구기관", RelationType::PartOf, false},    CopulaDescriptor{"모회사", RelationType::PartOf, true},
    CopulaDescriptor{"지주회사", RelationType::PartOf, true},     CopulaDescriptor{"경쟁사", RelationType::CompetesWith, false},
    CopulaDescriptor{"라이벌", RelationType::CompetesWith, false}, CopulaDescriptor{"협력사", RelationType::PartnersWith, false},
    CopulaDescriptor{"파트너", RelationType::PartnersWith, false}, CopulaDescriptor{"인수자", RelationType::Acquires, false},
    CopulaDescriptor{"개발사", RelationType::Develops, true},     CopulaDescriptor{"제품", RelationType::Develops, false},
    CopulaDescriptor{"조직", RelationType::PartOf, false},        CopulaDescriptor{"부문", RelationType::PartOf, false},
    CopulaDescriptor{"싱크탱크", RelationType::PartOf, false},    CopulaDescriptor{"계열", RelationType::PartOf, false},
    CopulaDescriptor{"손자회사", RelationType::PartOf, false},    CopulaDescriptor{"경쟁자", RelationType::CompetesWith, false},
    CopulaDescriptor{"맞수", RelationType::CompetesWith, false},  CopulaDescriptor{"주주", RelationType::ShareholderOf, false},
    CopulaDescriptor{"외청", RelationType::PartOf, false},        CopulaDescriptor{"소속기관", RelationType::PartOf, false},
    // A supplier and its customer do business together: "Y는 X의 배터리 공급사로 선정됐다", "Y는 X의 고객사다".
    CopulaDescriptor{"공급사", RelationType::PartnersWith, false}, CopulaDescriptor{"공급업체", RelationType::PartnersWith, false},
    CopulaDescriptor{"납품업체", RelationType::PartnersWith, false}, CopulaDescriptor{"고객사", RelationType::PartnersWith, false},
};

// Nouns that put the name after them under the name before them: "알파벳 자회사 웨이모", "카카오 계열 롯데…".
bool isSubsidiaryNoun(std::string_view w)
{
    return w == "자회사" || w == "계열사" || w == "계열" || w == "자매사" || w == "손자회사" || w == "소속" || w == "산하" ||
           w == "산하기관" || w == "사업부" || w == "연구소" || w == "연구조직" || w == "외청";
}

// Nouns that put the name before them under the name after them: "구글 모회사 알파벳".
bool isParentNoun(std::string_view w) { return w == "모회사" || w == "모기업" || w == "지주회사" || w == "지주사"; }

// "Y는 X의 최대 경쟁사로 꼽힌다", "Y는 X의 연구 부문이다": the descriptor is the clause's predicate.
bool isPredicateUse(const std::vector<Token>& tokens, std::size_t k, std::string_view descriptor)
{
    const Token& t = tokens[k];
    if (t.text.size() == descriptor.size() + std::string_view("다").size() && t.text.ends_with("다") &&
        t.text.starts_with(descriptor))
        return true;
    if (t.particle == "이다" || t.particle == "였다" || t.particle == "이었다") return true;
    if ((t.particle == "로" || t.particle == "으로") && k + 1 < tokens.size() && tokens[k + 1].isWord()) {
        const std::string_view v = tokens[k + 1].text;
        return v.starts_with("꼽") || v.starts_with("불리") || v.starts_with("불린") || v.starts_with("평가") ||
               v.starts_with("알려") || v.starts_with("거론") || v.starts_with("선정");
    }
    return false;
}

bool endsWithLabSuffix(std::string_view name)
{
    static constexpr std::array suffixes{std::string_view{"연구소"}, std::string_view{"연구원"}, std::string_view{"연구센터"},
                                         std::string_view{"대학원"}, std::string_view{"센터"}, std::string_view{"연구실"},
                                         std::string_view{"랩"}, std::string_view{"연구팀"}};
    for (auto s : suffixes)
        if (name.ends_with(s)) return true;
    return false;
}

void add(RelationType type, const Argument& a, const Argument& b, const ArgumentStructure& s, const SentenceContext& ctx,
         std::size_t trigger, std::string_view word, double confidence, std::vector<RelationCandidate>& out,
         std::string_view role = {}, bool past = false)
{
    if (a.entity == b.entity) return;
    const auto checked = checkRelation(type, a.type, b.type);
    if (!checked) return;
    RelationCandidate r;
    r.type = *checked;
    r.source = a.entity;
    r.target = b.entity;
    r.evidence = makeEvidence(s, ctx, r.type, trigger, word, confidence);
    r.evidence.role = std::string(role);
    if (past) r.evidence.tense = Tense::Past;
    out.push_back(std::move(r));
}

} // namespace

void AppositionRelationExtractor::extract(const ArgumentStructure& s, const SentenceContext& ctx,
                                          std::vector<RelationCandidate>& out) const
{
    const auto& tokens = s.tokens();
    const auto& args = s.arguments();
    addEmploymentAppositions(s, ctx, out);
    addCompanySites(s, ctx, out);
    addPlaceAppositions(s, ctx, out);
    addFocusShareholders(s, ctx, out);
    addTopicSubsidiaries(s, ctx, out);
    addTopicSites(s, ctx, out);

    // "삼성전자는 경쟁사 애플보다 먼저": a rival named by its relation to the clause's subject or an owner.
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        const std::string_view w = tokens[k].stem;
        if (!tokens[k].isWord() || !tokens[k].particle.empty() || !(w == "경쟁사" || w == "경쟁업체" || w == "라이벌")) continue;
        const Argument* rival = nullptr; // "경쟁사 엔씨소프트 출신 개발자들": the rival may modify what follows
        for (const auto& a : args)
            if (!a.anaphor && a.first == k + 1 && isOrganisation(a.type)) rival = &a;
        if (!rival) continue;
        const Argument* owner = nullptr;
        for (const auto& a : args)
            if (!a.anaphor && !a.modifier && a.last < k &&
                ((a.role == ArgumentRole::Genitive && a.roleToken + 1 == k) || a.role == ArgumentRole::Topic ||
                 a.role == ArgumentRole::Subject))
                owner = &a;
        if (owner) add(RelationType::CompetesWith, *owner, *rival, s, ctx, k, w, 0.65, out);
    }

    // Titles: works_for with the role, founded for founders.
    for (const auto& role : s.sentence().roles) {
        const Argument* person = argumentCovering(s, role.personFirst, role.personLast);
        if (!person) continue;
        const Argument* org = role.hasOrganisation ? argumentCovering(s, role.orgFirst, role.orgLast) : nullptr;
        // "X의 공동 창업자인 A 대표는 …, 공동 창업자 B CTO는": a second founder in the sentence founded the same.
        bool fromSibling = false;
        if (!org && role.founder)
            for (const auto& sibling : s.sentence().roles)
                if (sibling.founder && sibling.hasOrganisation && sibling.titleToken < role.titleToken) {
                    org = argumentCovering(s, sibling.orgFirst, sibling.orgLast);
                    fromSibling = org != nullptr;
                }
        if (!org && role.founder && ctx.focusOrganisation && ctx.entities) {
            // "창업자 일리언 존스는": the founder of the company the passage is about.
            Argument focus;
            focus.entity = *ctx.focusOrganisation;
            focus.type = (*ctx.entities)[focus.entity].type;
            add(RelationType::Founded, *person, focus, s, ctx, role.titleToken, tokens[role.titleToken].stem, 0.5, out);
            // "창업자인 이수진 대표는": the founder's other title is held there too.
            for (const auto& other : s.sentence().roles)
                if (!other.founder && other.organisational && !other.hasOrganisation && other.personFirst == role.personFirst &&
                    other.personLast == role.personLast)
                    add(RelationType::WorksFor, *person, focus, s, ctx, other.titleToken, tokens[other.titleToken].stem, 0.5,
                        out, other.role, other.past);
            continue;
        }
        if (!org) continue;
        // "서울대 출신 박영수 대표": where the person came from, read by the former-employer rule.
        bool cameFrom = false;
        for (std::size_t k = role.orgLast + 1; k < role.personFirst && k < tokens.size() && !fromSibling; ++k)
            cameFrom = cameFrom || tokens[k].stem == "출신";
        if (cameFrom) continue;
        // A founder's title says who founded the company, not that they still work there.
        if (role.organisational && !role.founder)
            add(RelationType::WorksFor, *person, *org, s, ctx, role.titleToken, tokens[role.titleToken].stem, 0.8, out,
                role.role, role.past);
        if (!role.founder) continue;
        add(RelationType::Founded, *person, *org, s, ctx, role.titleToken, tokens[role.titleToken].stem, 0.8, out);
        // "구글의 공동창업자인 세르게이 브린과 래리 페이지는": co-founders are named together.
        if (role.role == "co-founder")
            for (const Argument* other : s.groupOf(*person))
                if (other->type == EntityType::Person && other->first > person->last)
                    add(RelationType::Founded, *other, *org, s, ctx, role.titleToken, tokens[role.titleToken].stem, 0.7, out);
        // "시큐레이어의 창업자 이재훈 대표는": the founder's other title is held at the company founded.
        for (const auto& other : s.sentence().roles)
            if (!other.founder && other.organisational && !other.hasOrganisation && other.personFirst == role.personFirst &&
                other.personLast == role.personLast)
                add(RelationType::WorksFor, *person, *org, s, ctx, other.titleToken, tokens[other.titleToken].stem, 0.75,
                    out, other.role, other.past);
    }

    for (std::size_t i = 0; i < args.size(); ++i) {
        const Argument& x = args[i];
        if (x.anaphor) continue;
        const std::size_t after = x.role == ArgumentRole::None ? x.last + 1 : x.roleToken + 1;

        // "과학기술정보통신부 산하 소프트웨어정책연구소", "X 소재 Y".
        // "X 산하 공공기관인 Y": the copula on the describing noun is not X's own.
        // "기후에너지환경부 소속 기관으로": a role inherited from a noun further on is that noun's, not X's.
        const bool describedBy = (x.role == ArgumentRole::Copula || !x.direct) && x.roleToken > x.last + 1;
        const std::size_t next = skipAlias(tokens, describedBy ? x.last + 1 : after);
        if ((x.role == ArgumentRole::None || x.role == ArgumentRole::Genitive || describedBy) && next + 1 < tokens.size() &&
            tokens[next].isWord()) {
            const std::string_view w = tokens[next].stem;
            if (w == "산하" || w == "소재" || w == "산하기관" || w == "기반") {
                // "토론토 기반의 AI 칩 기업 텐스토런트": places locate; "X 산하 연구기관인 Y": parents own.
                const bool place = w == "소재" || w == "기반";
                if (place && !isLocation(x.type)) continue;
                // "유원종합건설은 강릉 소재의 기업으로": the firm the clause is about is there.
                if (place && isFirmPredicate(tokens, next + 1)) {
                    Args sites = broadestPlace(s, {&x}); // "서울 강남 소재": the district and its city
                    sites.push_back(&x);
                    if (const Argument* subject = clauseSubjectBefore(s, x))
                        for (const Argument* firm : s.groupOf(*subject))
                            for (const Argument* site : sites) add(RelationType::LocatedIn, *firm, *site, s, ctx, next, w, 0.7, out);
                    continue;
                }
                if (!place && isInstitutionPredicate(tokens, next + 1)) {
                    // "A와 B가 X 산하 기관으로 옮긴다": each body named as the subject moves under X.
                    if (const Argument* subject = clauseSubjectBefore(s, x))
                        for (const Argument* unit : s.groupOf(*subject))
                            add(RelationType::PartOf, *unit, x, s, ctx, next, w, 0.75, out);
                    continue;
                }
                if (const Argument* y = argumentAfterDescriptors(s, next + 1)) {
                    if (place) {
                        // "서울 강남구 소재 Y": the district the address names, and its city.
                        add(RelationType::LocatedIn, *y, x, s, ctx, next, w, 0.75, out);
                        for (const Argument* city : broadestPlace(s, {&x}))
                            add(RelationType::LocatedIn, *y, *city, s, ctx, next, w, 0.7, out);
                    }
                    else add(RelationType::PartOf, *y, x, s, ctx, next, w, 0.8, out);
                }
                continue;
            }
        }

        // "알파벳 자회사 웨이모", "네이버의 클라우드 자회사 네이버클라우드", "산업통상자원부 소속 특허청".
        // "행정안전부 소속 기관인 국가기록원": the copula belongs to the describing noun, not to X.
        if ((x.role == ArgumentRole::None || x.role == ArgumentRole::Genitive || describedBy) && isOrganisation(x.type)) {
            for (std::size_t k = next; k < tokens.size() && k < next + 3; ++k) {
                const Token& t = tokens[k];
                if (!t.isWord() || argumentStartingAt(s, k)) break;
                // "LG그룹 계열의 IT 서비스 기업 LG CNS": describing words may stand before the name.
                const bool genitive = t.role == ArgumentRole::Genitive;
                if (!t.particle.empty() && !genitive) break;
                const bool parentNoun = isParentNoun(t.stem);
                if (!isSubsidiaryNoun(t.stem) && !parentNoun) {
                    if (genitive) break;
                    continue;
                }
                if (const Argument* y = argumentAfterDescriptors(s, k + 1); y && isOrganisation(y->type)) {
                    if (parentNoun) add(RelationType::PartOf, x, *y, s, ctx, k, t.stem, 0.75, out);
                    else add(RelationType::PartOf, *y, x, s, ctx, k, t.stem, 0.75, out);
                } else if (parentNoun) {
                    break;
                } else if (const Argument* subject = clauseSubjectBefore(s, x); subject && isInstitutionPredicate(tokens, k + 1))
                    add(RelationType::PartOf, *subject, x, s, ctx, k, t.stem, 0.75, out);
                break;
            }
        }

        // "정석기업은 … 한진그룹 계열사로", "Y는 X 자회사다": the subsidiary noun is the clause's predicate.
        const std::size_t noun = x.roleToken;
        if (!x.direct && noun == x.last + 1 && isOrganisation(x.type) && isSubsidiaryNoun(tokens[noun].stem) &&
            (isPredicateUse(tokens, noun, tokens[noun].stem) || standsAs(tokens, noun)))
            if (const Argument* subject = clauseSubjectBefore(s, x))
                add(RelationType::PartOf, *subject, x, s, ctx, noun, tokens[noun].stem, 0.7, out);

        // "Y는 X의 최대 경쟁사로 꼽힌다", "Y는 X의 연구 부문이다", "Y는 X의 최대주주다".
        if (x.role == ArgumentRole::Genitive && x.direct) {
            for (std::size_t k = x.roleToken + 1; k < tokens.size() && k < x.roleToken + 4; ++k) {
                const Token& t = tokens[k];
                if (!t.isWord() || argumentStartingAt(s, k)) break;
                const CopulaDescriptor* found = nullptr;
                for (const auto& d : copulaDescriptors)
                    if (t.stem.starts_with(d.word) || t.stem.ends_with(d.word) || t.text.starts_with(d.word)) {
                        if (isPredicateUse(tokens, k, t.stem.ends_with(d.word) ? t.stem : d.word)) found = &d;
                        // "Y는 X의 외청으로 …을 맡는다": a body's standing under its parent needs no verb of naming.
                        if (d.type == RelationType::PartOf && t.stem.ends_with(d.word) && (t.particle == "로" || t.particle == "으로"))
                            found = &d;
                        break;
                    }
                if (found) {
                    // "라인야후는 네이버와 소프트뱅크가 출자한 A홀딩스의 자회사다": the topic is what the copula
                    // describes; a subject inside a relative clause on X is not.
                    const Argument* subject = nullptr;
                    const Argument* topic = nullptr;
                    for (const auto& y : args) {
                        if (y.modifier || y.first >= x.first) continue;
                        if (y.role == ArgumentRole::Topic || y.role == ArgumentRole::Subject) subject = &y;
                        if (y.role == ArgumentRole::Topic) topic = &y;
                    }
                    if (topic) subject = topic;
                    if (subject) {
                        for (const Argument* y : s.groupOf(*subject)) {
                            if (found->reversed) add(found->type, x, *y, s, ctx, k, found->word, 0.7, out);
                            else add(found->type, *y, x, s, ctx, k, found->word, 0.7, out);
                        }
                    }
                    break;
                }
                if (!t.particle.empty()) break;
            }
        }

        // "X [words] <descriptor>인 Y": "오픈AI 투자사인 마이크로소프트", "구글 AI 연구소인 구글브레인".
        bool nameBeforeCopula = false; // "해양경찰청과 국방부 외청인": the descriptor belongs to the nearer name
        for (std::size_t k = x.last + 1; x.role == ArgumentRole::Copula && k < x.roleToken; ++k)
            nameBeforeCopula = nameBeforeCopula || argumentStartingAt(s, k) != nullptr;
        if ((x.role == ArgumentRole::None || x.role == ArgumentRole::Genitive || x.role == ArgumentRole::Copula) &&
            !nameBeforeCopula) {
            const std::size_t from = x.role == ArgumentRole::Copula ? x.roleToken : after;
            for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
                const Token& t = tokens[k];
                // "해양경찰청과 국방부 외청인 방위사업청": a second name before the descriptor owns it.
                if (!t.isWord() || (k > from && argumentStartingAt(s, k))) break;
                if (t.role == ArgumentRole::Copula && t.particle == "인") {
                    for (const auto& d : copulaDescriptors) {
                        if (!t.stem.ends_with(d.word)) continue;
                        if (const Argument* y = argumentOrOwnerAt(s, k + 1)) {
                            if (d.reversed) add(d.type, x, *y, s, ctx, k, d.word, 0.75, out);
                            else add(d.type, *y, x, s, ctx, k, d.word, 0.75, out);
                        }
                        break;
                    }
                    break;
                }
                if (!t.particle.empty()) break;
            }
        }

        // "스탠포드대 인간중심AI연구소(HAI)": a lab named right after its parent organisation.
        if (x.role == ArgumentRole::None && i + 1 < args.size() && isOrganisation(x.type)) {
            const Argument& y = args[i + 1];
            if (y.first == x.last + 1 && isOrganisation(y.type) && ctx.entities &&
                endsWithLabSuffix((*ctx.entities)[y.entity].name))
                add(RelationType::PartOf, y, x, s, ctx, y.first, "연구소", 0.7, out);
        }

        // "도쿄 시부야의 ‘리프마인드’ 사무실": places before a company and its office.
        if (isOrganisation(x.type) && x.role == ArgumentRole::None) {
            std::size_t k = x.last + 1;
            while (k < tokens.size() && tokens[k].punct == PunctKind::CloseQuote) ++k;
            if (k < tokens.size() && tokens[k].isWord() && (tokens[k].stem == "사무실" || tokens[k].stem == "본사" || tokens[k].stem == "사옥")) {
                const Argument* place = nullptr;
                const Argument* country = nullptr;
                for (const auto& p : args) {
                    if (p.anaphor || p.last >= x.first || p.first + 6 < x.first || !isLocation(p.type)) continue;
                    if (p.role != ArgumentRole::None && p.role != ArgumentRole::Genitive) continue;
                    // The places must lead straight into the company: only bare or genitive words between.
                    bool straight = true;
                    for (std::size_t m = p.last + 1; m < x.first; ++m)
                        if (tokens[m].isWord() && !tokens[m].particle.empty() && tokens[m].role != ArgumentRole::Genitive) straight = false;
                    if (!straight) continue;
                    if (p.type == EntityType::Place && !place) place = &p;
                    if (p.type == EntityType::Country && !country) country = &p;
                }
                if (const Argument* loc = place ? place : country)
                    add(RelationType::LocatedIn, x, *loc, s, ctx, k, tokens[k].stem, 0.7, out);
            }
        }

        // "엘지유플러스의 생성형 인공지능(AI) 모델 ‘익시젠’", "오픈AI의 챗GPT": the owner of a product.
        if (isOrganisation(x.type) && (x.role == ArgumentRole::Genitive || x.role == ArgumentRole::Source)) {
            for (std::size_t j = i + 1; j < args.size(); ++j) {
                const Argument& p = args[j];
                if (p.anaphor) continue;
                if (p.first > x.roleToken + 10) break;
                if (p.type != EntityType::Product) {
                    if (!p.modifier) break;
                    continue;
                }
                bool clean = true;
                for (std::size_t m = x.roleToken + 1; m < p.first; ++m)
                    if (tokens[m].isWord() && !tokens[m].particle.empty()) clean = false;
                std::size_t d = p.first;
                while (d > 0 && tokens[d - 1].punct == PunctKind::OpenQuote) --d;
                const bool described = d > 0 && tokens[d - 1].isWord() && isProductDescriptor(tokens[d - 1].stem);
                // "오픈AI의 'GPT-5'": an opening quote may stand between owner and product.
                const bool adjacent = (p.first == x.roleToken + 1 || d == x.roleToken + 1) && x.role == ArgumentRole::Genitive;
                if (clean && (described || adjacent))
                    add(RelationType::Develops, x, p, s, ctx, p.first, "의", x.role == ArgumentRole::Genitive ? 0.65 : 0.5, out);
                break;
            }
        }
    }
}

} // namespace newsgraph::core
