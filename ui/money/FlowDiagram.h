// A small Sankey-style view of money flows: payers on the left, recipients on the right, bands as wide as USD.
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace newsgraph::ui {

struct FlowBand {
    QString from;
    QString to;
    double usd = 0;
};

class FlowDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit FlowDiagram(QWidget* parent = nullptr);

    // Bands with the same ends are merged; bands without a positive amount are left out.
    void setBands(const std::vector<FlowBand>& bands);
    const std::vector<FlowBand>& bands() const { return bands_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<FlowBand> bands_;
};

} // namespace newsgraph::ui
