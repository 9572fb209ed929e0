#include "LiveChecker.h"

#include "DomainDocument.h"
#include "rules/RuleChecker.h"

namespace pcitopo {

LiveChecker::LiveChecker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LiveChecker::checkNow);
}

void LiveChecker::setDocument(DomainDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &DomainDocument::changed, &m_timer, qOverload<>(&QTimer::start));
    checkNow();
}

void LiveChecker::checkNow()
{
    m_timer.stop();
    m_diagnostics = m_document ? rules::checkTopology(m_document->topology()) : QList<Diagnostic>();
    emit checked(m_diagnostics);
}

} // namespace pcitopo
