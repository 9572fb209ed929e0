#pragma once

#include "rules/Diagnostic.h"

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
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /** Runs the check now (tests, and the first display of a document). */
    void checkNow();

signals:
    void checked(const QList<pcitopo::Diagnostic> &diagnostics);

private:
    QPointer<DomainDocument> m_document;
    QList<Diagnostic> m_diagnostics;
    QTimer m_timer;
};

} // namespace pcitopo
