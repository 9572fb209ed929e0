#include "MainWindow.h"

#include "ActionManager.h"
#include "GraphView.h"
#include "ConnectionsDock.h"
#include "DiagnosticsDock.h"
#include "DiagnosticsModel.h"
#include "DocumentManager.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "EditOperations.h"
#include "GraphScene.h"
#include "HostDevicesDock.h"
#include "LibvirtController.h"
#include "LiveLayer.h"
#include "LiveChecker.h"
#include "NodeSelection.h"
#include "CatalogueWidget.h"
#include "PropertiesPanel.h"
#include "XmlPane.h"
#include "OverviewWidget.h"
#include "TopologyTreeModel.h"
#include "TopologyTreeView.h"
#include "libvirt/LibvirtSession.h"
#include "rules/RuleChecker.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoView>

namespace pcitopo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_treeView(new TopologyTreeView(this))
    , m_diagnosticsDock(new DiagnosticsDock(this))
    , m_properties(new PropertiesPanel(this))
    , m_xmlPane(new XmlPane(this))
    , m_overview(new OverviewWidget(this))
    , m_catalogue(new CatalogueWidget(this))
    , m_connectionsDock(new ConnectionsDock(this))
    , m_hostDevicesDock(new HostDevicesDock(this))
    , m_documents(new DocumentManager(new QTabWidget(this), Feedback(this), this))
    , m_libvirt(new LibvirtController(m_documents, m_connectionsDock, m_hostDevicesDock, Feedback(this), this))
    , m_edits(new EditOperations(m_documents, m_hostDevicesDock, Feedback(this), this))
    , m_statusMachine(new QLabel(this))
    , m_statusFindings(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_documents->tabWidget());
    m_treeView->setDragEnabled(true);
    m_treeView->setAcceptDrops(true);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    setAcceptDrops(true); // files dropped on the window open
    statusBar()->addWidget(m_statusMachine, 1);
    statusBar()->addPermanentWidget(m_statusFindings);

    createDocks();
    m_actions = new ActionManager(this, m_documents, m_libvirt, m_edits);

    connect(m_documents, &DocumentManager::currentTabChanged, this, &MainWindow::showTab);
    connect(m_documents, &DocumentManager::titleChanged, this, &MainWindow::updateTitle);
    // Right-click on a box or a tree row: the selection's menu.
    connect(m_documents, &DocumentManager::currentTabChanged, this, [this](DocumentTab *tab) {
        if (!tab)
            return;
        connect(tab->view(), &GraphView::contextMenuRequested, m_actions, &ActionManager::showNodeMenu,
                Qt::UniqueConnection);
        connect(tab->view(), &GraphView::propertiesRequested, this, &MainWindow::showProperties, Qt::UniqueConnection);
    });
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_treeView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (m_treeView->indexAt(at).isValid())
            m_actions->showNodeMenu(m_treeView->viewport()->mapToGlobal(at));
    });
    connect(m_libvirt, &LibvirtController::sessionStateChanged, this, &MainWindow::updateTitle);
    connect(m_diagnosticsDock, &DiagnosticsDock::fixRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_hostDevicesDock, &HostDevicesDock::addToGuestRequested, m_edits, &EditOperations::addHostDevicesAnywhere);
    connect(m_hostDevicesDock, &HostDevicesDock::selectInGuestRequested, m_edits, &EditOperations::selectHostDevices);

    connect(m_actions, &ActionManager::resetLayoutRequested, this, &MainWindow::resetLayout);

    QSettings settings;
    m_defaultState = saveState();
    placeOnScreen();
    sizeDocks();
    // A layout saved on another screen is checked against this one when the window shows.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_adapted = true; // nothing restored: the defaults are made for this screen
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The docks let go of the current tab before the tabs go.
    showTab(nullptr);
    delete m_documents;
    m_documents = nullptr;
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState() keys docks by object name
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    dock(tr("Topology"), QStringLiteral("TopologyDock"), m_treeView, Qt::LeftDockWidgetArea);
    QDockWidget *diagnostics =
        dock(tr("Diagnostics"), QStringLiteral("DiagnosticsDock"), m_diagnosticsDock, Qt::BottomDockWidgetArea);
    QDockWidget *properties =
        dock(tr("Properties"), QStringLiteral("PropertiesDock"), m_properties, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, dock(tr("XML"), QStringLiteral("XmlDock"), m_xmlPane, Qt::RightDockWidgetArea));
    properties->raise();
    QDockWidget *palette = dock(tr("Palette"), QStringLiteral("PaletteDock"), m_catalogue, Qt::LeftDockWidgetArea);
    QDockWidget *connections =
        dock(tr("Connections"), QStringLiteral("ConnectionsDock"), m_connectionsDock, Qt::LeftDockWidgetArea);
    tabifyDockWidget(palette, connections);
    QDockWidget *hostDevices =
        dock(tr("Host Devices"), QStringLiteral("HostDevicesDock"), m_hostDevicesDock, Qt::BottomDockWidgetArea);
    // The findings and the host's devices side by side, each with room for its rows.
    splitDockWidget(diagnostics, hostDevices, Qt::Horizontal);
    auto *undoView = new QUndoView(m_documents->undoGroup(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = dock(tr("History"), QStringLiteral("HistoryDock"), undoView, Qt::RightDockWidgetArea);
    QDockWidget *overview = dock(tr("Overview"), QStringLiteral("OverviewDock"), m_overview, Qt::RightDockWidgetArea);
    tabifyDockWidget(history, overview);
    overview->raise();
    m_properties->setMinimumWidth(240);
}

void MainWindow::sizeDocks()
{
    // Defaults for the window's size; a saved layout replaces them.
    const auto find = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    // The diagram keeps at least about half of the width.
    const int side = std::clamp(width() * 22 / 100, 200, 340);
    const int tall = std::clamp(height() / 4, 140, 220);
    resizeDocks({find("TopologyDock"), find("PropertiesDock")}, {side, std::max(side, 240)}, Qt::Horizontal);
    resizeDocks({find("DiagnosticsDock")}, {tall}, Qt::Vertical);
    resizeDocks({find("DiagnosticsDock"), find("HostDevicesDock")}, {width() * 3 / 5, width() * 2 / 5}, Qt::Horizontal);
    resizeDocks({find("PaletteDock"), find("OverviewDock")}, {tall + 20, tall + 20}, Qt::Vertical);
}

void MainWindow::placeOnScreen()
{
    const QRect available = screen()->availableGeometry();
    // Room for a window manager's frame (not known before the window shows).
    const QSize frame(16, 48);
    const QSize wanted(1280, 800);
    if (available.width() < wanted.width() + frame.width() || available.height() < wanted.height() + frame.height()) {
        // A small screen: all of it (the status bar stays on it). Maximized where a window
        // manager is; without one, the size alone does it.
        resize(available.size());
        move(available.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(wanted);
        move(available.center() - QPoint(wanted.width(), wanted.height()) / 2);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_adapted)
        return;
    m_adapted = true;
    // A window restored from a larger screen: made to fit this one, its docks sized afresh
    // when they would leave the diagram too little room.
    const QRect available = screen()->availableGeometry();
    if (!available.contains(frameGeometry()) && !isMaximized() && !isFullScreen()) {
        const QSize size = this->size().boundedTo(available.size() - (frameGeometry().size() - this->size()));
        resize(size);
        move(available.topLeft()
             + QPoint(std::max(0, (available.width() - frameGeometry().width()) / 2),
                      std::max(0, (available.height() - frameGeometry().height()) / 2)));
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (centralWidget()->width() < width() * 2 / 5 || centralWidget()->height() < height() / 3)
                sizeDocks();
        },
        Qt::QueuedConnection);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->isFloating())
            dock->setFloating(false);
    sizeDocks();
}

void MainWindow::showTab(DocumentTab *tab)
{
    if (tab == m_shownTab && tab)
        return; // a tab closed beside the current one: the docks already show this one
    m_shownTab = tab;
    for (const QMetaObject::Connection &c : std::as_const(m_tabConnections))
        disconnect(c);
    m_tabConnections.clear();
    DomainDocument *document = tab ? tab->document() : nullptr;
    NodeSelection *selection = tab ? tab->selection() : nullptr;
    m_treeView->setModel(tab ? tab->treeModel() : nullptr);
    m_treeView->setSelection(selection);
    m_diagnosticsDock->setModel(tab ? tab->diagnostics() : nullptr, document);
    m_properties->setDocument(document, selection);
    m_xmlPane->setDocument(document, selection);
    m_overview->setView(tab ? tab->view() : nullptr);
    m_properties->setHostFacts(tab ? tab->scene()->hostFacts() : HostFacts());
    m_catalogue->setDocument(document);
    if (tab) {
        m_tabConnections << connect(
            m_diagnosticsDock, &DiagnosticsDock::nodesActivated, selection,
            [this, selection](const QList<NodeId> &nodes) { selection->select(nodes, m_diagnosticsDock); });
        m_tabConnections << connect(tab->scene(), &GraphScene::hostDevicesDropped, m_edits,
                                    &EditOperations::addHostDevices);
        m_tabConnections << connect(tab->scene(), &GraphScene::dropRefused, this, [this](const QString &reason) {
            statusBar()->showMessage(tr("Not dropped: %1").arg(reason), 10000);
        });
        m_tabConnections << connect(
            tab->scene(), &GraphScene::livePlugRequested, this,
            [this, tab = QPointer<DocumentTab>(tab)](const QByteArray &xml, const PciAddress &at) {
                if (tab)
                    m_libvirt->live()->plug(tab, xml, at);
            });
        m_tabConnections << connect(tab, &DocumentTab::editRefused, this, [this](const QString &why) {
            statusBar()->showMessage(tr("Not changed: %1").arg(why), 10000);
        });
        m_tabConnections << connect(tab, &DocumentTab::hostFactsChanged, this,
                                    [this, tab] { m_properties->setHostFacts(tab->scene()->hostFacts()); });
        m_tabConnections << connect(tab->checker(), &LiveChecker::checked, this, &MainWindow::updateStatus);
        m_tabConnections << connect(document, &DomainDocument::changed, this, &MainWindow::updateStatus);
    }
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const DocumentTab *tab = currentTab();
    if (!tab) {
        setWindowTitle(QString());
        return;
    }
    QString where = tab->document()->source();
    if (tab->isFromLibvirt() && tab->session() && tab->session()->state() == LibvirtSession::State::Lost)
        where = tr("%1 (connection lost)").arg(where);
    setWindowTitle(tr("%1 — %2[*]").arg(tab->isLive() ? tab->tabTitle() : tab->document()->displayName(), where));
    setWindowModified(tab->document()->isModified());
}

void MainWindow::updateStatus()
{
    const DocumentTab *tab = currentTab();
    if (!tab) {
        m_statusMachine->clear();
        m_statusFindings->clear();
        return;
    }
    const Topology &topology = tab->document()->topology();
    const QString layer = tab->layerName();
    m_statusMachine->setText((layer.isEmpty() ? QString() : tr("Editing %1 — ").arg(layer))
                             + tr("%1 (%2) — %3 PCI controllers, %4 devices")
                                   .arg(Topology::familyName(topology.family()),
                                        topology.machine().isEmpty() ? topology.arch() : topology.machine())
                                   .arg(topology.controllers().size())
                                   .arg(topology.devices().size()));
    const QList<Diagnostic> &diagnostics = tab->checker()->diagnostics();
    int problems = 0;
    for (const Diagnostic &d : diagnostics)
        problems += d.severity > Severity::Info ? 1 : 0;
    m_statusFindings->setText(
        problems == 0
            ? tr("No problems")
            : tr("%n problem(s), worst: %1", nullptr, problems).arg(severityName(rules::worstSeverity(diagnostics))));
}

void MainWindow::showProperties()
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("PropertiesDock"))) {
        dock->show();
        dock->raise();
    }
    // Its first field that takes focus (the address).
    QWidget *field = m_properties->nextInFocusChain();
    while (field && m_properties->isAncestorOf(field) && !(field->isVisible() && field->focusPolicy() & Qt::TabFocus))
        field = field->nextInFocusChain();
    (field && m_properties->isAncestorOf(field) ? field : m_properties)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A save through libvirt chosen here closes the window when it succeeds.
    if (!m_documents->maybeSaveAll([window = QPointer<MainWindow>(this)] {
            if (window)
                window->close();
        })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            m_documents->openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

// -- shortcuts to the parts ------------------------------------------------------------------

DocumentTab *MainWindow::currentTab() const
{
    return m_documents ? m_documents->currentTab() : nullptr;
}

DomainDocument *MainWindow::document() const
{
    return currentTab() ? currentTab()->document() : nullptr;
}

GraphScene *MainWindow::scene() const
{
    return currentTab() ? currentTab()->scene() : nullptr;
}

int MainWindow::tabCount() const
{
    return m_documents ? m_documents->count() : 0;
}

bool MainWindow::openFile(const QString &path)
{
    return m_documents->openFile(path);
}

void MainWindow::openDemo()
{
    m_documents->openDemo();
}

int MainWindow::offerRecovery()
{
    return m_documents->offerRecovery();
}

bool MainWindow::saveTo(const QString &path)
{
    return m_documents->saveTo(path);
}

bool MainWindow::closeCurrentTab()
{
    return m_documents->closeTab(currentTab());
}

LibvirtSession *MainWindow::openDemoHost()
{
    return m_libvirt->openDemoHost();
}

LibvirtSession *MainWindow::connectTo(const QString &uri, bool readOnly, const QString &domain, bool live)
{
    return m_libvirt->connectTo(uri, readOnly, domain, live);
}

void MainWindow::openDomain(LibvirtSession *session, const QString &name)
{
    m_libvirt->openDomain(session, name);
}

const QList<LibvirtSession *> &MainWindow::sessions() const
{
    return m_libvirt->sessions();
}

bool MainWindow::addHostDevices(QList<PciAddress> host, int busIndex)
{
    return m_edits->addHostDevices(std::move(host), busIndex);
}

bool MainWindow::placeUnplaced(placement::Policy policy, int sparePorts, bool everything)
{
    return m_edits->placeUnplaced(policy, sparePorts, everything);
}

void MainWindow::editConstraint()
{
    m_edits->editConstraint();
}

int MainWindow::find(const QString &text)
{
    return m_edits->find(text);
}

void MainWindow::printNodeGeometry() const
{
    if (const DocumentTab *tab = currentTab())
        tab->printNodeGeometry();
}

} // namespace pcitopo
