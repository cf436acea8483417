// What a relation's evidence adds up to.
#include "EvidenceSummary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace newsgraph::ui {
namespace {

bool close(double a, double b)
{
    return std::abs(a - b) <= 0.02 * std::max(std::abs(a), std::abs(b)); // rounding in the text
}

// "1억달러(약 1300억원)" and "1300억원" state the same sum; a converted value counts as the amount.
bool sameAmount(const core::Amount& a, const core::Amount& b)
{
    if (a.currency == b.currency && close(a.value, b.value))
        return true;
    if (a.convertedValue && a.convertedCurrency == b.currency && close(*a.convertedValue, b.value))
        return true;
    if (b.convertedValue && b.convertedCurrency == a.currency && close(*b.convertedValue, a.value))
        return true;
    return a.convertedValue && b.convertedValue && a.convertedCurrency == b.convertedCurrency
        && close(*a.convertedValue, *b.convertedValue);
}

} // namespace

EvidenceSummary EvidenceSummary::of(const core::RelationRecord& relation, const core::GraphData& graph)
{
    EvidenceSummary summary;
    std::set<core::ArticleId> articles;
    std::set<std::string> outlets;
    std::vector<core::Amount> distinct;
    for (const auto& evidence : relation.evidence) {
        articles.insert(evidence.article);
        const auto* article = graph.article(evidence.article);
        const std::string outlet = article && !article->outlet.empty() ? article->outlet
                                                                       : "article:" + std::to_string(evidence.article);
        outlets.insert(outlet);
        if (evidence.amount) {
            const QString text = formatAmount(*evidence.amount);
            if (!summary.amounts.contains(text))
                summary.amounts.append(text);
            bool known = false;
            for (const auto& seen : distinct)
                known = known || sameAmount(seen, *evidence.amount);
            if (!known)
                distinct.push_back(*evidence.amount);
        }
        const QString date = QString::fromStdString(evidence.date);
        if (!date.isEmpty() && !summary.dates.contains(date))
            summary.dates.append(date);
    }
    summary.articles = static_cast<int>(articles.size());
    summary.outlets = static_cast<int>(outlets.size());
    summary.amountsDisagree = distinct.size() > 1;
    // "2024" and "2024-06" agree (one is more precise); "2023" and "2024" do not.
    for (const QString& a : std::as_const(summary.dates))
        for (const QString& b : std::as_const(summary.dates))
            if (!a.startsWith(b) && !b.startsWith(a))
                summary.datesDisagree = true;
    return summary;
}

QString EvidenceSummary::formatAmount(const core::Amount& amount)
{
    QString text = amount.asWritten.empty()
        ? QLocale().toString(amount.value, 'f', 0) + QLatin1Char(' ') + QString::fromStdString(amount.currency)
        : QString::fromStdString(amount.asWritten);
    if (amount.convertedValue)
        text += QStringLiteral(" (≈ %1 %2)")
                    .arg(QLocale().toString(*amount.convertedValue, 'f', 0), QString::fromStdString(amount.convertedCurrency));
    return text;
}

} // namespace newsgraph::ui
