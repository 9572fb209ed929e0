#pragma once

#include <QGraphicsView>

namespace pcitopo {

class NodeItem;

/** The diagram's view: Ctrl+wheel zooms around the cursor, drag on empty space pans, fit. */
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomIn() { scaleBy(1.25); }
    void zoomOut() { scaleBy(0.8); }
    void resetZoom();
    void fitToWindow();
    /** Scrolls so that the scene rect is visible (the current selection, say). */
    void reveal(const QRectF &rect);

signals:
    /** A right-click on a box (now selected, unless it already was) asks for its menu. */
    void contextMenuRequested(const QPoint &globalPos);
    /** Enter on a selected box: show its properties. */
    void propertiesRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    /** Arrows move the selection to the nearest box that way; Enter asks for the properties. */
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void scaleBy(qreal factor);
    QList<NodeItem *> boxes() const;
    NodeItem *current() const;
    void selectBox(NodeItem *box);
    bool selectNext(int step);
};

} // namespace pcitopo
