#pragma once

#include <QObject>

class QMainWindow;
class QMenu;
class QToolBar;

namespace pcitopo {

class DocumentManager;
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

private:
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
};

} // namespace pcitopo
