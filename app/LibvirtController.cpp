#include "LibvirtController.h"

#include "AtomicFile.h"
#include "ConnectDialog.h"
#include "ConnectionsDock.h"
#include "DocumentManager.h"
#include "DocumentTab.h"
#include "DomainDiff.h"
#include "DomainDocument.h"
#include "GraphView.h"
#include "HostDevicesDock.h"
#include "LiveChecker.h"
#include "LiveLayer.h"
#include "NodeSelection.h"
#include "SaveDiffDialog.h"
#include "libvirt/LibvirtSession.h"
#include "rules/RuleChecker.h"

#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

namespace pcitopo {

LibvirtController::LibvirtController(DocumentManager *documents, ConnectionsDock *connections,
                                     HostDevicesDock *hostDevices, Feedback feedback, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_connections(connections)
    , m_hostDevices(hostDevices)
    , m_feedback(feedback)
    , m_live(new LiveLayer(
          documents, feedback, [this](LibvirtSession *session, const QString &name) { openDomain(session, name); },
          this))
{
    documents->setLibvirtSave([this](DocumentTab *tab, std::function<void(bool)> then) { save(tab, std::move(then)); });
    documents->setLibvirtRecovered([this](DocumentTab *tab, const Autosave::Origin &origin) {
        // The recovered edit belongs to its domain again: its connection is opened (asking for
        // credentials if it must), and Save defines it there, checked against the definition
        // it was made from.
        LibvirtSession *session = connectTo(origin.uri, origin.readOnly);
        tab->setLibvirtOrigin(session, origin.domain, origin.baseline);
        m_documents->tabWidget()->setTabToolTip(m_documents->tabWidget()->indexOf(tab),
                                                tr("%1 on %2").arg(origin.domain, origin.uri));
        m_feedback.status(
            tr("Recovered the unsaved edits of %1; Save defines them on %2.").arg(origin.domain, origin.uri), 8000);
    });
    connect(connections, &ConnectionsDock::domainActivated, this, &LibvirtController::openDomain);
    connect(connections, &ConnectionsDock::liveRequested, this, &LibvirtController::openLive);
    connect(connections, &ConnectionsDock::currentSessionChanged, this, [this](LibvirtSession *session) {
        if (session)
            m_hostDevices->setSession(session);
    });
    connect(documents, &DocumentManager::currentTabChanged, this, [this](DocumentTab *tab) {
        if (tab && tab->session())
            m_hostDevices->setSession(tab->session());
    });
    connect(connections, &ConnectionsDock::cancelRequested, this, [](LibvirtSession *session) { session->cancel(); });
    connect(connections, &ConnectionsDock::disconnectRequested, this, &LibvirtController::closeSession);
    connect(connections, &ConnectionsDock::removeRequested, this, &LibvirtController::closeSession);
    connect(connections, &ConnectionsDock::reconnectRequested, this, &LibvirtController::open);
}

LibvirtController::~LibvirtController() = default;

LibvirtSession *LibvirtController::openDemoHost()
{
    // The test driver reads a real file: the embedded demo host goes to the user's data
    // directory (or a temporary one), rewritten at every start.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-host");
    if (!QDir().mkpath(dir)) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        dir = m_demoDir->path();
    }
    for (const QString &name : QDir(QStringLiteral(":/demo/host")).entryList(QDir::Files)) {
        QFile in(QStringLiteral(":/demo/host/") + name);
        QString error;
        if (!in.open(QIODevice::ReadOnly))
            error = in.errorString();
        else
            writeFileAtomically(dir + QLatin1Char('/') + name, in.readAll(), &error);
        if (!error.isEmpty()) {
            m_feedback.report(tr("Demo Host"), tr("The demo host could not be written to %1: %2").arg(dir, error));
            return nullptr;
        }
    }
    return connectTo(QStringLiteral("test://") + dir + QStringLiteral("/demo-host.xml"), false,
                     QStringLiteral("workstation-gpu"));
}

void LibvirtController::connectWithDialog()
{
    ConnectDialog dialog(m_feedback.window());
    if (dialog.exec() == QDialog::Accepted && !dialog.uri().isEmpty())
        connectTo(dialog.uri(), dialog.readOnly()); // with the timeout the dialog remembered
}

LibvirtSession *LibvirtController::connectTo(const QString &uri, bool readOnly, const QString &domain, bool live)
{
    const auto openIt = [this, domain, live](LibvirtSession *session) {
        if (live)
            openLive(session, domain);
        else
            openDomain(session, domain);
    };
    for (LibvirtSession *session : std::as_const(m_sessions)) {
        if (session->uri() == uri && session->isReadOnly() == readOnly
            && session->state() != LibvirtSession::State::Failed) {
            if (!domain.isEmpty())
                openIt(session);
            return session;
        }
    }
    auto *session = new LibvirtSession(uri, readOnly, this);
    session->setConnectTimeout(ConnectDialog::connectTimeoutSeconds() * 1000);
    m_sessions.append(session);
    m_connections->addSession(session);
    m_hostDevices->setSession(session);
    connect(session, &LibvirtSession::stateChanged, this, [this, session] { stateChanged(session); });
    connect(session, &LibvirtSession::domainsChanged, this, [this, session] {
        for (DocumentTab *tab : m_documents->tabs()) {
            if (tab->session() == session)
                tab->setHostFacts(session->host().factsFor(tab->domainName()));
        }
    });
    connect(session, &LibvirtSession::domainEvent, this, [this, session](const DomainEvent &event) {
        m_live->domainEvent(session, event);
        changedOnServer(session, event);
    });
    if (!domain.isEmpty()) {
        auto *opener = new QObject(session);
        connect(session, &LibvirtSession::stateChanged, opener, [session, opener, openIt] {
            if (session->state() == LibvirtSession::State::Connecting)
                return;
            if (session->state() == LibvirtSession::State::Connected)
                openIt(session);
            opener->deleteLater();
        });
    }
    m_feedback.status(tr("Connecting to %1…").arg(uri));
    open(session);
    return session;
}

void LibvirtController::open(LibvirtSession *session)
{
    // The dialog does not block: the connecting thread waits for its answer, this one does
    // not, and giving the connection up (Cancel, the timeout, Disconnect) closes it.
    QPointer<LibvirtSession> guard(session);
    session->open([this, guard](const QList<Credential> &questions, auto reply) {
        if (!guard) {
            reply(std::nullopt);
            return;
        }
        QPointer<QDialog> dialog = askCredentials(m_feedback.window(), guard->uri(), questions, reply);
        connect(guard, &LibvirtSession::credentialsWithdrawn, dialog, [dialog] {
            if (dialog)
                dialog->reject();
        });
    });
}

void LibvirtController::refreshCurrent()
{
    LibvirtSession *session = m_connections->currentSession();
    if (!session)
        return;
    if (session->state() == LibvirtSession::State::Connected)
        session->refresh();
    else
        open(session);
}

void LibvirtController::disconnectCurrent()
{
    if (LibvirtSession *session = m_connections->currentSession())
        closeSession(session);
}

void LibvirtController::stateChanged(LibvirtSession *session)
{
    switch (session->state()) {
    case LibvirtSession::State::Connected:
        ConnectDialog::addRecentUri(session->uri());
        m_feedback.status(tr("Connected to %1").arg(session->uri()), 4000);
        break;
    case LibvirtSession::State::Failed:
        if (session->wasCancelled())
            m_feedback.status(tr("Connecting to %1 was cancelled.").arg(session->uri()), 5000);
        else
            m_feedback.report(tr("Cannot Connect"),
                              tr("Could not connect to %1: %2").arg(session->uri(), session->error()));
        break;
    case LibvirtSession::State::Lost:
        m_feedback.status(tr("The connection to %1 was lost (%2). Unsaved edits stay in the editor; "
                             "use Save As, or File › Refresh Connection to reconnect.")
                              .arg(session->uri(), session->error()));
        m_live->connectionLost(session);
        break;
    case LibvirtSession::State::Connecting:
    case LibvirtSession::State::Closed: break;
    }
    emit sessionStateChanged(session);
}

void LibvirtController::closeSession(LibvirtSession *session)
{
    const QList<DocumentTab *> tabs = m_documents->tabs();
    for (DocumentTab *tab : tabs) {
        if (tab->session() == session && tab->document()->isModified()) {
            m_documents->setCurrentTab(tab);
            m_feedback.report(
                tr("Disconnect"),
                tr("%1 has unsaved changes: save or close it first.").arg(tab->document()->displayName()));
            return;
        }
    }
    for (DocumentTab *tab : tabs) {
        if (tab->session() == session)
            m_documents->closeTab(tab);
    }
    m_connections->removeSession(session);
    if (m_hostDevices->session() == session)
        m_hostDevices->setSession(nullptr);
    m_sessions.removeAll(session);
    session->cancel(); // one still connecting is abandoned
    session->close();
    session->deleteLater();
}

void LibvirtController::openDomain(LibvirtSession *session, const QString &name)
{
    if (DocumentTab *tab = m_documents->tabFor(session, name)) {
        m_documents->setCurrentTab(tab);
        return;
    }
    auto *progress = new QProgressDialog(tr("Fetching %1 from %2…").arg(name, session->uri()), tr("Cancel"), 0, 0,
                                         m_feedback.window());
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);
    QPointer<LibvirtSession> sessionGuard(session);
    session->fetchDomain(
        name, [this, sessionGuard, name, cancelled, guard](const QByteArray &xml, const QString &error) {
            if (guard) {
                guard->disconnect(this); // closing a progress dialog says "canceled"
                guard->close();
            }
            if (*cancelled || !sessionGuard || (xml.isEmpty() && error.isEmpty()))
                return; // given up, by the user or with the connection
            QString parseError;
            std::unique_ptr<DomainDocument> document =
                xml.isEmpty() ? nullptr : DomainDocument::fromXml(xml, &parseError);
            if (!document) {
                m_feedback.report(tr("Cannot Open Domain"),
                                  tr("%1 could not be opened from %2: %3")
                                      .arg(name, sessionGuard->uri(), error.isEmpty() ? parseError : error));
                return;
            }
            if (DocumentTab *tab = m_documents->tabFor(sessionGuard, name)) { // opened twice while fetching
                m_documents->setCurrentTab(tab);
                return;
            }
            document->setSource(sessionGuard->uri());
            DocumentTab *tab = m_documents->addTab(std::move(document));
            tab->setLibvirtOrigin(sessionGuard, name, xml);
            tab->setBesideLive(m_documents->tabFor(sessionGuard, name, true) != nullptr);
            QTabWidget *tabs = m_documents->tabWidget();
            tabs->setTabToolTip(tabs->indexOf(tab), tr("%1 on %2").arg(name, sessionGuard->uri()));
            tab->setHostFacts(sessionGuard->host().factsFor(name));
            tab->view()->fitToWindow();
            m_hostDevices->setSession(sessionGuard);
        });
}

void LibvirtController::openLive(LibvirtSession *session, const QString &name)
{
    m_live->open(session, name);
}

void LibvirtController::save(DocumentTab *tab, std::function<void(bool)> then)
{
    const auto done = [then](bool saved) {
        if (then)
            then(saved);
    };
    if (tab->isLive()) {
        m_feedback.report(tr("Cannot Save"),
                          tr("This tab is the running guest %1 as it is now: it changes by Hot-Plug and "
                             "Hot-Unplug, and is never saved as a definition. Use Save As to keep it in a file.")
                              .arg(tab->domainName()));
        return done(false);
    }
    LibvirtSession *session = tab->session();
    const QString name = tab->domainName();
    if (!session || session->state() != LibvirtSession::State::Connected) {
        m_feedback.report(tr("Cannot Save"),
                          tr("The connection for %1 is not open, so it cannot be saved there. Your edits are "
                             "still in the editor: use Save As to keep them in a file, or File › Refresh "
                             "Connection to reconnect.")
                              .arg(name));
        return done(false);
    }
    if (session->isReadOnly()) {
        m_feedback.report(tr("Cannot Save"), tr("%1 was opened read-only: use Save As.").arg(name));
        return done(false);
    }
    if (tab->isSaving()) {
        m_feedback.status(tr("%1 is being saved already.").arg(name), 4000);
        return done(false);
    }
    const QByteArray xml = tab->document()->toXml();
    QString ignored;
    const std::unique_ptr<DomainDocument> before = DomainDocument::fromXml(tab->baseline(), &ignored);
    const QStringList changes =
        before ? DomainDiff::topologyChanges(before->topology(), tab->document()->topology()) : QStringList();
    const QString diff = DomainDiff::maskSecrets(
        DomainDiff::unifiedDiff(tab->baseline(), xml, tr("%1 (on the server)").arg(name), tr("%1 (edited)").arg(name)));
    const QByteArray answer = qgetenv("PCITOPO_CONFIRM");
    if (answer.isEmpty()) {
        SaveDiffDialog dialog(name, session->uri(), changes, diff, m_feedback.window());
        if (dialog.exec() != QDialog::Accepted)
            return done(false);
    } else if (answer != "yes") {
        return done(false);
    }
    tab->setSaving(true);
    m_feedback.status(tr("Saving %1 to %2…").arg(name, session->uri()));
    define(tab, xml, false, std::move(then));
}

void LibvirtController::define(DocumentTab *tab, const QByteArray &xml, bool overwrite, std::function<void(bool)> then)
{
    // Nothing waits here: the window goes on, edits included, while libvirt defines the XML as
    // it was when Save was chosen. The tab may be closed meanwhile.
    LibvirtSession *session = tab->session();
    const QString name = tab->domainName();
    const QString uri = session->uri();
    QPointer<DocumentTab> guard(tab);
    QPointer<LibvirtSession> sessionGuard(session);
    session->save(name, tab->baseline(), xml, overwrite, [=, this](const SaveOutcome &outcome) {
        const auto done = [&](bool saved) {
            if (guard)
                guard->setSaving(false);
            if (then)
                then(saved);
        };
        if (!guard)
            return done(false);
        if (outcome.status == SaveOutcome::Status::Abandoned) {
            m_feedback.status(outcome.message);
            return done(false);
        }
        if (outcome.status == SaveOutcome::Status::ChangedOnServer) {
            const bool overwrite =
                m_feedback.confirm(tr("Changed on the Server"),
                                   outcome.message + QLatin1Char('\n') + tr("Overwrite it with your version?"));
            // The question waited for the user: the tab or the connection may be gone since.
            if (!overwrite || !guard || !sessionGuard || guard->session() != sessionGuard
                || sessionGuard->state() != LibvirtSession::State::Connected)
                return done(false);
            return define(guard, xml, true, then);
        }
        if (outcome.status != SaveOutcome::Status::Saved) {
            // Shown next to the item it names, and in the findings, until the next edit.
            const Diagnostic finding = rules::libvirtRefusal(guard->document()->topology(), outcome.message, uri);
            guard->checker()->addExternalFinding(finding);
            if (!finding.nodes.isEmpty())
                guard->selection()->select(finding.nodes);
            m_feedback.status(finding.message);
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Not Saved"),
                                        tr("%1\n\nYour edits are still in the editor.").arg(finding.message),
                                        QMessageBox::Ok, m_feedback.window());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return done(false);
        }
        guard->setBaseline(outcome.serverXml);
        guard->clearNotice(); // what the server had is now this
        // Clean only if the document is still what was saved: edits made meanwhile (even ones
        // merged into the last undo step) are not on the server.
        if (guard->document()->toXml() == xml)
            guard->document()->undoStack()->setClean();
        m_feedback.status(tr("Saved %1 to %2").arg(name, uri), 5000);
        if (sessionGuard)
            sessionGuard->refresh(); // which guest uses which host device may have changed
        done(true);
    });
}

DocumentTab *LibvirtController::tabFor(LibvirtSession *session, const DomainEvent &event) const
{
    for (DocumentTab *tab : m_documents->tabs()) {
        if (tab->session() != session || tab->isLive())
            continue; // a live tab follows the guest through LiveLayer
        // A rename keeps the UUID; a domain defined anew under the same name has another one.
        if (!event.uuid.isEmpty() && !tab->document()->uuid().isEmpty() ? tab->document()->uuid() == event.uuid
                                                                        : tab->domainName() == event.name)
            return tab;
    }
    return nullptr;
}

void LibvirtController::changedOnServer(LibvirtSession *session, const DomainEvent &event)
{
    DocumentTab *tab = tabFor(session, event);
    if (!tab)
        return;
    const QString where = session->uri();
    switch (event.kind) {
    case DomainEvent::Kind::Renamed: {
        // The definition now has another <name>: the tab follows it, and offers the server's
        // version (Reload, or merge the rename into the edits).
        const QString old = tab->domainName();
        tab->setLibvirtOrigin(session, event.name, tab->baseline());
        QPointer<DocumentTab> guard(tab);
        session->fetchDomain(
            event.name, [this, guard, old, name = event.name, where](const QByteArray &xml, const QString &) {
                if (guard && !xml.isEmpty())
                    offerServerVersion(guard, xml, tr("%1 was renamed to %2 on %3.").arg(old, name, where));
            });
        break;
    }
    case DomainEvent::Kind::Undefined:
        tab->showNotice(tr("%1 was undefined on %2 by another client. Save defines it again from this editor.")
                            .arg(tab->domainName(), where),
                        {});
        break;
    case DomainEvent::Kind::Defined: {
        // Our own save says "defined" too: fetched after it (calls keep their order), the
        // server's definition then equals the tab's baseline.
        QPointer<DocumentTab> guard(tab);
        session->fetchDomain(tab->domainName(), [this, guard](const QByteArray &xml, const QString &) {
            if (guard && !xml.isEmpty() && xml != guard->baseline() && !guard->isSaving())
                offerServerVersion(guard, xml);
        });
        break;
    }
    case DomainEvent::Kind::Started:
    case DomainEvent::Kind::Stopped:
        m_feedback.status(event.kind == DomainEvent::Kind::Started ? tr("%1 was started on %2.").arg(event.name, where)
                                                                   : tr("%1 was stopped on %2.").arg(event.name, where),
                          5000);
        break;
    default: break;
    }
}

void LibvirtController::offerServerVersion(DocumentTab *tab, const QByteArray &server, const QString &what)
{
    const QString name = tab->domainName();
    QPointer<DocumentTab> guard(tab);
    QList<DocumentTab::NoticeAction> actions;
    actions.append({tr("Reload"), [this, guard, server] {
                        if (guard)
                            reload(guard, server);
                    }});
    actions.append({tr("Show Changes…"), [this, guard, server] {
                        if (guard)
                            showServerChanges(guard, server);
                    }});
    tab->showNotice(
        (what.isEmpty() ? tr("%1 was changed on %2 by another client.").arg(name, tab->session()->uri()) : what)
            + (tab->document()->isModified() ? QLatin1Char(' ') + tr("You have unsaved edits too.") : QString()),
        actions);
}

void LibvirtController::reload(DocumentTab *tab, const QByteArray &server, const QByteArray &merged)
{
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(merged.isEmpty() ? server : merged, &error);
    if (!document) {
        m_feedback.report(tr("Cannot Reload"), error);
        return;
    }
    LibvirtSession *session = tab->session();
    const QString name = tab->domainName();
    const int index = m_documents->tabWidget()->indexOf(tab);
    document->setSource(session->uri());
    m_documents->closeTab(tab, DocumentManager::Discard);
    DocumentTab *fresh = m_documents->addTab(std::move(document));
    m_documents->tabWidget()->tabBar()->moveTab(m_documents->tabWidget()->indexOf(fresh), index);
    fresh->setLibvirtOrigin(session, name, server);
    fresh->setBesideLive(m_documents->tabFor(session, name, true) != nullptr);
    m_documents->tabWidget()->setTabToolTip(m_documents->tabWidget()->indexOf(fresh),
                                            tr("%1 on %2").arg(name, session->uri()));
    fresh->setHostFacts(session->host().factsFor(name));
    if (!merged.isEmpty() && merged != server)
        fresh->document()->undoStack()->resetClean(); // the merge is not on the server yet
    m_feedback.status(merged.isEmpty()
                          ? tr("Reloaded %1 from %2.").arg(name, session->uri())
                          : tr("Merged the server's changes into %1; save to define the result.").arg(name),
                      6000);
}

void LibvirtController::showServerChanges(DocumentTab *tab, const QByteArray &server)
{
    const QString name = tab->domainName();
    const QByteArray opened = tab->baseline();
    const QByteArray yours = tab->document()->toXml();
    QString error;
    const auto topology = [&](const QByteArray &after) {
        const std::unique_ptr<DomainDocument> a = DomainDocument::fromXml(opened, &error);
        const std::unique_ptr<DomainDocument> b = DomainDocument::fromXml(after, &error);
        return a && b ? DomainDiff::topologyChanges(a->topology(), b->topology()) : QStringList();
    };
    const DomainDiff::MergeResult merge = DomainDiff::mergeThreeWay(opened, yours, server);
    const bool mergeable = merge.ok && DomainDocument::fromXml(merge.merged, &error) != nullptr;
    ServerChangesDialog dialog(name, tab->session()->uri(), topology(server), topology(yours),
                               DomainDiff::maskSecrets(DomainDiff::unifiedDiff(
                                   opened, server, tr("%1 (opened)").arg(name), tr("%1 (on the server)").arg(name))),
                               DomainDiff::maskSecrets(DomainDiff::unifiedDiff(
                                   opened, yours, tr("%1 (opened)").arg(name), tr("%1 (yours)").arg(name))),
                               mergeable                       ? QStringList()
                                   : merge.conflicts.isEmpty() ? QStringList{error}
                                                               : merge.conflicts,
                               m_feedback.window());
    QPointer<DocumentTab> guard(tab);
    const int result = dialog.exec();
    if (!guard)
        return;
    if (result == ServerChangesDialog::Merge && mergeable)
        reload(guard, server, merge.merged);
    else if (result == ServerChangesDialog::TakeServer)
        reload(guard, server);
    else
        offerServerVersion(guard, server); // decided later
}

} // namespace pcitopo
