#pragma once

#include "PciAddress.h"
#include "placement/Planner.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace pcitopo {

class ActionManager;
class CatalogueWidget;
class ConnectionsDock;
class DiagnosticsDock;
class DocumentManager;
class DocumentTab;
class DomainDocument;
class EditOperations;
class GraphScene;
class HostDevicesDock;
class LibvirtController;
class LibvirtSession;
class PropertiesPanel;
class TopologyTreeView;
class OverviewWidget;
class XmlPane;

/**
 * The editor window: a tab per open domain with its diagram; the topology tree, the findings,
 * the properties of the selection, the device palette and the undo history in docks the user
 * can rearrange, following the current tab and its one node selection. Assembly only: the
 * documents, connections, edits and actions are each run by a part of their own.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentManager *documents() const { return m_documents; }
    LibvirtController *libvirt() const { return m_libvirt; }
    EditOperations *edits() const { return m_edits; }

    // Shortcuts to the parts, for main() and the tests that drive the window: each is the
    // DocumentManager's, LibvirtController's or EditOperations' function of that name.
    bool openFile(const QString &path);
    void openDemo();
    LibvirtSession *openDemoHost();
    LibvirtSession *connectTo(const QString &uri, bool readOnly = false, const QString &domain = QString(),
                              bool live = false);
    void openDomain(LibvirtSession *session, const QString &name);
    const QList<LibvirtSession *> &sessions() const;
    bool addHostDevices(QList<PciAddress> host, int busIndex);
    bool placeUnplaced(placement::Policy policy = placement::Policy::LibvirtCompatible, int sparePorts = 0,
                       bool everything = false);
    void editConstraint();
    int offerRecovery();
    int find(const QString &text);
    bool saveTo(const QString &path);
    bool closeCurrentTab();
    /** See DocumentTab::printNodeGeometry. */
    void printNodeGeometry() const;

    /** The current tab and its document and diagram; null without a tab. */
    DocumentTab *currentTab() const;
    DomainDocument *document() const;
    GraphScene *scene() const;
    int tabCount() const;
    TopologyTreeView *treeView() const { return m_treeView; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    ConnectionsDock *connectionsDock() const { return m_connectionsDock; }
    HostDevicesDock *hostDevicesDock() const { return m_hostDevicesDock; }
    XmlPane *xmlPane() const { return m_xmlPane; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

public:
    /** View › Reset Layout: the docks as at the first start, sized for this screen. */
    void resetLayout();

private:
    /** The first window: 1280x800, or the available screen when that is smaller. */
    void placeOnScreen();
    /** The docks' default sizes, for the window's size. */
    void sizeDocks();
    /** Enter on a box: the Properties dock, focused. */
    void showProperties();
    void createDocks();
    void showTab(DocumentTab *tab);
    void updateTitle();
    void updateStatus();

    TopologyTreeView *m_treeView;
    DiagnosticsDock *m_diagnosticsDock;
    PropertiesPanel *m_properties;
    XmlPane *m_xmlPane;
    OverviewWidget *m_overview;
    CatalogueWidget *m_catalogue;
    ConnectionsDock *m_connectionsDock;
    HostDevicesDock *m_hostDevicesDock;
    DocumentManager *m_documents;
    LibvirtController *m_libvirt;
    ActionManager *m_actions = nullptr;
    EditOperations *m_edits;
    QLabel *m_statusMachine;
    QLabel *m_statusFindings;
    QPointer<DocumentTab> m_shownTab; // what the docks show
    QByteArray m_defaultState; // the docks as made, before a saved layout replaced them
    bool m_adapted = false; // a restored layout was checked against this screen
    QList<QMetaObject::Connection> m_tabConnections; // to the current tab, renewed on change
};

} // namespace pcitopo
