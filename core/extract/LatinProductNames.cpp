#include "extract/LatinProductNames.h"

#include "extract/DescriptorWords.h"
#include "extract/NameShape.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace newsgraph::core {
namespace {

// Kinds of technology rather than products: "칩 GPU", "서비스 API".
bool isTechnologyAcronym(std::string_view word)
{
    static const std::unordered_set<std::string_view> words{"AI", "API", "GPU", "CPU", "NPU", "TPU", "SW", "HW", "IT",
                                                            "PC", "OS", "UI", "UX", "LLM", "SaaS", "IoT", "AR", "VR",
                                                            "XR", "SoC", "DRAM", "SSD", "ICT", "DX", "AX", "B2B", "B2C"};
    return words.contains(word);
}

bool covered(const AnalysedSentence& s, std::size_t token)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= token && token <= c.lastToken; });
}

} // namespace

void proposeLatinProducts(AnalysedSentence& s)
{
    const auto& tokens = s.tokens;
    // "Solar라는 언어모델", "Gauss라는 이름의 모델": the naming particle ties the product noun after it to the name.
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& name = tokens[i];
        if (!name.isWord() || (name.particle != "라는" && name.particle != "이라는") || name.stem.size() < 2 ||
            !utf8::isAsciiLetter(utf8::first(name.stem)) || utf8::hangulCount(name.stem) > 0 || !isNameWord(name.stem) ||
            isTechnologyAcronym(name.stem) || covered(s, i))
            continue;
        std::size_t noun = i + 1;
        if (tokens[noun].stem == "이름" && noun + 1 < tokens.size()) ++noun;
        if (!tokens[noun].isWord() || !isProductDescriptor(tokens[noun].stem)) continue;
        s.candidates.push_back(
            EntityCandidate::forStem(i, name, std::string(name.stem), EntityType::Product, 0.6, "latin-product"));
    }
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& noun = tokens[i];
        const Token& name = tokens[i + 1];
        if (!noun.isWord() || !noun.particle.empty() || !isProductDescriptor(noun.stem)) continue;
        if (!name.isWord() || !name.spaceBefore || name.stem.size() < 2 || !utf8::hasLatin(name.stem) ||
            !utf8::isAsciiLetter(utf8::first(name.stem)) || utf8::hangulCount(name.stem) > 0 || !isNameWord(name.stem) ||
            isTechnologyAcronym(name.stem) || covered(s, i + 1))
            continue;
        // "DSO.ai", "GPT-4o": the tokenizer splits at the dot or hyphen; written without spaces it is one name.
        std::size_t last = i + 1;
        while (last + 2 < tokens.size() && tokens[last].particle.empty() && !tokens[last + 1].isWord() &&
               !tokens[last + 1].spaceBefore && (tokens[last + 1].text == "." || tokens[last + 1].text == "-") &&
               tokens[last + 2].isWord() && !tokens[last + 2].spaceBefore && utf8::hangulCount(tokens[last + 2].stem) == 0)
            last += 2;
        // The name ends here: a particle on it, or no further word of the same phrase.
        const bool closed = !tokens[last].particle.empty() || last + 1 >= tokens.size() || !tokens[last + 1].isWord();
        if (!closed) continue;
        EntityCandidate c;
        c.firstToken = i + 1;
        c.lastToken = last;
        c.begin = name.begin;
        c.end = tokens[last].stemEnd();
        c.name = std::string(std::string_view(s.sentence->text).substr(c.begin, c.end - c.begin));
        c.type = EntityType::Product;
        c.source = EntitySource::Rule;
        c.confidence = 0.6;
        c.rule = "latin-product";
        s.candidates.push_back(std::move(c));
    }
}

} // namespace newsgraph::core
