// What a relation's evidence adds up to: independent outlets, amounts and dates, and whether they disagree.
#pragma once

#include "model/GraphData.h"

#include <QString>
#include <QStringList>

namespace newsgraph::ui {

struct EvidenceSummary {
    int articles = 0;
    int outlets = 0;        // distinct outlets (an article without a known outlet counts as its own)
    QStringList amounts;    // distinct amounts as written
    QStringList dates;      // distinct event dates
    bool amountsDisagree = false; // two different values for one relation
    bool datesDisagree = false;

    static EvidenceSummary of(const core::RelationRecord& relation, const core::GraphData& graph);
    // "약 1억달러 (≈ 1300억원)"
    static QString formatAmount(const core::Amount& amount);
};

} // namespace newsgraph::ui
