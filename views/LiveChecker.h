#pragma once

#include "TopologyChange.h"
#include "rules/Diagnostic.h"
#include "rules/HostFacts.h"
#include "rules/RuleChecker.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pcitopo {

class DomainDocument;

/**
 * Runs the rule checker after every change of a document (coalesced on the next turn of the
 * event loop, so a macro of several commands is checked once) and publishes the findings.
 * Local edits of devices are re-checked where they can matter (rules::CheckSession); anything
 * else is checked whole.
 */
class LiveChecker : public QObject
{
    Q_OBJECT

public:
    explicit LiveChecker(QObject *parent = nullptr);

    void setDocument(DomainDocument *document);
    /** What the host says of its devices (from a connection); the rules that need it run. */
    void setHostFacts(const HostFacts &host);
    const HostFacts &hostFacts() const { return m_host; }
    /**
     * Shows a finding that did not come from the checker (libvirt refusing a define) beside
     * the checker's, until the next edit.
     */
    void addExternalFinding(const Diagnostic &diagnostic);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /** Runs the check now (tests, and the first display of a document). */
    void checkNow();

signals:
    void checked(const QList<pcitopo::Diagnostic> &diagnostics);

private:
    /** Adds a change to those not checked yet. */
    void note(const TopologyChange &change);

    QPointer<DomainDocument> m_document;
    rules::CheckSession m_session;
    bool m_checked = false; // the session has judged the document once
    std::optional<TopologyChange> m_pending; // what changed since, when it is all local edits
    bool m_pendingAll = false; // something else changed: check everything
    QList<Diagnostic> m_diagnostics;
    QList<Diagnostic> m_external;
    HostFacts m_host;
    QTimer m_timer;
};

} // namespace pcitopo
