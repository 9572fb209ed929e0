#include "NodeItem.h"

#include <QHash>
#include <QSvgRenderer>

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace pcitopo {

NodeItem::NodeItem(NodeId id, Kind kind, const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_node(id)
    , m_kind(kind)
    , m_rect(rect)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

// Every setter repaints only on a change: the diagram sets them all again after each edit,
// and only the boxes that changed are painted again.
void NodeItem::setPalette(int palette)
{
    if (m_palette == palette)
        return;
    m_palette = palette;
    update();
}

void NodeItem::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    update();
}

void NodeItem::setRect(const QRectF &rect)
{
    if (m_rect == rect)
        return;
    prepareGeometryChange();
    if (m_rect.size() != rect.size()) {
        m_drawn.clear();
        m_titlePoints = 0;
    }
    m_rect = rect;
}

void NodeItem::setIconPath(const QString &path)
{
    if (m_iconPath == path)
        return;
    m_iconPath = path;
    m_drawn.clear();
    update();
}

void NodeItem::setLines(const QStringList &lines)
{
    if (m_lines == lines)
        return;
    m_lines = lines;
    m_drawn.clear();
    m_titlePoints = 0;
    update();
}

void NodeItem::setSeverity(std::optional<Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    update();
}

void NodeItem::setHiddenCount(int hidden)
{
    if (m_hidden == hidden)
        return;
    m_hidden = hidden;
    update();
}

QRectF NodeItem::badgeRect(qreal lod) const
{
    // At least 16 px tall on screen: it is something to click.
    const qreal height = std::max(20.0, 16 / std::max(lod, 0.01));
    const qreal width = height * 1.9;
    return QRectF(m_rect.right() - width / 2, m_rect.center().y() - height / 2, width, height);
}

void NodeItem::paintBadge(QPainter *painter, qreal lod)
{
    const QRectF badge = badgeRect(lod);
    m_badgeLod = lod;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, badge.height() / 14));
    painter->setBrush(QColor(0x5b, 0x7d, 0xb1));
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    QFont font; // not the painter's: the view leaves the last item's font on it
    font.setBold(true);
    font.setPointSizeF(badge.height() * 0.42);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("+%1").arg(m_hidden));
    painter->restore();
}

void NodeItem::setGroup(int group)
{
    if (m_group == group)
        return;
    m_group = group;
    update();
}

QColor NodeItem::groupColor(int group)
{
    // Distinct hues, the same for the same group in every diagram.
    return QColor::fromHsv((group * 67) % 360, 160, 200);
}

void NodeItem::setDropState(DropState state)
{
    if (m_dropState == state)
        return;
    m_dropState = state;
    update();
}

QRectF NodeItem::boundingRect() const
{
    // A collapsed box's badge sticks out on the right; how far depends on the zoom (it keeps a
    // clickable size), so the room is for the smallest zoom that draws it.
    if (m_hidden > 0)
        return m_rect.adjusted(-4, -4, 4, 4).united(badgeRect(0.1));
    return m_rect.adjusted(-4, -4, 4, 4);
}

QColor NodeItem::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::LibvirtError: return QColor(0xc6, 0x28, 0x28);
    case Severity::QemuError: return QColor(0xe6, 0x51, 0x00);
    case Severity::Warning: return QColor(0xf9, 0xa8, 0x25);
    case Severity::Info: return QColor(0x42, 0x85, 0xf4);
    }
    return Qt::gray;
}

NodeItem::Colors NodeItem::colors(int palette)
{
    switch (palette) {
    case 1: // dark
        return {QColor(0x27, 0x3a, 0x52), QColor(0x2b, 0x2b, 0x2b), QColor(0x38, 0x38, 0x38), QColor(0xee, 0xee, 0xee),
                QColor(0xb0, 0xb0, 0xb0), QColor(0x80, 0x80, 0x80), QColor(0x6f, 0x9b, 0xd8)};
    case 2: // print: no fills that waste ink, strong lines
        return {Qt::white, Qt::white, Qt::white, Qt::black, QColor(0x33, 0x33, 0x33), Qt::black, Qt::black};
    default:
        return {QColor(0xe3, 0xec, 0xf7), Qt::white,
                QColor(0xee, 0xee, 0xee), QColor(0x1a, 0x1a, 0x1a),
                QColor(0x55, 0x55, 0x55), QColor(0x90, 0x90, 0x90),
                QColor(0x5b, 0x7d, 0xb1)};
    }
}

QSvgRenderer *NodeItem::iconRenderer(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    static QHash<QString, QSvgRenderer *> renderers; // the few kind icons, for the process
    auto it = renderers.find(path);
    if (it == renderers.end())
        it = renderers.insert(path, new QSvgRenderer(path));
    return (*it)->isValid() ? *it : nullptr;
}

void NodeItem::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    setToolTip(pending ? tr("Unplug pending: the guest has been asked to release this device and has not yet.")
                       : m_layerNote);
    update();
}

void NodeItem::setLayerNote(const QString &note)
{
    if (note == m_layerNote)
        return;
    m_layerNote = note;
    if (!m_pending)
        setToolTip(note);
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const Colors c = colors(m_palette);
    QColor fill;
    switch (m_kind) {
    case Kind::Controller: fill = c.controller; break;
    case Kind::Device: fill = c.device; break;
    case Kind::Unconnected:
    case Kind::EmptySlot: fill = c.unconnected; break;
    }
    QPen border(m_kind == Kind::Controller ? c.controllerBorder : c.border, m_palette == 2 ? 1.5 : 1.2);
    if (m_kind == Kind::Unconnected || m_kind == Kind::EmptySlot)
        border.setStyle(Qt::DashLine);
    if (option->state & QStyle::State_Selected)
        border = QPen(palette.color(QPalette::Highlight), 2.5);
    if (m_pending)
        border = QPen(pendingColor(), 2.5, Qt::DashLine);
    if (m_dropState == DropState::Allowed)
        border = QPen(QColor(0x2e, 0x7d, 0x32), 3);
    else if (m_dropState == DropState::Warned)
        border = QPen(QColor(0xe6, 0x8a, 0x00), 3);
    else if (m_dropState == DropState::Refused)
        border = QPen(QColor(0xc6, 0x28, 0x28), 3);
    const qreal lod = FullDetail::active()
        ? std::max<qreal>(1, QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()))
        : QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod * m_rect.height() < BlockBelowPixels) {
        // A box a few pixels tall, in a zoomed-out diagram of thousands: its colour, its group
        // and its mark, without the cost of smoothed round corners nobody could see.
        // The view draws without saving the painter's state around each item: put it back.
        const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(m_rect, fill);
        border.setCosmetic(true); // one pixel, not a scaled stroke to compute
        border.setWidthF(border.style() == Qt::SolidLine && border.widthF() < 2 ? 0 : 2);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect);
        if (m_group >= 0)
            painter->fillRect(QRectF(m_rect.left() + 1.5, m_rect.top() + 1.5, 5, m_rect.height() - 3),
                              groupColor(m_group));
        if (m_severity && *m_severity > Severity::Info)
            painter->fillRect(QRectF(m_rect.right() - 15.5, m_rect.top() + 4.5, 11, 11), severityColor(*m_severity));
        if (m_hidden > 0)
            paintBadge(painter, lod);
        if (m_pending)
            painter->fillRect(m_rect, QBrush(pendingColor(), Qt::BDiagPattern));
        painter->setRenderHint(QPainter::Antialiasing, smooth);
        return;
    }
    // Smoothed as the view or the export asks (the view stops smoothing far out).
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 6, 6);
    if (!m_layerNote.isEmpty()) { // differs from the next boot: a dotted ring around the box
        painter->setPen(QPen(layerColor(), 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), 8, 8); // inside boundingRect()
    }
    if (m_pending) { // hatched: still there, on its way out
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(pendingColor(), Qt::BDiagPattern));
        painter->drawRoundedRect(m_rect, 6, 6);
    }

    // IOMMU group: a stripe along the left edge, one colour per group.
    if (m_group >= 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(groupColor(m_group));
        painter->drawRoundedRect(QRectF(m_rect.left() + 1.5, m_rect.top() + 1.5, 5, m_rect.height() - 3), 2, 2);
    }

    // Severity mark: a filled circle in the top-right corner.
    if (m_severity && *m_severity > Severity::Info) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(severityColor(*m_severity));
        painter->drawEllipse(QPointF(m_rect.right() - 10, m_rect.top() + 10), 5.5, 5.5);
    }

    if (m_hidden > 0)
        paintBadge(painter, lod);
    const QRectF text = m_rect.adjusted(8, 4, -20, -4);
    const qreal lineHeight = text.height() / 3;
    if (lod < FullBelowScale) {
        // Zoomed out, the second and third lines would be too small to read: the title alone,
        // in a size that stays readable on screen (as far as the box's height allows).
        // A title too long for the box is made smaller before it is cut, down to 9 px.
        constexpr qreal MinPixels = 9, MaxPixels = 13;
        const qreal pixels = std::clamp(lod * m_rect.height() * 0.5, MinPixels, MaxPixels); // on screen
        const int dpi = painter->device()->logicalDpiY();
        const qreal points = pixels / lod * 72.0 / dpi; // in the scene's units
        if (std::abs(points - m_titlePoints) > m_titlePoints * 0.03 || m_titleDpi != dpi) {
            QFont font; // not the painter's: the view leaves the last item's font on it
            font.setBold(true);
            font.setPointSizeF(points);
            const qreal room = m_rect.width() - 30;
            const qreal smallest = points * MinPixels / pixels;
            // Glyph widths do not scale exactly with the size (hinting): measured again each step.
            for (int step = 0; step < 4; ++step) {
                const qreal width = QFontMetricsF(font, painter->device()).horizontalAdvance(m_lines.value(0));
                if (width <= room || font.pointSizeF() <= smallest)
                    break;
                font.setPointSizeF(std::max(font.pointSizeF() * room / width * 0.98, smallest));
            }
            const QFontMetricsF metrics(font, painter->device());
            // Cut in the middle: "pcie-root-port #12" stays told apart from "#13".
            m_title = QStaticText(metrics.elidedText(m_lines.value(0), Qt::ElideMiddle, room));
            m_title.setTextFormat(Qt::PlainText);
            m_titleFont = font;
            m_titlePoints = points;
            m_titleDpi = dpi;
            m_titleOffset = QPointF(10, (m_rect.height() - metrics.height()) / 2);
        }
        painter->setFont(m_titleFont);
        painter->setPen(c.text);
        painter->drawStaticText(m_rect.topLeft() + m_titleOffset, m_title);
        return;
    }
    // The kind's icon, as vectors (sharp at any zoom, and vectors again in an SVG export).
    qreal indent = 0;
    if (QSvgRenderer *icon = iconRenderer(m_iconPath)) {
        constexpr qreal size = 13;
        icon->render(painter, QRectF(text.left(), text.top() + (lineHeight - size) / 2, size, size));
        indent = size + 4;
    }
    if (m_drawn.isEmpty() || m_drawnDpi != painter->device()->logicalDpiY())
        layOutLines(painter, indent);
    QFont font; // not the painter's: the view leaves the last item's font on it
    for (int i = 0; i < m_drawn.size(); ++i) {
        font.setBold(i == 0);
        font.setPointSizeF(i == 0 ? 9.5 : 8.5);
        painter->setFont(font);
        painter->setPen(i == 0 ? c.text : c.secondaryText);
        painter->drawStaticText(m_rect.topLeft() + m_drawn[i].at, m_drawn[i].text);
    }
}

void NodeItem::layOutLines(QPainter *painter, qreal indent)
{
    // Elided with the metrics of the device painted on (a screen and an SVG file differ).
    m_drawn.clear();
    m_drawnDpi = painter->device()->logicalDpiY();
    const QRectF text = m_rect.adjusted(8, 4, -20, -4);
    const qreal lineHeight = text.height() / 3;
    QFont font; // not the painter's: the view leaves the last item's font on it
    for (int i = 0; i < m_lines.size() && i < 3; ++i) {
        font.setBold(i == 0);
        font.setPointSizeF(i == 0 ? 9.5 : 8.5);
        const QFontMetricsF metrics(font, painter->device());
        const qreal left = i == 0 ? indent : 0;
        const qreal width = text.width() + (i == 0 ? 0 : 12) - left;
        QStaticText line(metrics.elidedText(m_lines[i], Qt::ElideRight, width));
        line.setTextFormat(Qt::PlainText);
        line.setPerformanceHint(QStaticText::AggressiveCaching);
        // Vertically centred in its third of the box, as AlignVCenter would; kept relative to the
        // box, so that a box that only moves keeps its laid-out lines.
        const QPointF at(text.left() + left - m_rect.left(),
                         text.top() + i * lineHeight + (lineHeight - metrics.height()) / 2 - m_rect.top());
        m_drawn.append({line, at});
    }
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_hidden > 0 && event->button() == Qt::LeftButton && badgeRect(m_badgeLod).contains(event->pos())) {
        event->accept();
        emit expandRequested(m_node);
        return;
    }
    QGraphicsObject::mousePressEvent(event);
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->screenPos();
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pressed && (event->screenPos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressed = false;
        emit dragStarted(this, event->modifiers());
        return;
    }
    QGraphicsObject::mouseMoveEvent(event);
}

} // namespace pcitopo
