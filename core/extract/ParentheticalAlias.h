// Names with a second form in parentheses: "프리퍼드네트워크스(PFN)", "마이크로소프트(MS)", "엘지(LG)유플러스".
#pragma once

#include "extract/EntityCandidate.h"

#include <string>
#include <string_view>
#include <utility>

namespace newsgraph::core {

// "유에스(US) 페어" -> {"유에스 페어", "US 페어"}; "X(Y)" -> {"X", "Y"}; no parentheses -> {text, ""}.
std::pair<std::string, std::string> splitParenthetical(std::string_view text);

class ParentheticalAlias
{
public:
    // Before other recognisers: a name interrupted by its alias ("엘지(LG)유플러스") becomes one candidate.
    void proposeInlineNames(AnalysedSentence& sentence) const;
    // After the other recognisers: "X(Y)" adds Y as an alias of the candidate ending at X; an otherwise
    // unknown X with a Latin name in parentheses becomes a product when a descriptor says so
    // ("소프트웨어인 체이너(Chainer)", "체이너(Chainer)라는 ... 기술").
    void attachAliases(AnalysedSentence& sentence) const;
};

} // namespace newsgraph::core
