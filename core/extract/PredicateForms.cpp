#include "extract/PredicateForms.h"

#include "extract/ArgumentStructure.h"
#include "extract/Utf8Scan.h"

#include <array>

namespace newsgraph::core {

bool isAdnominalForm(std::string_view word)
{
    if (word.ends_with("던") || word.ends_with("는")) return true;
    const char32_t last = utf8::last(word);
    return utf8::isHangulSyllable(last) && (last - 0xAC00) % 28 == 4; // final ㄴ: 한, 된, 연, 둔, 거느린
}

bool predicateFollows(const std::vector<Token>& tokens, std::size_t t, Continuation c, bool verbalNoun)
{
    if (c == Continuation::Active || c == Continuation::Passive) return true;
    // "다툰다", "맞붙고": a verb trigger is its own predicate when it ends a clause.
    if (!verbalNoun && (isClauseEnding(tokens[t].text) || tokens[t].text.ends_with("다") || tokens[t].text.ends_with("고")))
        return true;
    static constexpr std::array lightVerbs{std::string_view{"체결"}, std::string_view{"맺"}, std::string_view{"합의"},
                                           std::string_view{"추진"}, std::string_view{"강화"}, std::string_view{"확대"},
                                           std::string_view{"나서"}, std::string_view{"나섰"}, std::string_view{"했"},
                                           std::string_view{"하기로"}, std::string_view{"하고"}, std::string_view{"한다"},
                                           std::string_view{"잡"}, std::string_view{"열었"}, std::string_view{"세웠"},
                                           std::string_view{"설립"}, std::string_view{"출시"}, std::string_view{"진행"},
                                           std::string_view{"펼치"}, std::string_view{"펼친"}, std::string_view{"벌이"},
                                           std::string_view{"벌인"}, std::string_view{"벌였"}, std::string_view{"펼쳐"},
                                           std::string_view{"나선"}, std::string_view{"서명"}, std::string_view{"교환"},
                                           std::string_view{"구성"}, std::string_view{"꾸렸"}, std::string_view{"꾸린"},
                                           std::string_view{"꾸려"}, std::string_view{"결성"}, std::string_view{"중이"},
                                           std::string_view{"중인"}};
    // "업무협약(MOU)을 체결했다": skip an alias in parentheses and a particle written after it.
    int words = 0;
    int depth = 0;
    for (std::size_t k = t + 1; k < tokens.size() && words < 2; ++k) {
        if (tokens[k].punct == PunctKind::OpenParen) ++depth;
        else if (tokens[k].punct == PunctKind::CloseParen) --depth;
        if (depth > 0 || !tokens[k].isWord() || tokens[k].stem.empty()) continue;
        ++words;
        if (tokens[k].text == "중") return true; // "경쟁 중이다" written apart
        for (auto v : lightVerbs)
            if (tokens[k].text.starts_with(v)) return true;
    }
    return false;
}

bool isMoneyWord(std::string_view stem)
{
    if (!utf8::containsDigit(stem)) return false;
    static constexpr std::array units{std::string_view{"원"}, std::string_view{"달러"}, std::string_view{"엔"},
                                      std::string_view{"유로"}, std::string_view{"위안"}, std::string_view{"파운드"}};
    for (auto u : units)
        if (stem.ends_with(u)) return true;
    return false;
}

bool copulaPredicateAfter(const std::vector<Token>& tokens, std::size_t pred)
{
    for (std::size_t k = pred + 1; k < tokens.size() && k <= pred + 4; ++k) {
        if (!tokens[k].isWord()) return false;
        const std::string_view w = tokens[k].text;
        if (w.ends_with("다")) return tokens[k].particle == "이다" || tokens[k].particle == "였다" || w.ends_with("이다") ||
                                      w.ends_with("사다") || w.ends_with("체다") || w.ends_with("소다");
        if (!tokens[k].particle.empty()) return false;
    }
    return false;
}

bool isAdverbWord(std::string_view word)
{
    static constexpr std::array adverbs{std::string_view{"적극"}, std::string_view{"전폭"}, std::string_view{"함께"},
                                        std::string_view{"공동"}, std::string_view{"각각"}, std::string_view{"모두"},
                                        std::string_view{"계속"}, std::string_view{"꾸준히"}, std::string_view{"직접"},
                                        std::string_view{"본격"}, std::string_view{"전격"}, std::string_view{"시범"},
                                        std::string_view{"잇따라"}, std::string_view{"나란히"}, std::string_view{"새로"},
                                        std::string_view{"추가로"}, std::string_view{"대폭"}, std::string_view{"크게"},
                                        std::string_view{"집중"}, std::string_view{"공동으로"}, std::string_view{"처음"},
                                        std::string_view{"처음으로"}, std::string_view{"다시"}, std::string_view{"또"},
                                        std::string_view{"일부"}, std::string_view{"이미"}, std::string_view{"아직"}};
    for (auto a : adverbs)
        if (word == a) return true;
    return word.ends_with("적으로") || word.ends_with("히") || word.ends_with("하게");
}

bool holdingFollows(const std::vector<Token>& tokens, std::size_t stake)
{
    static constexpr std::array verbs{std::string_view{"보유"}, std::string_view{"갖"}, std::string_view{"가진"},
                                      std::string_view{"가지"}, std::string_view{"가졌"}, std::string_view{"쥐"},
                                      std::string_view{"쥔"}, std::string_view{"소유"}, std::string_view{"취득"},
                                      std::string_view{"확보"}, std::string_view{"사들"}, std::string_view{"매입"},
                                      std::string_view{"인수"}, std::string_view{"늘렸"}, std::string_view{"늘린"}};
    for (std::size_t k = stake; k < tokens.size() && k <= stake + 3; ++k) {
        if (!tokens[k].isWord()) continue;
        for (auto v : verbs)
            if (tokens[k].text.starts_with(v)) return true;
        if (k > stake && isClauseEnding(tokens[k].text)) break;
    }
    return false;
}

bool holdingBefore(const std::vector<Token>& tokens, std::size_t stake)
{
    static constexpr std::array verbs{std::string_view{"보유한"}, std::string_view{"보유하고"}, std::string_view{"가진"},
                                      std::string_view{"갖고"}, std::string_view{"가지고"}, std::string_view{"소유한"},
                                      std::string_view{"소유하고"}, std::string_view{"쥔"}, std::string_view{"쥐고"}};
    for (std::size_t k = stake; k > 0 && k + 4 > stake;) {
        --k;
        if (!tokens[k].isWord()) return false;
        std::string_view w = tokens[k].text;
        // "갖고 있는": the holding verb before the auxiliary.
        if (w == "있는" && k > 0) w = tokens[--k].text;
        for (auto v : verbs)
            if (w == v && (!w.ends_with("고") || tokens[k + 1].text == "있는")) return k + 1 < stake;
        // "보유한 뉴로바인 지분": a name ending in 인 is split like the copula, which never precedes a stake.
        if (!tokens[k].particle.empty() && tokens[k].particle != "인") return false;
    }
    return false;
}

} // namespace newsgraph::core
