// Decides per sentence whether the English rules read it: mostly Latin letters, (almost) no Hangul.
#pragma once

#include <string_view>

namespace newsgraph::core {

// A Korean sentence full of Latin names ("오픈AI의 Sam Altman CEO는") stays Korean: one Hangul syllable
// weighs as much as ten Latin letters, so only sentences that are essentially English pass.
bool isEnglishSentence(std::string_view sentence);

} // namespace newsgraph::core
