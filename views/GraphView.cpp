#include "GraphView.h"

#include "items/NodeItem.h"

#include <QContextMenuEvent>

#include <QMouseEvent>
#include <QWheelEvent>

namespace pcitopo {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
}

void GraphView::scaleBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal next = std::clamp(current * factor, 0.05, 4.0);
    scale(next / current, next / current);
}

void GraphView::resetZoom()
{
    resetTransform();
}

void GraphView::fitToWindow()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1.0)
        resetTransform(); // fit never blows a small diagram up
}

void GraphView::reveal(const QRectF &rect)
{
    ensureVisible(rect, 40, 40);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept(); // the context menu event follows; the selection is not cleared
        return;
    }
    // Middle button, or left button on empty space with Shift: pan.
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && !itemAt(event->pos()))) {
        setDragMode(QGraphicsView::ScrollHandDrag);
        QMouseEvent press(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QGraphicsItem *item = itemAt(event->pos());
    while (item && item->type() != NodeItem::Type)
        item = item->parentItem();
    if (!item)
        return;
    if (!item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::RubberBandDrag);
}

} // namespace pcitopo
