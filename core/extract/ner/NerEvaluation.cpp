#include "extract/ner/NerEvaluation.h"

#include <cstdio>
#include <set>
#include <tuple>

namespace newsgraph::core::ner {

namespace {

// Same span reading as the KLUE scorer: an I- of another type starts a new span.
std::set<std::tuple<std::size_t, std::size_t, int>> spansOf(const std::vector<int>& tags)
{
    std::set<std::tuple<std::size_t, std::size_t, int>> out;
    int type = -1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= tags.size(); ++i) {
        const int t = i < tags.size() ? tags[i] : 0;
        if (isBegin(t) || t == 0 || (isInside(t) && typeOf(t) != type)) {
            if (type >= 0)
                out.emplace(start, i, type);
            type = t == 0 ? -1 : typeOf(t);
            start = i;
        }
    }
    return out;
}

double f1(long tp, long fp, long fn)
{
    const double p = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
    const double r = tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

} // namespace

void NerEvaluation::add(const std::vector<int>& gold, const std::vector<int>& predicted)
{
    ++sentences_;
    const auto g = spansOf(gold), p = spansOf(predicted);
    for (const auto& s : p)
        (g.contains(s) ? entity_[static_cast<std::size_t>(std::get<2>(s))].tp : entity_[static_cast<std::size_t>(std::get<2>(s))].fp)++;
    for (const auto& s : g)
        if (!p.contains(s))
            entity_[static_cast<std::size_t>(std::get<2>(s))].fn++;
    for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
        const int a = typeOf(gold[i]), b = typeOf(predicted[i]);
        if (a >= 0 && a == b) {
            chars_[static_cast<std::size_t>(a)].tp++;
        } else {
            if (b >= 0)
                chars_[static_cast<std::size_t>(b)].fp++;
            if (a >= 0)
                chars_[static_cast<std::size_t>(a)].fn++;
        }
    }
}

double NerEvaluation::entityMacroF1() const
{
    double sum = 0;
    for (const auto& c : entity_)
        sum += f1(c.tp, c.fp, c.fn);
    return sum / static_cast<double>(entity_.size());
}

double NerEvaluation::entityMicroF1() const
{
    Counts total;
    for (const auto& c : entity_) {
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn += c.fn;
    }
    return f1(total.tp, total.fp, total.fn);
}

double NerEvaluation::charMacroF1() const
{
    double sum = 0;
    for (const auto& c : chars_)
        sum += f1(c.tp, c.fp, c.fn);
    return sum / static_cast<double>(chars_.size());
}

std::string NerEvaluation::table() const
{
    std::string out;
    char line[200];
    for (std::size_t k = 0; k < entityLabels.size(); ++k) {
        const auto& c = entity_[k];
        const double p = c.tp + c.fp > 0 ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fp) : 0;
        const double r = c.tp + c.fn > 0 ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fn) : 0;
        std::snprintf(line, sizeof line, "%s: P=%.3f R=%.3f F1=%.3f (gold %ld) char-F1=%.3f\n", std::string(entityLabels[k]).c_str(), p, r,
                      f1(c.tp, c.fp, c.fn), c.tp + c.fn, f1(chars_[k].tp, chars_[k].fp, chars_[k].fn));
        out += line;
    }
    std::snprintf(line, sizeof line, "%ld sentences | entity micro-F1=%.3f macro-F1=%.3f | char macro-F1=%.3f\n", sentences_,
                  entityMicroF1(), entityMacroF1(), charMacroF1());
    out += line;
    return out;
}

} // namespace newsgraph::core::ner
