// Verb and noun forms around a trigger: adnominal forms, whether the trigger is the clause's predicate,
// sums of money, copula predicates, and holding verbs after a stake noun.
#pragma once

#include "extract/ParticleStripper.h"
#include "extract/SentenceTokens.h"
#include "extract/TriggerTable.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// An adnominal verb form that modifies the noun after it ("개발한", "위치한", "연", "거느린", "연구했던").
bool isAdnominalForm(std::string_view word);
// "밀착하고 있다", "협력 각서를 체결하고": the trigger is the clause's predicate, not a noun inside another
// phrase ("협력 러브콜이 이어지고").
bool predicateFollows(const std::vector<Token>& tokens, std::size_t t, Continuation c, bool verbalNoun);
// "30억원을", "1억달러의": a sum of money.
bool isMoneyWord(std::string_view stem);
// "설립한 회사다", "세운 신약 개발 기업이다": the adnominal clause modifies the sentence's predicate noun.
bool copulaPredicateAfter(const std::vector<Token>& tokens, std::size_t pred);
// An adverb that may stand between an object and its verb: "적극", "행정적으로", "꾸준히", "함께".
bool isAdverbWord(std::string_view word);
// A stake is held, bought or counted: "지분 19%를 보유하고", "주식 1%를 갖고", "의결권의 과반을 쥐고".
bool holdingFollows(const std::vector<Token>& tokens, std::size_t stake);
// "카카오가 보유한 카카오페이 지분", "X가 갖고 있는 Y 주식": a holding verb in adnominal form right before
// the stake phrase (only the owner's bare name between).
bool holdingBefore(const std::vector<Token>& tokens, std::size_t stake);

} // namespace newsgraph::core
