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
#include "NodeSelection.h"
#include "SaveDiffDialog.h"
#include "libvirt/LibvirtSession.h"
#include "rules/RuleChecker.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
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
{
    documents->setLibvirtSave([this](DocumentTab *tab) { return save(tab); });
    connect(connections, &ConnectionsDock::domainActivated, this, &LibvirtController::openDomain);
    connect(connections, &ConnectionsDock::currentSessionChanged, this, [this](LibvirtSession *session) {
        if (session)
            m_hostDevices->setSession(session);
    });
    connect(documents, &DocumentManager::currentTabChanged, this, [this](DocumentTab *tab) {
        if (tab && tab->session())
            m_hostDevices->setSession(tab->session());
    });
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
        connectTo(dialog.uri(), dialog.readOnly());
}

LibvirtSession *LibvirtController::connectTo(const QString &uri, bool readOnly, const QString &domain)
{
    for (LibvirtSession *session : std::as_const(m_sessions)) {
        if (session->uri() == uri && session->isReadOnly() == readOnly
            && session->state() != LibvirtSession::State::Failed) {
            if (!domain.isEmpty())
                openDomain(session, domain);
            return session;
        }
    }
    auto *session = new LibvirtSession(uri, readOnly, this);
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
    if (!domain.isEmpty()) {
        auto *opener = new QObject(session);
        connect(session, &LibvirtSession::stateChanged, opener, [this, session, domain, opener] {
            if (session->state() == LibvirtSession::State::Connecting)
                return;
            if (session->state() == LibvirtSession::State::Connected)
                openDomain(session, domain);
            opener->deleteLater();
        });
    }
    m_feedback.status(tr("Connecting to %1…").arg(uri));
    open(session);
    return session;
}

void LibvirtController::open(LibvirtSession *session)
{
    // libvirt asks on the connecting thread; the dialog must run on this one.
    session->open([this, uri = session->uri()](QList<Credential> &questions) {
        bool answered = false;
        QMetaObject::invokeMethod(
            this, [&] { answered = askCredentials(m_feedback.window(), uri, questions); },
            Qt::BlockingQueuedConnection);
        return answered;
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
            if (*cancelled || !sessionGuard)
                return;
            if (guard) {
                guard->disconnect(this); // closing a progress dialog says "canceled"
                guard->close();
            }
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
            QTabWidget *tabs = m_documents->tabWidget();
            tabs->setTabToolTip(tabs->indexOf(tab), tr("%1 on %2").arg(name, sessionGuard->uri()));
            tab->setHostFacts(sessionGuard->host().factsFor(name));
            tab->view()->fitToWindow();
            m_hostDevices->setSession(sessionGuard);
        });
}

bool LibvirtController::save(DocumentTab *tab)
{
    LibvirtSession *session = tab->session();
    const QString name = tab->domainName();
    QWidget *window = m_feedback.window();
    if (!session || session->state() != LibvirtSession::State::Connected) {
        m_feedback.report(tr("Cannot Save"),
                          tr("The connection for %1 is not open, so it cannot be saved there. Your edits are "
                             "still in the editor: use Save As to keep them in a file, or File › Refresh "
                             "Connection to reconnect.")
                              .arg(name));
        return false;
    }
    if (session->isReadOnly()) {
        m_feedback.report(tr("Cannot Save"), tr("%1 was opened read-only: use Save As.").arg(name));
        return false;
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
        SaveDiffDialog dialog(name, session->uri(), changes, diff, window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    } else if (answer != "yes") {
        return false;
    }

    const auto runSave = [&](bool overwrite) {
        SaveOutcome outcome;
        QEventLoop loop;
        QProgressDialog progress(tr("Saving %1 to %2…").arg(name, session->uri()), QString(), 0, 0, window);
        progress.setMinimumDuration(400);
        progress.setWindowModality(Qt::WindowModal);
        session->save(name, tab->baseline(), xml, overwrite, [&](const SaveOutcome &result) {
            outcome = result;
            loop.quit();
        });
        loop.exec();
        return outcome;
    };
    SaveOutcome outcome = runSave(false);
    if (outcome.status == SaveOutcome::Status::ChangedOnServer) {
        if (!m_feedback.confirm(tr("Changed on the Server"),
                                outcome.message + QLatin1Char('\n') + tr("Overwrite it with your version?")))
            return false;
        outcome = runSave(true);
    }
    if (outcome.status != SaveOutcome::Status::Saved) {
        // Shown next to the item it names, and in the findings, until the next edit.
        const Diagnostic finding = rules::libvirtRefusal(tab->document()->topology(), outcome.message, session->uri());
        tab->checker()->addExternalFinding(finding);
        if (!finding.nodes.isEmpty())
            tab->selection()->select(finding.nodes);
        m_feedback.status(finding.message);
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Not Saved"),
                                    tr("%1\n\nYour edits are still in the editor.").arg(finding.message),
                                    QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    tab->setBaseline(outcome.serverXml);
    tab->document()->undoStack()->setClean();
    m_feedback.status(tr("Saved %1 to %2").arg(name, session->uri()), 5000);
    session->refresh(); // which guest uses which host device may have changed
    return true;
}

} // namespace pcitopo
