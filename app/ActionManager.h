#pragma once

#include "NodeId.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QPoint;
class QToolBar;

namespace pcitopo {

class DocumentManager;
class DocumentTab;
class EditOperations;
class LibvirtController;

/**
 * The window's menus, toolbar and shortcuts, each action handed to the part that does the
 * work: documents, connections, edits or the current diagram's view.
 */
class ActionManager : public QObject
{
    Q_OBJECT

public:
    /** Builds them; the window's docks must exist (View lists them). */
    ActionManager(QMainWindow *window, DocumentManager *documents, LibvirtController *libvirt, EditOperations *edits);

    /**
     * The context menu of the selected nodes (a box or a tree row right-clicked): Move To,
     * Delete, Placement Constraint, the Fix of each of their findings, Copy Address.
     */
    void showNodeMenu(const QPoint &globalPos);

signals:
    /** View › Reset Layout. */
    void resetLayoutRequested();

private:
    /** The node menu of a running guest's live tab: plug, unplug, refresh. */
    void addLiveActions(QMenu &menu, DocumentTab *tab, const QList<NodeId> &nodes);
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createFind();
    void createHelpMenu();

    QMainWindow *m_window;
    DocumentManager *m_documents;
    LibvirtController *m_libvirt;
    EditOperations *m_edits;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_constraint = nullptr;
};

} // namespace pcitopo
