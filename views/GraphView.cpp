#include "GraphView.h"

#include "items/NodeItem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

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

bool GraphView::focusNextPrevChild(bool next)
{
    // Tab steps through the boxes (top to bottom, left to right) instead of leaving the view.
    return selectNext(next ? 1 : -1) || QGraphicsView::focusNextPrevChild(next);
}

QList<NodeItem *> GraphView::boxes() const
{
    QList<NodeItem *> found;
    if (!scene())
        return found;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->type() == NodeItem::Type && item->isVisible())
            found.append(static_cast<NodeItem *>(item));
    }
    return found;
}

NodeItem *GraphView::current() const
{
    for (QGraphicsItem *item : scene() ? scene()->selectedItems() : QList<QGraphicsItem *>()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void GraphView::selectBox(NodeItem *box)
{
    scene()->clearSelection();
    box->setSelected(true);
    ensureVisible(box, 40, 40);
}

bool GraphView::selectNext(int step)
{
    QList<NodeItem *> all = boxes();
    if (all.isEmpty())
        return false;
    std::sort(all.begin(), all.end(), [](const NodeItem *a, const NodeItem *b) {
        const QPointF pa = a->sceneBoundingRect().topLeft(), pb = b->sceneBoundingRect().topLeft();
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    const qsizetype at = all.indexOf(current());
    selectBox(all[(at < 0 ? (step > 0 ? 0 : all.size() - 1) : (at + step + all.size()) % all.size())]);
    return true;
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const QPointF direction = event->key() == Qt::Key_Left ? QPointF(-1, 0)
        : event->key() == Qt::Key_Right                    ? QPointF(1, 0)
        : event->key() == Qt::Key_Up                       ? QPointF(0, -1)
        : event->key() == Qt::Key_Down                     ? QPointF(0, 1)
                                                           : QPointF();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current()) {
        emit propertiesRequested();
        event->accept();
        return;
    }
    if (direction.isNull() || event->modifiers() != Qt::NoModifier) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
    NodeItem *from = current();
    if (!from) {
        selectNext(1);
        return;
    }
    // The nearest box whose centre lies that way (within 60° of it), by distance, with a
    // penalty for straying sideways so that Down keeps to a column.
    const QPointF origin = from->sceneBoundingRect().center();
    NodeItem *best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (NodeItem *box : boxes()) {
        if (box == from)
            continue;
        const QPointF d = box->sceneBoundingRect().center() - origin;
        const qreal along = d.x() * direction.x() + d.y() * direction.y();
        const qreal across = std::abs(d.x() * direction.y() - d.y() * direction.x());
        if (along <= 0 || across > along * 1.8)
            continue;
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = box;
        }
    }
    if (best)
        selectBox(best);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::RubberBandDrag);
}

} // namespace pcitopo
