// Small text helpers the store needs beyond core/text: search-column compaction, particles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::core::store {

// ASCII lower case, whitespace removed; applied alike to stored and queried romanisations/initials.
std::string compactKey(std::string_view text);

// Unicode code points in valid UTF-8 (continuation bytes not counted).
std::size_t codePointCount(std::string_view text);

// True if the text holds a Hangul compatibility consonant (ㄱ..ㅎ), i.e. is an initials query.
bool hasCompatibilityJamo(std::string_view text);

// The query without one trailing Korean particle (오픈AI가 -> 오픈AI), or "" if none ends it.
std::string withoutTrailingParticle(std::string_view text);

// Version strings compared part by part ("1.10" > "1.9"; digit runs numerically, the rest as
// text). An empty version is older than any other and newer than none.
bool isNewerVersion(std::string_view candidate, std::string_view than);

} // namespace newsgraph::core::store
