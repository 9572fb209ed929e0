#include "GraphView.h"

#include "items/NodeItem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
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
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    connect(this, &GraphView::visibleRectChanged, this, &GraphView::updateSmoothing);
}

void GraphView::scaleBy(qreal factor)
{
    setScale(transform().m11() * factor);
}

void GraphView::setScale(qreal scale)
{
    m_fitting = false;
    const qreal current = transform().m11();
    const qreal next = std::clamp(scale, 0.02, 4.0);
    this->scale(next / current, next / current);
    emit visibleRectChanged();
}

void GraphView::zoomBy(qreal factor)
{
    // Around the selection when it is in view: what the user is looking at stays put.
    QRectF selected;
    for (QGraphicsItem *item : scene() ? scene()->selectedItems() : QList<QGraphicsItem *>())
        selected |= item->sceneBoundingRect();
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    const QPointF centre = !selected.isEmpty() && visibleSceneRect().intersects(selected) ? selected.center()
                                                                                          : visibleSceneRect().center();
    const QPointF before = mapFromScene(centre);
    scaleBy(factor);
    // Keep the anchor where it was on screen.
    const QPointF after = mapFromScene(centre);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(after.x() - before.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(after.y() - before.y()));
    setTransformationAnchor(anchor);
}

void GraphView::resetZoom()
{
    setScale(1.0);
}

void GraphView::fitToWindow()
{
    if (!scene())
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1.0)
        resetTransform(); // fit never blows a small diagram up
    setTransformationAnchor(anchor);
    m_fitting = true;
    emit visibleRectChanged();
}

void GraphView::zoomToSelection()
{
    QRectF selected;
    for (QGraphicsItem *item : scene() ? scene()->selectedItems() : QList<QGraphicsItem *>())
        selected |= item->sceneBoundingRect();
    if (selected.isEmpty())
        return;
    const QRectF area = selected.adjusted(-60, -60, 60, 60);
    const qreal fit = std::min(viewport()->width() / area.width(), viewport()->height() / area.height());
    setScale(std::min(fit, 1.5)); // one box is not blown up beyond a comfortable size
    centerOn(selected.center());
    emit visibleRectChanged();
}

void GraphView::focusOn(const QRectF &rect)
{
    // Readable, and whole where the view is narrower than a box.
    const qreal fits = std::min(viewport()->width() * 0.9 / rect.width(), viewport()->height() * 0.9 / rect.height());
    if (transform().m11() < NodeItem::FullBelowScale || transform().m11() > fits)
        setScale(std::min(1.0, fits));
    centerOn(rect.center());
    emit visibleRectChanged();
}

QRectF GraphView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void GraphView::reveal(const QRectF &rect)
{
    ensureVisible(rect, 40, 40);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
    emit visibleRectChanged();
}

void GraphView::updateSmoothing()
{
    // Far out, thousands of boxes and links are a few pixels each: smoothing their edges costs
    // more than a frame may take and shows nothing (measured by pcitopo-bench --big-guests).
    // Every change of scale says visibleRectChanged, and repaints anyway.
    constexpr qreal SmoothFrom = 0.25;
    const bool smooth = transform().m11() >= SmoothFrom;
    if (renderHints().testFlag(QPainter::Antialiasing) != smooth)
        setRenderHint(QPainter::Antialiasing, smooth);
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleRectChanged();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() == 0)
            return;
        // Around the cursor: the point under it stays under it (whatever Qt knows of hovering).
        const QPointF cursor = event->position();
        const QPointF under = mapToScene(cursor.toPoint());
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(QGraphicsView::NoAnchor);
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        const QPointF moved = mapFromScene(under) - cursor;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
        setTransformationAnchor(anchor);
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
