#include "extract/ParentheticalAlias.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/Lexicon.h"
#include "extract/NameShape.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <array>
#include <optional>

namespace newsgraph::core {
namespace {

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// "엘지", "에스케이", "케이티", "씨제이": Latin letters spelled in Hangul, as in "엘지(LG)유플러스".
bool spellsLatinLetters(std::string_view word)
{
    static constexpr std::array letters{
        std::string_view{"더블유"}, std::string_view{"에이치"}, std::string_view{"에이"}, std::string_view{"에프"},
        std::string_view{"아이"}, std::string_view{"제이"}, std::string_view{"케이"}, std::string_view{"에스"},
        std::string_view{"브이"}, std::string_view{"엑스"}, std::string_view{"와이"}, std::string_view{"제트"},
        std::string_view{"비"}, std::string_view{"씨"}, std::string_view{"디"}, std::string_view{"이"}, std::string_view{"지"},
        std::string_view{"엘"}, std::string_view{"엠"}, std::string_view{"엔"}, std::string_view{"오"}, std::string_view{"피"},
        std::string_view{"큐"}, std::string_view{"알"}, std::string_view{"티"}, std::string_view{"유"}, std::string_view{"쥐"}};
    if (word.empty()) return false;
    while (!word.empty()) {
        bool matched = false;
        for (auto l : letters)
            if (word.starts_with(l)) {
                word.remove_prefix(l.size());
                matched = true;
                break;
            }
        if (!matched) return false;
    }
    return true;
}

struct Paren {
    std::size_t open = 0, close = 0; // token indices of "(" and ")"
    std::string_view inner;
};

// A parenthesis written directly after token `k` whose content is a plausible alternative name.
std::optional<Paren> aliasParenAfter(const AnalysedSentence& s, std::size_t k)
{
    const auto& tokens = s.tokens;
    if (k + 3 >= tokens.size() + 0 || k + 1 >= tokens.size()) return std::nullopt;
    if (tokens[k + 1].punct != PunctKind::OpenParen || tokens[k + 1].spaceBefore) return std::nullopt;
    std::size_t words = 0;
    for (std::size_t i = k + 2; i < tokens.size() && i <= k + 6; ++i) {
        const Token& t = tokens[i];
        if (t.punct == PunctKind::CloseParen) {
            if (words == 0) return std::nullopt;
            Paren p{k + 1, i, std::string_view(s.sentence->text).substr(tokens[k + 2].begin, t.begin - tokens[k + 2].begin)};
            if (utf8::containsDigit(p.inner) && !utf8::hasLatin(p.inner)) return std::nullopt; // age, year
            if (matchRoleTitle(p.inner) || isGenericNoun(p.inner)) return std::nullopt;
            return p;
        }
        if (!t.isWord()) return std::nullopt; // "COO·56", "컴퓨터공학·40"
        if (!isNameWord(t.text, 8)) return std::nullopt;
        ++words;
    }
    return std::nullopt;
}

} // namespace

std::pair<std::string, std::string> splitParenthetical(std::string_view text)
{
    const std::size_t open = text.find('(');
    const std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos) return {collapseSpaces(text), {}};
    const std::string_view before = text.substr(0, open);
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    const std::string_view after = text.substr(close + 1);
    const std::size_t wordStart = before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1;
    std::string name = collapseSpaces(std::string(before) + std::string(after));
    std::string alias = collapseSpaces(std::string(before.substr(0, wordStart)) + std::string(inner) + std::string(after));
    return {name, alias};
}

void ParentheticalAlias::proposeInlineNames(AnalysedSentence& s) const
{
    const auto& tokens = s.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (!tokens[k].isWord()) continue;
        const auto p = aliasParenAfter(s, k);
        if (!p || p->close + 1 >= tokens.size()) continue;
        const Token& tail = tokens[p->close + 1];
        if (!tail.isWord() || tail.spaceBefore || tail.stem.empty()) continue;
        // Only a Latin spelling inside a Hangul name ("엘지(LG)유플러스"), never a gloss of a common noun
        // ("인공지능(AI)기업") or a remark ("졸업(예정)자").
        if (!utf8::hasLatin(p->inner) || !spellsLatinLetters(tokens[k].text) || isGenericNoun(tail.stem) ||
            !utf8::allHangul(tokens[k].text) || isGenericNoun(std::string(tokens[k].text) + std::string(tail.stem)))
            continue;
        {
            bool genericTail = false;
            for (std::string_view g : {"기업", "업체", "회사", "모델", "기술", "서비스", "산업", "분야", "시장", "반도체"})
                if (tail.stem.ends_with(g)) genericTail = true;
            if (genericTail) continue;
        }
        // "엘지(LG)유플러스": the name continues right after the parenthesis.
        const std::string head(tokens[k].text);
        EntityCandidate c;
        c.firstToken = k;
        c.lastToken = p->close + 1;
        c.begin = tokens[k].begin;
        c.end = tail.stemEnd();
        c.name = head + std::string(tail.stem);
        c.aliases.push_back(std::string(p->inner) + std::string(tail.stem));
        const auto suffix = matchOrganisationSuffix(c.name);
        c.type = suffix ? suffix->type : EntityType::Company;
        c.confidence = 0.9; // the alias inside the name is strong evidence of one name
        c.source = EntitySource::Rule;
        c.rule = "inline-alias";
        s.candidates.push_back(std::move(c));
    }
}

void ParentheticalAlias::attachAliases(AnalysedSentence& s) const
{
    const auto& tokens = s.tokens;
    const std::size_t existing = s.candidates.size();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (!tokens[k].isWord() || tokens[k].stem.empty()) continue;
        const auto p = aliasParenAfter(s, k);
        if (!p) continue;
        // An alias only when nothing of the name is left in the token ("사물인터넷(IoT)" has no candidate).
        if (tokens[k].stem.size() != tokens[k].text.size()) continue;
        bool attached = false;
        for (std::size_t c = 0; c < existing; ++c) {
            EntityCandidate& cand = s.candidates[c];
            if (cand.lastToken != k || cand.end != tokens[k].end) continue;
            cand.aliases.push_back(std::string(p->inner));
            attached = true;
        }
        if (attached) continue;
        // "소프트웨어인 체이너(Chainer)", "체이너(Chainer)라는 독보적 AI 기술": a product with its Latin name.
        const bool latinWord = utf8::isAsciiUpper(static_cast<unsigned char>(p->inner[0])) && !isAcronym(p->inner);
        if (!latinWord || !utf8::allHangul(tokens[k].stem) || utf8::length(tokens[k].stem) > 8 ||
            isGenericNoun(tokens[k].stem) || (k > 0 && tokens[k - 1].isWord() && tokens[k - 1].particle.empty() &&
                                              !isProductDescriptor(tokens[k - 1].stem)))
            continue;
        bool product = k > 0 && tokens[k - 1].role == ArgumentRole::Copula && isProductDescriptor(tokens[k - 1].stem);
        if (!product && p->close + 1 < tokens.size() && tokens[p->close + 1].role == ArgumentRole::Copula) {
            for (std::size_t j = p->close + 2; j < tokens.size() && j <= p->close + 5; ++j) {
                if (!tokens[j].isWord()) break;
                if (isProductDescriptor(tokens[j].stem) || tokens[j].stem == "기술") {
                    product = true;
                    break;
                }
                if (!tokens[j].particle.empty()) break;
            }
        }
        if (!product) continue;
        EntityCandidate c;
        c.firstToken = k;
        c.lastToken = k;
        c.begin = tokens[k].begin;
        c.end = tokens[k].end;
        c.name = std::string(tokens[k].stem);
        c.aliases.push_back(std::string(p->inner));
        c.type = EntityType::Product;
        c.confidence = 0.65;
        c.source = EntitySource::Rule;
        c.rule = "latin-alias-product";
        s.candidates.push_back(std::move(c));
    }
}

} // namespace newsgraph::core
