#include "OverviewWidget.h"

#include "GraphView.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>

namespace pcitopo {

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("Overview"));
    setMinimumSize(120, 80);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("The whole diagram: the frame is what the view shows; drag it to move the view"));
    m_renderLater.setSingleShot(true);
    m_renderLater.setInterval(150);
    connect(&m_renderLater, &QTimer::timeout, this, &OverviewWidget::render);
}

void OverviewWidget::setView(GraphView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_view = view;
    if (view && view->scene()) {
        m_connections << connect(view->scene(), &QGraphicsScene::changed, &m_renderLater, qOverload<>(&QTimer::start));
        m_connections << connect(view->scene(), &QGraphicsScene::sceneRectChanged, &m_renderLater,
                                 qOverload<>(&QTimer::start));
        m_connections << connect(view, &GraphView::visibleRectChanged, this, qOverload<>(&QWidget::update));
    }
    render();
}

void OverviewWidget::render()
{
    m_renderLater.stop();
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap((size() * ratio));
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(palette().color(QPalette::Base));
    QGraphicsScene *scene = m_view ? m_view->scene() : nullptr;
    if (!scene || !isVisible()) {
        m_sceneRect = QRectF();
        update();
        return;
    }
    m_sceneRect = scene->sceneRect();
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    m_scale = std::min(area.width() / m_sceneRect.width(), area.height() / m_sceneRect.height());
    m_offset = area.center() - QPointF(m_sceneRect.width(), m_sceneRect.height()) * m_scale / 2;
    QPainter painter(&m_picture);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing); // items leave it to the painter
    scene->render(&painter, sceneToWidget(m_sceneRect), m_sceneRect, Qt::KeepAspectRatio);
    update();
}

QRectF OverviewWidget::sceneToWidget(const QRectF &rect) const
{
    return QRectF(m_offset + (rect.topLeft() - m_sceneRect.topLeft()) * m_scale, rect.size() * m_scale);
}

QPointF OverviewWidget::widgetToScene(const QPointF &point) const
{
    return m_sceneRect.topLeft() + (point - m_offset) / m_scale;
}

QRectF OverviewWidget::visibleFrame() const
{
    if (!m_view || m_sceneRect.isEmpty())
        return {};
    return sceneToWidget(m_view->visibleSceneRect().intersected(m_sceneRect));
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    const QRectF frame = visibleFrame();
    if (frame.isEmpty())
        return;
    QColor highlight = palette().color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 2));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void OverviewWidget::resizeEvent(QResizeEvent *)
{
    // Once the resizing pauses: at 5000 devices a picture costs tens of milliseconds, and
    // dragging a dock's edge resizes many times a second.
    m_renderLater.start();
}

void OverviewWidget::showEvent(QShowEvent *)
{
    render(); // not drawn while hidden
}

void OverviewWidget::steer(const QPointF &point)
{
    if (m_view && !m_sceneRect.isEmpty())
        m_view->centerOn(widgetToScene(point));
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        steer(event->position());
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        steer(event->position());
}

} // namespace pcitopo
