// Gap extraction checks every assumption bodyFromGaps() relies on, so rebuilding is exact.
#include "store/BodyLayout.h"

namespace newsgraph::core::store {

std::optional<std::string> bodyGaps(const std::string& body, const std::vector<Sentence>& sentences)
{
    std::string gaps;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        // Rows are read back ordered by index, so the indices must be that order already.
        if (i > 0 && s.index <= sentences[i - 1].index)
            return std::nullopt;
        if (s.begin < pos || s.end < s.begin || s.end > body.size() || s.end - s.begin != s.text.size() ||
            body.compare(s.begin, s.text.size(), s.text) != 0)
            return std::nullopt;
        gaps.append(body, pos, s.begin - pos);
        pos = s.end;
    }
    gaps.append(body, pos);
    return gaps;
}

std::string bodyFromGaps(const std::string& gaps, const std::vector<Sentence>& sentences)
{
    std::string body;
    std::size_t pos = 0, used = 0;
    for (const Sentence& s : sentences) {
        const std::size_t gap = s.begin >= pos ? s.begin - pos : 0;
        body.append(gaps, used, gap);
        used = std::min(gaps.size(), used + gap);
        body += s.text;
        pos = s.end;
    }
    body.append(gaps, used);
    return body;
}

} // namespace newsgraph::core::store
