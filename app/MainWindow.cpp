#include "MainWindow.h"

#include "AtomicFile.h"
#include "Autosave.h"
#include "ConnectDialog.h"
#include "ConnectionsDock.h"
#include "HostDevicesDock.h"
#include "SaveDiffDialog.h"
#include "ConstraintDialog.h"
#include "commands/SetConstraint.h"
#include "SymbolsDialog.h"
#include "libvirt/LibvirtInfo.h"
#include "DomainDiff.h"
#include "commands/AddHostDevices.h"
#include "placement/PlanCommand.h"
#include "placement/Planner.h"
#include "libvirt/LibvirtSession.h"
#include "DiagnosticsDock.h"
#include "DiagnosticsModel.h"
#include "DiagramExporter.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveChecker.h"
#include "PaletteWidget.h"
#include "PropertiesPanel.h"
#include "TopologyTreeModel.h"
#include "TopologyTreeView.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "items/NodeItem.h"
#include "rules/CanAttach.h"
#include "rules/RuleChecker.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTextStream>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace pcitopo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_autosave(new Autosave(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_treeView(new TopologyTreeView(this))
    , m_statusMachine(new QLabel(this))
    , m_statusFindings(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    m_treeView->setDragEnabled(true);
    m_treeView->setAcceptDrops(true);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    setAcceptDrops(true);
    statusBar()->addWidget(m_statusMachine, 1);
    statusBar()->addPermanentWidget(m_statusFindings);

    createDocks();
    createActions();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_tabs->setCurrentIndex(index);
        closeCurrentTab();
    });
    connect(m_diagnosticsDock, &DiagnosticsDock::nodesActivated, this,
            [this](const QList<NodeId> &nodes) { selectNodes(nodes, m_diagnosticsDock); });

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // A normal exit: the user was asked about every modified document already.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_autosave->forget(qobject_cast<DocumentTab *>(m_tabs->widget(i))->document());
    m_treeView->setModel(nullptr);
    m_diagnosticsDock->setModel(nullptr, nullptr);
    m_properties->setDocument(nullptr);
    m_palette->setDocument(nullptr);
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

DocumentTab *MainWindow::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

DomainDocument *MainWindow::document() const
{
    return currentTab() ? currentTab()->document() : nullptr;
}

GraphScene *MainWindow::scene() const
{
    return currentTab() ? currentTab()->scene() : nullptr;
}

GraphView *MainWindow::graphView() const
{
    return currentTab() ? currentTab()->view() : nullptr;
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
    m_diagnosticsDock = new DiagnosticsDock(this);
    dock(tr("Diagnostics"), QStringLiteral("DiagnosticsDock"), m_diagnosticsDock, Qt::BottomDockWidgetArea);
    m_properties = new PropertiesPanel(this);
    dock(tr("Properties"), QStringLiteral("PropertiesDock"), m_properties, Qt::RightDockWidgetArea);
    m_palette = new PaletteWidget(this);
    QDockWidget *palette = dock(tr("Palette"), QStringLiteral("PaletteDock"), m_palette, Qt::LeftDockWidgetArea);
    m_connectionsDock = new ConnectionsDock(this);
    QDockWidget *connections =
        dock(tr("Connections"), QStringLiteral("ConnectionsDock"), m_connectionsDock, Qt::LeftDockWidgetArea);
    tabifyDockWidget(palette, connections);
    m_hostDevicesDock = new HostDevicesDock(this);
    QDockWidget *hostDevices =
        dock(tr("Host Devices"), QStringLiteral("HostDevicesDock"), m_hostDevicesDock, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock")), hostDevices);
    findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock"))->raise();
    connect(m_connectionsDock, &ConnectionsDock::domainActivated, this, &MainWindow::openDomain);
    connect(m_connectionsDock, &ConnectionsDock::currentSessionChanged, this, [this](LibvirtSession *session) {
        if (session)
            m_hostDevicesDock->setSession(session);
    });
    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = dock(tr("History"), QStringLiteral("HistoryDock"), m_undoView, Qt::RightDockWidgetArea);
    m_properties->setMinimumWidth(260);
    // Defaults for a first start; a saved layout replaces them.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("TopologyDock")), history}, {330, 280}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock"))}, {170}, Qt::Vertical);
    resizeDocks({history}, {200}, Qt::Vertical);
    resizeDocks({palette}, {170}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Domain XML"), QString(),
                                                          tr("Domain XML (*.xml);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Domain"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *connectAction = file->addAction(tr("&Connect to libvirt…"), this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.uri().isEmpty())
            connectTo(dialog.uri(), dialog.readOnly());
    });
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connectAction->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    file->addAction(tr("Connect to the Demo &Host"), this, &MainWindow::openDemoHost);
    file->addAction(tr("&Refresh Connection"), this,
                    [this] {
                        if (LibvirtSession *session = m_connectionsDock->currentSession()) {
                            if (session->state() == LibvirtSession::State::Connected)
                                session->refresh();
                            else
                                session->open([this, uri = session->uri()](QList<Credential> &questions) {
                                    bool answered = false;
                                    QMetaObject::invokeMethod(
                                        this, [&] { answered = askCredentials(this, uri, questions); },
                                        Qt::BlockingQueuedConnection);
                                    return answered;
                                });
                        }
                    })
        ->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Disconnect"), this, [this] {
        if (LibvirtSession *session = m_connectionsDock->currentSession())
            closeSession(session);
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Export Diagram…"), this, [this] {
        if (!document())
            return;
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagram"), document()->displayName() + QStringLiteral(".svg"),
            tr("SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)"), &filter);
        if (path.isEmpty())
            return;
        const std::optional<DiagramExporter::Format> format = DiagramExporter::formatFor(path);
        if (!format) {
            QMessageBox::warning(this, tr("Export Diagram"), tr("Choose a name ending in .svg, .png, .pdf or .dot."));
            return;
        }
        DiagramExporter::Options options;
        options.scene = scene()->options();
        QString error;
        const bool written = writeFileAtomically(
            path,
            [&](QIODevice *device, QString *why) {
                return DiagramExporter::write(document(), *format, options, device, why);
            },
            &error);
        if (!written)
            QMessageBox::critical(this, tr("Export Diagram"), tr("%1 was not written: %2").arg(path, error));
        else
            statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    });
    QAction *closeTab = file->addAction(tr("&Close"), this, &MainWindow::closeCurrentTab);
    closeTab->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    toolbar->addAction(open);
    toolbar->addAction(connectAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *moveTo = m_editMenu->addAction(tr("&Move To…"), this, &MainWindow::moveSelectionTo);
    moveTo->setShortcut(QKeySequence(tr("Ctrl+M")));
    moveTo->setToolTip(tr("Move the selection to another address (the keyboard way to drag)"));
    QAction *remove = m_editMenu->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Place Unplaced Devices…"), this, [this] { placeUnplaced(); })
        ->setToolTip(
            tr("Give devices without an address the addresses libvirt would, and add the controllers they need"));
    // The recommended placement with spare ports, how many asked first.
    const auto placeWithSpares = [this](const QString &title, const QString &question, int suggested, int least) {
        return [=, this] {
            bool ok = false;
            const int spare = QInputDialog::getInt(this, title, question, suggested, least, 64, 1, &ok);
            if (ok)
                placeUnplaced(placement::Policy::Recommended, spare);
        };
    };
    m_editMenu
        ->addAction(tr("Place for &Hotplug…"), this,
                    placeWithSpares(tr("Place for Hotplug"),
                                    tr("Every PCIe device gets a root port of its own. How many empty "
                                       "hotpluggable ports should be added for later?"),
                                    4, 0))
        ->setToolTip(tr("The recommended placement: a port per device and spare ports (q35, virt), a PHB per host PE "
                        "and spare PHBs (pseries)"));
    m_editMenu
        ->addAction(tr("&Re-place All…"), this,
                    [this] {
                        const QStringList policies{tr("As libvirt would place them"), tr("Recommended, for hotplug")};
                        bool ok = false;
                        const QString choice =
                            QInputDialog::getItem(this, tr("Re-place All"),
                                                  tr("Every device and controller gets a new address, as if none "
                                                     "were written. Placement:"),
                                                  policies, 0, false, &ok);
                        if (ok)
                            placeUnplaced(choice == policies.first() ? placement::Policy::LibvirtCompatible
                                                                     : placement::Policy::Recommended,
                                          0, true);
                    })
        ->setToolTip(tr("Plan every address again, keeping the devices and controllers"));
    m_editMenu
        ->addAction(tr("Add &Spare Hotplug Ports…"), this,
                    placeWithSpares(tr("Add Spare Hotplug Ports"),
                                    tr("Empty hotpluggable root ports (PHBs on pseries) to add, for "
                                       "devices attached while the guest runs:"),
                                    2, 1))
        ->setToolTip(tr("libvirt adds no controller at hotplug: ports must exist when the guest starts"));
    m_editMenu->addAction(tr("Placement &Constraint…"), this, &MainWindow::editConstraint)
        ->setToolTip(tr("Where automatic placement may put the selected device (kept in the domain's metadata)"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto onView = [this](void (GraphView::*method)()) {
        return [this, method] {
            if (GraphView *view = graphView())
                (view->*method)();
        };
    };
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, onView(&GraphView::zoomIn));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, onView(&GraphView::zoomOut));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("&Fit to Window"), this, onView(&GraphView::fitToWindow));
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addAction(tr("&Actual Size"), this, onView(&GraphView::resetZoom));
    m_viewMenu->addSeparator();
    // The language the next start uses (the system's by default).
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, name] :
         {std::pair{QString(), tr("System Default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        QAction *choice = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes when pcitopo is started again."), 6000);
        });
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);

    auto *findField = new QLineEdit(this);
    findField->setObjectName(QStringLiteral("FindField"));
    findField->setPlaceholderText(tr("Find (Ctrl+F): name, model or address"));
    findField->setClearButtonEnabled(true);
    findField->setMaximumWidth(280);
    toolbar->addSeparator();
    toolbar->addWidget(findField);
    connect(findField, &QLineEdit::returnPressed, this, [this, findField] {
        const int found = find(findField->text());
        statusBar()->showMessage(tr("%n match(es)", nullptr, found), 4000);
    });
    QAction *findAction = m_editMenu->addAction(tr("&Find…"), this, [findField] {
        findField->setFocus();
        findField->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *symbols = help->addAction(tr("What Do These &Symbols Mean?"), this, [this] {
        auto *dialog = new SymbolsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    symbols->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About pcitopo"), this, [this] {
        const QString libvirt = libvirtLibraryVersion();
        QMessageBox::about(this, tr("About pcitopo"),
                           tr("<h3>pcitopo %1</h3><p>The PCI/PCIe topology editor for libvirt guests: see a "
                              "guest's controllers and devices, rearrange them with every rule checked, pass host "
                              "devices through, and save through libvirt.</p>"
                              "<p>Rules follow libvirt 9.0 and QEMU 7.2 (<code>pcitopo explain</code> lists them "
                              "with their sources).</p><p>Running with Qt %2 and libvirt %3.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    libvirt.isEmpty() ? tr("(unknown)") : libvirt));
    });
}

void MainWindow::openDemo()
{
    QFile demo(QStringLiteral(":/demo/q35-gpu-passthrough.xml"));
    demo.open(QIODevice::ReadOnly);
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(demo.readAll(), &error);
    if (!document) {
        QMessageBox::critical(this, tr("Demo"), error);
        return;
    }
    document->setSource(tr("embedded demo"));
    addTab(std::move(document));
}

bool MainWindow::openFile(const QString &path)
{
    // Already open: show that tab rather than a second copy that could diverge.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab && tab->document()->source() == absolute) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document) {
        report(tr("Cannot Open Domain"), error);
        return false;
    }
    // Two tabs editing one domain would overwrite each other's saves: the open one is shown.
    if (DocumentTab *other = tabForDomain(*document)) {
        m_tabs->setCurrentWidget(other);
        const QString message =
            tr("%1 describes the domain %2 (%3), which is already open from %4. Close that tab "
               "first to open this file.")
                .arg(absolute, document->displayName(), document->uuid(), other->document()->source());
        report(tr("Domain Already Open"), message);
        return false;
    }
    document->setSource(absolute);
    addTab(std::move(document));
    addRecentFile(absolute);
    return true;
}

void MainWindow::addTab(std::unique_ptr<DomainDocument> document)
{
    auto *tab = new DocumentTab(std::move(document), m_tabs);
    m_undoGroup->addStack(tab->document()->undoStack());
    m_autosave->watch(tab->document());
    const int index = m_tabs->addTab(tab, tab->tabTitle());
    m_tabs->setTabToolTip(index, tab->document()->source());
    connect(tab, &DocumentTab::titleChanged, this, [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabText(i, tab->tabTitle());
        updateTitle();
    });
    m_tabs->setCurrentIndex(index);
    tab->view()->fitToWindow();
}

void MainWindow::tabChanged()
{
    for (const QMetaObject::Connection &c : std::as_const(m_tabConnections))
        disconnect(c);
    m_tabConnections.clear();
    DocumentTab *tab = currentTab();
    m_treeView->setModel(tab ? tab->treeModel() : nullptr);
    m_diagnosticsDock->setModel(tab ? tab->diagnostics() : nullptr, tab ? tab->document() : nullptr);
    m_properties->setDocument(tab ? tab->document() : nullptr);
    m_palette->setDocument(tab ? tab->document() : nullptr);
    m_undoGroup->setActiveStack(tab ? tab->document()->undoStack() : nullptr);
    if (tab) {
        m_tabConnections << connect(tab->scene(), &GraphScene::nodesSelected, this,
                                    [this](const QList<NodeId> &nodes) { selectNodes(nodes, scene()); });
        m_tabConnections << connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            QList<NodeId> nodes;
            for (const QModelIndex &index : m_treeView->selectionModel()->selectedRows()) {
                const NodeId id = index.data(TopologyTreeModel::NodeIdRole).value<NodeId>();
                if (id.isValid())
                    nodes.append(id);
            }
            selectNodes(nodes, m_treeView);
        });
        m_tabConnections << connect(tab->scene(), &GraphScene::hostDevicesDropped, this, &MainWindow::addHostDevices);
        if (tab->session())
            m_hostDevicesDock->setSession(tab->session());
        m_tabConnections << connect(tab->checker(), &LiveChecker::checked, this, &MainWindow::updateStatus);
        m_tabConnections << connect(tab->document(), &DomainDocument::changed, this, &MainWindow::updateStatus);
        selectNodes(tab->scene()->selectedNodes(), nullptr);
    }
    updateTitle();
    updateStatus();
}

bool MainWindow::closeCurrentTab()
{
    DocumentTab *tab = currentTab();
    if (!tab || !maybeSave(tab))
        return false;
    m_undoGroup->removeStack(tab->document()->undoStack());
    m_autosave->forget(tab->document());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    delete tab;
    return true;
}

void MainWindow::selectNodes(const QList<NodeId> &nodes, QObject *origin)
{
    DocumentTab *tab = currentTab();
    if (m_syncingSelection || !tab)
        return;
    m_syncingSelection = true;
    if (origin != tab->scene()) {
        tab->scene()->selectNodes(nodes);
        if (!nodes.isEmpty())
            if (NodeItem *item = tab->scene()->itemFor(nodes.first()))
                tab->view()->reveal(item->sceneBoundingRect());
    }
    if (origin != m_treeView) {
        QItemSelection selection;
        for (NodeId id : nodes) {
            const QModelIndex index = tab->treeModel()->indexOf(id);
            if (index.isValid())
                selection.select(index, index.siblingAtColumn(TopologyTreeModel::ColumnCount - 1));
        }
        m_treeView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!nodes.isEmpty())
            m_treeView->scrollTo(tab->treeModel()->indexOf(nodes.first()));
    }
    m_properties->setNode(nodes.size() == 1 ? nodes.first() : NodeId());
    m_syncingSelection = false;
}

void MainWindow::moveSelectionTo()
{
    if (!document())
        return;
    const QList<NodeId> nodes = scene()->selectedNodes();
    if (nodes.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Move To"), tr("New libvirt address (bus:slot.function, hex):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const std::optional<PciAddress> address = PciAddress::fromString(text);
    if (!address) {
        QMessageBox::warning(this, tr("Move To"), tr("'%1' is not an address like 05:00.0.").arg(text));
        return;
    }
    const rules::AttachVerdict verdict = rules::canAttach(
        document()->topology(), nodes, {int(address->bus), int(address->slot), int(address->function)});
    if (!verdict.allowed) {
        QMessageBox::warning(this, tr("Move To"), verdict.reason);
        return;
    }
    pushMoves(document(), nodes, verdict.addresses);
}

void MainWindow::deleteSelection()
{
    if (!document())
        return;
    const QList<NodeId> nodes = scene()->selectedNodes();
    if (nodes.isEmpty())
        return;
    QUndoStack *stack = document()->undoStack();
    // One node: its own command, named after it ("Remove disk vda"); several: one macro.
    const bool several = nodes.size() > 1;
    if (several)
        stack->beginMacro(tr("Delete %n Nodes", nullptr, int(nodes.size())));
    for (NodeId id : nodes) {
        auto *command = new RemoveNode(document(), id);
        if (command->isValid()) {
            stack->push(command);
        } else {
            statusBar()->showMessage(command->error(), 6000);
            delete command;
        }
    }
    if (several)
        stack->endMacro();
}

void MainWindow::updateTitle()
{
    if (!document()) {
        setWindowTitle(QString());
        return;
    }
    const DocumentTab *tab = currentTab();
    QString where = document()->source();
    if (tab->isFromLibvirt() && tab->session() && tab->session()->state() == LibvirtSession::State::Lost)
        where = tr("%1 (connection lost)").arg(where);
    setWindowTitle(tr("%1 — %2[*]").arg(document()->displayName(), where));
    setWindowModified(document()->isModified());
}

void MainWindow::updateStatus()
{
    if (!document()) {
        m_statusMachine->clear();
        m_statusFindings->clear();
        return;
    }
    const Topology &topology = document()->topology();
    m_statusMachine->setText(tr("%1 (%2) — %3 PCI controllers, %4 devices")
                                 .arg(Topology::familyName(topology.family()),
                                      topology.machine().isEmpty() ? topology.arch() : topology.machine())
                                 .arg(topology.controllers().size())
                                 .arg(topology.devices().size()));
    const QList<Diagnostic> &diagnostics = currentTab()->checker()->diagnostics();
    const Severity worst = rules::worstSeverity(diagnostics);
    int problems = 0;
    for (const Diagnostic &d : diagnostics)
        problems += d.severity > Severity::Info ? 1 : 0;
    m_statusFindings->setText(
        problems == 0 ? tr("No problems") : tr("%n problem(s), worst: %1", nullptr, problems).arg(severityName(worst)));
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!writeFileAtomically(path, document()->toXml(), &error)) {
        QMessageBox::critical(this, tr("Cannot Save"), tr("%1 was not written: %2").arg(path, error));
        return false;
    }
    document()->setSource(QFileInfo(path).absoluteFilePath());
    currentTab()->setLibvirtOrigin(nullptr, QString(), QByteArray()); // from now on, this file
    document()->undoStack()->setClean();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (!document())
        return false;
    if (currentTab()->isFromLibvirt())
        return saveToLibvirt(currentTab());
    if (!QFileInfo(document()->source()).isAbsolute())
        return saveAs(); // the demo, or a domain from elsewhere
    return saveTo(document()->source());
}

bool MainWindow::saveAs()
{
    if (!document())
        return false;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Domain XML"), document()->displayName() + QStringLiteral(".xml"), tr("Domain XML (*.xml)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::maybeSave(DocumentTab *tab)
{
    if (!tab || !tab->document()->isModified())
        return true;
    m_tabs->setCurrentWidget(tab);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them first?").arg(tab->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!maybeSave(qobject_cast<DocumentTab *>(m_tabs->widget(i)))) {
            event->ignore();
            return;
        }
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
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

int MainWindow::offerRecovery()
{
    const QList<Autosave::Recoverable> found = Autosave::findRecoverable();
    if (found.isEmpty())
        return 0;
    QStringList names;
    for (const Autosave::Recoverable &r : found)
        names << (r.source.isEmpty() ? r.name : QStringLiteral("%1 (%2)").arg(r.name, r.source));
    const QByteArray answer = qgetenv("PCITOPO_RECOVER");
    bool recover = answer == "yes";
    if (answer.isEmpty()) {
        recover = QMessageBox::question(this, tr("Recover Unsaved Edits"),
                                        tr("pcitopo was not closed properly. Recover the unsaved edits of:\n\n%1")
                                            .arg(names.join(QLatin1Char('\n'))),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    int recovered = 0;
    for (const Autosave::Recoverable &r : found) {
        if (recover) {
            QString error;
            std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(r.xml, &error);
            if (!document)
                continue; // keep the file: nothing is deleted that was not recovered
            document->setSource(r.source);
            document->undoStack()->resetClean(); // modified: it differs from what is on disk
            addTab(std::move(document));
            ++recovered;
        }
        Autosave::discard(r);
    }
    return recovered;
}

int MainWindow::find(const QString &text)
{
    if (!document() || text.trimmed().isEmpty())
        return 0;
    const QString needle = text.trimmed();
    const Topology &t = document()->topology();
    QList<NodeId> found;
    auto matches = [&](const QString &haystack) {
        return haystack.contains(needle, Qt::CaseInsensitive);
    };
    for (const Controller &c : t.controllers()) {
        if (matches(c.label()) || matches(c.modelName) || (c.address && matches(c.address->toShortString())))
            found.append(c.id);
    }
    for (const Device &d : t.devices()) {
        if (matches(d.label) || matches(d.model) || (d.address && matches(d.address->toShortString())))
            found.append(d.id);
    }
    selectNodes(found, this);
    return int(found.size());
}

void MainWindow::printNodeGeometry() const
{
    if (!document())
        return;
    QTextStream out(stdout);
    for (const Controller &c : document()->topology().controllers()) {
        if (const NodeItem *item = scene()->itemFor(c.id)) {
            const QPoint p =
                graphView()->viewport()->mapToGlobal(graphView()->mapFromScene(item->sceneBoundingRect().center()));
            out << "node\t" << c.label() << '\t' << p.x() << '\t' << p.y() << '\n';
        }
    }
    for (const Device &d : document()->topology().devices()) {
        if (const NodeItem *item = scene()->itemFor(d.id)) {
            const QPoint p =
                graphView()->viewport()->mapToGlobal(graphView()->mapFromScene(item->sceneBoundingRect().center()));
            out << "node\t" << d.label << '\t' << p.x() << '\t' << p.y() << '\n';
        }
    }
    out << "ready\n";
    out.flush();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// -- libvirt ---------------------------------------------------------------------------------

void MainWindow::report(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
    if (qgetenv("PCITOPO_CONFIRM").isEmpty()) // scripts and tests read the status bar
        QMessageBox::warning(this, title, message);
}

bool MainWindow::confirm(const QString &title, const QString &text, const QString &details)
{
    const QByteArray answer = qgetenv("PCITOPO_CONFIRM");
    if (!answer.isEmpty())
        return answer == "yes";
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::Yes);
    box.setDetailedText(details); // a long list scrolls there instead of growing past the screen
    return box.exec() == QMessageBox::Yes;
}

LibvirtSession *MainWindow::openDemoHost()
{
    // The test driver reads a real file: the embedded demo host goes to the user's data
    // directory (or a temporary one), rewritten at every start.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-host");
    if (!QDir().mkpath(dir)) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        dir = m_demoDir->path();
    }
    for (const QString &name : QDir(QStringLiteral(":/demo/host")).entryList(QDir::Files)) {
        QFile in(QStringLiteral(":/demo/host/") + name);
        QString error;
        if (!in.open(QIODevice::ReadOnly))
            error = in.errorString();
        else
            writeFileAtomically(dir + QLatin1Char('/') + name, in.readAll(), &error);
        if (!error.isEmpty()) {
            QMessageBox::critical(this, tr("Demo Host"),
                                  tr("The demo host could not be written to %1: %2").arg(dir, error));
            return nullptr;
        }
    }
    return connectTo(QStringLiteral("test://") + dir + QStringLiteral("/demo-host.xml"), false,
                     QStringLiteral("workstation-gpu"));
}

LibvirtSession *MainWindow::connectTo(const QString &uri, bool readOnly, const QString &domain)
{
    for (LibvirtSession *session : std::as_const(m_sessions)) {
        if (session->uri() == uri && session->isReadOnly() == readOnly
            && session->state() != LibvirtSession::State::Failed) {
            if (!domain.isEmpty())
                openDomain(session, domain);
            return session;
        }
    }
    auto *session = new LibvirtSession(uri, readOnly, this);
    m_sessions.append(session);
    m_connectionsDock->addSession(session);
    m_hostDevicesDock->setSession(session);
    connect(session, &LibvirtSession::stateChanged, this, [this, session] { sessionChanged(session); });
    connect(session, &LibvirtSession::domainsChanged, this, [this, session] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
            if (tab->session() == session) {
                const HostFacts facts = session->host().factsFor(tab->domainName());
                tab->checker()->setHostFacts(facts);
                tab->scene()->setHostFacts(facts);
            }
        }
    });
    if (!domain.isEmpty()) {
        auto *opener = new QObject(session);
        connect(session, &LibvirtSession::stateChanged, opener, [this, session, domain, opener] {
            if (session->state() == LibvirtSession::State::Connecting)
                return;
            if (session->state() == LibvirtSession::State::Connected)
                openDomain(session, domain);
            opener->deleteLater();
        });
    }
    statusBar()->showMessage(tr("Connecting to %1…").arg(uri));
    // libvirt asks on the connecting thread; the dialog must run on this one.
    session->open([this, uri](QList<Credential> &questions) {
        bool answered = false;
        QMetaObject::invokeMethod(
            this, [&] { answered = askCredentials(this, uri, questions); }, Qt::BlockingQueuedConnection);
        return answered;
    });
    return session;
}

void MainWindow::sessionChanged(LibvirtSession *session)
{
    switch (session->state()) {
    case LibvirtSession::State::Connected:
        ConnectDialog::addRecentUri(session->uri());
        statusBar()->showMessage(tr("Connected to %1").arg(session->uri()), 4000);
        break;
    case LibvirtSession::State::Failed:
        if (session->wasCancelled())
            statusBar()->showMessage(tr("Connecting to %1 was cancelled.").arg(session->uri()), 5000);
        else
            report(tr("Cannot Connect"), tr("Could not connect to %1: %2").arg(session->uri(), session->error()));
        break;
    case LibvirtSession::State::Lost:
        statusBar()->showMessage(tr("The connection to %1 was lost (%2). Unsaved edits stay in the editor; "
                                    "use Save As, or File › Refresh Connection to reconnect.")
                                     .arg(session->uri(), session->error()));
        break;
    case LibvirtSession::State::Connecting:
    case LibvirtSession::State::Closed: break;
    }
    updateTitle();
}

void MainWindow::closeSession(LibvirtSession *session)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab->session() == session && tab->document()->isModified()) {
            m_tabs->setCurrentIndex(i);
            QMessageBox::information(
                this, tr("Disconnect"),
                tr("%1 has unsaved changes: save or close it first.").arg(tab->document()->displayName()));
            return;
        }
    }
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab->session() == session) {
            m_tabs->setCurrentIndex(i);
            closeCurrentTab();
        }
    }
    m_connectionsDock->removeSession(session);
    if (m_hostDevicesDock->session() == session)
        m_hostDevicesDock->setSession(nullptr);
    m_sessions.removeAll(session);
    session->cancel(); // one still connecting is abandoned
    session->close();
    session->deleteLater();
}

DocumentTab *MainWindow::tabForDomain(const DomainDocument &document) const
{
    if (document.uuid().isEmpty())
        return nullptr; // libvirt generates one: nothing to collide with
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab->document()->uuid() == document.uuid())
            return tab;
    }
    return nullptr;
}

DocumentTab *MainWindow::tabFor(LibvirtSession *session, const QString &domain) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab->session() == session && tab->domainName() == domain)
            return tab;
    }
    return nullptr;
}

void MainWindow::openDomain(LibvirtSession *session, const QString &name)
{
    if (DocumentTab *tab = tabFor(session, name)) {
        m_tabs->setCurrentWidget(tab);
        return;
    }
    auto *progress =
        new QProgressDialog(tr("Fetching %1 from %2…").arg(name, session->uri()), tr("Cancel"), 0, 0, this);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);
    QPointer<LibvirtSession> sessionGuard(session);
    session->fetchDomain(
        name, [this, sessionGuard, name, cancelled, guard](const QByteArray &xml, const QString &error) {
            if (*cancelled || !sessionGuard)
                return;
            if (guard) {
                guard->disconnect(this); // closing a progress dialog says "canceled"
                guard->close();
            }
            QString parseError;
            std::unique_ptr<DomainDocument> document =
                xml.isEmpty() ? nullptr : DomainDocument::fromXml(xml, &parseError);
            if (!document) {
                QMessageBox::critical(this, tr("Cannot Open Domain"),
                                      tr("%1 could not be opened from %2: %3")
                                          .arg(name, sessionGuard->uri(), error.isEmpty() ? parseError : error));
                return;
            }
            if (DocumentTab *tab = tabFor(sessionGuard, name)) { // opened twice while fetching
                m_tabs->setCurrentWidget(tab);
                return;
            }
            document->setSource(sessionGuard->uri());
            addTab(std::move(document));
            DocumentTab *tab = currentTab();
            tab->setLibvirtOrigin(sessionGuard, name, xml);
            m_tabs->setTabToolTip(m_tabs->indexOf(tab), tr("%1 on %2").arg(name, sessionGuard->uri()));
            const HostFacts facts = sessionGuard->host().factsFor(name);
            tab->checker()->setHostFacts(facts);
            tab->scene()->setHostFacts(facts);
            tab->view()->fitToWindow();
            m_hostDevicesDock->setSession(sessionGuard);
            updateTitle();
        });
}

namespace {

/** The XML as shown in the save dialog: passwords masked (they are kept in what is saved). */
QString maskSecrets(QString text)
{
    static const QRegularExpression passwd(QStringLiteral("(passwd=)(['\"])[^'\"]*\\2"));
    return text.replace(passwd, QStringLiteral("\\1\\2********\\2"));
}

} // namespace

bool MainWindow::saveToLibvirt(DocumentTab *tab)
{
    LibvirtSession *session = tab->session();
    const QString name = tab->domainName();
    if (!session || session->state() != LibvirtSession::State::Connected) {
        QMessageBox::warning(this, tr("Cannot Save"),
                             tr("The connection for %1 is not open, so it cannot be saved there. Your edits are "
                                "still in the editor: use Save As to keep them in a file, or File › Refresh "
                                "Connection to reconnect.")
                                 .arg(name));
        return false;
    }
    if (session->isReadOnly()) {
        QMessageBox::information(this, tr("Cannot Save"), tr("%1 was opened read-only: use Save As.").arg(name));
        return false;
    }
    const QByteArray xml = tab->document()->toXml();
    QString ignored;
    const std::unique_ptr<DomainDocument> before = DomainDocument::fromXml(tab->baseline(), &ignored);
    const QStringList changes =
        before ? DomainDiff::topologyChanges(before->topology(), tab->document()->topology()) : QStringList();
    const QString diff = maskSecrets(
        DomainDiff::unifiedDiff(tab->baseline(), xml, tr("%1 (on the server)").arg(name), tr("%1 (edited)").arg(name)));
    const QByteArray answer = qgetenv("PCITOPO_CONFIRM");
    if (answer.isEmpty()) {
        SaveDiffDialog dialog(name, session->uri(), changes, diff, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    } else if (answer != "yes") {
        return false;
    }

    const auto runSave = [&](bool overwrite) {
        SaveOutcome outcome;
        QEventLoop loop;
        QProgressDialog progress(tr("Saving %1 to %2…").arg(name, session->uri()), QString(), 0, 0, this);
        progress.setMinimumDuration(400);
        progress.setWindowModality(Qt::WindowModal);
        session->save(name, tab->baseline(), xml, overwrite, [&](const SaveOutcome &result) {
            outcome = result;
            loop.quit();
        });
        loop.exec();
        return outcome;
    };
    SaveOutcome outcome = runSave(false);
    if (outcome.status == SaveOutcome::Status::ChangedOnServer) {
        if (!confirm(tr("Changed on the Server"),
                     outcome.message + QLatin1Char('\n') + tr("Overwrite it with your version?")))
            return false;
        outcome = runSave(true);
    }
    if (outcome.status != SaveOutcome::Status::Saved) {
        // Shown next to the item it names, and in the findings, until the next edit.
        const Diagnostic finding = rules::libvirtRefusal(tab->document()->topology(), outcome.message, session->uri());
        tab->checker()->addExternalFinding(finding);
        if (!finding.nodes.isEmpty())
            selectNodes(finding.nodes, nullptr);
        statusBar()->showMessage(finding.message);
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Not Saved"),
                                    tr("%1\n\nYour edits are still in the editor.").arg(finding.message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    tab->setBaseline(outcome.serverXml);
    tab->document()->undoStack()->setClean();
    statusBar()->showMessage(tr("Saved %1 to %2").arg(name, session->uri()), 5000);
    session->refresh(); // which guest uses which host device may have changed
    updateTitle();
    return true;
}

bool MainWindow::addHostDevices(QList<PciAddress> host, int busIndex)
{
    DocumentTab *tab = currentTab();
    if (!tab || host.isEmpty())
        return false;
    LibvirtSession *session = tab->session() ? tab->session() : m_hostDevicesDock->session();
    // A guest needs every endpoint of an IOMMU group (§6): offer the rest of it.
    if (session) {
        const HostInventory &inventory = session->host();
        QList<PciAddress> alreadyInGuest;
        for (const HostdevSource &source : tab->document()->topology().hostdevSources())
            if (source.pciAddress)
                alreadyInGuest << *source.pciAddress;
        QList<PciAddress> rest;
        QStringList names;
        int group = -1;
        for (const PciAddress &a : std::as_const(host)) {
            const HostDevice *device = inventory.device(a);
            if (!device)
                continue;
            for (const PciAddress &member : device->groupMembers) {
                const HostDevice *other = inventory.device(member);
                if (host.contains(member) || rest.contains(member) || (other && other->isBridge())
                    || alreadyInGuest.contains(member))
                    continue;
                rest.append(member);
                names << QStringLiteral("%1 %2").arg(member.toString(), other ? other->product : QString());
                group = device->iommuGroup;
            }
        }
        if (!rest.isEmpty()
            && confirm(
                tr("IOMMU Group %1").arg(group),
                tr("IOMMU group %1 also holds:\n\n%2\n\nA guest must be given every device of a group. Add them too?")
                    .arg(group)
                    .arg(names.join(QLatin1Char('\n'))))) {
            host += rest;
            std::sort(host.begin(), host.end());
        }
    }
    QString reason;
    if (!pushHostDevices(tab->document(), host, busIndex, &reason)) {
        statusBar()->showMessage(tr("Host device not added: %1").arg(reason), 6000);
        return false;
    }
    return true;
}

bool MainWindow::placeUnplaced(placement::Policy policy, int sparePorts, bool everything)
{
    if (!document())
        return false;
    placement::Options options;
    options.policy = policy;
    options.sparePorts = sparePorts;
    options.everything = everything;
    options.host = &currentTab()->checker()->hostFacts();
    const placement::Plan plan = placement::plan(document()->topology(), options);
    if (!plan.ok) {
        report(tr("Place Unplaced Devices"), tr("Cannot place: %1").arg(plan.reason));
        return false;
    }
    if (plan.isEmpty()) {
        statusBar()->showMessage(tr("Every device has an address already."), 5000);
        return false;
    }
    // Shown before it is applied: what libvirt would do at define, now visible and editable.
    // A long plan shows its first lines; the whole list is under Show Details.
    const QStringList changes = plan.describe(document()->topology());
    constexpr int Shown = 12;
    QString preview = changes.mid(0, Shown).join(QLatin1Char('\n'));
    if (changes.size() > Shown)
        preview += QLatin1Char('\n') + tr("… and %n more (Show Details…)", nullptr, int(changes.size() - Shown));
    if (!confirm(tr("Place Unplaced Devices"),
                 (policy == placement::Policy::Recommended
                      ? tr("The recommended placement:\n\n%1\n\nApply? (One undo step.)")
                      : tr("As libvirt would place them:\n\n%1\n\nApply? (One undo step.)"))
                     .arg(preview),
                 changes.size() > Shown ? changes.join(QLatin1Char('\n')) : QString()))
        return false;
    QString error;
    if (!placement::applyPlan(document(), plan, &error)) {
        statusBar()->showMessage(tr("Cannot place: %1").arg(error), 8000);
        return false;
    }
    return true;
}

void MainWindow::editConstraint()
{
    if (!document())
        return;
    const QList<NodeId> nodes = scene()->selectedNodes();
    const Device *device = nodes.size() == 1 ? document()->topology().device(nodes.first()) : nullptr;
    if (!device) {
        statusBar()->showMessage(tr("Select one device to set where it may be placed."), 5000);
        return;
    }
    ConstraintDialog dialog(document()->topology(), *device, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlacementConstraint chosen = dialog.constraint();
    const PlacementConstraint *current = document()->topology().constraintFor(*device);
    if ((current ? *current : PlacementConstraint{device->key}) == chosen)
        return;
    auto *command = new SetConstraint(document(), chosen);
    if (!command->isValid()) {
        statusBar()->showMessage(command->error(), 6000);
        delete command;
        return;
    }
    document()->undoStack()->push(command);
}

} // namespace pcitopo
