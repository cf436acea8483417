// The time bar: a slider over the graph's event months, an "as of" label, and Play to watch the graph grow.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace newsgraph::ui {

class GraphDocument;
class GraphLens;

// The last slider position means "all dates" (no time restriction), so the slider's resting
// state leaves the graph as the filter shows it. Play steps on a timer, one month per tick,
// so the event loop (and the layout) keep running between months.
class TimeSlider : public QWidget
{
    Q_OBJECT

public:
    TimeSlider(GraphDocument* document, GraphLens* lens, QWidget* parent = nullptr);

    const QStringList& months() const { return months_; }
    // Shows the graph as of months()[index]; index == months().size() shows all dates.
    void setMonthIndex(int index);
    int monthIndex() const;
    QString asOfText() const;
    void play();
    void stop();
    bool isPlaying() const;
    void setStepInterval(int milliseconds);

private:
    void reloadMonths();
    void step();
    void showMonth(int index);

    GraphDocument* document_;
    GraphLens* lens_;
    QToolButton* playButton_;
    QSlider* slider_;
    QLabel* label_;
    QTimer* timer_;
    QStringList months_;
};

} // namespace newsgraph::ui
