// An article body stored as the text between its sentences, since the sentences hold the rest.
#pragma once

#include "model/Article.h"

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core::store {

// The sentence rows already hold nearly all of a body's text; storing the body as well made the
// articles table the largest in the file (a row of several KB per article, one page each). When
// the sentences, in index order, are the body's own text at their offsets, the body is stored as
// its gaps only (line breaks and spaces between sentences, back to back) and rebuilt on reading.

// The gaps, or nothing when the sentences do not tile the body (then the body is stored whole).
std::optional<std::string> bodyGaps(const std::string& body, const std::vector<Sentence>& sentences);

// The body again from bodyGaps() and the same sentences in index order.
std::string bodyFromGaps(const std::string& gaps, const std::vector<Sentence>& sentences);

} // namespace newsgraph::core::store
