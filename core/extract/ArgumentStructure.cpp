#include "extract/ArgumentStructure.h"

#include "extract/CharIndex.h"
#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/RoleTitles.h"
#include "extract/TriggerTable.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace newsgraph::core {

bool isListWord(std::string_view w)
{
    return w == "등" || w == "등의" || w == "같은" || w == "비롯해" || w == "비롯한" || w == "포함해" || w == "포함한" ||
           w == "역시" || w == "또한";
}

namespace {

bool isConjunctionWord(std::string_view w) { return w == "및" || w == "그리고" || w == "또는" || w == "혹은" || w == "겸"; }

// A token that ends a noun phrase without a particle: a verb or adnominal form.
bool looksPredicative(std::string_view w)
{
    static constexpr std::array endings{std::string_view{"다"}, std::string_view{"고"}, std::string_view{"며"},
                                        std::string_view{"한"}, std::string_view{"된"}, std::string_view{"던"},
                                        std::string_view{"는"}, std::string_view{"해"}, std::string_view{"서"},
                                        std::string_view{"면"}, std::string_view{"록"}};
    for (auto e : endings)
        if (hasSuffix(w, e)) return true;
    return false;
}

// Common nouns for organisations: a country before them describes them ("한국 스타트업", "미국 대학들").
bool isOrganisationNoun(std::string_view word)
{
    if (word.ends_with("들")) word.remove_suffix(std::string_view("들").size());
    // "영국 과학혁신기술부는": a long word ending like a ministry or agency names one.
    if (utf8::length(word) >= 4 && (word.ends_with("부") || word.ends_with("성") || word.ends_with("청") || word.ends_with("처")))
        return true;
    return isCompanyDescriptor(word) || word == "대학" || word == "기관" || word == "연구소" || word == "연구진" ||
           word == "연구팀" || word == "투자사" || word == "투자자" || word == "업계" || word == "언론" || word == "공공기관" ||
           word == "기업인" || word == "벤처";
}

// Markets and fields: "중국 시장", "국내 반도체 업계", "미국 증시".
bool isDomainNoun(std::string_view word)
{
    return word.ends_with("시장") || word.ends_with("업계") || word.ends_with("증시") || word.ends_with("분야") ||
           word.ends_with("산업") || word.ends_with("무대");
}

bool startsWithTriggerNoun(std::string_view word)
{
    // "투자사", "투자자", "연구실": nouns for actors and places are heads of the phrase, not events.
    if (isOrganisationNoun(word) || isInvestorDescriptor(word) || isPersonNoun(word)) return false;
    for (const Trigger& t : triggers())
        if (t.verbalNoun && hasPrefix(word, t.word) && continuationOf(word.substr(t.word.size())) != Continuation::Other)
            return true;
    return false;
}

} // namespace

bool isPersonNoun(std::string_view word)
{
    static const std::unordered_set<std::string_view> words{
        "임원", "임원들", "출신", "출신들", "직원", "직원들", "관계자", "관계자들", "연구원", "연구자", "연구자들", "엔지니어",
        "개발자", "창업자", "창업자들", "공동창업자", "사람", "사람들", "인재", "인재들", "전문가", "대표", "대변인", "고위",
        "고위급", "경영진", "이사진", "주주", "주주들", "공무원", "공무원들", "교수진", "졸업생", "학생", "학생들", "측",
    };
    return words.contains(word) || matchRoleTitle(word).has_value();
}

bool isClauseEnding(std::string_view w)
{
    static constexpr std::array endings{
        std::string_view{"했고"}, std::string_view{"하고"}, std::string_view{"되고"}, std::string_view{"됐고"},
        std::string_view{"있고"}, std::string_view{"이고"}, std::string_view{"였고"}, std::string_view{"받고"},
        std::string_view{"맺고"}, std::string_view{"열고"}, std::string_view{"으며"}, std::string_view{"하며"},
        std::string_view{"되며"}, std::string_view{"했으며"}, std::string_view{"지만"}, std::string_view{"는데"},
        std::string_view{"은데"}, std::string_view{"면서"}, std::string_view{"으나"}, std::string_view{"했다"},
        std::string_view{"한다"}, std::string_view{"된다"}, std::string_view{"됐다"}, std::string_view{"있다"},
        std::string_view{"없다"}, std::string_view{"했는데"}, std::string_view{"하자"}, std::string_view{"였다"},
        std::string_view{"이다"}, std::string_view{"했으나"}, std::string_view{"어서"}, std::string_view{"아서"},
        std::string_view{"해서"}, std::string_view{"이며"},
    };
    if (w == "하고" || w == "이고") return true;
    static const CharIndex<std::string_view> index(std::span<const std::string_view>(endings), CharIndex<std::string_view>::End::Last,
                                                   [](std::string_view e) { return e; });
    for (const std::string_view* e : index.candidates(w))
        if (w.size() > e->size() && w.ends_with(*e)) return true;
    return false;
}

ArgumentStructure::ArgumentStructure(const AnalysedSentence& sentence, const std::vector<ResolvedMention>& mentions,
                                     const std::vector<ExtractedEntity>& entities)
    : sentence_(sentence)
{
    const auto& tokens = sentence_.tokens;
    boundary_.assign(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].isWord() && isClauseEnding(tokens[i].text)) boundary_[i] = true;
    for (const auto& m : mentions) {
        Argument a;
        a.entity = m.entity;
        a.type = entities[m.entity].type;
        a.first = m.firstToken;
        a.last = m.lastToken;
        a.head = m.headToken;
        a.phraseStart = m.firstToken;
        a.confidence = m.confidence;
        args_.push_back(a);
    }
    std::sort(args_.begin(), args_.end(), [](const Argument& x, const Argument& y) { return x.first < y.first; });
    computeRoles();
    computeGroups();
}

void ArgumentStructure::addAnaphor(std::size_t token, std::size_t entity, EntityType type, double confidence)
{
    Argument a;
    a.entity = entity;
    a.type = type;
    a.first = a.last = a.head = a.phraseStart = a.roleToken = token;
    a.role = tokens()[token].role;
    a.anaphor = true;
    a.direct = true;
    a.confidence = confidence;
    args_.push_back(a);
    std::sort(args_.begin(), args_.end(), [](const Argument& x, const Argument& y) { return x.first < y.first; });
}

void ArgumentStructure::computeRoles()
{
    const auto& tokens = sentence_.tokens;
    auto startsArgument = [&](std::size_t token) {
        return std::any_of(args_.begin(), args_.end(), [&](const Argument& a) { return a.first == token; });
    };
    for (auto& a : args_) {
        std::size_t pt = a.head;
        a.role = roleAfter(tokens, a.head, &pt);
        a.roleToken = pt;
        a.direct = a.role != ArgumentRole::None;
        if (a.role == ArgumentRole::None) {
            // Skip a parenthesis written after the name ("테라모터스(전기스쿠터 제조업체)").
            std::size_t i = a.head + 1;
            if (i < tokens.size() && tokens[i].punct == PunctKind::OpenParen) {
                while (i < tokens.size() && tokens[i].punct != PunctKind::CloseParen) ++i;
                ++i;
            }
            if (i < tokens.size() && startsArgument(i) && tokens[i].isWord()) {
                a.modifier = true; // "미국 IBM", "일본 문부과학성"
                continue;
            }
            // "한빛전자 측은": the company's side is the company.
            if (i < tokens.size() && tokens[i].isWord() && tokens[i].stem == "측" && !tokens[i].particle.empty()) {
                a.role = tokens[i].role;
                a.roleToken = i;
                a.direct = true;
                continue;
            }
            // "마이크로소프트(MS) 역시", "MS 또한": an additive topic.
            if (i < tokens.size() && tokens[i].isWord() && (tokens[i].text == "역시" || tokens[i].text == "또한")) {
                a.role = ArgumentRole::Topic;
                a.roleToken = i;
                a.direct = true;
                continue;
            }
            // "인텔 등 7개 업체로부터", "업스테이지 같은 한국 스타트업이", "챗GPT4 모델을": the phrase's particle.
            bool personHead = false;
            bool organisationHead = false;
            for (std::size_t k = i; k < tokens.size() && k < i + 4; ++k) {
                const Token& t = tokens[k];
                if (!t.isWord()) break;
                if (isListWord(t.text)) continue; // "업스테이지 같은 한국 스타트업이", "인텔 등 7개 업체로부터"
                if (startsArgument(k)) {
                    // A country or city inside the phrase is an adjective: "업스테이지 같은 한국 스타트업이".
                    const bool place = std::any_of(args_.begin(), args_.end(), [&](const Argument& o) {
                        return o.first == k && (o.type == EntityType::Country || o.type == EntityType::Place);
                    });
                    if (!place || !t.particle.empty()) break;
                    continue;
                }
                if (startsWithTriggerNoun(t.stem)) break; // "미국 기업 투자 유치도": the name modifies an event
                if (isPersonNoun(t.stem)) personHead = true;
                if (isOrganisationNoun(t.stem)) organisationHead = true;
                if (!t.particle.empty() || t.stem.empty()) {
                    if (personHead) a.modifier = true;
                    else if (t.role != ArgumentRole::Genitive || isListWord(tokens[i].text)) {
                        a.role = t.role;
                        a.roleToken = k;
                    }
                    break;
                }
                if (looksPredicative(t.text) && !isListWord(t.stem)) break;
            }
            if (personHead) a.modifier = true;
            // "한국 스타트업이": a country before a common noun describes it; it is not an argument.
            if ((a.type == EntityType::Country || a.type == EntityType::Place) && a.role != ArgumentRole::None && organisationHead)
                a.modifier = true;
            // "알리바바와 중국 AI 시장에서": a country before a market or field names where, not who.
            if ((a.type == EntityType::Country || a.type == EntityType::Place) && a.role != ArgumentRole::None &&
                !startsArgument(a.roleToken) && isDomainNoun(tokens[a.roleToken].stem))
                a.modifier = true;
        }
        // "체이너(Chainer)라는 독보적 AI 기술을": the name stands in the role of the noun it names.
        if (a.role == ArgumentRole::Copula && a.direct && tokens[a.roleToken].particle != "인") {
            for (std::size_t k = a.roleToken + 1; k < tokens.size() && k < a.roleToken + 5; ++k) {
                const Token& t = tokens[k];
                if (!t.isWord() || startsArgument(k)) break;
                if (!t.particle.empty()) {
                    if (t.role != ArgumentRole::Genitive && t.role != ArgumentRole::Copula) {
                        a.role = t.role;
                        a.roleToken = k;
                        a.direct = false;
                    }
                    break;
                }
            }
        }
        // "A 회장과 애플, 구글 임원 출신 등이": a list closed by 등 gives every member the list's role.
        if (a.role == ArgumentRole::Comitative && a.direct) {
            for (std::size_t k = a.roleToken + 1; k < tokens.size() && k < a.roleToken + 9; ++k) {
                const Token& t = tokens[k];
                if (t.punct != PunctKind::None && t.punct != PunctKind::Comma && t.punct != PunctKind::MiddleDot) break;
                if (!t.isWord()) continue;
                if (t.stem == "등" && !t.particle.empty()) {
                    a.role = t.role;
                    a.roleToken = k;
                    a.direct = false;
                    break;
                }
                if (!t.particle.empty() || isClauseEnding(t.text) || looksPredicative(t.text)) break;
            }
        }
        // "X를 비롯해 Y와": the list continues, and so does its role.
        const std::size_t after = a.roleToken + 1;
        if (a.role != ArgumentRole::None && after < tokens.size() && tokens[after].isWord() &&
            (tokens[after].stem == "비롯해" || tokens[after].stem == "비롯한" || tokens[after].stem == "포함해" ||
             tokens[after].stem == "포함한")) {
            for (std::size_t k = after + 1; k < tokens.size() && k < after + 6; ++k) {
                const Token& t = tokens[k];
                if (!t.isWord()) break;
                if (!t.particle.empty() && t.role != ArgumentRole::Genitive) {
                    a.role = t.role;
                    a.roleToken = k;
                    a.direct = false;
                    break;
                }
            }
        }
    }
}

void ArgumentStructure::computeGroups()
{
    const auto& tokens = sentence_.tokens;
    // Phrase starts: modifiers directly before an argument belong to its phrase.
    for (std::size_t i = 1; i < args_.size(); ++i)
        if (args_[i - 1].modifier && args_[i - 1].last + 1 == args_[i].first) args_[i].phraseStart = args_[i - 1].phraseStart;
    int nextGroup = 0;
    const Argument* previous = nullptr;
    std::size_t previousIndex = 0;
    for (std::size_t i = 0; i < args_.size(); ++i) {
        Argument& a = args_[i];
        if (a.anaphor) continue;
        if (a.modifier) {
            // "애플, 구글 임원 출신": names listed before a modifier modify the same noun.
            if (previous && previous->role == ArgumentRole::None && previous->last + 2 == a.first &&
                tokens[previous->last + 1].punct == PunctKind::Comma) {
                Argument& p = args_[previousIndex];
                p.modifier = true;
                p.group = -1;
            }
            continue;
        }
        if (previous) {
            bool joined = false;
            const std::size_t gapStart = previous->role == ArgumentRole::None ? previous->last + 1 : previous->roleToken + 1;
            const bool ownComitative = previous->role == ArgumentRole::Comitative && previous->direct;
            if (ownComitative && gapStart == a.phraseStart) joined = true;
            if (previous->role == ArgumentRole::None || previous->role == ArgumentRole::Comitative) {
                // Skip a parenthesis after the previous name.
                std::size_t g = gapStart;
                if (g < tokens.size() && tokens[g].punct == PunctKind::OpenParen) {
                    while (g < tokens.size() && tokens[g].punct != PunctKind::CloseParen) ++g;
                    ++g;
                }
                if (g + 1 == a.phraseStart && g < tokens.size() &&
                    (tokens[g].punct == PunctKind::Comma || tokens[g].punct == PunctKind::MiddleDot ||
                     (tokens[g].isWord() && isConjunctionWord(tokens[g].text))))
                    joined = true;
                if (g == a.phraseStart && ownComitative) joined = true;
            }
            if (joined) {
                Argument& p = args_[previousIndex];
                if (p.group < 0) p.group = nextGroup++;
                a.group = p.group;
            }
        }
        previous = &a;
        previousIndex = i;
    }
    // Every member takes the role of the group's last member.
    for (int g = 0; g < nextGroup; ++g) {
        const Argument* lastMember = nullptr;
        for (const auto& a : args_)
            if (a.group == g) lastMember = &a;
        if (!lastMember) continue;
        const ArgumentRole role = lastMember->role;
        const std::size_t roleToken = lastMember->roleToken;
        for (auto& a : args_)
            if (a.group == g && a.roleToken != roleToken) a.role = role, a.roleToken = roleToken, a.direct = false;
    }
}

std::vector<const Argument*> ArgumentStructure::groupOf(const Argument& arg) const
{
    std::vector<const Argument*> out;
    if (arg.group < 0) {
        out.push_back(&arg);
        return out;
    }
    for (const auto& a : args_)
        if (a.group == arg.group) out.push_back(&a);
    return out;
}

bool ArgumentStructure::endsClause(std::size_t token) const { return token < boundary_.size() && boundary_[token]; }

std::pair<std::size_t, std::size_t> ArgumentStructure::clauseOf(std::size_t token) const
{
    std::size_t first = token;
    while (first > 0 && !boundary_[first - 1]) --first;
    std::size_t last = token;
    while (last + 1 < boundary_.size() && !boundary_[last]) ++last;
    return {first, last};
}

std::string ArgumentStructure::describe(const std::vector<ExtractedEntity>& entities) const
{
    static constexpr std::array roleNames{"-", "SUBJ", "TOP", "OBJ", "DAT", "COM", "SRC", "GEN", "DIR", "COP", "OTHER"};
    std::string out = "  #" + std::to_string(sentence_.sentence->index) + " " + sentence_.sentence->text + "\n   ";
    const auto& tokens = sentence_.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        out += " " + std::to_string(i) + ":" + std::string(tokens[i].stem);
        if (!tokens[i].particle.empty()) out += "+" + std::string(tokens[i].particle);
        if (boundary_[i]) out += "|";
    }
    out += "\n";
    for (const auto& a : args_) {
        out += "    [" + std::to_string(a.first) + "-" + std::to_string(a.last) + " h" + std::to_string(a.head) + "] " +
               entities[a.entity].name + " " + roleNames[static_cast<std::size_t>(a.role)] + "@" + std::to_string(a.roleToken);
        if (a.group >= 0) out += " g" + std::to_string(a.group);
        if (a.modifier) out += " mod";
        if (a.anaphor) out += " anaphor";
        out += "\n";
    }
    return out;
}

} // namespace newsgraph::core
