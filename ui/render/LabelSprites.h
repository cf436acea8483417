// Screen only: per entity, its label's measured width and ready-drawn label images.
#pragma once

#include "model/GraphData.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

#include <array>

class QPainter;

namespace newsgraph::ui {

// Shaping and measuring Hangul text costs ~5 µs a label, drawing it as text with its rounded
// background ~15 µs; copying a ready image ~1 µs. Labels keep one size on screen whatever the
// zoom, so an entry made once serves every frame: panning, zooming, hovering and filtering reuse
// it. Entries are keyed by entity id and hold their text, so a renamed entity is measured and drawn
// afresh; a new font scale or pixel ratio starts the cache again. Exports never use it: their
// labels stay text (SVG, PDF) and are drawn by paintLabel directly.
class LabelSprites
{
public:
    // The label look shared with exports: rounded translucent background, dark text (both fainter
    // when `faded`), text inset 3 units left and 1 unit top; `ascent` is the font's.
    static void paintLabel(QPainter& painter, const QRectF& box, const QString& text, const QFont& font,
                           double ascent, bool faded, double uiScale);

    // The font scale (export dpi / 96, 1 on screen) and device pixel ratio entries are made for.
    void setScale(double uiScale, double pixelRatio);
    // The box width for `text`: its advance in the label font plus padding. Measured once per entity and
    // weight.
    double width(core::EntityId id, const QString& text, bool bold);
    // The label drawn into a box of `box` size (top-left at 0,0); devicePixelRatio set. Valid until the next
    // call.
    const QImage& sprite(core::EntityId id, const QString& text, bool bold, bool faded, QSizeF box);

    int entryCount() const { return static_cast<int>(entries_.size()); }
    qsizetype spriteBytes() const { return bytes_; }
    void clear();

    // Bounds: all images are dropped past this many bytes, all entries past this many entities
    // (a long pan across a 100k-entity graph); either costs one slower frame.
    static constexpr qsizetype capacityBytes = 32 << 20;
    static constexpr qsizetype capacityEntries = 50'000;

private:
    struct Entry
    {
        QString text;
        std::array<double, 2> width{-1, -1}; // by bold
        std::array<QImage, 4> images;        // by bold * 2 + faded
    };
    Entry& entry(core::EntityId id, const QString& text);

    QHash<core::EntityId, Entry> entries_;
    std::array<QFont, 2> fonts_;
    double uiScale_ = 0, pixelRatio_ = 0;
    qsizetype bytes_ = 0;
};

} // namespace newsgraph::ui
