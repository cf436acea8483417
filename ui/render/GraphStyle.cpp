#include "render/GraphStyle.h"

#include <QFontDatabase>
#include <QMutex>
#include <QMutexLocker>

#include <array>
#include <cmath>

namespace newsgraph::ui {

namespace {
constexpr double pi = 3.14159265358979;

QPainterPath polygonPath(int corners, double rotation, double innerRatio = 1.0)
{
    QPolygonF polygon;
    const int points = innerRatio < 1.0 ? corners * 2 : corners;
    for (int i = 0; i < points; ++i) {
        const double r = (innerRatio < 1.0 && i % 2 == 1) ? innerRatio : 1.0;
        const double a = rotation + 2 * pi * i / points;
        polygon << QPointF(r * std::cos(a), r * std::sin(a));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath makeShape(NodeShape shape)
{
    QPainterPath path;
    switch (shape) {
    case NodeShape::Circle:
        path.addEllipse(QPointF(0, 0), 1, 1);
        return path;
    case NodeShape::Square:
        path.addRect(QRectF(-0.88, -0.88, 1.76, 1.76));
        return path;
    case NodeShape::RoundedSquare:
        path.addRoundedRect(QRectF(-0.9, -0.9, 1.8, 1.8), 0.4, 0.4);
        return path;
    case NodeShape::Diamond:
        return polygonPath(4, -pi / 2);
    case NodeShape::Triangle:
        return polygonPath(3, -pi / 2);
    case NodeShape::InvertedTriangle:
        return polygonPath(3, pi / 2);
    case NodeShape::Hexagon:
        return polygonPath(6, 0);
    case NodeShape::Pentagon:
        return polygonPath(5, -pi / 2);
    case NodeShape::Star:
        return polygonPath(5, -pi / 2, 0.5);
    case NodeShape::Cross:
        path.addRect(QRectF(-1, -0.35, 2, 0.7));
        path.addRect(QRectF(-0.35, -1, 0.7, 2));
        return path.simplified();
    }
    return path;
}
} // namespace

QColor GraphStyle::colour(core::EntityType type)
{
    // Colour-blind-friendly palette (Okabe–Ito plus Tableau), one hue per type.
    switch (type) {
    case core::EntityType::Person: return QColor(0xE6, 0x9F, 0x00);
    case core::EntityType::Company: return QColor(0x00, 0x72, 0xB2);
    case core::EntityType::Investor: return QColor(0xD5, 0x5E, 0x00);
    case core::EntityType::Government: return QColor(0x00, 0x9E, 0x73);
    case core::EntityType::Academia: return QColor(0xCC, 0x79, 0xA7);
    case core::EntityType::Country: return QColor(0x56, 0xB4, 0xE9);
    case core::EntityType::Place: return QColor(0x8C, 0x6D, 0x31);
    case core::EntityType::Product: return QColor(0x7B, 0x4F, 0xB8);
    case core::EntityType::Media: return QColor(0x6B, 0x6B, 0x6B);
    case core::EntityType::Event: return QColor(0xC0, 0x39, 0x2B);
    }
    return Qt::gray;
}

NodeShape GraphStyle::shape(core::EntityType type)
{
    switch (type) {
    case core::EntityType::Person: return NodeShape::Circle;
    case core::EntityType::Company: return NodeShape::RoundedSquare;
    case core::EntityType::Investor: return NodeShape::Diamond;
    case core::EntityType::Government: return NodeShape::Hexagon;
    case core::EntityType::Academia: return NodeShape::Pentagon;
    case core::EntityType::Country: return NodeShape::Square;
    case core::EntityType::Place: return NodeShape::InvertedTriangle;
    case core::EntityType::Product: return NodeShape::Triangle;
    case core::EntityType::Media: return NodeShape::Cross;
    case core::EntityType::Event: return NodeShape::Star;
    }
    return NodeShape::Circle;
}

QColor GraphStyle::colour(core::RelationType type)
{
    using core::RelationType;
    switch (type) {
    case RelationType::InvestsIn: return QColor(0xD9, 0x48, 0x01);
    case RelationType::Funds: return QColor(0xF1, 0x8C, 0x1A);
    case RelationType::Acquires: return QColor(0xB2, 0x18, 0x2B);
    case RelationType::ShareholderOf: return QColor(0xE0, 0x6C, 0x75);
    case RelationType::Founded: return QColor(0x1B, 0x9E, 0x77);
    case RelationType::WorksFor: return QColor(0x4D, 0xAF, 0x4A);
    case RelationType::PartOf: return QColor(0x37, 0x7E, 0xB8);
    case RelationType::SpunOffFrom: return QColor(0x62, 0x9F, 0xD6);
    case RelationType::LocatedIn: return QColor(0x9E, 0x7B, 0x4F);
    case RelationType::OfficeIn: return QColor(0xB8, 0x9B, 0x72);
    case RelationType::Supports: return QColor(0x2C, 0xA0, 0x8E);
    case RelationType::PartnersWith: return QColor(0x98, 0x4E, 0xA3);
    case RelationType::CompetesWith: return QColor(0xE7, 0x29, 0x8A);
    case RelationType::Develops: return QColor(0x66, 0x66, 0xCC);
    case RelationType::Uses: return QColor(0x99, 0x99, 0xDD);
    case RelationType::MentionedWith: return QColor(0xA8, 0xA8, 0xA8);
    }
    return Qt::gray;
}

QString GraphStyle::label(core::EntityType type)
{
    return QString::fromUtf8(core::koreanLabel(type)) + QLatin1Char(' ') + QString::fromUtf8(core::englishLabel(type));
}

QString GraphStyle::label(core::RelationType type)
{
    return QString::fromUtf8(core::koreanLabel(type)) + QLatin1Char(' ') + QString::fromUtf8(core::englishLabel(type));
}

const QPainterPath& GraphStyle::unitShape(NodeShape shape)
{
    static const std::array<QPainterPath, 10> shapes = [] {
        std::array<QPainterPath, 10> all;
        for (int i = 0; i < 10; ++i)
            all[static_cast<std::size_t>(i)] = makeShape(static_cast<NodeShape>(i));
        return all;
    }();
    return shapes[static_cast<std::size_t>(shape)];
}

double GraphStyle::nodeRadius(double value, double largestValue)
{
    if (largestValue <= 0 || value <= 0)
        return 6;
    return 6 + 18 * std::sqrt(std::min(1.0, value / largestValue)); // area grows with the measure
}

double GraphStyle::edgeWidth(const CanvasEdge& edge)
{
    double width = 1.0 + 1.2 * std::log2(std::max(1, edge.evidenceCount));
    if (edge.amount > 0)
        width = std::max(width, 1.0 + 1.5 * std::log10(1 + edge.amount / 1e6)); // +1.5 px per tenfold above $1M
    return std::min(width, 8.0);
}

QString GraphStyle::labelFamily()
{
    static QMutex mutex;
    static QString chosen;
    QMutexLocker lock(&mutex);
    if (!chosen.isEmpty())
        return chosen;
    const QStringList families = QFontDatabase::families();
    const QString preferred = QStringLiteral("Noto Sans CJK KR");
    if (families.contains(preferred)) {
        chosen = preferred;
    } else {
        const QStringList korean = QFontDatabase::families(QFontDatabase::Korean);
        chosen = korean.isEmpty() ? QFont().family() : korean.first();
    }
    return chosen;
}

QFont GraphStyle::labelFont(double pixelSize, bool bold)
{
    QFont font(labelFamily());
    font.setFamilies({labelFamily(), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("NanumGothic")});
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // same glyph metrics on screen and in exports
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace newsgraph::ui
