#include "extract/DiscourseFocus.h"

#include "extract/RelationConstraints.h"

namespace newsgraph::core {
namespace {

bool isOrganisationAnaphorNoun(std::string_view w)
{
    return w == "회사" || w == "스타트업" || w == "업체" || w == "기업" || w == "곳" || w == "벤처";
}

// "정부는 이 공장에 보조금을 지급한다": money for the company's site or project goes to the company.
bool isSiteAnaphorNoun(std::string_view w)
{
    return w == "공장" || w == "사업장" || w == "프로젝트" || w == "연구소" || w == "캠퍼스";
}

bool joinsRound(const std::vector<Token>& tokens)
{
    for (const auto& t : tokens)
        if (t.isWord() && (t.text.starts_with("참여") || t.text.starts_with("주도했") || t.text.starts_with("후속"))) return true;
    return false;
}

// "이 모델을 도입했다", "해당 서비스를 활용하고": the product just named.
bool isProductAnaphorNoun(std::string_view w)
{
    return w == "모델" || w == "서비스" || w == "앱" || w == "플랫폼" || w == "제품" || w == "솔루션" || w == "기술" ||
           w == "소프트웨어" || w == "시스템";
}

bool isDemonstrative(std::string_view w) { return w == "이" || w == "그" || w == "해당" || w == "동"; }

} // namespace

void DiscourseFocus::addAnaphors(ArgumentStructure& s, const std::vector<ExtractedEntity>& entities) const
{
    const auto& tokens = s.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!t.isWord() || t.particle.empty()) continue;
        if (organisation_ && i > 0 && isOrganisationAnaphorNoun(t.stem) && tokens[i - 1].isWord() &&
            isDemonstrative(tokens[i - 1].text))
            s.addAnaphor(i, *organisation_, entities[*organisation_].type, 0.6);
        else if (organisation_ && i > 0 && t.role == ArgumentRole::Dative && isSiteAnaphorNoun(t.stem) &&
                 tokens[i - 1].isWord() && isDemonstrative(tokens[i - 1].text))
            s.addAnaphor(i, *organisation_, entities[*organisation_].type, 0.5);
        else if (organisation_ && (t.stem == "이곳" || t.stem == "이 회사"))
            s.addAnaphor(i, *organisation_, entities[*organisation_].type, 0.5);
        // "회사는 경기도 이천에 본사를 두고": a bare 회사 opening the sentence as its topic is the company the
        // article is about; elsewhere in a sentence it is usually generic ("회사가 많다").
        else if (organisation_ && i == 0 && t.stem == "회사" &&
                 (t.role == ArgumentRole::Topic || t.role == ArgumentRole::Subject))
            s.addAnaphor(i, *organisation_, entities[*organisation_].type, 0.5);
        else if (person_ && (t.stem == "그" || t.stem == "그녀") && (t.role == ArgumentRole::Topic || t.role == ArgumentRole::Subject))
            s.addAnaphor(i, *person_, EntityType::Person, 0.6);
        else if (i > 0 && t.role == ArgumentRole::Object && isProductAnaphorNoun(t.stem) && tokens[i - 1].isWord() &&
                 isDemonstrative(tokens[i - 1].text)) {
            // The product named last: earlier in this sentence, else in the sentences before.
            std::optional<std::size_t> product = product_;
            for (const auto& a : s.arguments())
                if (!a.anaphor && a.type == EntityType::Product && a.last < i) product = a.entity;
            if (product) s.addAnaphor(i, *product, EntityType::Product, 0.5);
        }
    }
}

void DiscourseFocus::update(const ArgumentStructure& s)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.type == EntityType::Product) product_ = a.entity;
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.modifier) continue;
        bool topical = a.direct && (a.role == ArgumentRole::Subject || a.role == ArgumentRole::Topic);
        if (!topical && a.role == ArgumentRole::None) {
            // A sentence ending on a name ("또 다른 AI 스타트업 ‘프리퍼드네트워크스(PFN)’.") introduces it.
            int depth = 0;
            bool more = false;
            for (std::size_t k = a.last + 1; k < tokens.size() && !more; ++k) {
                if (tokens[k].punct == PunctKind::OpenParen) ++depth;
                else if (tokens[k].punct == PunctKind::CloseParen) --depth;
                else if (tokens[k].isWord() && depth <= 0 && !tokens[k].stem.empty()) more = true;
            }
            topical = !more;
        }
        if (!topical) continue;
        // "KB인베스트먼트와 하나벤처스가 참여했다": investors joining a round leave the passage about the company
        // that raised it.
        if (a.type == EntityType::Investor && organisation_ && joinsRound(tokens)) continue;
        if (a.type == EntityType::Company || a.type == EntityType::Investor || a.type == EntityType::Academia)
            organisation_ = a.entity;
        else if (a.type == EntityType::Person)
            person_ = a.entity;
    }
}

} // namespace newsgraph::core
