// Removes repeated paragraphs and sentences (portal lede previews, repeated captions) from kept lines.
#pragma once

#include "text/LineClassifier.h"

#include <string>
#include <vector>

namespace newsgraph::core {

// Portal copies show the first sentences twice: as a preview, then inside the full paragraphs.
// A sentence seen more than once is kept only in the fullest paragraph holding it (the later one
// on ties); lines left empty become Noise ("duplicate"), partly repeated lines lose the repeats.
void dropDuplicateSentences(std::vector<ClassifiedLine>& lines);

// The comparison key: quotes unified, spaces removed ("“A” 했다" and "\"A\" 했다" are equal).
std::string duplicateKey(std::string_view sentence);

} // namespace newsgraph::core
