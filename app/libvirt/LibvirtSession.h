#pragma once

#include "DomainSave.h"
#include "HostListing.h"
#include "SerialWorker.h"
#include "VirtConnection.h"
#include "host/HostInventory.h"

#include <QObject>
#include <QPointer>

#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pcitopo {

struct CredentialExchange;

/**
 * Asks libvirt's authentication questions on the GUI thread without holding it: call `reply`
 * once, now or later, with the answers, or with nothing when the user declines. A reply after
 * the session gave up on the connection is ignored.
 */
using CredentialPrompt = std::function<void(const QList<Credential> &questions,
                                            std::function<void(std::optional<QList<Credential>> answers)> reply)>;

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
    /** How long a connection may take to open (not counting time spent answering questions). */
    static constexpr int DefaultConnectTimeoutMs = 15000;

    LibvirtSession(const QString &uri, bool readOnly, QObject *parent = nullptr);
    ~LibvirtSession() override;

    QString uri() const { return m_uri; }
    bool isReadOnly() const { return m_readOnly; }
    State state() const { return m_state; }
    /** Why the connection failed or was lost. */
    QString error() const { return m_error; }
    const QList<DomainSummary> &domains() const { return m_domains; }
    const HostInventory &host() const { return m_host; }
    /** The libvirt serving the connection, "10.0.0" (the daemon's, for a remote host); "" when unknown. */
    QString libvirtVersion() const { return m_libvirtVersion; }
    /** Whether the last open failed because cancel() gave up on it. */
    bool wasCancelled() const { return m_cancelled; }
    /** Whether the last open failed because the host did not answer in time. */
    bool timedOut() const { return m_timedOut; }
    /** 0: wait for as long as libvirt does. */
    void setConnectTimeout(int ms) { m_timeoutMs = ms; }
    int connectTimeout() const { return m_timeoutMs; }
    /** Whether the server's domain events reach this session (domainEvent, and domainsChanged). */
    bool followsServer() const { return m_following; }

    /**
     * Opens the connection, then lists its domains and host devices and follows the server's
     * domain events. Questions libvirt asks go to `prompt` on the GUI thread; without one,
     * libvirt's default (the terminal) answers.
     */
    void open(const CredentialPrompt &prompt = {});
    /**
     * Gives up the connection being opened: at once, also while a question waits for an
     * answer. The connection is closed when (if ever) it arrives.
     */
    void cancel();
    /** Reads the domain list and host devices again. */
    void refresh();
    /**
     * Fetches a domain's persistent definition (with secrets on a read-write connection).
     * `done` always runs: with neither XML nor error when the session gave up waiting.
     */
    void fetchDomain(const QString &name, std::function<void(const QByteArray &xml, const QString &error)> done);
    /**
     * Fetches a running guest's live definition (what it has now, with the addresses and
     * aliases libvirt assigned). `done` always runs, as for fetchDomain.
     */
    void fetchLive(const QString &name, std::function<void(const QByteArray &xml, const QString &error)> done);
    /**
     * Plugs a device into, or asks a running guest to release one (with `alsoConfig`, the next
     * boot's definition changes too). `done` always runs; for an unplug, success says only that
     * the guest was asked: domainEvent's DeviceRemoved says it let go.
     */
    void hotplug(const QString &name, const QByteArray &deviceXml, bool plug, bool alsoConfig,
                 std::function<void(const VirtConnection::Result &result)> done);
    /**
     * saveDomain() on the worker; `done` always runs on the GUI thread, with Abandoned when the
     * session gave up waiting (closed, reconnected, deleted).
     */
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
    /** Something happened to a domain on the server (the list is read again shortly after). */
    void domainEvent(const pcitopo::DomainEvent &event);
    /** A question being asked no longer needs an answer (cancelled, timed out, closed). */
    void credentialsWithdrawn();

private:
    /** What a call's result does on the GUI thread, with the session it returns to. */
    using Result = std::function<void(LibvirtSession *self)>;
    /**
     * Runs `work` on the worker and its result here, unless the session abandoned it; then
     * `abandoned` runs instead, at once (not when the stuck call returns).
     */
    void run(std::function<Result()> work, std::function<void()> abandoned = {});
    void dropResults();
    void abandonCalls();
    void setState(State state, const QString &error = QString());
    void giveUp(const QString &why);
    void withdrawQuestion();
    void connected(std::shared_ptr<VirtConnection> connection, const HostListing &listing);
    static QString lostReason(const QString &reason);
    static std::function<void(const DomainEvent &)> eventHandler(QPointer<LibvirtSession> self,
                                                                 const VirtConnection *connection);

    QString m_uri;
    bool m_readOnly;
    State m_state = State::Closed;
    QString m_error;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_following = false;
    int m_timeoutMs = DefaultConnectTimeoutMs;
    QTimer m_timeout; // runs while connecting, paused while a question waits for the user
    QTimer m_relist; // events come in bursts: the list is read once after them
    std::shared_ptr<CredentialExchange> m_exchange;
    QList<DomainSummary> m_domains;
    HostInventory m_host;
    QString m_libvirtVersion;
    std::shared_ptr<VirtConnection> m_connection;
    std::unique_ptr<SerialWorker> m_worker;
    int m_pending = 0;
    quint64 m_generation = 0; // results of calls from an older generation are dropped
    quint64 m_nextCall = 0;
    QHash<quint64, std::function<void()>> m_abandoned; // what to tell callers of calls in flight
    bool m_refreshing = false;
    bool m_refreshAgain = false; // events came while a refresh was under way
};

} // namespace pcitopo
