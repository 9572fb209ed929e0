#pragma once

#include <QMetaObject>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace pcitopo {

class GraphView;

/**
 * The whole diagram in small, with the part the diagram's view shows framed: a press or a
 * drag there moves the view. The diagram is drawn into a picture when it changes (a moment
 * after, so that a burst of changes draws once); scrolling only moves the frame.
 */
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(QWidget *parent = nullptr);

    /** The view to follow and steer; null for none. */
    void setView(GraphView *view);
    QSize sizeHint() const override { return {260, 170}; }
    /** The frame of the view's visible part, in this widget's coordinates. */
    QRectF visibleFrame() const;
    /** Draws the scene into the picture now (after a change it waits a moment; the bench times this). */
    void render();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF sceneToWidget(const QRectF &rect) const;
    QPointF widgetToScene(const QPointF &point) const;
    void steer(const QPointF &point);

    QPointer<GraphView> m_view;
    QList<QMetaObject::Connection> m_connections;
    QPixmap m_picture;
    QRectF m_sceneRect; // what the picture shows
    qreal m_scale = 1;
    QPointF m_offset;
    QTimer m_renderLater;
};

} // namespace pcitopo
