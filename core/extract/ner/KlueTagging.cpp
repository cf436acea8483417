#include "extract/ner/KlueTagging.h"

#include "extract/ner/NerTagSet.h"
#include "extract/ner/Utf8Text.h"

#include <istream>
#include <ostream>

namespace newsgraph::core {

void tagKlueSentences(const NerModel& model, std::vector<ner::KlueSentence>& sentences)
{
    for (auto& s : sentences) {
        if (s.chars.empty())
            continue;
        // Lines may hold more than one code point; a line takes the tag of its first one.
        std::vector<char32_t> chars;
        std::vector<std::size_t> firstOfLine;
        for (const auto& line : s.chars) {
            firstOfLine.push_back(chars.size());
            const auto cps = ner::Utf8Text::decode(line).chars;
            if (cps.empty())
                chars.push_back(U' ');
            chars.insert(chars.end(), cps.begin(), cps.end());
        }
        const auto ids = model.tagIds(chars);
        s.tags.resize(s.chars.size());
        for (std::size_t i = 0; i < s.chars.size(); ++i)
            s.tags[i] = ner::tagName(ids[firstOfLine[i]]);
    }
}

Result<void> tagKlueFile(const NerModel& model, std::istream& in, std::ostream& out)
{
    auto sentences = ner::readKlue(in, "input");
    if (!sentences)
        return std::unexpected(sentences.error());
    tagKlueSentences(model, *sentences);
    ner::writeKlue(out, *sentences);
    if (!out)
        return fail(Error::Kind::Io, "output: write failed");
    return {};
}

} // namespace newsgraph::core
