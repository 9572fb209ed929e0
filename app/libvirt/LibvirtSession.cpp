#include "LibvirtSession.h"

#include "DomainDocument.h"
#include "HostListing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

namespace pcitopo {

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

} // namespace

LibvirtSession::LibvirtSession(const QString &uri, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
    , m_readOnly(readOnly)
    , m_worker(std::make_unique<SerialWorker>())
{ }

LibvirtSession::~LibvirtSession()
{
    // Nothing is waited for: a call in flight keeps its connection alive until it returns,
    // the connection is closed on the worker after it, and the results find no session.
    close();
}

void LibvirtSession::run(std::function<void()> work)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    m_worker->post(std::move(work));
}

void LibvirtSession::finished()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void LibvirtSession::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void LibvirtSession::open(const CredentialHandler &credentials)
{
    m_cancelled = false;
    setState(State::Connecting);
    const quint64 ticket = ++m_openTicket;
    const QString uri = m_uri;
    const bool readOnly = m_readOnly;
    QPointer<LibvirtSession> self(this);
    run([self, ticket, uri, readOnly, credentials] {
        QString error;
        std::shared_ptr<VirtConnection> connection(VirtConnection::open(uri, &error, readOnly, credentials));
        HostListing listing;
        if (connection)
            listing = listHost(*connection);
        deliver([self, ticket, connection, error, listing]() mutable {
            if (!self || ticket != self->m_openTicket) {
                if (self)
                    self->finished();
                releaseOffThread(std::move(connection)); // abandoned or cancelled
                return;
            }
            self->finished();
            if (!connection) {
                self->setState(State::Failed, error);
                return;
            }
            self->m_connection = connection;
            QPointer<LibvirtSession> guard = self;
            connection->setLostHandler([guard](const QString &reason) {
                deliver([guard, reason] {
                    if (guard && guard->m_state == State::Connected)
                        guard->setState(State::Lost, reason);
                });
            });
            self->m_domains = listing.domains;
            self->m_host = listing.host;
            self->setState(State::Connected, listing.error);
            emit self->domainsChanged();
        });
    });
}

void LibvirtSession::cancel()
{
    if (m_state != State::Connecting)
        return;
    ++m_openTicket;
    m_cancelled = true;
    setState(State::Failed, tr("Cancelled."));
}

void LibvirtSession::refresh()
{
    if (!m_connection)
        return;
    const std::shared_ptr<VirtConnection> connection = m_connection;
    QPointer<LibvirtSession> self(this);
    run([self, connection] {
        const HostListing listing = listHost(*connection);
        const bool alive = connection->isAlive();
        deliver([self, listing, alive] {
            if (!self)
                return;
            self->finished();
            if (!alive) {
                if (self->m_state == State::Connected)
                    self->setState(State::Lost, tr("The connection was lost."));
                return;
            }
            self->m_domains = listing.domains;
            self->m_host = listing.host;
            emit self->domainsChanged();
        });
    });
}

void LibvirtSession::fetchDomain(const QString &name, std::function<void(const QByteArray &, const QString &)> done)
{
    if (!m_connection) {
        done({}, tr("Not connected to %1.").arg(m_uri));
        return;
    }
    const std::shared_ptr<VirtConnection> connection = m_connection;
    QPointer<LibvirtSession> self(this);
    run([self, connection, name, done] {
        QString error;
        const QByteArray xml = connection->domainXml(name, &error);
        deliver([self, xml, error, done] {
            if (!self)
                return;
            self->finished();
            done(xml, error);
        });
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
    const std::shared_ptr<VirtConnection> connection = m_connection;
    QPointer<LibvirtSession> self(this);
    run([self, connection, name, baseline, xml, overwrite, done] {
        const SaveOutcome outcome = saveDomain(*connection, name, baseline, xml, overwrite);
        deliver([self, outcome, done] {
            if (!self)
                return;
            self->finished();
            if (outcome.status == SaveOutcome::Status::Failed && self->m_state == State::Connected
                && !self->m_connection->isAlive())
                self->setState(State::Lost, outcome.message);
            done(outcome);
        });
    });
}

void LibvirtSession::close()
{
    ++m_openTicket;
    if (m_connection) {
        m_connection->setLostHandler({});
        // Closed on the worker, after what is queued there: a remote close may wait.
        m_worker->post([connection = std::move(m_connection)]() mutable { connection.reset(); });
    }
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
