// Filter page: thresholds and switches.
#include "ThresholdFilterPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace newsgraph::ui {
namespace {

constexpr double million = 1'000'000.0;

QSpinBox* makeCountBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 100000);
    box->setSpecialValueText(ThresholdFilterPage::tr("Any"));
    return box;
}

} // namespace

ThresholdFilterPage::ThresholdFilterPage(QWidget* parent)
    : QWidget(parent), minAmount_(new QDoubleSpinBox(this)),
      minMentions_(makeCountBox(QStringLiteral("minMentions"), this)),
      minDegree_(makeCountBox(QStringLiteral("minDegree"), this)),
      hideIsolated_(new QCheckBox(tr("Hide entities without relations"), this)),
      verifiedOnly_(new QCheckBox(tr("Verified relations only"), this))
{
    minAmount_->setObjectName(QStringLiteral("minAmount"));
    minAmount_->setRange(0, 1'000'000);
    minAmount_->setDecimals(1);
    minAmount_->setSuffix(tr(" M USD"));
    minAmount_->setSpecialValueText(tr("Any"));
    minAmount_->setToolTip(tr("Hide money relations below this amount (converted to US dollars)"));
    hideIsolated_->setObjectName(QStringLiteral("hideIsolated"));
    verifiedOnly_->setObjectName(QStringLiteral("verifiedOnly"));

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Minimum amount"), minAmount_);
    layout->addRow(tr("Minimum mentions"), minMentions_);
    layout->addRow(tr("Minimum relations"), minDegree_);
    layout->addRow(hideIsolated_);
    layout->addRow(verifiedOnly_);

    connect(minAmount_, &QDoubleSpinBox::valueChanged, this, [this] { emit edited(FilterEdit::MinAmount); });
    connect(minMentions_, &QSpinBox::valueChanged, this, [this] { emit edited(FilterEdit::MinMentions); });
    connect(minDegree_, &QSpinBox::valueChanged, this, [this] { emit edited(FilterEdit::MinDegree); });
    connect(hideIsolated_, &QCheckBox::toggled, this, [this] { emit edited(FilterEdit::Toggle); });
    connect(verifiedOnly_, &QCheckBox::toggled, this, [this] { emit edited(FilterEdit::Toggle); });
}

void ThresholdFilterPage::readFrom(const core::GraphFilter& filter)
{
    const QSignalBlocker blockAmount(minAmount_);
    const QSignalBlocker blockMentions(minMentions_);
    const QSignalBlocker blockDegree(minDegree_);
    const QSignalBlocker blockIsolated(hideIsolated_);
    const QSignalBlocker blockVerified(verifiedOnly_);
    minAmount_->setValue(filter.minAmountUsd / million);
    minMentions_->setValue(filter.minMentions);
    minDegree_->setValue(filter.minDegree);
    hideIsolated_->setChecked(filter.hideIsolated);
    verifiedOnly_->setChecked(filter.verifiedOnly);
}

void ThresholdFilterPage::writeTo(core::GraphFilter& filter) const
{
    filter.minAmountUsd = minAmount_->value() * million;
    filter.minMentions = minMentions_->value();
    filter.minDegree = minDegree_->value();
    filter.hideIsolated = hideIsolated_->isChecked();
    filter.verifiedOnly = verifiedOnly_->isChecked();
}

} // namespace newsgraph::ui
