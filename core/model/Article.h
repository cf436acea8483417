// A decoded, cleaned article with its metadata and sentences, as core/text produces it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::core {

struct Reporter {
    std::string name;  // "이덕주"
    std::string email; // "mrdjlee@mk.co.kr"
    std::string role;  // "기자", "특파원", ...
    std::string bylineText; // the whole byline line, kept as evidence
};

struct ArticleMetadata {
    std::string title;
    std::string publishedDate; // ISO 8601: "2018-01-10", "2018-01-10T03:00", or "" when unknown
    std::string outlet;        // "매일경제"; "" when unknown
    std::string outletDomain;  // "mk.co.kr" when an e-mail or URL names it
    std::vector<Reporter> reporters;
};

enum class SentenceKind {
    Body,     // article prose
    Headline, // the title and sub-headlines
    Byline,   // reporter and copyright lines (kept for works_for evidence, not for other relations)
};

// Offsets are UTF-8 byte offsets into Article::body; text == body.substr(begin, end - begin).
struct Sentence {
    std::size_t index = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
    SentenceKind kind = SentenceKind::Body;
};

struct Article {
    std::string sourcePath;  // as given on the command line; "" for in-memory text
    std::string fileName;    // base name, used as the article's identity in exports
    std::string contentHash; // hex SHA-256 (or similar stable hash) of the decoded, normalised text
    std::string detectedEncoding; // "UTF-8", "UTF-16LE", "EUC-KR", ...
    std::string body;        // cleaned text (NFC, LF line ends, portal noise removed)
    std::vector<std::string> removedNoise; // lines dropped as portal noise (for diagnostics)
    ArticleMetadata metadata;
    std::vector<Sentence> sentences;
};

} // namespace newsgraph::core
