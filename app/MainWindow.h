#pragma once

#include "NodeId.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoView;

namespace pcitopo {

class DiagnosticsDock;
class DiagnosticsModel;
class DomainDocument;
class GraphScene;
class GraphView;
class LiveChecker;
class PaletteWidget;
class PropertiesPanel;
class TopologyTreeModel;
class TopologyTreeView;

/**
 * The editor window: the diagram in the centre; the topology tree, the findings, the
 * properties of the selection and the undo history in docks the user can rearrange. One
 * selection is shared by the tree, the diagram and the findings. Wiring only: the views and
 * the model do the work.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a domain XML file; shows the parser's message and keeps the current one on error. */
    bool openFile(const QString &path);
    /** Opens the embedded demo domain. */
    void openDemo();
    DomainDocument *document() const { return m_document.get(); }
    GraphScene *scene() const { return m_scene; }
    GraphView *graphView() const { return m_graphView; }
    TopologyTreeView *treeView() const { return m_treeView; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
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
    void setDocument(std::unique_ptr<DomainDocument> document);
    bool maybeSave();
    bool save();
    bool saveAs();
    void updateTitle();
    void updateStatus();
    void selectNodes(const QList<NodeId> &nodes, QObject *origin);
    void moveSelectionTo();
    void deleteSelection();
    void addRecentFile(const QString &path);
    void updateRecentMenu();

    std::unique_ptr<DomainDocument> m_document;
    TopologyTreeModel *m_treeModel;
    TopologyTreeView *m_treeView;
    GraphScene *m_scene;
    GraphView *m_graphView;
    LiveChecker *m_checker;
    DiagnosticsModel *m_diagnosticsModel;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    PropertiesPanel *m_properties = nullptr;
    PaletteWidget *m_palette = nullptr;
    QUndoView *m_undoView = nullptr;
    QLabel *m_statusMachine;
    QLabel *m_statusFindings;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editAnchor = nullptr;
    bool m_syncingSelection = false;
};

} // namespace pcitopo
