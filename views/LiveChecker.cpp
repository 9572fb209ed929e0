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
        connect(document, &DomainDocument::changed, this, [this](const TopologyChange &change) {
            m_external.clear();
            note(change);
            m_timer.start();
        });
    }
    m_checked = false;
    checkNow();
}

void LiveChecker::note(const TopologyChange &change)
{
    if (m_pendingAll)
        return;
    if (!change.isLocal()) {
        m_pendingAll = true;
        m_pending.reset();
        return;
    }
    if (!m_pending) {
        m_pending = change;
        return;
    }
    for (NodeId id : change.nodes)
        if (!m_pending->nodes.contains(id))
            m_pending->nodes.append(id);
    for (int bus : change.buses)
        if (!m_pending->buses.contains(bus))
            m_pending->buses.append(bus);
}

void LiveChecker::setHostFacts(const HostFacts &host)
{
    m_host = host;
    m_checked = false;
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
    if (m_document) {
        const Topology &topology = m_document->topology();
        if (!m_checked) {
            rules::RuleOptions options;
            options.host = m_host;
            m_session = rules::CheckSession(options);
            m_session.checkAll(topology);
            m_checked = true;
        } else if (m_pending && !m_pendingAll) {
            m_session.update(topology, *m_pending);
        } else if (m_pendingAll) {
            m_session.checkAll(topology);
        }
    }
    m_pending.reset();
    m_pendingAll = false;
    m_diagnostics = m_document ? m_external + m_session.findings() : QList<Diagnostic>();
    emit checked(m_diagnostics);
}

} // namespace pcitopo
