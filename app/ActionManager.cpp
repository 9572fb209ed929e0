#include "ActionManager.h"

#include "DocumentManager.h"
#include "DomainDocument.h"
#include "DocumentTab.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveChecker.h"
#include "NodeSelection.h"
#include "commands/FixCommands.h"
#include "commands/TopologyCommand.h"
#include "DocumentTab.h"
#include "EditOperations.h"
#include "GraphView.h"
#include "LibvirtController.h"
#include "LiveLayer.h"
#include "rules/LiveHotplug.h"
#include "SymbolsDialog.h"
#include "libvirt/LibvirtInfo.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace pcitopo {

ActionManager::ActionManager(QMainWindow *window, DocumentManager *documents, LibvirtController *libvirt,
                             EditOperations *edits)
    : QObject(window)
    , m_window(window)
    , m_documents(documents)
    , m_libvirt(libvirt)
    , m_edits(edits)
{
    m_toolbar = window->addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("MainToolBar"));
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createFind();
    createHelpMenu();
}

void ActionManager::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Domain XML"), QString(),
                                                          tr("Domain XML (*.xml);;All files (*)"));
        if (!path.isEmpty())
            m_documents->openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_documents->setRecentMenu(file->addMenu(tr("Open &Recent")));
    file->addAction(tr("Open &Demo Domain"), m_documents, &DocumentManager::openDemo);
    file->addSeparator();
    QAction *connectAction =
        file->addAction(tr("&Connect to libvirt…"), m_libvirt, &LibvirtController::connectWithDialog);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connectAction->setIcon(m_window->style()->standardIcon(QStyle::SP_DriveNetIcon));
    file->addAction(tr("Connect to the Demo &Host"), m_libvirt, &LibvirtController::openDemoHost);
    QAction *live = file->addAction(tr("Open &Live Topology"), m_libvirt, [this] {
        if (DocumentTab *tab = m_documents->currentTab(); tab && tab->session())
            m_libvirt->openLive(tab->session(), tab->domainName());
    });
    live->setToolTip(tr("The current domain's running guest as it is now, to plug and unplug devices"));
    const auto updateLive = [this, live] {
        const DocumentTab *tab = m_documents->currentTab();
        live->setEnabled(tab && tab->isFromLibvirt() && !tab->isLive());
    };
    connect(m_documents, &DocumentManager::currentTabChanged, live, updateLive);
    updateLive();
    file->addAction(tr("&Refresh Connection"), m_libvirt, &LibvirtController::refreshCurrent)
        ->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Disconnect"), m_libvirt, &LibvirtController::disconnectCurrent);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), m_documents, [this] { m_documents->save(); });
    save->setShortcut(QKeySequence::Save);
    // Nothing to save in an unmodified document (a define of the same XML, or the same bytes).
    const auto updateSave = [this, save] {
        const DomainDocument *document = m_documents->currentDocument();
        save->setEnabled(document && document->isModified());
    };
    connect(m_documents, &DocumentManager::titleChanged, save, updateSave);
    connect(m_documents, &DocumentManager::currentTabChanged, save, updateSave);
    updateSave();
    file->addAction(tr("Save &As…"), m_documents, &DocumentManager::saveAs)->setShortcut(QKeySequence::SaveAs);
    QAction *exportDiagram = file->addAction(tr("&Export Diagram…"), m_documents, &DocumentManager::exportDiagram);
    exportDiagram->setObjectName(QStringLiteral("ExportDiagram"));
    exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("&Close"), this, [this] { m_documents->closeTab(m_documents->currentTab()); })
        ->setShortcut(QKeySequence::Close);
    file->addSeparator();
    file->addAction(tr("&Quit"), m_window, &QWidget::close)->setShortcut(QKeySequence::Quit);
    m_toolbar->addAction(open);
    m_toolbar->addAction(connectAction);
    m_toolbar->addAction(save);
    m_toolbar->addSeparator();
}

void ActionManager::createEditMenu()
{
    m_editMenu = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_documents->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_documents->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *moveTo = m_editMenu->addAction(tr("&Move To…"), m_edits, &EditOperations::moveSelectionTo);
    m_moveTo = moveTo;
    moveTo->setShortcut(QKeySequence(tr("Ctrl+M")));
    moveTo->setToolTip(tr("Move the selection to another address (the keyboard way to drag)"));
    m_delete = m_editMenu->addAction(tr("&Delete"), m_edits, [this] {
        // On a running guest's live layer, Delete asks the guest to release the device.
        DocumentTab *tab = m_documents->currentTab();
        if (tab && tab->isLive()) {
            const QList<NodeId> nodes = tab->selection()->nodes();
            if (nodes.size() == 1 && tab->document()->topology().device(nodes.first()))
                m_libvirt->live()->unplug(tab, nodes.first());
            else
                m_window->statusBar()->showMessage(
                    tr("On a running guest, Delete unplugs one device: select a single device."), 8000);
            return;
        }
        m_edits->deleteSelection();
    });
    m_delete->setShortcut(QKeySequence::Delete);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Place Unplaced Devices…"), m_edits, [this] { m_edits->placeUnplaced(); })
        ->setToolTip(
            tr("Give devices without an address the addresses libvirt would, and add the controllers they need"));
    m_editMenu
        ->addAction(tr("Place for &Hotplug…"), m_edits,
                    [this] {
                        m_edits->placeWithSpares(tr("Place for Hotplug"),
                                                 tr("Every PCIe device gets a root port of its own. How many empty "
                                                    "hotpluggable ports should be added for later?"),
                                                 4, 0);
                    })
        ->setToolTip(tr("The recommended placement: a port per device and spare ports (q35, virt), a PHB per host PE "
                        "and spare PHBs (pseries)"));
    m_editMenu->addAction(tr("&Re-place All…"), m_edits, &EditOperations::replaceAll)
        ->setToolTip(tr("Plan every address again, keeping the devices and controllers"));
    m_editMenu
        ->addAction(tr("Add &Spare Hotplug Ports…"), m_edits,
                    [this] {
                        m_edits->placeWithSpares(tr("Add Spare Hotplug Ports"),
                                                 tr("Empty hotpluggable root ports (PHBs on pseries) to add, for "
                                                    "devices attached while the guest runs:"),
                                                 2, 1);
                    })
        ->setToolTip(tr("libvirt adds no controller at hotplug: ports must exist when the guest starts"));
    m_editMenu->addAction(tr("Convert Machine T&ype…"), m_edits, &EditOperations::convertMachineType)
        ->setToolTip(tr("Turn a pc (i440fx) guest into q35 or back: chipset, IDE/SATA, every device placed anew"));
    m_constraint = m_editMenu->addAction(tr("Placement &Constraint…"), m_edits, &EditOperations::editConstraint);
    m_constraint->setToolTip(
        tr("Where automatic placement may put the selected device (kept in the domain's metadata)"));
}

void ActionManager::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    auto onView = [this](void (GraphView::*method)()) {
        return [this, method] {
            if (DocumentTab *tab = m_documents->currentTab())
                (tab->view()->*method)();
        };
    };
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, onView(&GraphView::zoomIn));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, onView(&GraphView::zoomOut));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit to Window"), this, onView(&GraphView::fitToWindow));
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addAction(tr("&Actual Size"), this, onView(&GraphView::resetZoom));
    QAction *zoomSelection = view->addAction(tr("Zoom to &Selection"), this, onView(&GraphView::zoomToSelection));
    zoomSelection->setShortcut(QKeySequence(tr("Ctrl+9")));
    view->addSeparator();
    // Collapsing hides what hangs below a controller; a "+31" badge on it counts what.
    const auto collapse = [this](bool collapsed) {
        return [this, collapsed] {
            if (DocumentTab *tab = m_documents->currentTab())
                tab->scene()->setCollapsed(tab->selection()->nodes(), collapsed);
        };
    };
    view->addAction(tr("&Collapse Subtree"), this, collapse(true))->setShortcut(QKeySequence(tr("Ctrl+[")));
    view->addAction(tr("&Expand Subtree"), this, collapse(false))->setShortcut(QKeySequence(tr("Ctrl+]")));
    view->addAction(tr("Expand A&ll"), this, [this] {
        if (DocumentTab *tab = m_documents->currentTab())
            tab->scene()->expandAll();
    });
    view->addSeparator();
    // The language the next start uses (the system's by default).
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, name] :
         {std::pair{QString(), tr("System Default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        QAction *choice = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            m_window->statusBar()->showMessage(tr("The language changes when pcitopo is started again."), 6000);
        });
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
    }
    view->addSeparator();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addAction(tr("&Reset Layout"), this, &ActionManager::resetLayoutRequested)
        ->setToolTip(tr("The docks where they were at the first start, sized for this screen"));
    m_toolbar->addAction(zoomIn);
    m_toolbar->addAction(zoomOut);
    m_toolbar->addAction(fit);
}

void ActionManager::createFind()
{
    auto *field = new QLineEdit(m_window);
    field->setObjectName(QStringLiteral("FindField"));
    field->setPlaceholderText(tr("Find (Ctrl+F): name, model or address"));
    field->setClearButtonEnabled(true);
    field->setMaximumWidth(280);
    auto *count = new QLabel(m_window);
    count->setObjectName(QStringLiteral("FindCount"));
    count->setMinimumWidth(count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(8888).arg(8888)) + 8);
    count->setIndent(6);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(field);
    m_toolbar->addWidget(count);
    // Enter and F3 step through the matches, Shift the other way; "3 of 111" says where.
    const auto step = [this, field, count](int direction) {
        int matches = 0;
        const int at = m_edits->findNext(field->text(), direction, &matches);
        count->setText(field->text().trimmed().isEmpty() ? QString()
                           : matches == 0                ? tr("No match")
                                                         : tr("%1 of %2").arg(at).arg(matches));
    };
    connect(field, &QLineEdit::returnPressed, this, [step] { step(1); });
    connect(field, &QLineEdit::textChanged, count, &QLabel::clear);
    auto *back = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), field, [step] { step(-1); });
    back->setContext(Qt::WidgetShortcut);
    m_editMenu
        ->addAction(tr("&Find…"), field,
                    [field] {
                        field->setFocus();
                        field->selectAll();
                    })
        ->setShortcut(QKeySequence::Find);
    m_editMenu->addAction(tr("Find &Next"), this, [step] { step(1); })->setShortcut(QKeySequence(Qt::Key_F3));
    m_editMenu->addAction(tr("Find Pre&vious"), this, [step] { step(-1); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_editMenu->addAction(tr("Select &All Matches"), this, [this, field, count] {
        const int found = m_edits->find(field->text());
        count->setText(field->text().trimmed().isEmpty() ? QString() : tr("%n match(es)", nullptr, found));
    });
}

void ActionManager::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("What Do These &Symbols Mean?"), this,
                    [this] {
                        auto *dialog = new SymbolsDialog(m_window);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->show();
                    })
        ->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About pcitopo"), this, [this] {
        const QString libvirt = libvirtLibraryVersion();
        QMessageBox::about(m_window, tr("About pcitopo"),
                           tr("<h3>pcitopo %1</h3><p>The PCI/PCIe topology editor for libvirt guests: see a "
                              "guest's controllers and devices, rearrange them with every rule checked, pass host "
                              "devices through, and save through libvirt.</p>"
                              "<p>Rules follow libvirt 9.0 and QEMU 7.2 (<code>pcitopo explain</code> lists them "
                              "with their sources).</p><p>Running with Qt %2 and libvirt %3.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    libvirt.isEmpty() ? tr("(unknown)") : libvirt));
    });
}

void ActionManager::addLiveActions(QMenu &menu, DocumentTab *tab, const QList<NodeId> &nodes)
{
    // A running guest changes by plug and unplug only: what libvirt can do to it now.
    LiveLayer *live = m_libvirt->live();
    const Topology &topology = tab->document()->topology();
    const NodeId node = nodes.first();
    QPointer<DocumentTab> guard(tab);
    if (nodes.size() == 1 && topology.device(node)) {
        QAction *unplug = menu.addAction(tr("Hot-&Unplug…"), this, [live, guard, node] {
            if (guard)
                live->unplug(guard, node);
        });
        unplug->setObjectName(QStringLiteral("HotUnplug"));
        unplug->setEnabled(!tab->scene()->pendingUnplugs().contains(node)); // asked already
    }
    if (const Controller *c = nodes.size() == 1 ? topology.controller(node) : nullptr) {
        // The first free place on its bus: whether it takes a plug is judged when chosen.
        const std::optional<PciAddress> place = rules::freePlugPlace(topology, *c);
        QMenu *plug = menu.addMenu(place ? tr("&Hot-Plug at %1").arg(place->toShortString()) : tr("&Hot-Plug"));
        plug->setObjectName(QStringLiteral("HotPlugMenu"));
        plug->setEnabled(place.has_value());
        const auto plugAction = [&](const QString &text, const QByteArray &xml) {
            plug->addAction(text, this, [live, guard, xml, place] {
                if (guard)
                    live->plug(guard, xml, place);
            });
        };
        plugAction(tr("&Network Interface (virtio, user networking)"),
                   "<interface type='user'>\n  <model type='virtio'/>\n</interface>\n");
        plugAction(tr("&Random Number Generator (virtio)"),
                   "<rng model='virtio'>\n  <backend model='random'>/dev/urandom</backend>\n</rng>\n");
        plug->addAction(tr("Device from &XML File…"), this, [this, live, guard, place] {
            const QString path = QFileDialog::getOpenFileName(m_window, tr("Device to Hot-Plug"), QString(),
                                                              tr("Device XML (*.xml);;All files (*)"));
            if (path.isEmpty() || !guard)
                return;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_window->statusBar()->showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), 8000);
                return;
            }
            live->plug(guard, file.read(4 * 1024 * 1024), place);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("&Refresh Live Topology"), this, [live, guard] {
        if (guard)
            live->refresh(guard);
    });
    if (const std::optional<PciAddress> at = topology.addressOf(node); at && nodes.size() == 1)
        menu.addAction(tr("Copy Address (%1)").arg(at->toShortString()), this,
                       [text = at->toShortString()] { QGuiApplication::clipboard()->setText(text); });
}

void ActionManager::showNodeMenu(const QPoint &globalPos)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || tab->selection()->nodes().isEmpty())
        return;
    const QList<NodeId> nodes = tab->selection()->nodes();
    DomainDocument *document = tab->document();
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("NodeMenu"));
    // A dock of the window, shown and brought to the front.
    const auto showDock = [this](const char *name) {
        if (auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name))) {
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::OtherFocusReason);
        }
    };
    if (nodes.size() == 1) {
        menu.addAction(tr("&Properties"), this, [showDock] { showDock("PropertiesDock"); });
        menu.addAction(tr("Show &XML"), this, [showDock] { showDock("XmlDock"); });
        menu.addSeparator();
    }
    if (tab->isLive()) {
        addLiveActions(menu, tab, nodes);
        menu.exec(globalPos);
        return;
    }
    if (nodes.size() == 1 && tab->scene()->canCollapse(nodes.first())) {
        const bool collapsed = tab->scene()->isCollapsed(nodes.first());
        menu.addAction(
            collapsed ? tr("&Expand Subtree") : tr("&Collapse Subtree"), this,
            [scene = tab->scene(), node = nodes.first(), collapsed] { scene->setCollapsed({node}, !collapsed); });
        menu.addSeparator();
    }
    menu.addAction(m_moveTo);
    menu.addAction(m_delete);
    menu.addAction(m_constraint);
    // The fixes of the findings about these nodes, each named by what it does.
    QList<QAction *> fixes;
    for (const Diagnostic &d : tab->checker()->diagnostics()) {
        if (std::none_of(d.nodes.cbegin(), d.nodes.cend(), [&](NodeId id) { return nodes.contains(id); }))
            continue;
        for (const Fix &fix : d.fixes) {
            QAction *action = new QAction(tr("Fix: %1").arg(fix.text), &menu);
            connect(action, &QAction::triggered, document, [this, document, fix] {
                if (QString why; !applyFix(document, fix, &why))
                    m_window->statusBar()->showMessage(tr("Not fixed: %1: %2.").arg(fix.text, why), 8000);
            });
            fixes.append(action);
        }
    }
    if (!fixes.isEmpty()) {
        menu.addSeparator();
        menu.addActions(fixes);
    }
    if (const std::optional<PciAddress> at = document->topology().addressOf(nodes.first()); at && nodes.size() == 1) {
        menu.addSeparator();
        menu.addAction(tr("Copy Address (%1)").arg(at->toShortString()), this,
                       [text = at->toShortString()] { QGuiApplication::clipboard()->setText(text); });
    }
    menu.exec(globalPos);
}

} // namespace pcitopo
