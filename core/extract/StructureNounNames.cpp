// Recognises the unknown name a structure noun (신설법인, 현지 법인, 연구소인) introduces.
#include "extract/StructureNounNames.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// "신설법인", "현지법인", "합작법인" end in 인, which the particle stripper reads as the copula: the whole
// word is the noun. Lab nouns introduce a name only through the copula ("연구소인 Y").
bool introducesName(const Token& t)
{
    if (t.particle == "인" && t.text.ends_with("법인")) return true; // "현지 법인 Y", "신설법인 Y"
    if (t.particle != "인") return false;
    const std::string_view w = t.stem;
    return w == "연구소" || w == "연구조직" || w == "연구센터" || w == "연구법인" || w.ends_with("자회사") ||
           w.ends_with("계열사");
}

bool covered(const AnalysedSentence& s, std::size_t token)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= token && token <= c.lastToken; });
}

} // namespace

void proposeAfterStructureNouns(AnalysedSentence& s)
{
    const auto& tokens = s.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!tokens[i].isWord() || !introducesName(tokens[i])) continue;
        const Token& next = tokens[i + 1];
        if (!next.isWord() || !next.spaceBefore || next.stem.empty() || covered(s, i + 1)) continue;
        const std::string_view name = next.stem;
        if (!isNameWord(name, 10) || isGenericNoun(name) || isFunctionWord(name) || matchRoleTitle(name) ||
            isCompanyDescriptor(name) || isProductDescriptor(name) || utf8::containsDigit(name))
            continue;
        if (!utf8::hasLatin(name) && utf8::hangulCount(name) < 3) continue;
        // The name heads its phrase: its own particle or a parenthesised alias follows.
        const bool head = !next.particle.empty() ||
                          (i + 2 < tokens.size() && tokens[i + 2].punct == PunctKind::OpenParen && !tokens[i + 2].spaceBefore);
        if (!head) continue;
        s.candidates.push_back(
            EntityCandidate::forStem(i + 1, next, std::string(name), EntityType::Company, 0.55, "structure-noun"));
    }
}

} // namespace newsgraph::core
