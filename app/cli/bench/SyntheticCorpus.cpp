// Entities are drawn from small pools so that they recur across articles, as in real news, and the
// benchmark exercises entity merging and evidence accumulation, not only inserts.
#include "bench/SyntheticCorpus.h"

#include "bench/SyntheticNames.h"

#include <cstdio>
#include <fstream>
#include <vector>

namespace newsgraph::cli {
namespace {

using namespace synthetic;

// splitmix64: tiny, fast and identical on every platform (std distributions are not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }
    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    std::uint64_t state_;
};

// Whether the last syllable has a final consonant, which decides 이/가, 은/는, 을/를, 과/와.
bool hasFinalConsonant(std::string_view word)
{
    // "1000만달러(약 13억원)": the particle follows the parenthesis but agrees with the word before it.
    if (word.ends_with(')'))
        if (const auto open = word.rfind('('); open != std::string_view::npos)
            word = word.substr(0, open);
    if (word.empty())
        return false;
    std::size_t start = word.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80)
        --start;
    const std::string_view last = word.substr(start);
    if (last.size() == 3) {
        const char32_t cp = (char32_t(last[0] & 0x0F) << 12) | (char32_t(last[1] & 0x3F) << 6) | (last[2] & 0x3F);
        if (cp >= 0xAC00 && cp <= 0xD7A3)
            return (cp - 0xAC00) % 28 != 0;
        return false;
    }
    const char c = last[0];
    return c == 'L' || c == 'M' || c == 'N' || c == 'R' || c == '0' || c == '1' || c == '3' || c == '6' || c == '7'
        || c == '8';
}

std::string withParticle(std::string_view word, std::string_view withConsonant, std::string_view withVowel)
{
    return std::string(word) + std::string(hasFinalConsonant(word) ? withConsonant : withVowel);
}
std::string subject(std::string_view w) { return withParticle(w, "이", "가"); }
std::string topic(std::string_view w) { return withParticle(w, "은", "는"); }
std::string object(std::string_view w) { return withParticle(w, "을", "를"); }
std::string with(std::string_view w) { return withParticle(w, "과", "와"); }
std::string as(std::string_view w) { return withParticle(w, "으로", "로"); }

struct Cast {
    std::string company, partner, rival, investor, founder, executive, product, place, country, government,
        university, field, role;
    int year = 2024;
};

std::string companyName(Random& random)
{
    return std::string(random.pick(companyPrefixes())) + std::string(random.pick(companySuffixes()));
}

std::string personName(Random& random)
{
    return std::string(random.pick(surnames())) + std::string(random.pick(givenNames()));
}

std::string amount(Random& random)
{
    switch (random.below(4)) {
    case 0: return std::to_string(random.between(10, 900)) + "억원";
    case 1: {
        const int dollars = random.between(1, 50);
        return "약 " + std::to_string(dollars * 1000) + "만달러(약 " + std::to_string(dollars * 13) + "억원)";
    }
    case 2: return std::to_string(random.between(1, 9)) + "억달러";
    default: return std::to_string(random.between(1, 5)) + "조" + std::to_string(random.between(1, 9)) + "000억원";
    }
}

std::string date(Random& random, int year)
{
    switch (random.below(3)) {
    case 0: return std::to_string(year) + "년 " + std::to_string(random.between(1, 12)) + "월";
    case 1: return "지난해 " + std::to_string(random.between(1, 12)) + "월";
    default:
        return std::to_string(year) + "년 " + std::to_string(random.between(1, 12)) + "월 "
            + std::to_string(random.between(1, 28)) + "일";
    }
}

constexpr std::size_t factTemplates = 16;

// Template `which` filled from the cast; amounts and dates vary on every call.
std::string factSentence(std::size_t which, Random& random, const Cast& c)
{
    switch (which) {
    case 0: return subject(c.investor) + " " + c.company + "에 " + object(amount(random)) + " 투자했다.";
    case 1:
        return topic(c.company) + " " + date(random, c.year) + " " + c.investor + " 등으로부터 " + amount(random)
            + " 규모의 투자를 유치했다.";
    case 2: return topic(c.company) + " " + c.founder + " 대표가 " + date(random, c.year - 3) + " 창업한 " + c.field
            + " 스타트업이다.";
    case 3:
        return c.executive + " " + c.company + " " + topic(c.role) + " \"" + std::string(random.pick(quotes()))
            + "\"고 말했다.";
    case 4: return topic(c.company) + " " + c.place + "에 본사를 두고 있다.";
    case 5: return topic(c.partner) + " " + date(random, c.year) + " " + c.place + "에 지사를 열었다.";
    case 6: return topic(c.company) + " " + with(c.partner) + " " + c.field + " 분야에서 협력하기로 했다.";
    case 7: return topic(c.partner) + " " + object(c.rival) + " " + amount(random) + "에 인수했다.";
    case 8: return topic(c.government) + " " + c.company + "에 연구개발 자금 " + object(amount(random)) + " 지원한다고 밝혔다.";
    case 9: return topic(c.company) + " 자체 개발한 " + object(c.product) + " " + date(random, c.year) + " 공개했다.";
    case 10:
        return c.university + " 출신인 " + c.executive + " " + topic(c.role) + " " + c.company + "에 합류하기 전 "
            + c.rival + "에서 일했다.";
    case 11: return c.company + "의 기업가치는 " + as(amount(random)) + " 평가된다.";
    case 12: return c.founder + " 창업자는 " + c.university + " 박사 출신으로 " + c.rival + " 연구원을 지냈다.";
    case 13: return topic(c.rival) + " " + c.company + "의 가장 큰 경쟁사로 꼽힌다.";
    case 14:
        return c.investor + " 관계자는 \"" + c.company + "의 기술력과 " + c.founder
            + " 대표의 실행력을 높이 평가했다\"고 설명했다.";
    default:
        return topic(c.country) + " " + c.field + " 산업을 키우기 위해 " + c.company + " 같은 기업을 적극 지원하고 있다.";
    }
}

Cast castFor(Random& random)
{
    Cast c;
    c.company = companyName(random);
    do
        c.partner = companyName(random);
    while (c.partner == c.company);
    do
        c.rival = companyName(random);
    while (c.rival == c.company || c.rival == c.partner);
    c.investor = std::string(random.pick(companyPrefixes())) + std::string(random.pick(investorSuffixes()));
    c.founder = personName(random);
    c.executive = personName(random);
    c.product = std::string(random.pick(companyPrefixes())) + std::string(random.pick(productSuffixes()));
    c.place = random.pick(places());
    c.country = random.pick(countries());
    c.government = random.pick(governmentBodies());
    c.university = random.pick(universities());
    c.field = random.pick(fields());
    c.role = random.pick(roles());
    c.year = random.between(2018, 2025);
    return c;
}

} // namespace

std::string syntheticArticle(std::size_t index, std::uint64_t seed)
{
    Random random(seed * 0x100000001B3ull + index);
    const Cast c = castFor(random);
    const Outlet& outlet = random.pick(outlets());

    std::string text = c.company + ", " + amount(random) + " 투자 유치…" + c.field + " 시장 공략 가속\n";
    text += c.investor + " 등 참여\n" + c.place + " 거점 확대\n";
    // Facts in a shuffled order, each template at most once per article, like real prose.
    std::vector<std::size_t> order(factTemplates);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (std::size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[random.below(i + 1)]);
    std::vector<std::string_view> fillers(fillerSentences().begin(), fillerSentences().end());
    for (std::size_t i = fillers.size() - 1; i > 0; --i)
        std::swap(fillers[i], fillers[random.below(i + 1)]);
    std::size_t nextFact = 0, nextFiller = 0;
    const int paragraphs = random.between(5, 7);
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = random.between(3, 5);
        for (int s = 0; s < sentences; ++s) {
            const bool filler = (random.below(3) == 0 || nextFact == order.size()) && nextFiller < fillers.size();
            if (filler)
                text += fillers[nextFiller++];
            else if (nextFact < order.size())
                text += factSentence(order[nextFact++], random, c);
            text += s + 1 < sentences ? " " : "\n";
        }
    }
    const std::size_t reporter = random.below(reporterIds().size());
    text += "[" + std::string(random.pick(surnames())) + std::string(givenNames()[reporter]) + " 기자 "
        + std::string(reporterIds()[reporter]) + "@" + std::string(outlet.domain) + "]\n";
    text += "Copyright © " + std::string(outlet.name) + " & " + std::string(outlet.domain)
        + ". 무단 전재, 재배포 및 AI학습 이용 금지\n";
    for (int i = random.between(2, 4); i > 0; --i)
        text += "- \"" + std::string(random.pick(fillerSentences())) + "\" - " + std::string(outlet.name) + "\n";
    return text;
}

core::Result<SyntheticCorpusStats> writeSyntheticCorpus(const std::filesystem::path& dir, std::size_t count,
                                                        std::uint64_t seed)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return core::fail(core::Error::Kind::Io, dir.string() + ": cannot create folder (" + ec.message() + ")");
    SyntheticCorpusStats stats;
    for (std::size_t i = 0; i < count; ++i) {
        char name[48];
        std::snprintf(name, sizeof name, "%06zu_synthetic.txt", i);
        const std::string text = syntheticArticle(i, seed);
        std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out)
            return core::fail(core::Error::Kind::Io, (dir / name).string() + ": cannot write");
        ++stats.files;
        stats.bytes += text.size();
    }
    return stats;
}

} // namespace newsgraph::cli
