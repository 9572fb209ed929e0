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
    m_external.clear();
    if (document) {
        connect(document, &DomainDocument::changed, this, [this] {
            m_external.clear();
            m_timer.start();
        });
    }
    checkNow();
}

void LiveChecker::setHostFacts(const HostFacts &host)
{
    m_host = host;
    checkNow();
}

void LiveChecker::addExternalFinding(const Diagnostic &diagnostic)
{
    m_external.prepend(diagnostic);
    checkNow();
}

void LiveChecker::checkNow()
{
    m_timer.stop();
    rules::RuleOptions options;
    options.host = m_host;
    m_diagnostics = m_document ? m_external + rules::checkTopology(m_document->topology(), options) : QList<Diagnostic>();
    emit checked(m_diagnostics);
}

} // namespace pcitopo
