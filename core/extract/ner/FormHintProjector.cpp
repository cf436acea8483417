#include "extract/ner/FormHintProjector.h"

#include "extract/ner/Utf8Text.h"

#include <array>
#include <fstream>
#include <unordered_map>

namespace newsgraph::core::ner {

namespace {

bool isHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool isAlnum(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool isWordChar(char32_t c) { return isHangul(c) || isAlnum(c); }

bool canStartAt(const std::vector<char32_t>& s, std::size_t i)
{
    return i == 0 || !(isWordChar(s[i - 1]) && isWordChar(s[i]));
}

std::uint32_t labelHash(const std::string& s)
{
    std::uint32_t h = 2166136261u;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

} // namespace

int klueClassOfFineLabel(const std::string& fine)
{
    if (fine.starts_with("PS_"))
        return 0;
    if (fine.starts_with("LCP_") || fine.starts_with("LCG_") || fine == "LC_OTHERS")
        return 1;
    if (fine.starts_with("OGG_"))
        return 2;
    if (fine.starts_with("DT_"))
        return 3;
    if (fine.starts_with("TI_"))
        return 4;
    if (fine.starts_with("QT_"))
        return 5;
    if (fine == "AF_BUILDING" || fine == "AF_ROAD" || fine == "AF_CULTURAL_ASSET" || fine == "LC_SPACE" ||
        fine == "AFA_VIDEO" || fine == "TMI_SERVICE" || fine == "EV_SPORTS" || fine == "TM_SPORTS")
        return 7;
    return 6;
}

struct FormHintProjector::Trie {
    struct Form {
        std::unordered_map<std::string, long> byLabel;
        long occurrences = 0;
        FormHint hint;
    };
    std::unordered_map<std::uint64_t, std::int32_t> edges;
    std::vector<int> formOf{-1};
    std::vector<Form> forms;

    static std::uint64_t key(std::int32_t node, char32_t c)
    {
        return (static_cast<std::uint64_t>(node) << 21) | static_cast<std::uint64_t>(c & 0x1FFFFF);
    }
    Form& insert(const std::u32string& s)
    {
        std::int32_t node = 0;
        for (const char32_t c : s) {
            const auto [it, added] = edges.emplace(key(node, c), static_cast<std::int32_t>(formOf.size()));
            if (added)
                formOf.push_back(-1);
            node = it->second;
        }
        auto& slot = formOf[static_cast<std::size_t>(node)];
        if (slot < 0) {
            slot = static_cast<int>(forms.size());
            forms.emplace_back();
        }
        return forms[static_cast<std::size_t>(slot)];
    }
    // Longest form starting at i (alphanumeric forms must not stop inside an alphanumeric run), or -1.
    int longest(const std::vector<char32_t>& s, std::size_t i, std::size_t& end) const
    {
        std::int32_t node = 0;
        int best = -1;
        for (std::size_t j = i; j < s.size(); ++j) {
            const auto it = edges.find(key(node, s[j]));
            if (it == edges.end())
                break;
            node = it->second;
            const int f = formOf[static_cast<std::size_t>(node)];
            const bool clean = j + 1 >= s.size() || !(isAlnum(s[j]) && isAlnum(s[j + 1]));
            if (f >= 0 && clean) {
                best = f;
                end = j + 1;
            }
        }
        return best;
    }
};

Result<std::vector<FormCount>> FormHintProjector::readFormList(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return fail(Error::Kind::Io, file.string() + ": cannot open form list");
    std::vector<FormCount> out;
    std::string line;
    while (std::getline(in, line)) {
        const auto t1 = line.find('\t');
        const auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string::npos || line.starts_with("form\t"))
            continue;
        FormCount fc;
        const auto chars = Utf8Text::decode(std::string_view(line).substr(0, t1)).chars;
        fc.form.assign(chars.begin(), chars.end());
        fc.fineLabel = line.substr(t1 + 1, t2 - t1 - 1);
        try {
            fc.count = std::stol(line.substr(t2 + 1));
        } catch (...) {
            return fail(Error::Kind::InvalidInput, file.string() + ": bad count in line: " + line);
        }
        if (!fc.form.empty())
            out.push_back(std::move(fc));
    }
    return out;
}

FormHintProjector::FormHintProjector(const std::vector<FormCount>& forms, const std::vector<std::vector<char32_t>>& corpus)
    : trie_(std::make_unique<Trie>())
{
    for (const auto& f : forms)
        trie_->insert(f.form).byLabel[f.fineLabel] += f.count;
    for (const auto& s : corpus)
        for (std::size_t i = 0; i < s.size();) {
            std::size_t end = i + 1;
            const int f = canStartAt(s, i) ? trie_->longest(s, i, end) : -1;
            if (f >= 0)
                trie_->forms[static_cast<std::size_t>(f)].occurrences++;
            i = f >= 0 ? end : i + 1;
        }
    for (auto& form : trie_->forms) {
        long total = 0, best = -1;
        std::string label;
        for (const auto& [l, c] : form.byLabel) {
            total += c;
            if (c > best || (c == best && l < label)) {
                best = c;
                label = l;
            }
        }
        const double ratio = form.occurrences > 0 ? static_cast<double>(total) / static_cast<double>(form.occurrences) : 0;
        form.hint.klueClass = static_cast<std::uint8_t>(klueClassOfFineLabel(label));
        form.hint.fineLabel = labelHash(label);
        form.hint.reliability = static_cast<std::uint8_t>(ratio >= 0.95 ? 4 : ratio >= 0.7 ? 3 : ratio >= 0.4 ? 2 : ratio >= 0.15 ? 1 : 0);
    }
}

FormHintProjector::~FormHintProjector() = default;
FormHintProjector::FormHintProjector(FormHintProjector&&) noexcept = default;
FormHintProjector& FormHintProjector::operator=(FormHintProjector&&) noexcept = default;

std::vector<FormHint> FormHintProjector::project(const std::vector<char32_t>& s) const
{
    std::vector<FormHint> out(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t end = i + 1;
        const int f = canStartAt(s, i) ? trie_->longest(s, i, end) : -1;
        if (f < 0) {
            ++i;
            continue;
        }
        const auto& hint = trie_->forms[static_cast<std::size_t>(f)].hint;
        for (std::size_t k = i; k < end; ++k) {
            out[k] = hint;
            out[k].place = static_cast<std::uint8_t>(end - i == 1 ? 4 : k == i ? 1 : k + 1 == end ? 3 : 2);
        }
        i = end;
    }
    return out;
}

} // namespace newsgraph::core::ner
