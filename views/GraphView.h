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

    /** Zooms around the selection when it is in view, else around the centre. */
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void resetZoom();
    /** Shows the whole diagram, and keeps doing so as the view is resized until zoomed by hand. */
    void fitToWindow();
    /** Zooms so that the selected boxes fill the view (a single box at a readable size). */
    void zoomToSelection();
    bool isFitting() const { return m_fitting; }
    /** Scrolls so that the scene rect is visible (the current selection, say). */
    void reveal(const QRectF &rect);
    /**
     * Brings a box to the middle of the view, zooming in first when its text would be too small
     * to read (a match Find steps to).
     */
    void focusOn(const QRectF &rect);
    /** The part of the scene the view shows. */
    QRectF visibleSceneRect() const;

signals:
    /** A right-click on a box (now selected, unless it already was) asks for its menu. */
    void contextMenuRequested(const QPoint &globalPos);
    /** Enter on a selected box: show its properties. */
    void propertiesRequested();
    /** What the view shows moved or changed its scale (for the overview). */
    void visibleRectChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    /** Arrows move the selection to the nearest box that way; Enter asks for the properties. */
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateSmoothing();
    void scaleBy(qreal factor);
    void zoomBy(qreal factor);
    void setScale(qreal scale);
    QList<NodeItem *> boxes() const;
    NodeItem *current() const;
    void selectBox(NodeItem *box);
    bool selectNext(int step);

    bool m_fitting = false; // fitted, and to be fitted again on resize
};

} // namespace pcitopo
