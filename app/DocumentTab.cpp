#include "DocumentTab.h"

#include "DiagnosticsModel.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveChecker.h"
#include "NodeSelection.h"
#include "TopologyTreeModel.h"
#include "items/NodeItem.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTextStream>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

/**
 * A change made to a running guest, on a live tab's undo stack: pushing it does nothing (it is
 * done), undoing it starts the inverse live operation and redoing it the operation again. Both
 * run once the stack has finished, after the tab has put its history back as it was: nothing is
 * undone until the guest has changed and the tab is read again.
 */
class LiveStepCommand : public QUndoCommand
{
public:
    LiveStepCommand(const DocumentTab::LiveStep &step, DocumentTab *tab)
        : QUndoCommand(step.text)
        , m_step(step)
        , m_tab(tab)
    { }
    void undo() override { later(m_step.undo); }
    void redo() override
    {
        if (std::exchange(m_pushed, false))
            return;
        later(m_step.redo);
    }

private:
    void later(const std::function<void()> &action)
    {
        QTimer::singleShot(0, m_tab, [tab = m_tab, action] {
            tab->setLiveHistory(tab->liveHistory());
            if (action)
                action();
        });
    }
    DocumentTab::LiveStep m_step;
    QPointer<DocumentTab> m_tab;
    bool m_pushed = true;
};

} // namespace

DocumentTab::DocumentTab(std::unique_ptr<DomainDocument> document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_treeModel(new TopologyTreeModel(this))
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(this))
    , m_checker(new LiveChecker(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_selection(new NodeSelection(m_document.get(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setScene(m_scene);
    m_treeModel->setDocument(m_document.get());
    m_scene->setDocument(m_document.get());
    connect(m_checker, &LiveChecker::checked, this, [this](const QList<Diagnostic> &diagnostics) {
        m_diagnostics->setDiagnostics(diagnostics);
        m_scene->setDiagnostics(diagnostics);
    });
    m_checker->setDocument(m_document.get());
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &DocumentTab::titleChanged);
    // Collapsing changes the diagram's extent: a fitted view fits it again.
    connect(m_scene, &GraphScene::collapsedChanged, m_view, [this] {
        if (m_view->isFitting())
            m_view->fitToWindow();
    });
    connect(m_scene, &GraphScene::nodesSelected, m_selection,
            [this](const QList<NodeId> &nodes) { m_selection->select(nodes, m_scene); });
    connect(m_selection, &NodeSelection::changed, this, [this](const QList<NodeId> &nodes, const QObject *origin) {
        if (origin == m_scene)
            return;
        m_scene->expandToShow(nodes); // what the tree or Find picks is never hidden in a collapsed subtree
        m_scene->selectNodes(nodes);
        if (!nodes.isEmpty())
            if (NodeItem *item = m_scene->itemFor(nodes.first()))
                m_view->reveal(item->sceneBoundingRect());
    });
}

DocumentTab::~DocumentTab()
{
    // Views let go of the document before it goes.
    m_treeModel->setDocument(nullptr);
    m_scene->setDocument(nullptr);
    m_checker->setDocument(nullptr);
}

void DocumentTab::setLibvirtOrigin(LibvirtSession *session, const QString &domain, const QByteArray &baseline)
{
    m_session = session;
    m_domain = domain;
    m_baseline = baseline;
}

void DocumentTab::setHostFacts(const HostFacts &facts)
{
    m_checker->setHostFacts(facts);
    m_scene->setHostFacts(facts);
    emit hostFactsChanged();
}

void DocumentTab::printNodeGeometry() const
{
    QTextStream out(stdout);
    auto print = [&](NodeId id, const QString &label) {
        if (const NodeItem *item = m_scene->itemFor(id)) {
            const QPoint p = m_view->viewport()->mapToGlobal(m_view->mapFromScene(item->sceneBoundingRect().center()));
            out << "node\t" << label << '\t' << p.x() << '\t' << p.y() << '\n';
        }
    };
    // The window and the screen's free area, to check that the window fits.
    const QWidget *window = this->window();
    const QRect frame = window->frameGeometry();
    const QRect available = window->screen()->availableGeometry();
    out << "window\t" << frame.x() << '\t' << frame.y() << '\t' << frame.width() << '\t' << frame.height() << '\n';
    out << "screen\t" << available.x() << '\t' << available.y() << '\t' << available.width() << '\t'
        << available.height() << '\n';
    for (const Controller &c : m_document->topology().controllers())
        print(c.id, c.label());
    for (const Device &d : m_document->topology().devices())
        print(d.id, d.label);
    out << "ready\n";
    out.flush();
}

void DocumentTab::showNotice(const QString &text, const QList<NoticeAction> &actions)
{
    clearNotice();
    // For scripted UI tests (with the boxes' geometry): what the bar says.
    if (const QByteArray print = qgetenv("PCITOPO_PRINT_NODE_GEOMETRY"); !print.isEmpty() && print != "0")
        QTextStream(stdout) << "notice\t" << text << Qt::endl;
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("Notice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_notice->setPalette(palette);
    auto *layout = new QHBoxLayout(m_notice);
    auto *icon = new QLabel(m_notice);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    layout->addWidget(icon);
    auto *label = new QLabel(text, m_notice);
    label->setObjectName(QStringLiteral("NoticeText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 1);
    QList<NoticeAction> all = actions;
    all.append({tr("Dismiss"), {}});
    for (const NoticeAction &action : std::as_const(all)) {
        auto *button = new QPushButton(action.text, m_notice);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            clearNotice();
            // Later: the action may close this tab, and with it the button being clicked.
            if (run)
                QMetaObject::invokeMethod(this, run, Qt::QueuedConnection);
        });
        layout->addWidget(button);
    }
    static_cast<QVBoxLayout *>(this->layout())->insertWidget(0, m_notice);
}

void DocumentTab::clearNotice()
{
    if (!m_notice)
        return;
    m_notice->hide();
    m_notice->deleteLater(); // a button of it may be calling
    m_notice = nullptr;
}

QString DocumentTab::notice() const
{
    const QLabel *label = m_notice ? m_notice->findChild<QLabel *>(QStringLiteral("NoticeText")) : nullptr;
    return label ? label->text() : QString();
}

QString DocumentTab::tabTitle() const
{
    if (m_live)
        return tr("%1 (live)").arg(m_document->displayName());
    const QString name = m_besideLive ? tr("%1 (next boot)").arg(m_document->displayName()) : m_document->displayName();
    return name + (m_document->isModified() ? QStringLiteral(" *") : QString());
}

void DocumentTab::setBesideLive(bool beside)
{
    if (beside == m_besideLive)
        return;
    m_besideLive = beside;
    emit titleChanged();
}

QString DocumentTab::layerName() const
{
    if (m_live)
        return tr("live: the running guest now");
    return isFromLibvirt() ? tr("next boot") : QString();
}

void DocumentTab::setLiveHistory(const QList<LiveStep> &steps)
{
    m_liveSteps = steps;
    QUndoStack *stack = m_document->undoStack();
    stack->clear();
    for (const LiveStep &step : steps)
        stack->push(new LiveStepCommand(step, this));
    stack->setClean();
}

void DocumentTab::setLive(bool live)
{
    m_live = live;
    const QString why = tr("this is the running guest as it is now: it changes by Hot-Plug and Hot-Unplug (context "
                           "menu). Edit the next boot's definition in its own tab.");
    m_scene->setReadOnly(live, why);
    m_scene->setLive(live);
    QUndoStack *stack = m_document->undoStack();
    disconnect(stack, &QUndoStack::indexChanged, this, nullptr);
    if (!live)
        return;
    // Every edit comes through the stack: one pushed here (anything but a live step) is taken
    // back after the push has finished, so the live layer never shows what the guest does not
    // have, and the live history is put back.
    connect(
        stack, &QUndoStack::indexChanged, this,
        [this, stack, why] {
            const int top = stack->count() - 1;
            if (top < 0 || dynamic_cast<const LiveStepCommand *>(stack->command(top)))
                return;
            if (stack->index() > top)
                stack->undo();
            setLiveHistory(m_liveSteps);
            emit editRefused(why);
        },
        Qt::QueuedConnection);
    emit titleChanged();
}

} // namespace pcitopo
