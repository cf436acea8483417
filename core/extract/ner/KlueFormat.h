// Reader and writer for the KLUE-NER layout: `CHAR<TAB>TAG` lines, `##` comments, blank line between sentences.
#pragma once

#include "model/Error.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace newsgraph::core::ner {

// One block of the file: the comment lines before it and its character lines; blocks without
// characters (the file header) are kept so that writing gives the input back.
struct KlueSentence {
    std::vector<std::string> comments; // verbatim, "##" included
    std::vector<std::string> chars;    // one entry per character line (usually one code point; " " for spaces)
    std::vector<std::string> tags;     // as written: "O", "B-PS", or fine labels in konec files
    std::string id() const;            // "klue-ner-v1_dev_00000-wikitree" from the "## <id><TAB>..." line, or ""
    std::string text() const;          // the characters joined
};

Result<std::vector<KlueSentence>> readKlue(std::istream& in, const std::string& sourceName);
Result<std::vector<KlueSentence>> readKlueFile(const std::filesystem::path& file);
void writeKlue(std::ostream& out, const std::vector<KlueSentence>& sentences);

// Entity spans of a BIO tag sequence, read like the KLUE scorer: [begin, end) with the type after "B-"/"I-".
struct TagSpan {
    std::size_t begin = 0, end = 0;
    std::string type;
};
std::vector<TagSpan> spansOfTags(const std::vector<std::string>& tags);

} // namespace newsgraph::core::ner
