#include "extract/ner/KlueFormat.h"

#include <fstream>
#include <istream>
#include <ostream>

namespace newsgraph::core::ner {

std::string KlueSentence::id() const
{
    for (auto it = comments.rbegin(); it != comments.rend(); ++it) {
        std::string_view line(*it);
        line.remove_prefix(2);
        while (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
        const auto head = line.substr(0, line.find('\t'));
        if (head.starts_with("klue") || head.starts_with("sent"))
            return std::string(head);
    }
    return {};
}

std::string KlueSentence::text() const
{
    std::string out;
    for (const auto& c : chars)
        out += c;
    return out;
}

Result<std::vector<KlueSentence>> readKlue(std::istream& in, const std::string& sourceName)
{
    std::vector<KlueSentence> out;
    KlueSentence cur;
    std::string line;
    std::size_t lineNo = 0;
    auto flush = [&] {
        out.push_back(std::move(cur));
        cur = KlueSentence{};
    };
    bool pending = false;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.starts_with("##")) {
            cur.comments.push_back(line);
            pending = true;
            continue;
        }
        if (line.empty()) {
            if (pending)
                flush();
            pending = false;
            continue;
        }
        const auto tab = line.rfind('\t');
        if (tab == std::string::npos)
            return fail(Error::Kind::InvalidInput, sourceName + ": line " + std::to_string(lineNo) + ": no tab between character and tag");
        cur.chars.push_back(line.substr(0, tab));
        cur.tags.push_back(line.substr(tab + 1));
        pending = true;
    }
    if (pending)
        flush();
    return out;
}

Result<std::vector<KlueSentence>> readKlueFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(Error::Kind::Io, file.string() + ": cannot open KLUE file");
    return readKlue(in, file.string());
}

void writeKlue(std::ostream& out, const std::vector<KlueSentence>& sentences)
{
    for (const auto& s : sentences) {
        for (const auto& c : s.comments)
            out << c << '\n';
        for (std::size_t i = 0; i < s.chars.size(); ++i)
            out << s.chars[i] << '\t' << (i < s.tags.size() ? s.tags[i] : std::string("O")) << '\n';
        out << '\n';
    }
}

std::vector<TagSpan> spansOfTags(const std::vector<std::string>& tags)
{
    std::vector<TagSpan> out;
    std::string type;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= tags.size(); ++i) {
        const std::string t = i < tags.size() ? tags[i] : "O";
        const bool inside = t.size() > 2 && t[0] == 'I' && t[1] == '-';
        const bool begins = t.size() > 2 && t[0] == 'B' && t[1] == '-';
        if (begins || t == "O" || (inside && t.substr(2) != type) || (!begins && !inside)) {
            if (!type.empty())
                out.push_back({start, i, type});
            type = (begins || inside) ? t.substr(2) : std::string();
            start = i;
        }
    }
    return out;
}

} // namespace newsgraph::core::ner
