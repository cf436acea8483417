#include "extract/QuotedNameRecognizer.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/LatinProductNames.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/ParentheticalAlias.h"
#include "extract/ProductNameContexts.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <optional>
#include <string>

namespace newsgraph::core {
namespace {

struct Quoted {
    std::size_t open = 0, close = 0; // token indices of the quote marks
    std::size_t words = 0;
    bool innerParticle = false;      // a particle inside the quotes: a phrase, not a name
    bool nameLike = true;
};

std::optional<Quoted> quotedAt(const std::vector<Token>& tokens, std::size_t open)
{
    Quoted q;
    q.open = open;
    for (std::size_t i = open + 1; i < tokens.size() && i <= open + 9; ++i) {
        const Token& t = tokens[i];
        if (t.punct == PunctKind::CloseQuote) {
            q.close = i;
            if (q.words == 0 || q.words > 5) return std::nullopt;
            return q;
        }
        if (t.punct == PunctKind::OpenQuote || t.punct == PunctKind::Comma || t.punct == PunctKind::Other) return std::nullopt;
        if (!t.isWord()) continue;
        ++q.words;
        if (!t.particle.empty() && t.role != ArgumentRole::None) q.innerParticle = true;
        if (!isNameWord(t.text, 10) && !utf8::containsDigit(t.text)) q.nameLike = false;
    }
    return std::nullopt;
}

} // namespace

void QuotedNameRecognizer::propose(AnalysedSentence& s) const
{
    // Latin names need no quotes to stand out after a product noun ("설계 도구 DSO.ai를").
    proposeLatinProducts(s);
    proposeDescribedProducts(s);
    const auto& tokens = s.tokens;
    const std::string_view text = s.sentence->text;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].punct != PunctKind::OpenQuote) continue;
        const auto q = quotedAt(tokens, i);
        if (!q) continue;
        const std::string_view content = text.substr(tokens[i].end, tokens[q->close].begin - tokens[i].end);
        const auto [name, alias] = splitParenthetical(content);
        if (name.empty()) continue;
        const std::string_view lastWord = tokens[q->close - 1].isWord() ? tokens[q->close - 1].text
                                          : std::string_view(name).substr(std::string_view(name).rfind(' ') + 1);

        // Context: the word before the opening quote and the word after the closing quote (and its particle).
        const Token* before = (i > 0 && tokens[i - 1].isWord() && tokens[i - 1].particle.empty()) ? &tokens[i - 1] : nullptr;
        std::size_t after = q->close + 1;
        std::string_view particle;
        if (after < tokens.size() && tokens[after].isWord() && !tokens[after].spaceBefore && tokens[after].stem.empty()) {
            particle = tokens[after].particle;
            ++after;
        }
        const Token* next = (after < tokens.size() && tokens[after].isWord()) ? &tokens[after] : nullptr;

        std::optional<EntityType> type;
        double confidence = 0.7;
        const bool single = q->words <= 3 && q->nameLike && !q->innerParticle;
        // "‘솔라’라는 (이름의) 모델을", "‘하이퍼클로바X’라는 서비스": the naming particle ties the descriptor after it.
        const bool naming = particle == "라는" || particle == "이라는";
        const Token* named = next;
        std::size_t namedAt = after;
        if (naming && named && named->stem == "이름" && after + 1 < tokens.size() && tokens[after + 1].isWord())
            named = &tokens[++namedAt];
        // "‘수다’라는 이름의 음성 비서를": the phrase's head noun says what the name is.
        if (naming && named && !isProductDescriptor(named->stem) && !isCompanyDescriptor(named->stem))
            for (std::size_t k = namedAt; k < tokens.size() && k < namedAt + 3 && tokens[k].isWord(); ++k) {
                if (isProductDescriptor(tokens[k].stem) || isCompanyDescriptor(tokens[k].stem)) {
                    named = &tokens[k];
                    break;
                }
                if (!tokens[k].particle.empty()) break;
            }
        if (before && single && isProductDescriptor(before->stem)) type = EntityType::Product;
        else if (naming && named && single && isProductDescriptor(named->stem)) type = EntityType::Product, confidence = 0.65;
        else if (naming && named && single && isCompanyDescriptor(named->stem)) type = EntityType::Company, confidence = 0.65;
        else if (before && single && isCompanyDescriptor(before->stem)) type = EntityType::Company;
        else if (before && single && isInvestorDescriptor(before->stem)) type = EntityType::Investor;
        else if (!q->innerParticle && isEventWord(lastWord)) type = EntityType::Event, confidence = 0.65;
        else if (!q->innerParticle && isReportWord(lastWord)) type = EntityType::Product, confidence = 0.55;
        else if (next && single && particle.empty() && isCompanySiteWord(next->stem)) type = EntityType::Company;
        else if (next && single && particle.empty() && isEventWord(next->stem)) type = EntityType::Event, confidence = 0.6;
        else if (next && single && particle.empty() && isProductDescriptor(next->stem)) type = EntityType::Product, confidence = 0.6;
        else if (next && single && (particle.empty() || particle == "의") && matchRoleTitle(next->stem) &&
                 matchRoleTitle(next->stem)->organisational)
            type = EntityType::Company, confidence = 0.6;
        else if (next && single && (particle == "를" || particle == "을" || particle == "에") &&
                 (next->text.starts_with("인수") || next->text.starts_with("합병") || next->text.starts_with("투자") ||
                  next->text.starts_with("출자")))
            type = EntityType::Company, confidence = 0.6;
        // "‘브리프원(BriefOne)’을 개발했다", "‘H2F-10’을 출시했으며": what is made, released or adopted is a product.
        if (!type && single && (particle == "을" || particle == "를") && !isPolicyLikeName(name))
            for (std::size_t k = after; k < tokens.size() && k < after + 3 && tokens[k].isWord(); ++k)
                if (isProductObjectVerb(tokens, k)) {
                    type = EntityType::Product, confidence = 0.6;
                    break;
                }
        if (!type) continue;
        // A quoted organisation name keeps the type its ending implies ("‘서울대’" stays academia).
        if (*type == EntityType::Company && q->words == 1)
            if (auto m = matchOrganisationSuffix(tokens[i + 1].stem.empty() ? tokens[i + 1].text : tokens[i + 1].stem))
                type = m->type;
        if (isGenericNoun(name)) continue;

        EntityCandidate c;
        c.firstToken = i + 1;
        c.lastToken = q->close - 1;
        while (c.lastToken > c.firstToken && !tokens[c.lastToken].isWord()) --c.lastToken;
        c.begin = tokens[i + 1].begin;
        c.end = tokens[q->close].begin;
        c.name = name;
        if (!alias.empty() && alias != name) c.aliases.push_back(alias);
        c.type = *type;
        c.source = EntitySource::Rule;
        c.confidence = confidence;
        c.rule = "quoted";
        s.candidates.push_back(std::move(c));
    }
}

} // namespace newsgraph::core
