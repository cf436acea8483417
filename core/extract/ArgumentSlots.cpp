#include "extract/ArgumentSlots.h"

#include "extract/PredicateForms.h"
#include "extract/RelationConstraints.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {

bool isSubjectRole(ArgumentRole r) { return r == ArgumentRole::Subject || r == ArgumentRole::Topic; }

ArgumentRole roleFor(Slot slot)
{
    switch (slot) {
    case Slot::Object: return ArgumentRole::Object;
    case Slot::Dative: return ArgumentRole::Dative;
    case Slot::Source: return ArgumentRole::Source;
    case Slot::Comitative: return ArgumentRole::Comitative;
    case Slot::Genitive: return ArgumentRole::Genitive;
    case Slot::ObjectOwner:
    case Slot::StakeOwner:
    case Slot::None: break;
    }
    return ArgumentRole::None;
}

std::size_t objectTokenBefore(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = trigger; k > clauseFirst;) {
        --k;
        if (tokens[k].role == ArgumentRole::Object && tokens[k].isWord() && !tokens[k].particle.empty()) return k;
    }
    return trigger;
}

Args nearestWithRole(const ArgumentStructure& s, ArgumentRole role, std::size_t from, std::size_t to)
{
    const Argument* best = nullptr;
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.role != role || a.roleToken < from || a.roleToken >= to) continue;
        if (!best || a.roleToken > best->roleToken || (a.roleToken == best->roleToken && a.first > best->first)) best = &a;
    }
    if (!best) return {};
    // "산업은행과 IMM인베스트먼트 등으로부터": names sharing one particle are listed together.
    Args out = s.groupOf(*best);
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.role != role || a.roleToken != best->roleToken) continue;
        for (const Argument* member : s.groupOf(a))
            if (std::find(out.begin(), out.end(), member) == out.end()) out.push_back(member);
    }
    std::sort(out.begin(), out.end(), [](const Argument* x, const Argument* y) { return x->first < y->first; });
    return out;
}

Args compoundObject(const ArgumentStructure& s, std::size_t trigger)
{
    for (const auto& a : s.arguments())
        if (!a.modifier && a.role == ArgumentRole::None && a.last + 1 == trigger && s.tokens()[a.last].particle.empty())
            return s.groupOf(a);
    return {};
}

Args namedObject(const ArgumentStructure& s, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    // The object noun right before the verb, a word or two after the name: "‘솔라’라는 (이름의) 모델을 개발".
    std::size_t object = trigger;
    for (std::size_t k = trigger; k > 0 && k + 4 > trigger;) {
        --k;
        if (tokens[k].role == ArgumentRole::Object && tokens[k].isWord()) {
            object = k;
            break;
        }
    }
    if (object == trigger) return {};
    for (std::size_t k = object; k > 0 && k + 4 > object;) {
        --k;
        if (tokens[k].particle != "라는" && tokens[k].particle != "이라는") continue;
        // The name ends at the particle, or just before it inside quotes ("‘제미나이 2.0’이라는").
        for (const auto& a : s.arguments()) {
            if (a.anaphor || a.type != EntityType::Product || a.last > k || a.last + 3 < k) continue;
            bool tied = true;
            for (std::size_t j = a.last + 1; j < k && tied; ++j) tied = tokens[j].particle.empty();
            if (tied) return {&a};
        }
        return {};
    }
    return {};
}

const Argument* headAfter(const ArgumentStructure& s, std::size_t predicate)
{
    const auto& tokens = s.tokens();
    std::size_t end = predicate + 1;
    bool particleFound = false;
    for (; end < tokens.size() && end <= predicate + 10; ++end) {
        if (tokens[end].punct == PunctKind::Comma || tokens[end].punct == PunctKind::Other) break;
        if (tokens[end].isWord() && !tokens[end].particle.empty()) {
            particleFound = true;
            break;
        }
    }
    if (!particleFound) {
        // A phrase closing the sentence without a particle ("위치한 또 다른 AI 스타트업 ‘PFN’."): its last name.
        const Argument* last = nullptr;
        for (const auto& a : s.arguments())
            if (!a.modifier && a.phraseStart > predicate && a.first < end) last = &a;
        if (last && end < tokens.size() && tokens[end].punct != PunctKind::Other) return nullptr;
        return last;
    }
    // Only the phrase's head counts: in "투자하는 美 기업들" the country modifies a common noun.
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.phraseStart <= predicate || a.phraseStart > end) continue;
        if (a.roleToken == end || a.head == end) return &a;
    }
    return nullptr;
}

namespace {

// The organisation heading a phrase that ends at `phraseEnd` (a token with a particle): "X의 [words] 과제에",
// "X [words] 육성을" (X bare). Only bare and genitive words may stand between.
Args phraseOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t phraseEnd)
{
    const auto& tokens = s.tokens();
    const auto& args = s.arguments();
    for (auto it = args.rbegin(); it != args.rend(); ++it) {
        const Argument& a = *it;
        if (a.anaphor || a.roleToken >= phraseEnd || a.roleToken < clauseFirst) continue;
        bool inside = true;
        for (std::size_t k = a.roleToken + 1; k < phraseEnd; ++k) {
            // Quotes and parentheses may stand inside the phrase ("엘지(LG)유플러스의 … 모델 ‘익시젠’의 …").
            if (tokens[k].punct == PunctKind::Comma || tokens[k].punct == PunctKind::Other) inside = false;
            if (tokens[k].isWord() && !tokens[k].particle.empty() && tokens[k].role != ArgumentRole::Genitive &&
                !isListWord(tokens[k].text))
                inside = false;
        }
        if (!inside) break;
        if (!isOrganisation(a.type)) continue;
        if (a.role == ArgumentRole::Genitive) return s.groupOf(a);
        if (a.role == ArgumentRole::None && tokens[a.last].particle.empty() && !a.modifier) return {&a};
    }
    return {};
}

bool isArgumentParticle(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (a.roleToken == token) return true;
    return false;
}

} // namespace

Args objectOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    // "삼성전자의 평택 공장 증설을 행정적으로 뒷받침한다": adverbs may stand between the object and the verb.
    std::size_t object = trigger;
    for (std::size_t k = trigger; k > clauseFirst && k + 3 > trigger;) {
        --k;
        if (tokens[k].role == ArgumentRole::Object && !tokens[k].stem.empty()) {
            object = k;
            break;
        }
        if (!tokens[k].isWord() || !isAdverbWord(tokens[k].text)) return {};
    }
    if (object == trigger) return {};
    // "엔비디아 CEO를 맡고", "소니 회장을 지낸": the organisation before a title object holds the post.
    if (matchRoleTitle(tokens[object].stem)) {
        // "국립정보학연구소(INRIA) 연구원을 지냈다": the organisation's alias may stand before the title.
        std::size_t before = object;
        if (object > 3 && tokens[object - 1].punct == PunctKind::CloseParen) {
            std::size_t open = object - 1;
            while (open > 0 && open + 4 > object && tokens[open].punct != PunctKind::OpenParen) --open;
            if (tokens[open].punct == PunctKind::OpenParen && !tokens[open].spaceBefore) before = open;
        }
        for (const auto& a : s.arguments())
            if (!a.anaphor && isOrganisation(a.type) && (a.last + 1 == object || a.last + 1 == before) &&
                (tokens[a.last].particle.empty() || tokens[a.last].role == ArgumentRole::Genitive))
                return {&a};
    }
    return phraseOwner(s, clauseFirst, object);
}

Args roleNounOwner(const ArgumentStructure& s, ArgumentRole role, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = trigger; k > clauseFirst;) {
        --k;
        if (tokens[k].role != role || !tokens[k].isWord()) continue;
        if (isArgumentParticle(s, k)) return {}; // a name in that role is the argument itself
        return phraseOwner(s, clauseFirst, k);
    }
    return {};
}

Args subjectNounOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = trigger; k > clauseFirst;) {
        --k;
        if (!isSubjectRole(tokens[k].role) || !tokens[k].isWord()) continue;
        if (isArgumentParticle(s, k)) return {};
        return phraseOwner(s, clauseFirst, k);
    }
    return {};
}

Args staffOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    static constexpr std::array staff{std::string_view{"직원"}, std::string_view{"직원들"}, std::string_view{"임직원"},
                                      std::string_view{"임직원들"}, std::string_view{"공무원"}, std::string_view{"공무원들"},
                                      std::string_view{"연구진"}, std::string_view{"연구팀"}, std::string_view{"개발자"},
                                      std::string_view{"개발자들"}, std::string_view{"개발진"}, std::string_view{"엔지니어들"}};
    const auto& tokens = s.tokens();
    for (std::size_t k = trigger; k > clauseFirst;) {
        --k;
        if (!isSubjectRole(tokens[k].role) || !tokens[k].isWord()) continue;
        if (std::find(staff.begin(), staff.end(), tokens[k].stem) == staff.end()) return {};
        for (const auto& a : s.arguments())
            if (!a.anaphor && isOrganisation(a.type) && a.last + 1 == k &&
                (tokens[a.last].particle.empty() || tokens[a.last].role == ArgumentRole::Genitive))
                return {&a};
        return {};
    }
    return {};
}

Args roundLeader(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments()) {
        // "X 주도로", "X 주도하에", "X 주도의": the bare name right before 주도 led the round, so it invested.
        // "X가 주도한 시리즈A 투자에서": the subject of a relative clause on the round led it too.
        if (a.anaphor || a.first < clauseFirst || a.last + 1 >= trigger) continue;
        if (a.type == EntityType::Person || isLocation(a.type)) continue;
        const Token& next = tokens[a.last + 1];
        const std::string_view particle = tokens[a.last].particle;
        const bool relative = (particle == "가" || particle == "이") && (next.text == "주도한" || next.text == "주도하는");
        if (!particle.empty() && !relative) continue;
        if (next.isWord() && next.text.starts_with("주도") && !next.text.starts_with("주도권")) return s.groupOf(a);
    }
    return {};
}

Args genitiveBefore(const ArgumentStructure& s, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.role != ArgumentRole::Genitive || a.roleToken >= trigger || a.roleToken + 3 < trigger) continue;
        bool bare = true; // "중국 정부의 전폭적인 지원을": only modifiers between owner and trigger
        for (std::size_t k = a.roleToken + 1; k < trigger; ++k)
            if (!tokens[k].isWord() || (!tokens[k].particle.empty() && !tokens[k].text.ends_with("적인"))) bare = false;
        if (bare) return s.groupOf(a);
    }
    return {};
}

Args stakeOwner(const ArgumentStructure& s, std::size_t stake)
{
    const auto& tokens = s.tokens();
    if (stake == 0) return {};
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isOrganisation(a.type)) continue;
        // "뉴로바인 지분은": a name ending in 인 reads as the copula, which never stands before a stake noun.
        const bool bare = a.last + 1 == stake && (tokens[a.last].particle.empty() || tokens[a.last].particle == "인");
        const bool genitive = a.role == ArgumentRole::Genitive && a.roleToken + 1 == stake;
        if (bare || genitive) return {&a};
    }
    return {};
}

namespace {

// How specific a place is: 0 a city ("서울", "성남시", "샌타클래라"), 1 a province or state ("경기도",
// "조지아주", "가나가와현"), 2 a district ("강남구", "성수동"), 3 a country. Read from the written word.
int placeRank(const ArgumentStructure& s, const Argument& a)
{
    if (a.type == EntityType::Country) return 3;
    const std::string_view word = s.tokens()[a.last].stem;
    const std::size_t syllables = utf8::length(word);
    if (word.ends_with("시")) return 0;
    // Provinces as addresses abbreviate them: "경남 사천시", "전남 고흥군", "충북 청주시".
    static constexpr std::array provinces{std::string_view{"경기"}, std::string_view{"강원"}, std::string_view{"충북"},
                                          std::string_view{"충남"}, std::string_view{"전북"}, std::string_view{"전남"},
                                          std::string_view{"경북"}, std::string_view{"경남"}, std::string_view{"제주"}};
    if (std::find(provinces.begin(), provinces.end(), word) != provinces.end()) return 1;
    if (word.ends_with("카운티")) return 1; // "텍사스주 윌리엄슨카운티 라운드록": the county holds the town
    // A county (군) is a province's town ("전남 고흥군"); under a metropolitan city ("부산 기장군") the city comes first.
    if (syllables >= 3 && word.ends_with("군")) return 0;
    if (syllables >= 3 && (word.ends_with("구") || word.ends_with("동"))) return 2;
    if (word.ends_with("도") || (syllables >= 3 && (word.ends_with("주") || word.ends_with("현") || word.ends_with("성"))))
        return 1;
    return 0;
}

} // namespace

Args broadestPlace(const ArgumentStructure& s, const Args& targets)
{
    if (targets.size() != 1 || !isLocation(targets.front()->type)) return targets;
    const Argument* target = targets.front();
    std::vector<const Argument*> chain{target};
    const auto& args = s.arguments();
    const auto& tokens = s.tokens();
    std::size_t start = target->first;
    for (auto it = args.rbegin(); it != args.rend(); ++it) {
        const Argument& a = *it;
        if (a.anaphor || a.last >= start || a.first + 4 < start) continue;
        if (!isLocation(a.type)) break;
        bool linked = true; // only bare words or an apposition ("중심지인") between the places
        for (std::size_t k = a.last + 1; k < start; ++k)
            if (tokens[k].isWord() && !tokens[k].particle.empty() && tokens[k].role != ArgumentRole::Copula) linked = false;
        if (!tokens[a.last].particle.empty() && tokens[a.last].role != ArgumentRole::Copula) linked = false;
        if (!linked) break;
        chain.insert(chain.begin(), &a);
        start = a.first;
    }
    // "경기도 성남시 분당구" -> 성남시, "서울 강남구" -> 서울, "미국 조지아주" -> 조지아주: the first city named,
    // else the broadest place below the country.
    const Argument* best = nullptr;
    for (const Argument* a : chain)
        if (!best || placeRank(s, *a) < placeRank(s, *best)) best = a;
    return {best};
}

bool hasSubjectMarkedToken(const ArgumentStructure& s, std::size_t before)
{
    for (std::size_t i = 0; i < before && i < s.tokens().size(); ++i)
        if (isSubjectRole(s.tokens()[i].role)) return true;
    return false;
}

} // namespace newsgraph::core
