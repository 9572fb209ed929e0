#pragma once

#include "rules/Diagnostic.h"
#include "rules/HostFacts.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pcitopo {

class DomainDocument;

/**
 * Runs the rule checker after every change of a document (coalesced on the next turn of the
 * event loop, so a macro of several commands is checked once) and publishes the findings.
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
    QPointer<DomainDocument> m_document;
    QList<Diagnostic> m_diagnostics;
    QList<Diagnostic> m_external;
    HostFacts m_host;
    QTimer m_timer;
};

} // namespace pcitopo
