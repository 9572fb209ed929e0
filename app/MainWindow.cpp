#include "MainWindow.h"

#include "DiagnosticsDock.h"
#include "DiagnosticsModel.h"
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
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace pcitopo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_treeModel(new TopologyTreeModel(this))
    , m_treeView(new TopologyTreeView(this))
    , m_scene(new GraphScene(this))
    , m_graphView(new GraphView(this))
    , m_checker(new LiveChecker(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_statusMachine(new QLabel(this))
    , m_statusFindings(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_graphView->setScene(m_scene);
    setCentralWidget(m_graphView);
    m_treeView->setModel(m_treeModel);
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

    connect(m_checker, &LiveChecker::checked, this, [this](const QList<Diagnostic> &diagnostics) {
        m_diagnosticsModel->setDiagnostics(diagnostics);
        m_scene->setDiagnostics(diagnostics);
        updateStatus();
    });
    connect(m_scene, &GraphScene::nodesSelected, this, [this](const QList<NodeId> &nodes) { selectNodes(nodes, m_scene); });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<NodeId> nodes;
        for (const QModelIndex &index : m_treeView->selectionModel()->selectedRows()) {
            const NodeId id = index.data(TopologyTreeModel::NodeIdRole).value<NodeId>();
            if (id.isValid())
                nodes.append(id);
        }
        selectNodes(nodes, m_treeView);
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
    m_treeModel->setDocument(nullptr);
    m_scene->setDocument(nullptr);
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
    m_diagnosticsDock = new DiagnosticsDock(m_diagnosticsModel, this);
    dock(tr("Diagnostics"), QStringLiteral("DiagnosticsDock"), m_diagnosticsDock, Qt::BottomDockWidgetArea);
    m_properties = new PropertiesPanel(this);
    dock(tr("Properties"), QStringLiteral("PropertiesDock"), m_properties, Qt::RightDockWidgetArea);
    m_palette = new PaletteWidget(this);
    QDockWidget *palette = dock(tr("Palette"), QStringLiteral("PaletteDock"), m_palette, Qt::LeftDockWidgetArea);
    m_undoView = new QUndoView(this);
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
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Domain XML"), QString(),
                                                          tr("Domain XML (*.xml);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo"), this, [this] {
        if (maybeSave())
            openDemo();
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    toolbar->addAction(open);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editAnchor = m_editMenu->addSeparator();
    QAction *moveTo = m_editMenu->addAction(tr("&Move To…"), this, &MainWindow::moveSelectionTo);
    moveTo->setShortcut(QKeySequence(tr("Ctrl+M")));
    moveTo->setToolTip(tr("Move the selection to another address (the keyboard way to drag)"));
    QAction *remove = m_editMenu->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_graphView, &GraphView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_graphView, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("&Fit to Window"), m_graphView, &GraphView::fitToWindow);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addAction(tr("&Actual Size"), m_graphView, &GraphView::resetZoom);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About pcitopo"), this, [this] {
        QMessageBox::about(this, tr("About pcitopo"),
                           tr("<h3>pcitopo %1</h3><p>The PCI/PCIe topology editor for libvirt guests.</p>"
                              "<p>Rules follow libvirt 9.0 and QEMU 7.2.</p>")
                               .arg(QCoreApplication::applicationVersion()));
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
    setDocument(std::move(document));
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot Open Domain"), error);
        return false;
    }
    document->setSource(QFileInfo(path).absoluteFilePath());
    setDocument(std::move(document));
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::setDocument(std::unique_ptr<DomainDocument> document)
{
    // Views first, so that nothing follows the old document while it is destroyed.
    m_treeModel->setDocument(document.get());
    m_scene->setDocument(document.get());
    m_checker->setDocument(document.get());
    m_diagnosticsDock->setDocument(document.get());
    m_properties->setDocument(document.get());
    m_palette->setDocument(document.get());
    m_undoView->setStack(document->undoStack());
    if (m_undoAction) {
        m_editMenu->removeAction(m_undoAction);
        m_editMenu->removeAction(m_redoAction);
        delete m_undoAction;
        delete m_redoAction;
    }
    m_document = std::move(document);
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->insertAction(m_editAnchor, m_undoAction);
    m_editMenu->insertAction(m_editAnchor, m_redoAction);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &DomainDocument::changed, this, &MainWindow::updateStatus);
    m_graphView->fitToWindow();
    updateTitle();
    updateStatus();
}

void MainWindow::selectNodes(const QList<NodeId> &nodes, QObject *origin)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    if (origin != m_scene) {
        m_scene->selectNodes(nodes);
        if (!nodes.isEmpty())
            if (NodeItem *item = m_scene->itemFor(nodes.first()))
                m_graphView->reveal(item->sceneBoundingRect());
    }
    if (origin != m_treeView) {
        QItemSelection selection;
        for (NodeId id : nodes) {
            const QModelIndex index = m_treeModel->indexOf(id);
            if (index.isValid())
                selection.select(index, index.siblingAtColumn(TopologyTreeModel::ColumnCount - 1));
        }
        m_treeView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!nodes.isEmpty())
            m_treeView->scrollTo(m_treeModel->indexOf(nodes.first()));
    }
    m_properties->setNode(nodes.size() == 1 ? nodes.first() : NodeId());
    m_syncingSelection = false;
}

void MainWindow::moveSelectionTo()
{
    const QList<NodeId> nodes = m_scene->selectedNodes();
    if (!m_document || nodes.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Move To"),
                                               tr("New libvirt address (bus:slot.function, hex):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const std::optional<PciAddress> address = PciAddress::fromString(text);
    if (!address) {
        QMessageBox::warning(this, tr("Move To"), tr("'%1' is not an address like 05:00.0.").arg(text));
        return;
    }
    const rules::AttachVerdict verdict = rules::canAttach(m_document->topology(), nodes,
                                                          {int(address->bus), int(address->slot), int(address->function)});
    if (!verdict.allowed) {
        QMessageBox::warning(this, tr("Move To"), verdict.reason);
        return;
    }
    QUndoStack *stack = m_document->undoStack();
    if (nodes.size() > 1)
        stack->beginMacro(tr("Move %n Nodes", nullptr, int(nodes.size())));
    for (int i = 0; i < nodes.size(); ++i)
        stack->push(new SetAddress(m_document.get(), nodes[i], verdict.addresses[i]));
    if (nodes.size() > 1)
        stack->endMacro();
}

void MainWindow::deleteSelection()
{
    const QList<NodeId> nodes = m_scene->selectedNodes();
    if (!m_document || nodes.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Delete %n Nodes", nullptr, int(nodes.size())));
    for (NodeId id : nodes) {
        auto *command = new RemoveNode(m_document.get(), id);
        if (command->isValid())
            stack->push(command);
        else
            delete command;
    }
    stack->endMacro();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QString());
        return;
    }
    setWindowTitle(tr("%1 — %2[*]").arg(m_document->displayName(), m_document->source()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    if (!m_document)
        return;
    const Topology &topology = m_document->topology();
    m_statusMachine->setText(tr("%1 (%2) — %3 PCI controllers, %4 devices")
                                 .arg(Topology::familyName(topology.family()),
                                      topology.machine().isEmpty() ? topology.arch() : topology.machine())
                                 .arg(topology.controllers().size())
                                 .arg(topology.devices().size()));
    const Severity worst = rules::worstSeverity(m_checker->diagnostics());
    int problems = 0;
    for (const Diagnostic &d : m_checker->diagnostics())
        problems += d.severity > Severity::Info ? 1 : 0;
    m_statusFindings->setText(problems == 0 ? tr("No problems")
                                            : tr("%n problem(s), worst: %1", nullptr, problems).arg(severityName(worst)));
}

bool MainWindow::saveTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = m_document->toXml();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot Save"), tr("%1 was not written: %2").arg(path, file.errorString()));
        return false;
    }
    m_document->setSource(QFileInfo(path).absoluteFilePath());
    m_document->undoStack()->setClean();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (!QFileInfo(m_document->source()).isAbsolute())
        return saveAs(); // the demo, or a domain from elsewhere
    return saveTo(m_document->source());
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Domain XML"),
                                                      m_document->displayName() + QStringLiteral(".xml"),
                                                      tr("Domain XML (*.xml)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
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
    if (urls.isEmpty() || !urls.first().isLocalFile() || !maybeSave())
        return;
    openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::printNodeGeometry() const
{
    if (!m_document)
        return;
    QTextStream out(stdout);
    for (const Controller &c : m_document->topology().controllers()) {
        if (const NodeItem *item = m_scene->itemFor(c.id)) {
            const QPoint p = m_graphView->viewport()->mapToGlobal(m_graphView->mapFromScene(item->sceneBoundingRect().center()));
            out << "node\t" << c.label() << '\t' << p.x() << '\t' << p.y() << '\n';
        }
    }
    for (const Device &d : m_document->topology().devices()) {
        if (const NodeItem *item = m_scene->itemFor(d.id)) {
            const QPoint p = m_graphView->viewport()->mapToGlobal(m_graphView->mapFromScene(item->sceneBoundingRect().center()));
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
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace pcitopo
