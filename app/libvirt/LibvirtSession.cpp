#include "LibvirtSession.h"

#include "DomainDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

#include <condition_variable>
#include <mutex>

namespace pcitopo {

/**
 * One authentication question crossing from libvirt's connecting thread to the GUI and back.
 * The connecting thread waits on it; the GUI never does: it settles it with the answers, or
 * the session settles it empty when it gives up, so the connecting thread never waits for a
 * GUI that has moved on.
 */
struct CredentialExchange
{
    std::mutex mutex;
    std::condition_variable settled;
    bool done = false;
    std::optional<QList<Credential>> answers;

    void settle(std::optional<QList<Credential>> given)
    {
        {
            std::lock_guard lock(mutex);
            if (done)
                return;
            done = true;
            answers = std::move(given);
        }
        settled.notify_all();
    }

    std::optional<QList<Credential>> wait()
    {
        std::unique_lock lock(mutex);
        settled.wait(lock, [this] { return done; });
        return std::exchange(answers, std::nullopt);
    }
};

namespace {

/** Runs a worker's result on the GUI thread; dropped when the application is gone. */
void deliver(std::function<void()> result)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, std::move(result), Qt::QueuedConnection);
}

/** Lets go of a connection on a thread of its own: closing a remote one talks to its host. */
void releaseOffThread(std::shared_ptr<VirtConnection> connection)
{
    if (connection)
        SerialWorker().post([connection = std::move(connection)]() mutable { connection.reset(); });
}

/** A connection on its way to the GUI thread; one nobody takes is closed off that thread. */
struct Handover
{
    std::shared_ptr<VirtConnection> connection;
    ~Handover() { releaseOffThread(std::move(connection)); }
};

void wipe(QList<Credential> &credentials)
{
    for (Credential &c : credentials) {
        c.answer.fill(QLatin1Char('\0'));
        c.answer.clear();
    }
}

} // namespace

LibvirtSession::LibvirtSession(const QString &uri, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
    , m_readOnly(readOnly)
    , m_worker(std::make_unique<SerialWorker>())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        giveUp(tr("No answer within %n second(s). The host may be down, or a firewall may drop the "
                  "connection; the timeout can be changed in the Connect dialog.",
                  nullptr, (m_timeoutMs + 999) / 1000));
    });
    m_relist.setSingleShot(true);
    m_relist.setInterval(150);
    connect(&m_relist, &QTimer::timeout, this, &LibvirtSession::refresh);
}

LibvirtSession::~LibvirtSession()
{
    // Nothing is waited for: a call in flight keeps its connection alive until it returns,
    // the connection is closed on the worker after it, and the results find no session.
    close();
}

void LibvirtSession::run(std::function<Result()> work, std::function<void()> abandoned)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    QPointer<LibvirtSession> self(this);
    const quint64 generation = m_generation;
    const quint64 call = ++m_nextCall;
    if (abandoned)
        m_abandoned.insert(call, std::move(abandoned));
    m_worker->post([self, generation, call, work = std::move(work)] {
        Result result = work();
        deliver([self, generation, call, result = std::move(result)] {
            if (!self || generation != self->m_generation)
                return; // abandoned: its caller was told when it was
            self->m_abandoned.remove(call);
            if (--self->m_pending == 0)
                emit self->busyChanged(false);
            result(self);
        });
    });
}

void LibvirtSession::dropResults()
{
    ++m_generation;
    if (m_pending > 0) {
        m_pending = 0;
        emit busyChanged(false);
    }
    // Their callers learn it now, not when (if ever) the stuck calls return.
    const QHash<quint64, std::function<void()>> abandoned = std::exchange(m_abandoned, {});
    for (const std::function<void()> &tell : abandoned)
        tell();
}

void LibvirtSession::abandonCalls()
{
    // The worker may be stuck in a call that never returns: its results are dropped, and new
    // calls go to a fresh worker instead of queueing behind it.
    dropResults();
    m_worker = std::make_unique<SerialWorker>();
}

void LibvirtSession::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void LibvirtSession::withdrawQuestion()
{
    if (!m_exchange)
        return;
    m_exchange->settle(std::nullopt);
    m_exchange.reset();
    emit credentialsWithdrawn();
}

void LibvirtSession::open(const CredentialPrompt &prompt)
{
    withdrawQuestion();
    // A fresh worker: the connection is not queued behind calls of the previous one, which
    // may hang; they are abandoned.
    abandonCalls();
    releaseOffThread(std::move(m_connection)); // a lost or failed one
    m_following = false;
    m_cancelled = false;
    m_timedOut = false;
    setState(State::Connecting);
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);

    CredentialHandler credentials;
    if (prompt) {
        // Called on the connecting thread: the question goes to the GUI thread, and this
        // thread waits for the answer, which the session guarantees to come.
        QPointer<LibvirtSession> self(this);
        const quint64 generation = m_generation;
        credentials = [self, generation, prompt](QList<Credential> &questions) {
            auto exchange = std::make_shared<CredentialExchange>();
            // Whatever happens to the question (never delivered, dialog gone without an
            // answer), the last copy of this settles it, so this thread never waits forever.
            const std::shared_ptr<void> settler(nullptr, [exchange](void *) { exchange->settle(std::nullopt); });
            deliver([self, generation, prompt, exchange, settler, questions] {
                if (!self || generation != self->m_generation || self->m_state != State::Connecting)
                    return;
                self->m_exchange = exchange;
                self->m_timeout.stop(); // the user takes the time they need
                QPointer<LibvirtSession> guard = self;
                prompt(questions, [guard, generation, exchange, settler](std::optional<QList<Credential>> answers) {
                    exchange->settle(std::move(answers));
                    if (guard && guard->m_exchange == exchange) {
                        guard->m_exchange.reset();
                        if (generation == guard->m_generation && guard->m_timeoutMs > 0)
                            guard->m_timeout.start(guard->m_timeoutMs);
                    }
                });
            });
            std::optional<QList<Credential>> answers = exchange->wait();
            if (!answers || answers->size() != questions.size()) {
                if (answers)
                    wipe(*answers);
                return false;
            }
            // Moved, not copied: the only copy left is the one libvirt's callback wipes.
            for (qsizetype i = 0; i < questions.size(); ++i)
                questions[i].answer = std::move((*answers)[i].answer);
            return true;
        };
    }

    QPointer<LibvirtSession> self(this);
    const quint64 generation = m_generation;
    run([self, generation, uri = m_uri, readOnly = m_readOnly, credentials]() -> Result {
        QString error;
        auto handover = std::make_shared<Handover>();
        handover->connection = VirtConnection::open(uri, &error, readOnly, credentials);
        HostListing listing;
        bool following = false;
        if (handover->connection) {
            // The host answered: the timeout is about that, not about listing a big host.
            deliver([self, generation] {
                if (self && generation == self->m_generation)
                    self->m_timeout.stop();
            });
            // Events first, then the listing: a change in between is in the listing or in an event.
            following = handover->connection->watchDomains(eventHandler(self, handover->connection.get()));
            listing = listHost(*handover->connection);
        }
        return [handover, error, listing, following](LibvirtSession *self) {
            self->m_timeout.stop();
            if (!handover->connection) {
                self->withdrawQuestion();
                self->setState(State::Failed, error);
                return;
            }
            self->m_following = following;
            self->connected(std::exchange(handover->connection, nullptr), listing);
        };
    });
}

std::function<void(const DomainEvent &)> LibvirtSession::eventHandler(QPointer<LibvirtSession> self,
                                                                      const VirtConnection *connection)
{
    // Called on libvirt's event thread. The connection is compared by address only: the
    // session's reference is never taken on that thread, nor copied on this one.
    return [self, connection](const DomainEvent &event) {
        deliver([self, connection, event] {
            if (!self || self->m_state != State::Connected || self->m_connection.get() != connection)
                return;
            emit self->domainEvent(event);
            if (!self->m_relist.isActive()) // not restarted: a stream of events still relists
                self->m_relist.start();
        });
    };
}

void LibvirtSession::connected(std::shared_ptr<VirtConnection> connection, const HostListing &listing)
{
    m_connection = connection;
    QPointer<LibvirtSession> guard(this);
    const VirtConnection *raw = connection.get();
    // Called on libvirt's event thread.
    connection->setLostHandler([guard, raw](const QString &reason) {
        deliver([guard, raw, reason] {
            // A call may have found the connection dead first; the reason given here is the
            // more precise one.
            if (guard && (guard->m_state == State::Connected || guard->m_state == State::Lost)
                && guard->m_connection.get() == raw)
                guard->setState(State::Lost, lostReason(reason));
        });
    });
    m_domains = listing.domains;
    m_host = listing.host;
    m_libvirtVersion = listing.libvirtVersion;
    setState(State::Connected, listing.error);
    emit domainsChanged();
}

QString LibvirtSession::lostReason(const QString &reason)
{
    if (reason == QLatin1String("keepalive timeout"))
        return tr("The host stopped answering keepalive messages (network down, host hung or suspended).");
    if (reason == QLatin1String("end of file"))
        return tr("The host closed the connection (its libvirtd stopped or restarted).");
    if (reason == QLatin1String("error"))
        return tr("The connection broke off with an error.");
    return tr("The connection was closed.");
}

void LibvirtSession::giveUp(const QString &why)
{
    if (m_state != State::Connecting)
        return;
    m_timeout.stop();
    withdrawQuestion();
    abandonCalls();
    setState(State::Failed, why);
}

void LibvirtSession::cancel()
{
    if (m_state != State::Connecting)
        return;
    m_cancelled = true;
    giveUp(tr("Cancelled."));
}

void LibvirtSession::refresh()
{
    if (!m_connection || m_state != State::Connected)
        return;
    if (m_refreshing) { // one listing at a time; another follows it if asked meanwhile
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    run(
        [connection = m_connection]() -> Result {
            const HostListing listing = listHost(*connection);
            const bool alive = connection->isAlive();
            return [listing, alive](LibvirtSession *self) {
                self->m_refreshing = false;
                if (self->m_refreshAgain)
                    QMetaObject::invokeMethod(self, &LibvirtSession::refresh, Qt::QueuedConnection);
                if (!alive) {
                    if (self->m_state == State::Connected)
                        self->setState(State::Lost, lostReason(QStringLiteral("error")));
                    return;
                }
                self->m_domains = listing.domains;
                self->m_host = listing.host;
                emit self->domainsChanged();
            };
        },
        [this] { m_refreshing = false; });
}

void LibvirtSession::fetchDomain(const QString &name, std::function<void(const QByteArray &, const QString &)> done)
{
    if (!m_connection) {
        done({}, tr("Not connected to %1.").arg(m_uri));
        return;
    }
    run([connection = m_connection, name, done]() -> Result {
        QString error;
        const QByteArray xml = connection->domainXml(name, &error);
        return [xml, error, done](LibvirtSession *) {
            done(xml, error);
        };
    });
}

void LibvirtSession::fetchLive(const QString &name, std::function<void(const QByteArray &, const QString &)> done)
{
    if (!m_connection) {
        done({}, tr("Not connected to %1.").arg(m_uri));
        return;
    }
    run(
        [connection = m_connection, name, done]() -> Result {
            QString error;
            const QByteArray xml = connection->liveXml(name, &error);
            return [xml, error, done](LibvirtSession *) {
                done(xml, error);
            };
        },
        [done] { done({}, {}); });
}

void LibvirtSession::hotplug(const QString &name, const QByteArray &deviceXml, bool plug, bool alsoConfig,
                             std::function<void(const VirtConnection::Result &)> done)
{
    if (!m_connection) {
        done({false, tr("Not connected to %1: nothing was asked of libvirt.").arg(m_uri)});
        return;
    }
    run(
        [connection = m_connection, name, deviceXml, plug, alsoConfig, done]() -> Result {
            const VirtConnection::Result result = plug ? connection->attachDevice(name, deviceXml, alsoConfig)
                                                       : connection->detachDevice(name, deviceXml, alsoConfig);
            return [result, done](LibvirtSession *) {
                done(result);
            };
        },
        [done, uri = m_uri] {
            done({false,
                  tr("The connection to %1 was given up before libvirt answered: whether the guest "
                     "changed is not known. Refresh to see.")
                      .arg(uri)});
        });
}

void LibvirtSession::save(const QString &name, const QByteArray &baseline, const QByteArray &xml, bool overwrite,
                          std::function<void(const SaveOutcome &)> done)
{
    if (!m_connection) {
        SaveOutcome outcome;
        outcome.message = tr("Not connected to %1: nothing was saved.").arg(m_uri);
        done(outcome);
        return;
    }
    const QString uri = m_uri;
    run(
        [connection = m_connection, name, baseline, xml, overwrite, done]() -> Result {
            const SaveOutcome outcome = saveDomain(*connection, name, baseline, xml, overwrite);
            const bool alive = connection->isAlive();
            return [outcome, alive, done](LibvirtSession *self) {
                if (outcome.status == SaveOutcome::Status::Failed && self->m_state == State::Connected && !alive)
                    self->setState(State::Lost, lostReason(QStringLiteral("error")));
                done(outcome);
            };
        },
        [done, uri] {
            SaveOutcome outcome;
            outcome.status = SaveOutcome::Status::Abandoned;
            outcome.message = tr("The connection to %1 was closed before libvirt answered: whether the domain "
                                 "was saved is not known. Your edits are still in the editor.")
                                  .arg(uri);
            done(outcome);
        });
}

void LibvirtSession::close()
{
    m_timeout.stop();
    m_relist.stop();
    m_refreshing = false;
    withdrawQuestion();
    dropResults();
    m_following = false;
    if (m_connection) {
        m_connection->setLostHandler({});
        // Closed on the worker, after what is queued there: a remote close may wait.
        m_worker->post([connection = std::move(m_connection)]() mutable { connection.reset(); });
    }
    if (m_state != State::Closed)
        setState(State::Closed);
}

bool LibvirtSession::waitIdle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (m_pending > 0 && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_pending == 0;
}

} // namespace pcitopo
