#include "extract/TriggerTable.h"
#include "extract/WordAffixes.h"

#include <array>

namespace newsgraph::core {
namespace {

using R = RelationType;

constexpr std::array table{
    // money
    Trigger{R::InvestsIn, "지분투자", Slot::Dative, Slot::None, true, 0.8},
    Trigger{R::InvestsIn, "투자", Slot::Dative, Slot::None, true, 0.75},
    Trigger{R::InvestsIn, "출자", Slot::Dative, Slot::None, true, 0.8},
    Trigger{R::InvestsIn, "베팅", Slot::Dative, Slot::None, true, 0.6},
    Trigger{R::InvestsIn, "유치", Slot::Dative, Slot::None, true, 0.65},
    Trigger{R::InvestsIn, "참여", Slot::None, Slot::None, true, 0.6},
    // "Y가 X로부터 400억엔을 조달했다": money raised from a named party is its investment (read like 유치).
    Trigger{R::InvestsIn, "조달", Slot::Dative, Slot::None, true, 0.6},
    // "이번 투자는 X가 주도했고": the lead of a round named in the clause (read like 참여).
    Trigger{R::InvestsIn, "주도", Slot::None, Slot::None, true, 0.6},
    Trigger{R::InvestsIn, "이끌", Slot::None, Slot::None, false, 0.6},
    Trigger{R::Funds, "후원", Slot::Object, Slot::Dative, true, 0.65},
    Trigger{R::Funds, "기부", Slot::Dative, Slot::None, true, 0.65},
    Trigger{R::Funds, "기탁", Slot::Dative, Slot::None, true, 0.7},
    Trigger{R::Funds, "지급", Slot::Dative, Slot::None, true, 0.6, false, false, true},
    Trigger{R::Funds, "출연", Slot::Dative, Slot::None, true, 0.65, false, false, true},
    Trigger{R::Funds, "배정", Slot::Dative, Slot::None, true, 0.6, false, false, true},
    Trigger{R::Funds, "전달", Slot::Dative, Slot::None, true, 0.6, false, false, true},
    Trigger{R::Funds, "쾌척", Slot::Dative, Slot::None, true, 0.7},
    Trigger{R::Funds, "지원", Slot::Genitive, Slot::Dative, true, 0.7, false, false, true},
    Trigger{R::InvestsIn, "투입", Slot::Dative, Slot::Genitive, true, 0.65, false, false, true},
    Trigger{R::InvestsIn, "쏟아부", Slot::Dative, Slot::None, false, 0.6},
    Trigger{R::InvestsIn, "쏟아붓", Slot::Dative, Slot::None, false, 0.6},
    // "X로부터 투자금을 받은", "X의 보조금을 받아": a fund received names who gave it.
    Trigger{R::InvestsIn, "투자금", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "보조금", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "지원금", Slot::Genitive, Slot::None, true, 0.65, false, false, false, false, true},
    Trigger{R::Funds, "연구비", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "연구자금", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "연구개발비", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "후원금", Slot::Genitive, Slot::None, true, 0.7, false, false, false, false, true},
    Trigger{R::Funds, "장학금", Slot::Genitive, Slot::None, true, 0.65, false, false, false, false, true},
    Trigger{R::Funds, "기부금", Slot::Genitive, Slot::None, true, 0.65, false, false, false, false, true},
    Trigger{R::Funds, "자금", Slot::Genitive, Slot::None, true, 0.6, false, false, false, false, true},
    // "X에 연구비를 댔다", "후원금을 내고 있다": giving verbs with a fund as object.
    Trigger{R::Funds, "댔", Slot::Dative, Slot::ObjectOwner, false, 0.6, false, false, false, true},
    Trigger{R::Funds, "대기로", Slot::Dative, Slot::ObjectOwner, false, 0.6, false, false, false, true},
    Trigger{R::Funds, "대고", Slot::Dative, Slot::ObjectOwner, false, 0.6, false, false, false, true},
    Trigger{R::Funds, "대는", Slot::Dative, Slot::ObjectOwner, false, 0.6, false, false, false, true},
    Trigger{R::Funds, "댄", Slot::Dative, Slot::ObjectOwner, false, 0.6, false, false, false, true},
    Trigger{R::Funds, "냈", Slot::Dative, Slot::ObjectOwner, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "내고", Slot::Dative, Slot::ObjectOwner, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "내기로", Slot::Dative, Slot::ObjectOwner, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "내는", Slot::Dative, Slot::ObjectOwner, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "낸", Slot::Dative, Slot::ObjectOwner, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "줬", Slot::Dative, Slot::None, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "주기로", Slot::Dative, Slot::None, false, 0.55, false, false, false, true},
    Trigger{R::Funds, "제공", Slot::Dative, Slot::None, true, 0.6, false, false, true},
    // Loans: "산업은행이 X에 2000억원을 대출한다", "X에 3억달러를 빌려주기로", "X로부터 정책 대출을 받은".
    Trigger{R::Funds, "대출", Slot::Dative, Slot::Genitive, true, 0.65},
    Trigger{R::Funds, "융자", Slot::Dative, Slot::Genitive, true, 0.65},
    Trigger{R::Funds, "빌려주", Slot::Dative, Slot::None, false, 0.6},
    Trigger{R::Funds, "빌려준", Slot::Dative, Slot::None, false, 0.6},
    Trigger{R::Funds, "빌려줬", Slot::Dative, Slot::None, false, 0.6},
    // "주 정부는 X에 세제 인센티브를 제공했다", "Y로부터 인센티브를 받았다": public incentives back a firm.
    Trigger{R::Supports, "인센티브", Slot::Dative, Slot::Genitive, true, 0.6},
    Trigger{R::Supports, "지지", Slot::Object, Slot::None, true, 0.6},
    Trigger{R::Supports, "뒷받침", Slot::Object, Slot::None, true, 0.6},
    Trigger{R::Supports, "돕", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Supports, "도왔", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Supports, "육성", Slot::Object, Slot::None, true, 0.55},
    Trigger{R::Supports, "힘을", Slot::Dative, Slot::None, false, 0.55},
    Trigger{R::Supports, "밀어주", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Supports, "밀어준", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Supports, "밀어줬", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Supports, "밀어줄", Slot::Object, Slot::None, false, 0.6},
    // founding, people
    Trigger{R::Founded, "공동창업", Slot::Object, Slot::None, true, 0.8},
    Trigger{R::Founded, "창업", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Founded, "창립", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Founded, "설립", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Founded, "세운", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Founded, "세웠", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Founded, "세우", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Founded, "차렸", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Founded, "차린", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Founded, "차려", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Founded, "차리", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "입사", Slot::Dative, Slot::None, true, 0.75},
    Trigger{R::WorksFor, "합류", Slot::Dative, Slot::None, true, 0.7},
    Trigger{R::WorksFor, "재직", Slot::Source, Slot::Dative, true, 0.75},
    Trigger{R::WorksFor, "근무", Slot::Source, Slot::Dative, true, 0.75},
    // "X에서 해외사업을 총괄하다 독립했다": running a business at X is working there.
    Trigger{R::WorksFor, "총괄", Slot::Source, Slot::None, true, 0.6},
    Trigger{R::WorksFor, "연구", Slot::Source, Slot::None, true, 0.55},
    // "X는 Y를 영입했다": the organisation hires; the person hired works for it.
    Trigger{R::WorksFor, "영입", Slot::Object, Slot::None, true, 0.7, true},
    Trigger{R::WorksFor, "선임", Slot::Object, Slot::None, true, 0.65, true},
    Trigger{R::WorksFor, "임명", Slot::Object, Slot::None, true, 0.65, true},
    Trigger{R::WorksFor, "발탁", Slot::Object, Slot::None, true, 0.6, true},
    // "삼성전자를 나와", "구글을 떠난": a former employer.
    Trigger{R::WorksFor, "퇴사", Slot::Object, Slot::Source, true, 0.65},
    Trigger{R::WorksFor, "떠났", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::WorksFor, "떠난", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::WorksFor, "떠나", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::WorksFor, "나와", Slot::Object, Slot::None, false, 0.5},
    Trigger{R::WorksFor, "나온", Slot::Object, Slot::None, false, 0.5},
    Trigger{R::WorksFor, "일했", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "일한", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "일하", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "연구했던", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "몸담", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::WorksFor, "이끌", Slot::ObjectOwner, Slot::None, false, 0.55},
    Trigger{R::WorksFor, "이끄", Slot::ObjectOwner, Slot::None, false, 0.55},
    // "X의 연구소장을 맡았다"; "X에서 원자로 설계를 맡았다": a duty held at a workplace.
    Trigger{R::WorksFor, "맡", Slot::ObjectOwner, Slot::Source, false, 0.5},
    Trigger{R::WorksFor, "담당", Slot::ObjectOwner, Slot::None, true, 0.5},
    // "소니 회장을 지낸 이데이 노부유키", "구글 부사장을 역임한": a title held at the organisation before it.
    Trigger{R::WorksFor, "역임", Slot::ObjectOwner, Slot::None, true, 0.65},
    Trigger{R::WorksFor, "지낸", Slot::ObjectOwner, Slot::None, false, 0.6},
    Trigger{R::WorksFor, "지냈", Slot::ObjectOwner, Slot::None, false, 0.6},
    // structure
    Trigger{R::PartOf, "거느린", Slot::Object, Slot::None, false, 0.75, true},
    Trigger{R::PartOf, "거느리", Slot::Object, Slot::None, false, 0.75, true},
    Trigger{R::PartOf, "편입", Slot::Dative, Slot::None, true, 0.7},
    // "SK그룹은 SK하이닉스 등을 계열사로 두고 있다": the subject is the parent.
    Trigger{R::PartOf, "자회사로", Slot::Object, Slot::None, false, 0.7, true},
    Trigger{R::PartOf, "계열사로", Slot::Object, Slot::None, false, 0.7, true},
    Trigger{R::PartOf, "손자회사로", Slot::Object, Slot::None, false, 0.7, true},
    Trigger{R::SpunOffFrom, "분사", Slot::Source, Slot::None, true, 0.8},
    Trigger{R::SpunOffFrom, "물적분할", Slot::Source, Slot::None, true, 0.8},
    Trigger{R::SpunOffFrom, "인적분할", Slot::Source, Slot::None, true, 0.8},
    Trigger{R::SpunOffFrom, "스핀오프", Slot::Source, Slot::None, true, 0.75},
    Trigger{R::SpunOffFrom, "분리", Slot::Source, Slot::None, true, 0.65},
    Trigger{R::SpunOffFrom, "떨어져", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::SpunOffFrom, "분할", Slot::Source, Slot::None, true, 0.65},
    Trigger{R::SpunOffFrom, "독립", Slot::Source, Slot::None, true, 0.55},
    Trigger{R::SpunOffFrom, "떼어", Slot::Source, Slot::None, false, 0.6},
    // "서울대 연구실에서 창업한 Y", "ETRI에서 출발한 Y": a start-up born inside an organisation (places
    // read the same words as located_in; the argument's type decides).
    Trigger{R::SpunOffFrom, "창업", Slot::Source, Slot::None, true, 0.6},
    Trigger{R::SpunOffFrom, "출발", Slot::Source, Slot::None, true, 0.55},
    Trigger{R::Acquires, "인수합병", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Acquires, "인수", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Acquires, "합병", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Acquires, "사들", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Acquires, "매입", Slot::Object, Slot::None, true, 0.6},
    Trigger{R::Acquires, "사들였", Slot::Object, Slot::None, false, 0.7},
    Trigger{R::Acquires, "품었", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Acquires, "품은", Slot::Object, Slot::None, false, 0.6},
    Trigger{R::Acquires, "품에", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Acquires, "경영권", Slot::Genitive, Slot::None, false, 0.65},
    Trigger{R::Acquires, "M&A", Slot::Object, Slot::None, true, 0.7},
    Trigger{R::Acquires, "매각", Slot::Object, Slot::None, true, 0.65, false, false, false, false, false, true},
    // places
    Trigger{R::LocatedIn, "위치", Slot::Dative, Slot::None, true, 0.7},
    Trigger{R::LocatedIn, "소재", Slot::Dative, Slot::None, true, 0.65},
    Trigger{R::LocatedIn, "만들어진", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::LocatedIn, "설립된", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::LocatedIn, "세워진", Slot::Source, Slot::None, false, 0.6},
    Trigger{R::LocatedIn, "본사를", Slot::Dative, Slot::None, false, 0.75},
    Trigger{R::LocatedIn, "본사가", Slot::Dative, Slot::None, false, 0.7},
    Trigger{R::LocatedIn, "본부를", Slot::Dative, Slot::None, false, 0.7},
    Trigger{R::LocatedIn, "기반을", Slot::Dative, Slot::None, false, 0.65},
    Trigger{R::LocatedIn, "둥지를", Slot::Dative, Slot::None, false, 0.7},
    Trigger{R::LocatedIn, "문을", Slot::Dative, Slot::None, false, 0.65}, // "X에 문을 연 Y" (read with 열다 only)
    Trigger{R::LocatedIn, "터를", Slot::Dative, Slot::None, false, 0.65},
    Trigger{R::LocatedIn, "자리", Slot::Dative, Slot::None, false, 0.6},
    Trigger{R::LocatedIn, "있는", Slot::Dative, Slot::None, false, 0.55},
    Trigger{R::LocatedIn, "있다", Slot::Dative, Slot::None, false, 0.5},
    Trigger{R::LocatedIn, "있으며", Slot::Dative, Slot::None, false, 0.5},
    Trigger{R::LocatedIn, "있고", Slot::Dative, Slot::None, false, 0.5},
    Trigger{R::LocatedIn, "창업", Slot::Source, Slot::None, true, 0.55},
    Trigger{R::OfficeIn, "열었", Slot::Dative, Slot::None, false, 0.75, false, true},
    Trigger{R::OfficeIn, "열고", Slot::Dative, Slot::None, false, 0.75, false, true},
    Trigger{R::OfficeIn, "열어", Slot::Dative, Slot::None, false, 0.75, false, true},
    Trigger{R::OfficeIn, "연", Slot::Dative, Slot::None, false, 0.75, false, true},
    Trigger{R::OfficeIn, "열기로", Slot::Dative, Slot::None, false, 0.75, false, true},
    Trigger{R::OfficeIn, "열", Slot::Dative, Slot::None, false, 0.7, false, true},
    Trigger{R::OfficeIn, "개설", Slot::Dative, Slot::None, true, 0.75, false, true},
    Trigger{R::OfficeIn, "신설", Slot::Dative, Slot::None, true, 0.75, false, true},
    Trigger{R::OfficeIn, "설립", Slot::Dative, Slot::None, true, 0.75, false, true},
    Trigger{R::OfficeIn, "세웠", Slot::Dative, Slot::None, false, 0.7, false, true},
    // "X에 유럽 법인을 세우고", "X에 공장을 세운다", "X에는 물류센터를 연다": plans in the present tense.
    Trigger{R::OfficeIn, "세우", Slot::Dative, Slot::None, false, 0.7, false, true},
    Trigger{R::OfficeIn, "세운", Slot::Dative, Slot::None, false, 0.7, false, true},
    Trigger{R::OfficeIn, "세울", Slot::Dative, Slot::None, false, 0.7, false, true},
    Trigger{R::OfficeIn, "연다", Slot::Dative, Slot::None, false, 0.7, false, true},
    Trigger{R::OfficeIn, "두기로", Slot::Dative, Slot::None, false, 0.65, false, true},
    // "X에서 착공식을 열고", "X에서 준공식을 가졌다": a plant's or office's ceremony is held where it stands.
    Trigger{R::OfficeIn, "착공식", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::OfficeIn, "기공식", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::OfficeIn, "준공식", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::OfficeIn, "개소식", Slot::Source, Slot::None, false, 0.65},
    Trigger{R::OfficeIn, "오픈", Slot::Dative, Slot::None, true, 0.7, false, true},
    Trigger{R::OfficeIn, "마련", Slot::Dative, Slot::None, true, 0.6, false, true},
    Trigger{R::OfficeIn, "짓", Slot::Dative, Slot::None, false, 0.6, false, true},
    Trigger{R::OfficeIn, "지었", Slot::Dative, Slot::None, false, 0.6, false, true},
    Trigger{R::OfficeIn, "건설", Slot::Dative, Slot::None, true, 0.6, false, true},
    Trigger{R::OfficeIn, "착공", Slot::Dative, Slot::None, true, 0.6, false, true},
    Trigger{R::OfficeIn, "냈", Slot::Dative, Slot::None, false, 0.65, false, true},
    Trigger{R::OfficeIn, "낸", Slot::Dative, Slot::None, false, 0.6, false, true},
    Trigger{R::OfficeIn, "두고", Slot::Dative, Slot::None, false, 0.65, false, true},
    Trigger{R::OfficeIn, "둔", Slot::Dative, Slot::None, false, 0.65, false, true},
    Trigger{R::OfficeIn, "뒀", Slot::Dative, Slot::None, false, 0.65, false, true},
    Trigger{R::OfficeIn, "두었", Slot::Dative, Slot::None, false, 0.65, false, true},
    Trigger{R::OfficeIn, "운영", Slot::Dative, Slot::None, true, 0.6, false, true},
    Trigger{R::OfficeIn, "완공", Slot::Dative, Slot::None, true, 0.65, false, true},
    Trigger{R::OfficeIn, "가동", Slot::Dative, Slot::None, true, 0.6, false, true},
    // cooperation and rivalry
    Trigger{R::PartnersWith, "업무협약", Slot::Comitative, Slot::None, true, 0.8},
    Trigger{R::PartnersWith, "양해각서", Slot::Comitative, Slot::None, true, 0.8},
    Trigger{R::PartnersWith, "파트너십", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "공동개발", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "공동연구", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "MOU", Slot::Comitative, Slot::None, true, 0.8},
    Trigger{R::PartnersWith, "협력", Slot::Comitative, Slot::None, true, 0.7},
    // "A와 B는 상호협력키로 했다": the mutual prefix written as one word.
    Trigger{R::PartnersWith, "상호협력", Slot::Comitative, Slot::None, true, 0.7},
    Trigger{R::PartnersWith, "제휴", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "협업", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "협약", Slot::Comitative, Slot::None, true, 0.75},
    // "X와 라이선스 계약을 맺었다", "X와 기술 계약을 체결": an agreement with a named party (ontology: partners_with).
    Trigger{R::PartnersWith, "계약", Slot::Comitative, Slot::None, true, 0.65},
    Trigger{R::PartnersWith, "각서", Slot::Comitative, Slot::None, true, 0.7},
    // "X에 배터리를 공급한다", "Y로부터 부품을 공급받는": a supplier and its customer are business partners.
    Trigger{R::PartnersWith, "공급", Slot::Dative, Slot::None, true, 0.6},
    Trigger{R::PartnersWith, "납품", Slot::Dative, Slot::None, true, 0.6},
    Trigger{R::PartnersWith, "손잡", Slot::Comitative, Slot::None, false, 0.75},
    Trigger{R::PartnersWith, "손을", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::PartnersWith, "맞잡", Slot::Comitative, Slot::None, false, 0.7},
    Trigger{R::PartnersWith, "컨소시엄", Slot::Comitative, Slot::None, false, 0.7},
    Trigger{R::PartnersWith, "맞손", Slot::Comitative, Slot::None, false, 0.75},
    Trigger{R::PartnersWith, "밀착", Slot::Comitative, Slot::None, true, 0.6},
    Trigger{R::PartnersWith, "동맹", Slot::Comitative, Slot::None, true, 0.6},
    Trigger{R::PartnersWith, "합작법인", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "합작사", Slot::Comitative, Slot::None, true, 0.75},
    Trigger{R::PartnersWith, "파트너", Slot::Comitative, Slot::None, false, 0.65},
    Trigger{R::PartnersWith, "합작", Slot::Comitative, Slot::None, true, 0.7},
    Trigger{R::PartnersWith, "공유", Slot::Comitative, Slot::None, true, 0.5},
    Trigger{R::PartnersWith, "공동", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::PartnersWith, "함께", Slot::Comitative, Slot::None, false, 0.55},
    Trigger{R::CompetesWith, "경쟁", Slot::Comitative, Slot::None, true, 0.7},
    Trigger{R::CompetesWith, "맞붙", Slot::Comitative, Slot::None, false, 0.7},
    Trigger{R::CompetesWith, "대결", Slot::Comitative, Slot::None, true, 0.65},
    Trigger{R::CompetesWith, "겨루", Slot::Comitative, Slot::None, false, 0.65},
    Trigger{R::CompetesWith, "라이벌", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::CompetesWith, "격돌", Slot::Comitative, Slot::None, true, 0.7},
    Trigger{R::CompetesWith, "맞대결", Slot::Comitative, Slot::None, true, 0.7},
    Trigger{R::CompetesWith, "다투", Slot::Comitative, Slot::None, false, 0.65},
    Trigger{R::CompetesWith, "다툰", Slot::Comitative, Slot::None, false, 0.65},
    Trigger{R::CompetesWith, "각축", Slot::Comitative, Slot::None, true, 0.65},
    Trigger{R::CompetesWith, "경합", Slot::Comitative, Slot::None, true, 0.65},
    Trigger{R::CompetesWith, "다툼", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::CompetesWith, "싸움", Slot::Comitative, Slot::None, false, 0.55},
    Trigger{R::CompetesWith, "승부", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::CompetesWith, "신경전", Slot::Comitative, Slot::None, false, 0.6},
    Trigger{R::CompetesWith, "추격", Slot::Object, Slot::None, true, 0.55},
    Trigger{R::CompetesWith, "도전장", Slot::Dative, Slot::None, false, 0.6},
    Trigger{R::CompetesWith, "도전", Slot::Dative, Slot::None, true, 0.5},
    // products
    Trigger{R::Develops, "개발", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Develops, "출시", Slot::Object, Slot::None, true, 0.75},
    Trigger{R::Develops, "내놓", Slot::Object, Slot::None, false, 0.7},
    Trigger{R::Develops, "내놨", Slot::Object, Slot::None, false, 0.7},
    Trigger{R::Develops, "설계", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Develops, "운영", Slot::Object, Slot::None, true, 0.5},
    Trigger{R::Develops, "선보", Slot::Object, Slot::None, false, 0.7},
    Trigger{R::Develops, "만든", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Develops, "만들었", Slot::Object, Slot::None, false, 0.65},
    Trigger{R::Develops, "제작", Slot::Object, Slot::None, true, 0.65},
    // "2세대 칩 레니게이드를 양산한다", "‘HZ-200’을 상용화했다": making a named product is developing it.
    Trigger{R::Develops, "양산", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Develops, "상용화", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Develops, "생산", Slot::Object, Slot::None, true, 0.55},
    Trigger{R::Develops, "발간", Slot::Object, Slot::None, true, 0.6},
    Trigger{R::Develops, "공개", Slot::Object, Slot::None, true, 0.6},
    // "구글은 ‘제미나이 2.0’이라는 새 모델을 발표했다": a product announced is the announcer's (products only).
    Trigger{R::Develops, "발표", Slot::Object, Slot::None, true, 0.55},
    Trigger{R::Develops, "보유", Slot::Object, Slot::None, true, 0.5},
    Trigger{R::Develops, "가진", Slot::Object, Slot::None, false, 0.45},
    Trigger{R::Uses, "활용", Slot::Object, Slot::None, true, 0.7},
    Trigger{R::Uses, "사용", Slot::Object, Slot::None, true, 0.7},
    Trigger{R::Uses, "도입", Slot::Object, Slot::None, true, 0.7},
    Trigger{R::Uses, "적용", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Uses, "채택", Slot::Object, Slot::None, true, 0.7},
    Trigger{R::Uses, "이용", Slot::Object, Slot::None, true, 0.65},
    Trigger{R::Uses, "써", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "쓰고", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "쓴다", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "쓰는", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "쓰기로", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "연동", Slot::Object, Slot::None, true, 0.55},
    Trigger{R::Uses, "탑재", Slot::Object, Slot::None, true, 0.6},
    Trigger{R::Uses, "들여오", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "들여왔", Slot::Object, Slot::None, false, 0.55},
    Trigger{R::Uses, "들여온", Slot::Object, Slot::None, false, 0.55},
    // shares
    Trigger{R::ShareholderOf, "주주로", Slot::Dative, Slot::Genitive, false, 0.75},
    Trigger{R::ShareholderOf, "최대주주", Slot::Genitive, Slot::Dative, false, 0.7},
    Trigger{R::ShareholderOf, "대주주", Slot::Genitive, Slot::Dative, false, 0.7},
    Trigger{R::ShareholderOf, "지분을", Slot::Genitive, Slot::None, false, 0.6},
    Trigger{R::ShareholderOf, "지분", Slot::StakeOwner, Slot::None, false, 0.65},
    Trigger{R::ShareholderOf, "주식", Slot::StakeOwner, Slot::None, false, 0.6},
    Trigger{R::ShareholderOf, "의결권", Slot::StakeOwner, Slot::None, false, 0.6},
    Trigger{R::ShareholderOf, "주주다", Slot::Genitive, Slot::None, false, 0.6},
};

} // namespace

std::span<const Trigger> triggers() { return table; }

Continuation continuationOf(std::string_view rest)
{
    if (rest.empty()) return Continuation::Bare;
    if (ParticleStripper::isParticle(rest)) return Continuation::Particle;
    static constexpr std::array passive{std::string_view{"받"}, std::string_view{"되"}, std::string_view{"됐"},
                                        std::string_view{"된"}, std::string_view{"돼"}, std::string_view{"될"},
                                        std::string_view{"됨"}, std::string_view{"당"}};
    for (auto p : passive)
        if (hasPrefix(rest, p)) return Continuation::Passive;
    static constexpr std::array active{std::string_view{"하"}, std::string_view{"했"}, std::string_view{"한"},
                                       std::string_view{"할"}, std::string_view{"해"}, std::string_view{"함"},
                                       std::string_view{"합"}, std::string_view{"키"}, std::string_view{"시키"},
                                       std::string_view{"시켰"}};
    for (auto a : active)
        if (hasPrefix(rest, a)) return Continuation::Active;
    return Continuation::Other;
}

bool isFundingNoun(std::string_view word)
{
    static constexpr std::array nouns{std::string_view{"연구자금"}, std::string_view{"연구비"}, std::string_view{"기금"},
                                      std::string_view{"장학금"}, std::string_view{"보조금"}, std::string_view{"후원금"},
                                      std::string_view{"연구개발비"}, std::string_view{"지원금"}, std::string_view{"자금"},
                                      std::string_view{"기부금"}, std::string_view{"예산"}, std::string_view{"대출"},
                                      std::string_view{"융자"}, std::string_view{"정책금융"}, std::string_view{"출연금"}};
    for (auto n : nouns)
        if (hasSuffix(word, n)) return true;
    return false;
}

bool isOfficeNoun(std::string_view word)
{
    static constexpr std::array nouns{std::string_view{"사무소"}, std::string_view{"지사"}, std::string_view{"법인"},
                                      std::string_view{"지점"}, std::string_view{"사무실"}, std::string_view{"오피스"},
                                      std::string_view{"연구소"}, std::string_view{"연구센터"}, std::string_view{"센터"},
                                      std::string_view{"거점"}, std::string_view{"공장"}, std::string_view{"데이터센터"},
                                      std::string_view{"지부"}, std::string_view{"본부"}, std::string_view{"캠퍼스"},
                                      // plant is a site too ("텍사스주에 원자로를 짓는다", "당진에 실증 설비를")
                                      std::string_view{"발전소"}, std::string_view{"원자로"}, std::string_view{"플랜트"},
                                      std::string_view{"생산시설"}, std::string_view{"설비"}};
    for (auto n : nouns)
        if (hasSuffix(word, n)) return true;
    return false;
}

bool isMakingTrigger(const Trigger& trigger)
{
    const std::string_view w = trigger.word;
    return w == "개발" || w == "설계" || w == "제작" || w.starts_with("만");
}

} // namespace newsgraph::core
