// Trigger words per relation type and which argument slots they fill (Korean argument structure).
#pragma once

#include "extract/ParticleStripper.h"
#include "model/RelationType.h"

#include <span>
#include <string_view>

namespace newsgraph::core {

// Where the relation's target is found, relative to the trigger, in the active voice.
enum class Slot {
    None,
    Object,      // 을/를
    Dative,      // 에/에게
    Source,      // 에서/로부터
    Comitative,  // 와/과 (symmetric relations)
    Genitive,    // "X의 지원을", "X의 연구자금을"
    ObjectOwner, // the organisation in the genitive inside the object: "X의 … 프로젝트를 이끌고"
    StakeOwner,  // the company whose shares are held, right before the stake noun: "삼성물산 지분 19%를 보유"
};

struct Trigger {
    RelationType type = RelationType::MentionedWith;
    std::string_view word;   // the stem the token starts with ("투자", "세운", "손잡")
    Slot target = Slot::None;
    Slot alternative = Slot::None; // a second place to look for the target
    bool verbalNoun = true;  // Sino-Korean noun taking 하다/받다/되다 ("투자했다", "투자받은", "인수됐다")
    double confidence = 0.7;
    bool swapped = false;    // the subject is the relation's target ("X를 거느린 Y": part_of(X, Y))
    bool needsOfficeNoun = false;   // office_in: 사무소/지사/법인 ... as object
    bool needsFundingNoun = false;  // funds: 연구자금/연구비/기금 ... in the clause
    bool needsFundingObject = false; // a giving verb ("댔", "냈") counts only with money or a fund as its object
    bool passiveOnly = false;       // a fund noun ("보조금을 받은") names a relation only when received
    bool sellerSubject = false;     // "A는 B를 C에 매각했다": the subject sells, the dative buys (acquires(C, B))
};

// All triggers; longer words first so that "공동개발" wins over "개발".
std::span<const Trigger> triggers();

// How the rest of a token after a trigger word continues.
enum class Continuation { Bare, Particle, Active, Passive, Other };
Continuation continuationOf(std::string_view rest);

// Nouns for funds and for offices, used by the slot checks.
bool isFundingNoun(std::string_view word);
bool isOfficeNoun(std::string_view word);
// Develops triggers that say the source made the thing (개발, 설계, 제작, 만들다), not that it released,
// presented, ran or holds it (출시, 선보이다, 운영, 보유).
bool isMakingTrigger(const Trigger& trigger);

} // namespace newsgraph::core
