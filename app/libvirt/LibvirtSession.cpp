#include "LibvirtSession.h"

#include "DomainDocument.h"
#include "HostListing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

namespace pcitopo {

LibvirtSession::LibvirtSession(const QString &uri, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
    , m_readOnly(readOnly)
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

LibvirtSession::~LibvirtSession()
{
    if (m_connection)
        m_connection->setLostHandler({});
    ++m_openTicket;
    m_worker.waitForDone(); // a call in flight finishes before its connection goes
}

void LibvirtSession::run(std::function<void()> work)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    m_worker.start(std::move(work));
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
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, connection, error, listing]() mutable {
                if (!self)
                    return;
                self->finished();
                if (ticket != self->m_openTicket)
                    return; // cancelled: the connection closes as the last reference goes
                if (!connection) {
                    self->setState(State::Failed, error);
                    return;
                }
                self->m_connection = connection;
                QPointer<LibvirtSession> guard = self;
                connection->setLostHandler([guard](const QString &reason) {
                    QMetaObject::invokeMethod(
                        qApp,
                        [guard, reason] {
                            if (guard && guard->m_state == State::Connected)
                                guard->setState(State::Lost, reason);
                        },
                        Qt::QueuedConnection);
                });
                self->m_domains = listing.domains;
                self->m_host = listing.host;
                self->setState(State::Connected, listing.error);
                emit self->domainsChanged();
            },
            Qt::QueuedConnection);
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
        QMetaObject::invokeMethod(
            qApp,
            [self, listing, alive] {
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
            },
            Qt::QueuedConnection);
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
        QMetaObject::invokeMethod(
            qApp,
            [self, xml, error, done] {
                if (!self)
                    return;
                self->finished();
                done(xml, error);
            },
            Qt::QueuedConnection);
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
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome, done] {
                if (!self)
                    return;
                self->finished();
                if (outcome.status == SaveOutcome::Status::Failed && self->m_state == State::Connected
                    && !self->m_connection->isAlive())
                    self->setState(State::Lost, outcome.message);
                done(outcome);
            },
            Qt::QueuedConnection);
    });
}

void LibvirtSession::close()
{
    ++m_openTicket;
    if (m_connection) {
        m_connection->setLostHandler({});
        // Closed on the worker, after what is queued there: a remote close may wait.
        m_worker.start([connection = std::move(m_connection)]() mutable { connection.reset(); });
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
