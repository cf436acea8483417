#include "extract/ner/NerTrainingData.h"

#include "extract/ner/SpanSubtyper.h"
#include "extract/ner/Utf8Text.h"

#include <algorithm>

namespace newsgraph::core::ner {

Result<std::vector<LabelledSentence>> goldSentences(const std::vector<KlueSentence>& file, const std::string& source)
{
    std::vector<LabelledSentence> out;
    for (const auto& s : file) {
        if (s.chars.empty())
            continue;
        LabelledSentence ls;
        for (std::size_t i = 0; i < s.chars.size(); ++i) {
            const auto tag = tagFromName(s.tags[i]);
            if (!tag)
                return fail(Error::Kind::InvalidInput, source + ": sentence " + s.id() + ": unknown tag " + s.tags[i]);
            const auto cps = Utf8Text::decode(s.chars[i]).chars;
            for (std::size_t k = 0; k < cps.size(); ++k) {
                ls.chars.push_back(cps[k]);
                ls.tags.push_back(k == 0 || *tag == 0 ? *tag : insideTag(typeOf(*tag)));
            }
        }
        out.push_back(std::move(ls));
    }
    return out;
}

int subtypeOfFineLabel(const std::string& fine, int klueType)
{
    if (klueType == 1)
        return fine == "LCP_COUNTRY" ? subtypeIndex("country") : subtypeIndex("place");
    if (fine == "OGG_ECONOMY" || fine == "OGG_SPORTS" || fine == "OGG_FOOD" || fine == "OGG_HOTEL")
        return subtypeIndex("company");
    if (fine == "OGG_POLITICS" || fine == "OGG_LAW" || fine == "OGG_MILITARY" || fine == "LCP_COUNTRY")
        return subtypeIndex("government");
    if (fine == "OGG_EDUCATION" || fine == "OGG_SCIENCE")
        return subtypeIndex("academia");
    if (fine == "OGG_MEDIA")
        return subtypeIndex("media");
    return -1;
}

std::u32string slice(const std::vector<char32_t>& chars, std::size_t b, std::size_t e)
{
    return std::u32string(chars.begin() + static_cast<std::ptrdiff_t>(b), chars.begin() + static_cast<std::ptrdiff_t>(std::min(e, chars.size())));
}

} // namespace newsgraph::core::ner
