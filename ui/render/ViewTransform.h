// World-to-device mapping shared by the canvas and the exporters: device = world * scale + offset.
#pragma once

#include <QPointF>
#include <QRectF>

#include <algorithm>

namespace newsgraph::ui {

struct ViewTransform {
    double scale = 1;
    QPointF offset;

    QPointF map(QPointF world) const { return world * scale + offset; }
    QPointF unmap(QPointF device) const { return (device - offset) / scale; }
    QRectF unmap(const QRectF& device) const { return {unmap(device.topLeft()), unmap(device.bottomRight())}; }

    // The transform that shows `world` centred in `device`, leaving `margin` device units free.
    static ViewTransform fitting(const QRectF& world, const QRectF& device, double margin)
    {
        ViewTransform view;
        const QRectF inner = device.adjusted(margin, margin, -margin, -margin);
        const double w = std::max(world.width(), 1e-6), h = std::max(world.height(), 1e-6);
        view.scale = std::min(inner.width() / w, inner.height() / h);
        if (!(view.scale > 0))
            view.scale = 1;
        view.offset = device.center() - world.center() * view.scale;
        return view;
    }
};

} // namespace newsgraph::ui
