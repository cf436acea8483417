#include "extract/ner/SpanSubtyper.h"

#include "extract/ner/Utf8Text.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace newsgraph::core::ner {

namespace {

constexpr std::size_t classCount = subtypeNames.size();

std::uint32_t hashOf(std::uint32_t templ, std::u32string_view s)
{
    std::uint64_t h = 0xCBF29CE484222325ULL ^ (templ * 0x9E3779B97F4A7C15ULL);
    for (const char32_t c : s) {
        h ^= c;
        h *= 0x100000001B3ULL;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return static_cast<std::uint32_t>(h);
}

bool endsWith(const std::u32string& s, std::u32string_view suffix)
{
    return s.size() >= suffix.size() && std::u32string_view(s).substr(s.size() - suffix.size()) == suffix;
}

bool endsWithAny(const std::u32string& s, std::initializer_list<std::u32string_view> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(), [&](auto x) { return endsWith(s, x); });
}

bool isInvestorName(const std::u32string& s)
{
    return endsWithAny(s, {U"벤처스", U"캐피탈", U"캐피털", U"인베스트먼트", U"자산운용", U"파트너스", U"벤처캐피탈",
                           U"Ventures", U"Capital", U"Partners", U"Investment", U"Investments"});
}

} // namespace

int subtypeIndex(std::string_view name)
{
    for (std::size_t k = 0; k < subtypeNames.size(); ++k)
        if (subtypeNames[k] == name)
            return static_cast<int>(k);
    return -1;
}

std::string subtypeBySuffix(const std::u32string& s, std::string_view label)
{
    if (label == "LC")
        return "place";
    if (isInvestorName(s))
        return "investor";
    if (endsWithAny(s, {U"대", U"대학", U"대학교", U"대학원", U"연구소", U"과학원", U"KAIST", U"카이스트", U"University"}))
        return "academia";
    if (endsWithAny(s, {U"일보", U"신문", U"방송", U"뉴스", U"통신", U"TV", U"미디어", U"저널", U"타임스", U"매거진"}))
        return "media";
    if (endsWithAny(s, {U"부", U"청", U"처", U"원", U"위원회", U"정부", U"법원", U"검찰", U"경찰", U"의회", U"국회", U"시", U"군", U"공사", U"공단", U"당"}))
        return "government";
    return "company";
}

SpanSubtyper::SpanSubtyper() : weights_((std::size_t{1} << hashBits) * classCount, 0.0f) {}

std::vector<std::uint32_t> SpanSubtyper::features(const std::u32string& span, const std::u32string& after)
{
    std::vector<std::uint32_t> f;
    const std::u32string_view s(span);
    f.push_back(hashOf(0, {}));
    f.push_back(hashOf(1, s));
    for (std::size_t k = 1; k <= 3 && k <= s.size(); ++k) {
        f.push_back(hashOf(static_cast<std::uint32_t>(1 + k), s.substr(s.size() - k)));
        f.push_back(hashOf(static_cast<std::uint32_t>(4 + k), s.substr(0, k)));
    }
    for (const char32_t c : s)
        f.push_back(hashOf(8, std::u32string_view(&c, 1)));
    const char32_t lengthBucket = static_cast<char32_t>(std::min<std::size_t>(s.size(), 8));
    f.push_back(hashOf(9, std::u32string_view(&lengthBucket, 1)));
    if (!after.empty()) {
        f.push_back(hashOf(10, std::u32string_view(after).substr(0, 1)));
        f.push_back(hashOf(11, after));
    }
    return f;
}

std::string SpanSubtyper::classify(const std::u32string& span, const std::u32string& after, std::string_view label,
                                   const NerLexicon* lexicon) const
{
    if (label != "OG" && label != "LC")
        return {};
    if (lexicon != nullptr) {
        std::string utf8;
        for (const char32_t c : span)
            appendUtf8(utf8, c);
        if (const int e = lexicon->find(utf8); e >= 0) {
            const auto& type = lexicon->entries()[static_cast<std::size_t>(e)].type;
            const int k = subtypeIndex(type);
            if (k >= 0 && (label == "OG" ? k <= 4 : k >= 5))
                return type;
        }
    }
    if (label == "OG" && isInvestorName(span))
        return "investor";
    const std::size_t lo = label == "OG" ? 0 : 5, hi = label == "OG" ? 5 : 7;
    std::array<float, classCount> score{};
    const std::size_t mask = (std::size_t{1} << hashBits) - 1;
    for (const auto h : features(span, after))
        for (std::size_t k = lo; k < hi; ++k)
            score[k] += weights_[(h & mask) * classCount + k];
    std::size_t best = lo;
    float second = -1e30f;
    for (std::size_t k = lo + 1; k < hi; ++k)
        if (score[k] > score[best])
            best = k;
    for (std::size_t k = lo; k < hi; ++k)
        if (k != best)
            second = std::max(second, score[k]);
    if (score[best] - second <= 1e-6f) // no evidence either way
        return subtypeBySuffix(span, label);
    return std::string(subtypeNames[best]);
}

void SpanSubtyper::addExample(const std::u32string& span, const std::u32string& after, int subtype)
{
    examples_.push_back({features(span, after), subtype});
}

void SpanSubtyper::train(int epochs, unsigned seed)
{
    const std::size_t mask = (std::size_t{1} << hashBits) - 1;
    std::vector<float> w(weights_.size(), 0.0f), total(weights_.size(), 0.0f);
    std::vector<std::size_t> order(examples_.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(seed);
    float step = 1;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (const auto idx : order) {
            const auto& ex = examples_[idx];
            const auto gold = static_cast<std::size_t>(ex.subtype);
            const std::size_t lo = gold <= 4 ? 0 : 5, hi = gold <= 4 ? 5 : 7;
            std::array<float, classCount> score{};
            for (const auto h : ex.features)
                for (std::size_t k = lo; k < hi; ++k)
                    score[k] += w[(h & mask) * classCount + k];
            std::size_t pred = lo;
            for (std::size_t k = lo + 1; k < hi; ++k)
                if (score[k] > score[pred])
                    pred = k;
            if (pred != gold || score[pred] <= 0) {
                for (const auto h : ex.features) {
                    const std::size_t row = (h & mask) * classCount;
                    w[row + gold] += 1;
                    total[row + gold] += step;
                    if (pred != gold) {
                        w[row + pred] -= 1;
                        total[row + pred] -= step;
                    }
                }
            }
            step += 1;
        }
    }
    for (std::size_t i = 0; i < w.size(); ++i)
        weights_[i] = w[i] - total[i] / step;
    examples_.clear();
}

} // namespace newsgraph::core::ner
