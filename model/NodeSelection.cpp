#include "NodeSelection.h"

#include "DomainDocument.h"
#include "Topology.h"
#include "TopologyChange.h"

#include <QSet>

namespace pcitopo {

NodeSelection::NodeSelection(DomainDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    if (document)
        connect(document, &DomainDocument::changed, this, &NodeSelection::documentChanged);
}

void NodeSelection::select(const QList<NodeId> &nodes, const QObject *origin)
{
    QList<NodeId> unique;
    unique.reserve(nodes.size());
    QSet<NodeId> seen;
    for (NodeId id : nodes) {
        if (id.isValid() && !seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    // A view echoing what it was told ends here; a selection made by code (Find, a finding)
    // is announced even when unchanged, so that the views show it again.
    if (origin && seen == QSet<NodeId>(m_nodes.cbegin(), m_nodes.cend()))
        return;
    m_nodes = std::move(unique);
    emit changed(m_nodes, origin);
}

void NodeSelection::documentChanged(const TopologyChange &change)
{
    if (m_nodes.isEmpty() || !m_document)
        return;
    if (change.kind != TopologyChange::NodesRemoved && change.kind != TopologyChange::Reset)
        return;
    const Topology &topology = m_document->topology();
    QList<NodeId> kept;
    for (NodeId id : std::as_const(m_nodes)) {
        if (topology.controller(id) || topology.device(id))
            kept.append(id);
    }
    if (kept.size() != m_nodes.size())
        select(kept);
}

} // namespace pcitopo
