#pragma once

#include "NodeId.h"
#include "PciAddress.h"
#include "placement/Planner.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTemporaryDir;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace pcitopo {

class Autosave;
class ConnectionsDock;
class HostDevicesDock;
class LibvirtSession;
class DiagnosticsDock;
class DiagnosticsModel;
class DocumentTab;
class DomainDocument;
class GraphScene;
class GraphView;
class LiveChecker;
class PaletteWidget;
class PropertiesPanel;
class TopologyTreeModel;
class TopologyTreeView;

/**
 * The editor window: a tab per open domain with its diagram; the topology tree, the findings,
 * the properties of the selection, the palette and the undo history in docks the user can
 * rearrange, following the current tab. One selection is shared by the tree, the diagram and
 * the findings. Wiring only: the views and the model do the work.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a domain XML file; shows the parser's message and keeps the current one on error. */
    bool openFile(const QString &path);
    /** Opens the embedded demo domain (a file, without a host). */
    void openDemo();
    /**
     * Opens the embedded demo host in libvirt's test driver (GPUs, an SR-IOV NIC, NVMe, IOMMU
     * groups, guests of four machine types) and its q35 guest, so everything can be tried
     * without a hypervisor. Returns the connection.
     */
    LibvirtSession *openDemoHost();
    /**
     * Opens a libvirt connection off the GUI thread, asking for credentials in a dialog when
     * libvirt needs them; opens `domain` once connected, when given.
     */
    LibvirtSession *connectTo(const QString &uri, bool readOnly = false, const QString &domain = QString());
    /** Fetches a domain's persistent definition and opens it (or shows its tab). */
    void openDomain(LibvirtSession *session, const QString &name);
    const QList<LibvirtSession *> &sessions() const { return m_sessions; }
    ConnectionsDock *connectionsDock() const { return m_connectionsDock; }
    HostDevicesDock *hostDevicesDock() const { return m_hostDevicesDock; }
    /**
     * Adds host functions to the current domain on the controller with index `busIndex`,
     * offering the rest of their IOMMU group first. False when nothing was added.
     */
    bool addHostDevices(QList<PciAddress> host, int busIndex);
    /**
     * Edit › Place Unplaced Devices: the addresses and controllers libvirt would assign, shown
     * first, applied as one undo step. False when there is nothing to do or it is declined.
     */
    bool placeUnplaced(placement::Policy policy = placement::Policy::LibvirtCompatible, int sparePorts = 0,
                       bool everything = false);
    /** Edit › Placement Constraint: the selected device's constraint, as one undo step. */
    void editConstraint();
    /**
     * Offers what a crashed pcitopo left unsaved; recovered documents open modified, with their
     * original path, so Save writes them where they belong. PCITOPO_RECOVER=yes|no answers
     * without asking (scripts, tests). Returns how many were recovered.
     */
    int offerRecovery();
    /** The current tab's document, diagram and view; null without a tab. */
    DomainDocument *document() const;
    GraphScene *scene() const;
    GraphView *graphView() const;
    DocumentTab *currentTab() const;
    int tabCount() const;
    /** Closes the current tab, asking about unsaved changes; false when the user cancels. */
    bool closeCurrentTab();
    TopologyTreeView *treeView() const { return m_treeView; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    /** Selects every node whose label, model or address contains `text`; returns how many. */
    int find(const QString &text);
    /** Saves to a path without asking (atomic); false, with a message, on failure. */
    bool saveTo(const QString &path);
    /**
     * Prints "node<TAB>label<TAB>x<TAB>y" with the screen centre of every diagram box, for
     * scripted UI tests and screenshots (PCITOPO_PRINT_NODE_GEOMETRY=1).
     */
    void printNodeGeometry() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void addTab(std::unique_ptr<DomainDocument> document);
    void tabChanged();
    bool maybeSave(DocumentTab *tab);
    bool save();
    bool saveAs();
    void updateTitle();
    void updateStatus();
    void selectNodes(const QList<NodeId> &nodes, QObject *origin);
    void moveSelectionTo();
    void deleteSelection();
    void addRecentFile(const QString &path);
    bool saveToLibvirt(DocumentTab *tab);
    /** A yes/no question; PCITOPO_CONFIRM=yes|no answers it without asking (scripts, tests). */
    bool confirm(const QString &title, const QString &text, const QString &details = QString());
    /**
     * A problem the user must see: in the status bar, and in a message box unless
     * PCITOPO_CONFIRM says the session is scripted.
     */
    void report(const QString &title, const QString &message);
    void closeSession(LibvirtSession *session);
    void sessionChanged(LibvirtSession *session);
    DocumentTab *tabFor(LibvirtSession *session, const QString &domain) const;
    /** The tab of another document with this one's <uuid>, if any. */
    DocumentTab *tabForDomain(const DomainDocument &document) const;
    void updateRecentMenu();

    QTabWidget *m_tabs;
    Autosave *m_autosave;
    QUndoGroup *m_undoGroup;
    TopologyTreeView *m_treeView;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    QList<QMetaObject::Connection> m_tabConnections; // to the current tab, renewed on change
    PropertiesPanel *m_properties = nullptr;
    PaletteWidget *m_palette = nullptr;
    QUndoView *m_undoView = nullptr;
    QLabel *m_statusMachine;
    QLabel *m_statusFindings;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    bool m_syncingSelection = false;
    QList<LibvirtSession *> m_sessions;
    ConnectionsDock *m_connectionsDock = nullptr;
    HostDevicesDock *m_hostDevicesDock = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
};

} // namespace pcitopo
