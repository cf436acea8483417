// Where a trigger's arguments are: the nearest argument with a role, the head a relative clause modifies,
// the owner of an object phrase, the company whose stake is named, the place a chain of places means.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/TriggerTable.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

using Args = std::vector<const Argument*>;

bool isSubjectRole(ArgumentRole role);
ArgumentRole roleFor(Slot slot);

// The token of the object nearest before `trigger` within its clause (its particle marks it), else `trigger`.
std::size_t objectTokenBefore(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);
// The nearest argument with `role` whose particle lies in [from, to), with its coordination group.
Args nearestWithRole(const ArgumentStructure& s, ArgumentRole role, std::size_t from, std::size_t to);
// A name compounded with the trigger noun: "챗GPT 사용", "[product] 도입".
Args compoundObject(const ArgumentStructure& s, std::size_t trigger);
// A product a naming particle ties to the object noun: "‘솔라’라는 (이름의) 모델을", "Solar라는 언어모델을".
Args namedObject(const ArgumentStructure& s, std::size_t trigger);
// The noun phrase a relative clause modifies: arguments between the verb and the phrase's particle.
const Argument* headAfter(const ArgumentStructure& s, std::size_t predicate);
// The organisation owning the object phrase right before the verb ("X의 … 프로젝트를 이끌고",
// "X 같은 기업 육성을 적극 지원").
Args objectOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);
// The organisation owning the nearest phrase with `role` before the verb: "X의 초거대 AI 연구에 … 지원한다"
// (dative), "X의 칩과 경쟁한다" (comitative).
Args roleNounOwner(const ArgumentStructure& s, ArgumentRole role, std::size_t clauseFirst, std::size_t trigger);
// The organisation owning a common noun in the subject ("카카오의 AI 사업부가 분사해", "X의 본사는").
Args subjectNounOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);
// The organisation whose staff is the subject: "카카오 직원들은 … 챗GPT를 쓴다", "X 연구진은 … 개발했다".
Args staffOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);
// An organisation in the genitive right before the trigger noun ("X의 투자를 받았다", "X의 전폭적인 지원을").
Args genitiveBefore(const ArgumentStructure& s, std::size_t trigger);
// The organisation leading a funding round: "X 주도로 … 투자를 유치했다".
Args roundLeader(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);
// The company named right before a stake noun ("삼성물산 지분 19%를", "ARM의 지분을").
Args stakeOwner(const ArgumentStructure& s, std::size_t stake);
// In a chain of places ("일본 도쿄에"), the one the relation means.
Args broadestPlace(const ArgumentStructure& s, const Args& targets);
// A subject or topic particle anywhere before `before`.
bool hasSubjectMarkedToken(const ArgumentStructure& s, std::size_t before);

} // namespace newsgraph::core
