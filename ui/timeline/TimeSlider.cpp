// The time bar.
#include "TimeSlider.h"

#include "analysis/Timeline.h"
#include "document/GraphDocument.h"
#include "paths/GraphLens.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace newsgraph::ui {

TimeSlider::TimeSlider(GraphDocument* document, GraphLens* lens, QWidget* parent)
    : QWidget(parent), document_(document), lens_(lens), playButton_(new QToolButton(this)),
      slider_(new QSlider(Qt::Horizontal, this)), label_(new QLabel(this)), timer_(new QTimer(this))
{
    setObjectName(QStringLiteral("timeSlider"));
    playButton_->setObjectName(QStringLiteral("timePlayButton"));
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setToolTip(tr("Play: grow the graph month by month"));
    slider_->setTickPosition(QSlider::TicksBelow);
    slider_->setPageStep(1);
    label_->setMinimumWidth(160);
    timer_->setInterval(700);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(playButton_);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);

    connect(slider_, &QSlider::valueChanged, this, &TimeSlider::showMonth);
    connect(playButton_, &QToolButton::clicked, this, [this] { isPlaying() ? stop() : play(); });
    connect(timer_, &QTimer::timeout, this, &TimeSlider::step);
    connect(document_, &GraphDocument::graphLoaded, this, &TimeSlider::reloadMonths);
    reloadMonths();
}

void TimeSlider::reloadMonths()
{
    stop();
    months_.clear();
    for (const auto& month : core::timelineMonths(document_->graph()))
        months_ << QString::fromStdString(month);
    const QSignalBlocker blocker(slider_);
    slider_->setRange(0, static_cast<int>(months_.size()));
    slider_->setValue(static_cast<int>(months_.size()));
    setEnabled(!months_.isEmpty());
    showMonth(slider_->value());
}

void TimeSlider::setMonthIndex(int index)
{
    slider_->setValue(index);
}

int TimeSlider::monthIndex() const
{
    return slider_->value();
}

QString TimeSlider::asOfText() const
{
    return label_->text();
}

void TimeSlider::showMonth(int index)
{
    const bool all = index < 0 || index >= months_.size();
    label_->setText(all ? tr("All dates") : tr("As of %1").arg(months_[index]));
    lens_->setAsOf(all ? QString() : months_[index]);
}

void TimeSlider::play()
{
    if (months_.isEmpty())
        return;
    if (slider_->value() >= months_.size())
        slider_->setValue(0); // from the start when resting at "all dates"
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    timer_->start();
}

void TimeSlider::stop()
{
    timer_->stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

bool TimeSlider::isPlaying() const
{
    return timer_->isActive();
}

void TimeSlider::setStepInterval(int milliseconds)
{
    timer_->setInterval(milliseconds);
}

void TimeSlider::step()
{
    const int next = slider_->value() + 1;
    slider_->setValue(next);
    if (next >= months_.size())
        stop();
}

} // namespace newsgraph::ui
