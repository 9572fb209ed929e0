#pragma once

#include "DomainSave.h"
#include "SerialWorker.h"
#include "VirtConnection.h"
#include "host/HostInventory.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pcitopo {

/**
 * One libvirt connection as the editor sees it: opened, listed and saved through off the GUI
 * thread (a worker per connection, so calls on one connection keep their order), with results
 * delivered on the GUI thread. Owns the domain list and the host's PCI devices. Nothing here
 * waits for libvirt: deleting a session abandons what is in flight, and its results are
 * dropped when they arrive.
 */
class LibvirtSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Connected, Failed, Lost, Closed };

    LibvirtSession(const QString &uri, bool readOnly, QObject *parent = nullptr);
    ~LibvirtSession() override;

    QString uri() const { return m_uri; }
    bool isReadOnly() const { return m_readOnly; }
    State state() const { return m_state; }
    /** Why the connection failed or was lost. */
    QString error() const { return m_error; }
    const QList<DomainSummary> &domains() const { return m_domains; }
    const HostInventory &host() const { return m_host; }
    /** Whether the last open failed because cancel() gave up on it. */
    bool wasCancelled() const { return m_cancelled; }

    /** Opens the connection, then lists its domains and host devices. */
    void open(const CredentialHandler &credentials = {});
    /** Gives up waiting for the connection being opened; it is closed when it arrives. */
    void cancel();
    /** Reads the domain list and host devices again. */
    void refresh();
    /** Fetches a domain's persistent definition (with secrets on a read-write connection). */
    void fetchDomain(const QString &name, std::function<void(const QByteArray &xml, const QString &error)> done);
    /** saveDomain() on the worker; `done` runs on the GUI thread. */
    void save(const QString &name, const QByteArray &baseline, const QByteArray &xml, bool overwrite,
              std::function<void(const SaveOutcome &outcome)> done);
    /** Closes the connection (after what is queued on it). */
    void close();
    /** For tests: waits until nothing is pending, up to `ms`. */
    bool waitIdle(int ms);

signals:
    void stateChanged();
    void domainsChanged();
    void busyChanged(bool busy);

private:
    void run(std::function<void()> work);
    void finished();
    void setState(State state, const QString &error = QString());

    QString m_uri;
    bool m_readOnly;
    State m_state = State::Closed;
    QString m_error;
    bool m_cancelled = false;
    QList<DomainSummary> m_domains;
    HostInventory m_host;
    std::shared_ptr<VirtConnection> m_connection;
    std::unique_ptr<SerialWorker> m_worker;
    int m_pending = 0;
    quint64 m_openTicket = 0; // a cancelled open's result is recognised by its ticket
};

} // namespace pcitopo
