#pragma once

#include "FullDetail.h"
#include "NodeId.h"
#include "rules/Diagnostic.h"

#include <QGraphicsObject>
#include <QStaticText>

#include <optional>

class QSvgRenderer;

namespace pcitopo {

/** A controller or device box of the diagram. Painting only: the scene owns the logic. */
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    enum class Kind { Controller, Device, Unconnected, EmptySlot };
    /** Colours of a palette (light, dark, print). */
    struct Colors
    {
        QColor controller, device, unconnected, text, secondaryText, border, controllerBorder;
    };
    static Colors colors(int palette);
    void setPalette(int palette);
    /** Drop preview: legal (green), legal but a guideline it breaks (amber), refused (red). */
    enum class DropState { None, Allowed, Warned, Refused };

    NodeItem(NodeId id, Kind kind, const QRectF &rect, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    NodeId node() const { return m_node; }
    Kind kind() const { return m_kind; }
    /** The diagram keeps an item across edits: its kind and place follow the node. */
    void setKind(Kind kind);
    QRectF rect() const { return m_rect; }
    void setRect(const QRectF &rect);
    int busIndex() const { return m_bus; }
    void setBusIndex(int bus) { m_bus = bus; }

    /** Up to three lines: title, model and class, addresses. */
    void setLines(const QStringList &lines);
    /** The kind's icon (an SVG resource), drawn as vectors before the first line. */
    void setIconPath(const QString &path);
    /** A shared renderer for an icon path, null when there is none. */
    static QSvgRenderer *iconRenderer(const QString &path);
    void setSeverity(std::optional<Severity> severity);
    std::optional<Severity> severity() const { return m_severity; }
    /** An IOMMU group (host PE) to draw as a coloured stripe; -1 for none. */
    void setGroup(int group);
    int group() const { return m_group; }
    static QColor groupColor(int group);
    /** A collapsed controller: how many nodes below it are not drawn (a "+31" badge); 0 for none. */
    void setHiddenCount(int hidden);
    int hiddenCount() const { return m_hidden; }
    void setDropState(DropState state);
    DropState dropState() const { return m_dropState; }
    /** A device a running guest was asked to release and has not yet: hatched, dashed amber. */
    void setPending(bool pending);
    bool isPending() const { return m_pending; }
    static QColor pendingColor() { return QColor(0xe6, 0x8a, 0x00); }
    /**
     * Where a running guest's live topology differs from its next boot's definition: a dotted
     * outline around the box, and `note` ("only now", …) as its tooltip; "" for none.
     */
    void setLayerNote(const QString &note);
    QString layerNote() const { return m_layerNote; }
    static QColor layerColor() { return QColor(0x00, 0x89, 0x7b); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor severityColor(Severity severity);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;

signals:
    /** The user started dragging this item (past the drag distance). */
    /** A drag began on this box; Alt in `modifiers` asks for this function alone. */
    void dragStarted(pcitopo::NodeItem *item, Qt::KeyboardModifiers modifiers);
    /** A click on the "+31" badge of a collapsed controller. */
    void expandRequested(pcitopo::NodeId node);

public:
    // Level of detail: a box under this many pixels tall is a coloured block; under this scale
    // it shows its title alone, in a size readable on screen; above, all three lines.
    static constexpr qreal BlockBelowPixels = 10;
    static constexpr qreal FullBelowScale = 0.72;

private:
    /** The lines as drawn: elided to the box and laid out once, not at every paint. */
    struct DrawnLine
    {
        QStaticText text;
        QPointF at; // from the box's top left
    };
    void layOutLines(QPainter *painter, qreal indent);
    QRectF badgeRect(qreal lod) const;
    void paintBadge(QPainter *painter, qreal lod);

    NodeId m_node;
    Kind m_kind;
    QRectF m_rect;
    int m_bus = -1;
    QStringList m_lines;
    QString m_iconPath;
    std::optional<Severity> m_severity;
    DropState m_dropState = DropState::None;
    bool m_pending = false;
    QString m_layerNote;
    int m_group = -1;
    int m_palette = 0;
    QList<DrawnLine> m_drawn;
    int m_drawnDpi = 0; // the paint device's resolution the lines were laid out for
    // The title alone, as drawn zoomed out (for the size it was laid out in).
    QStaticText m_title;
    QFont m_titleFont;
    QPointF m_titleOffset;
    qreal m_titlePoints = 0;
    int m_titleDpi = 0;
    int m_hidden = 0;
    qreal m_badgeLod = 1; // the zoom the badge was last drawn at: where a click finds it
    QPointF m_pressPos;
    bool m_pressed = false;
};

} // namespace pcitopo
