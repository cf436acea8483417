#include "extract/SentenceTokens.h"

#include "extract/Utf8Scan.h"

namespace newsgraph::core {
namespace {

PunctKind classify(char32_t c)
{
    if (c >= 0xAC00 && c <= 0xD7A3) return PunctKind::None; // most characters: Hangul syllables, none a mark
    switch (c) {
    case U'‘': case U'“': case U'「': case U'『': case U'《': case U'〈': case U'<': return PunctKind::OpenQuote;
    case U'’': case U'”': case U'」': case U'』': case U'》': case U'〉': case U'>': return PunctKind::CloseQuote;
    case U'(': case U'[': case U'{': case U'（': case U'［': case U'【': return PunctKind::OpenParen;
    case U')': case U']': case U'}': case U'）': case U'］': case U'】': return PunctKind::CloseParen;
    case U',': case U'，': case U'、': return PunctKind::Comma;
    case U'·': case U'ㆍ': case U'・': case U'/': return PunctKind::MiddleDot;
    case U'.': case U'!': case U'?': case U':': case U';': case U'…': case U'=': case U'○': case U'△':
    case U'◆': case U'■': case U'▲': case U'▶': case U'★': case U'●': case U'—': case U'–': case U'。':
    case U'|': case U'#': case U'*': case U'※': case U'ㅣ':
        return PunctKind::Other;
    case U'\'': case U'"': return PunctKind::OpenQuote; // direction fixed up by toggling below
    default: return PunctKind::None;
    }
}

} // namespace

std::vector<Token> tokenizeSentence(std::string_view sentence, const ParticleStripper::KnownName& isKnownName)
{
    std::vector<Token> tokens;
    tokens.reserve(sentence.size() / 4 + 8); // about one token per Korean word: spares most regrowths
    bool space = true;
    bool straightSingleOpen = false;
    bool straightDoubleOpen = false;
    std::size_t wordStart = std::string_view::npos;
    bool wordSpace = false;

    auto closeWord = [&](std::size_t end) {
        if (wordStart == std::string_view::npos) return;
        Token t;
        t.begin = wordStart;
        t.end = end;
        t.text = sentence.substr(wordStart, end - wordStart);
        t.spaceBefore = wordSpace;
        tokens.push_back(t);
        wordStart = std::string_view::npos;
    };

    for (std::size_t pos = 0; pos < sentence.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::next(sentence, pos);
        if (utf8::isSpace(c)) {
            closeWord(start);
            space = true;
            continue;
        }
        PunctKind kind = classify(c);
        // Decimal points and thousands separators stay inside numbers ("3.5", "1,000").
        if ((c == '.' || c == ',') && wordStart != std::string_view::npos && start > 0 &&
            utf8::isAsciiDigit(static_cast<unsigned char>(sentence[start - 1])) && pos < sentence.size() &&
            utf8::isAsciiDigit(static_cast<unsigned char>(sentence[pos])))
            kind = PunctKind::None;
        if (c == '\'') {
            kind = straightSingleOpen ? PunctKind::CloseQuote : PunctKind::OpenQuote;
            straightSingleOpen = !straightSingleOpen;
        } else if (c == '"') {
            kind = straightDoubleOpen ? PunctKind::CloseQuote : PunctKind::OpenQuote;
            straightDoubleOpen = !straightDoubleOpen;
        }
        if (kind == PunctKind::None) {
            if (wordStart == std::string_view::npos) {
                wordStart = start;
                wordSpace = space;
            }
            space = false;
            continue;
        }
        closeWord(start);
        Token t;
        t.begin = start;
        t.end = pos;
        t.text = sentence.substr(start, pos - start);
        t.punct = kind;
        t.spaceBefore = space;
        tokens.push_back(t);
        space = false;
    }
    closeWord(sentence.size());

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        if (!t.isWord()) {
            t.stem = t.text;
            continue;
        }
        const bool afterClosing = i > 0 && !t.spaceBefore &&
                                  (tokens[i - 1].punct == PunctKind::CloseQuote ||
                                   tokens[i - 1].punct == PunctKind::CloseParen);
        if (afterClosing && ParticleStripper::isParticle(t.text)) {
            t.stem = t.text.substr(0, 0);
            t.particle = t.text;
            t.role = ParticleStripper::roleOf(t.text);
            continue;
        }
        // A word closed by a quote or parenthesis carries no particle: it comes after the mark ("‘루미나’를").
        const bool closedRightAfter = i + 1 < tokens.size() && !tokens[i + 1].spaceBefore &&
                                      (tokens[i + 1].punct == PunctKind::CloseQuote || tokens[i + 1].punct == PunctKind::CloseParen);
        if (closedRightAfter) {
            t.stem = t.text;
            continue;
        }
        const StrippedWord w = ParticleStripper::strip(t.text, isKnownName);
        t.stem = w.stem;
        t.particle = w.particle;
        t.role = w.role;
    }
    return tokens;
}

} // namespace newsgraph::core
