// Filter page: minimum amount (USD), mentions and degree; hide isolated nodes; verified relations only.
#pragma once

#include "FilterEdit.h"

#include "graph/GraphFilter.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace newsgraph::ui {

class ThresholdFilterPage : public QWidget
{
    Q_OBJECT

public:
    explicit ThresholdFilterPage(QWidget* parent = nullptr);

    void readFrom(const core::GraphFilter& filter);
    void writeTo(core::GraphFilter& filter) const;

signals:
    void edited(newsgraph::ui::FilterEdit edit);

private:
    QDoubleSpinBox* minAmount_;
    QSpinBox* minMentions_;
    QSpinBox* minDegree_;
    QCheckBox* hideIsolated_;
    QCheckBox* verifiedOnly_;
};

} // namespace newsgraph::ui
