#pragma once

#include <QWidget>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace pcitopo {

class LibvirtSession;

/**
 * The open libvirt connections, each with its domains (name, state, machine type). Shows a
 * connection's state (connecting, lost, failed, with the whole error in the tooltip) and a
 * Cancel button while connecting; double-clicking a domain asks to open it. A row's context
 * menu offers Cancel, Disconnect, Reconnect, Remove and Copy Error.
 */
class ConnectionsDock : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsDock(QWidget *parent = nullptr);

    void addSession(LibvirtSession *session);
    void removeSession(LibvirtSession *session);
    /** The connection of the selected row (a connection or one of its domains), or null. */
    LibvirtSession *currentSession() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void domainActivated(pcitopo::LibvirtSession *session, const QString &name);
    /** Open Live Topology on a running domain. */
    void liveRequested(pcitopo::LibvirtSession *session, const QString &name);
    void currentSessionChanged(pcitopo::LibvirtSession *session);
    void cancelRequested(pcitopo::LibvirtSession *session);
    void disconnectRequested(pcitopo::LibvirtSession *session);
    void reconnectRequested(pcitopo::LibvirtSession *session);
    void removeRequested(pcitopo::LibvirtSession *session);

public:
    /** The context menu of a connection's rows (for tests: the caller deletes it). */
    QMenu *contextMenu(LibvirtSession *session);

private:
    void update(LibvirtSession *session);
    QTreeWidgetItem *itemFor(LibvirtSession *session) const;

    QTreeWidget *m_tree;
};

} // namespace pcitopo
