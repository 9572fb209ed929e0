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

void LibvirtSession::run(std::function<Result()> work)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    QPointer<LibvirtSession> self(this);
    const quint64 generation = m_generation;
    m_worker->post([self, generation, work = std::move(work)] {
        Result result = work();
        deliver([self, generation, result = std::move(result)] {
            if (!self || generation != self->m_generation)
                return; // abandoned
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
    if (m_state == State::Connecting)
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
            deliver([self, generation, prompt, exchange, questions] {
                if (!self || generation != self->m_generation || self->m_state != State::Connecting) {
                    exchange->settle(std::nullopt);
                    return;
                }
                self->m_exchange = exchange;
                self->m_timeout.stop(); // the user takes the time they need
                QPointer<LibvirtSession> guard = self;
                prompt(questions, [guard, generation, exchange](std::optional<QList<Credential>> answers) {
                    exchange->settle(std::move(answers));
                    if (guard && guard->m_exchange == exchange) {
                        guard->m_exchange.reset();
                        if (generation == guard->m_generation && guard->m_timeoutMs > 0)
                            guard->m_timeout.start(guard->m_timeoutMs);
                    }
                });
            });
            std::optional<QList<Credential>> answers = exchange->wait();
            if (!answers || answers->size() != questions.size())
                return false;
            for (qsizetype i = 0; i < questions.size(); ++i)
                questions[i].answer = (*answers)[i].answer;
            wipe(*answers);
            return true;
        };
    }

    run([uri = m_uri, readOnly = m_readOnly, credentials]() -> Result {
        QString error;
        auto handover = std::make_shared<Handover>();
        handover->connection = VirtConnection::open(uri, &error, readOnly, credentials);
        HostListing listing;
        if (handover->connection)
            listing = listHost(*handover->connection);
        return [handover, error, listing](LibvirtSession *self) {
            self->m_timeout.stop();
            if (!handover->connection) {
                self->withdrawQuestion();
                self->setState(State::Failed, error);
                return;
            }
            self->connected(std::exchange(handover->connection, nullptr), listing);
        };
    });
}

void LibvirtSession::connected(std::shared_ptr<VirtConnection> connection, const HostListing &listing)
{
    m_connection = connection;
    QPointer<LibvirtSession> guard(this);
    const std::weak_ptr<VirtConnection> weak = connection;
    // Both are called on libvirt's event thread.
    connection->setLostHandler([guard, weak](const QString &reason) {
        deliver([guard, weak, reason] {
            // A call may have found the connection dead first; the reason given here is the
            // more precise one.
            if (guard && (guard->m_state == State::Connected || guard->m_state == State::Lost)
                && guard->m_connection == weak.lock())
                guard->setState(State::Lost, lostReason(reason));
        });
    });
    const auto onEvent = [guard, weak](const DomainEvent &event) {
        deliver([guard, weak, event] {
            if (!guard || guard->m_state != State::Connected || guard->m_connection != weak.lock())
                return;
            emit guard->domainEvent(event);
            guard->m_relist.start();
        });
    };
    run([connection, onEvent]() -> Result {
        QString error;
        const bool watching = connection->watchDomains(onEvent, &error);
        return [watching](LibvirtSession *self) {
            self->m_following = watching;
        };
    });
    m_domains = listing.domains;
    m_host = listing.host;
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
    run([connection = m_connection]() -> Result {
        const HostListing listing = listHost(*connection);
        const bool alive = connection->isAlive();
        return [listing, alive](LibvirtSession *self) {
            if (!alive) {
                if (self->m_state == State::Connected)
                    self->setState(State::Lost, lostReason(QStringLiteral("error")));
                return;
            }
            self->m_domains = listing.domains;
            self->m_host = listing.host;
            emit self->domainsChanged();
        };
    });
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

void LibvirtSession::save(const QString &name, const QByteArray &baseline, const QByteArray &xml, bool overwrite,
                          std::function<void(const SaveOutcome &)> done)
{
    if (!m_connection) {
        SaveOutcome outcome;
        outcome.message = tr("Not connected to %1: nothing was saved.").arg(m_uri);
        done(outcome);
        return;
    }
    run([connection = m_connection, name, baseline, xml, overwrite, done]() -> Result {
        const SaveOutcome outcome = saveDomain(*connection, name, baseline, xml, overwrite);
        const bool alive = connection->isAlive();
        return [outcome, alive, done](LibvirtSession *self) {
            if (outcome.status == SaveOutcome::Status::Failed && self->m_state == State::Connected && !alive)
                self->setState(State::Lost, lostReason(QStringLiteral("error")));
            done(outcome);
        };
    });
}

void LibvirtSession::close()
{
    m_timeout.stop();
    m_relist.stop();
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
