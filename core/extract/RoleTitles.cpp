#include "extract/RoleTitles.h"

#include "extract/CharIndex.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <array>

namespace newsgraph::core {
namespace {

struct TitleForm {
    std::string_view text;
    std::string_view canonical;
    bool organisational;
    bool founder;
    bool wholeWordOnly;
};

// Longest first, so that "부사장" is found before "사장" and "최고경영자" before nothing shorter.
constexpr std::array titles{
    TitleForm{"최고마케팅책임자", "CMO", true, false, false},
    TitleForm{"최고경영책임자", "CEO", true, false, false},
    TitleForm{"최고기술책임자", "CTO", true, false, false},
    TitleForm{"최고운영책임자", "COO", true, false, false},
    TitleForm{"최고집행책임자", "COO", true, false, false},
    TitleForm{"최고재무책임자", "CFO", true, false, false},
    TitleForm{"최고전략책임자", "CSO", true, false, false},
    TitleForm{"최고투자책임자", "CIO", true, false, false},
    TitleForm{"최고정보책임자", "CIO", true, false, false},
    TitleForm{"최고제품책임자", "CPO", true, false, false},
    TitleForm{"최고의학책임자", "CMO", true, false, false},
    TitleForm{"최고과학책임자", "CSO", true, false, false},
    TitleForm{"최고인사책임자", "CHRO", true, false, false},
    TitleForm{"최고과학자", "chief scientist", true, false, false},
    TitleForm{"최고경영자", "CEO", true, false, false},
    TitleForm{"공동창업자", "co-founder", true, true, false},
    TitleForm{"공동창립자", "co-founder", true, true, false},
    TitleForm{"공동설립자", "co-founder", true, true, false},
    TitleForm{"창업자", "founder", true, true, false},
    TitleForm{"창립자", "founder", true, true, false},
    TitleForm{"설립자", "founder", true, true, false},
    TitleForm{"창업주", "founder", true, true, false},
    TitleForm{"대표이사", "CEO", true, false, false},
    TitleForm{"전무이사", "executive director", true, false, false},
    TitleForm{"상무이사", "managing director", true, false, false},
    TitleForm{"공동대표", "co-CEO", true, false, false},
    TitleForm{"부대표", "vice president", true, false, false},
    TitleForm{"대표", "CEO", true, false, false},
    TitleForm{"부회장", "vice chairman", true, false, false},
    TitleForm{"부의장", "vice chairman", true, false, false},
    TitleForm{"명예회장", "honorary chairman", true, false, false},
    TitleForm{"회장", "chairman", true, false, false},
    TitleForm{"의장", "chairman", true, false, true},
    TitleForm{"부사장", "vice president", true, false, false},
    TitleForm{"사장", "president", true, false, false},
    TitleForm{"전무", "executive director", true, false, true},
    TitleForm{"상무", "managing director", true, false, true},
    TitleForm{"이사장", "chairman", true, false, false},
    TitleForm{"사외이사", "director", true, false, false},
    TitleForm{"이사", "director", true, false, true},
    TitleForm{"본부장", "head", true, false, false},
    TitleForm{"부문장", "head", true, false, false},
    TitleForm{"그룹장", "head", true, false, false},
    TitleForm{"단장", "head", true, false, false},
    TitleForm{"부행장", "vice president", true, false, false},
    TitleForm{"행장", "president", true, false, false},
    TitleForm{"센터장", "head", true, false, false},
    TitleForm{"연구소장", "head", true, false, false},
    TitleForm{"소장", "head", true, false, false},
    TitleForm{"원장", "head", true, false, false},
    TitleForm{"실장", "head", true, false, false},
    TitleForm{"팀장", "team leader", true, false, false},
    TitleForm{"부장", "manager", true, false, false},
    TitleForm{"차장", "deputy manager", true, false, true},
    TitleForm{"국장", "director", true, false, false},
    // Public-office titles: "정보통신산업정책관", "기획조정실장", "반도체정책과장" end with them.
    TitleForm{"정책관", "director general", true, false, false},
    TitleForm{"과장", "division director", true, false, false},
    TitleForm{"청장", "commissioner", true, false, false},
    TitleForm{"처장", "head", true, false, false},
    TitleForm{"총장", "president", true, false, false},
    TitleForm{"학장", "dean", true, false, false},
    TitleForm{"부위원장", "vice chairman", true, false, false},
    TitleForm{"위원장", "chairman", true, false, false},
    TitleForm{"장관", "minister", true, false, false},
    TitleForm{"차관", "vice minister", true, false, false},
    TitleForm{"차관보", "assistant secretary", true, false, false},
    // A governor heads a state or province's government ("조지아 주지사").
    TitleForm{"주지사", "governor", true, false, false},
    TitleForm{"도지사", "governor", true, false, false},
    TitleForm{"주의원", "state lawmaker", true, false, false},
    TitleForm{"총리", "prime minister", true, false, false},
    TitleForm{"대통령", "president", true, false, false},
    TitleForm{"의원", "lawmaker", true, false, false},
    TitleForm{"대변인", "spokesperson", true, false, false},
    TitleForm{"특사", "envoy", true, false, true},
    TitleForm{"간사", "secretary", true, false, true},
    TitleForm{"총수", "head", true, false, true},
    // Prosecutors head the office or division named before them ("부산지검 형사2부(부장검사 송민철)").
    TitleForm{"부장검사", "chief prosecutor", true, false, false},
    TitleForm{"차장검사", "deputy chief prosecutor", true, false, false},
    TitleForm{"지검장", "chief prosecutor", true, false, false},
    TitleForm{"검사장", "chief prosecutor", true, false, false},
    // Judges sit on the court or division named before them ("광주지법 한도윤 판사").
    TitleForm{"부장판사", "presiding judge", true, false, false},
    TitleForm{"판사", "judge", true, false, false},
    TitleForm{"대법관", "justice", true, false, true},
    // Coaches and managers of a team or club ("KIA 박진호 감독"), directors of an orchestra or festival.
    TitleForm{"감독", "manager", true, false, true},
    TitleForm{"총감독", "director", true, false, false},
    TitleForm{"예술감독", "artistic director", true, false, false},
    TitleForm{"코치", "coach", true, false, true},
    TitleForm{"명예교수", "professor emeritus", true, false, false},
    TitleForm{"교수", "professor", true, false, false},
    TitleForm{"교수연구팀", "professor", true, false, false}, // "김도현 KAIST 교수연구팀": the professor's team
    TitleForm{"교수팀", "professor", true, false, false},
    TitleForm{"연구위원", "research fellow", true, false, false},
    TitleForm{"수석연구원", "researcher", true, false, false},
    TitleForm{"책임연구원", "researcher", true, false, false},
    TitleForm{"선임연구원", "researcher", true, false, false},
    TitleForm{"연구원", "researcher", true, false, true},
    TitleForm{"애널리스트", "analyst", true, false, false},
    TitleForm{"이코노미스트", "economist", true, false, false},
    TitleForm{"논설위원", "editorial writer", true, false, false},
    TitleForm{"편집위원", "editor", true, false, false},
    TitleForm{"전문위원", "research fellow", true, false, false},
    TitleForm{"특파원", "correspondent", true, false, false},
    TitleForm{"기자", "reporter", true, false, true},
    TitleForm{"변호사", "lawyer", false, false, false},
    TitleForm{"박사", "doctor", false, false, false},
    TitleForm{"씨", "", false, false, true},
    TitleForm{"CEO", "CEO", true, false, true},
    TitleForm{"CTO", "CTO", true, false, true},
    TitleForm{"COO", "COO", true, false, true},
    TitleForm{"CFO", "CFO", true, false, true},
    TitleForm{"CSO", "CSO", true, false, true},
    TitleForm{"CPO", "CPO", true, false, true},
    TitleForm{"CMO", "CMO", true, false, true},
    TitleForm{"CIO", "CIO", true, false, true},
    TitleForm{"CDO", "CDO", true, false, true},
    TitleForm{"CAIO", "CAIO", true, false, true},
};

} // namespace

std::optional<RoleTitle> matchRoleTitle(std::string_view word)
{
    static const CharIndex<TitleForm> index(std::span<const TitleForm>(titles), CharIndex<TitleForm>::End::Last,
                                            [](const TitleForm& t) { return t.text; });
    for (const TitleForm* candidate : index.candidates(word)) {
        const TitleForm& t = *candidate;
        if (!hasSuffix(word, t.text)) continue;
        if (t.wholeWordOnly && word.size() != t.text.size()) continue;
        // A compound must put at least one syllable before the title and must not be a common noun
        // that merely ends like one ("회사장" is rare, "대표적" never reaches here: it does not end with 대표).
        return RoleTitle{t.text, t.canonical, t.organisational, t.founder};
    }
    return std::nullopt;
}

} // namespace newsgraph::core
