#pragma once

#include "Feedback.h"

#include <QObject>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace pcitopo {

class ConnectionsDock;
class DocumentManager;
class DocumentTab;
class HostDevicesDock;
class LibvirtSession;
class LiveLayer;
struct DomainEvent;

/**
 * The window's libvirt side: the connections (each a LibvirtSession, listed in the
 * Connections dock), opening a domain from one into a tab, and saving it back through
 * libvirt after showing what changes.
 */
class LibvirtController : public QObject
{
    Q_OBJECT

public:
    LibvirtController(DocumentManager *documents, ConnectionsDock *connections, HostDevicesDock *hostDevices,
                      Feedback feedback, QObject *parent = nullptr);
    ~LibvirtController() override;

    const QList<LibvirtSession *> &sessions() const { return m_sessions; }
    /**
     * Opens a libvirt connection off the GUI thread, asking for credentials in a dialog when
     * libvirt needs them; opens `domain` once connected, when given. A connection to the same
     * URI that has not failed is reused.
     */
    LibvirtSession *connectTo(const QString &uri, bool readOnly = false, const QString &domain = QString(),
                              bool live = false);
    /**
     * Opens the embedded demo host in libvirt's test driver (GPUs, an SR-IOV NIC, NVMe, IOMMU
     * groups, guests of four machine types) and its q35 guest, so everything can be tried
     * without a hypervisor. Returns the connection.
     */
    LibvirtSession *openDemoHost();
    /** Fetches a domain's persistent definition and opens it (or shows its tab). */
    void openDomain(LibvirtSession *session, const QString &name);
    /** Opens a running guest's live topology (or shows its tab). */
    void openLive(LibvirtSession *session, const QString &name);
    /** The running guests' layer: plug and unplug. */
    LiveLayer *live() const { return m_live; }
    /** File › Connect: the connect dialog, then connectTo. */
    void connectWithDialog();
    /** File › Refresh Connection: reads the current connection again, or reconnects it. */
    void refreshCurrent();
    /** File › Disconnect: closes the current connection and its tabs (none may be modified). */
    void disconnectCurrent();
    /**
     * Defines a tab's document on its connection, after showing what changes, without waiting
     * for libvirt: `then` learns whether it was saved. A refusal becomes a finding on the item
     * libvirt names, and the edits stay.
     */
    void save(DocumentTab *tab, std::function<void(bool saved)> then = {});

signals:
    /** A connection connected, failed, was lost or closed. */
    void sessionStateChanged(pcitopo::LibvirtSession *session);

private:
    void open(LibvirtSession *session);
    void stateChanged(LibvirtSession *session);
    void closeSession(LibvirtSession *session);
    void define(DocumentTab *tab, const QByteArray &xml, bool overwrite, std::function<void(bool)> then);
    DocumentTab *tabFor(LibvirtSession *session, const DomainEvent &event) const;
    /** A domain event: the tab of that domain, if open, learns of it. */
    void changedOnServer(LibvirtSession *session, const DomainEvent &event);
    /** The notice of a tab whose domain the server now defines as `server`. */
    void offerServerVersion(DocumentTab *tab, const QByteArray &server, const QString &what = QString());
    /** Replaces a tab's document by the server's (or a merge with it), dropping its edits. */
    void reload(DocumentTab *tab, const QByteArray &server, const QByteArray &merged = {});
    /** Opened, yours and the server's, compared; reloads or merges when asked. */
    void showServerChanges(DocumentTab *tab, const QByteArray &server);

    DocumentManager *m_documents;
    ConnectionsDock *m_connections;
    HostDevicesDock *m_hostDevices;
    Feedback m_feedback;
    QList<LibvirtSession *> m_sessions;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    LiveLayer *m_live;
};

} // namespace pcitopo
