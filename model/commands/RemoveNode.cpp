#include "RemoveNode.h"

#include <QCoreApplication>

namespace pcitopo {

RemoveNode::RemoveNode(DomainDocument *document, NodeId node, QUndoCommand *parent)
    : TopologyCommand(document, parent)
    , m_node(node)
{
    if (!topology().element(node)) {
        setError(QCoreApplication::translate("Undo Commands", "%1 is added by libvirt and cannot be removed")
                     .arg(topology().labelOf(node)));
        return;
    }
    setText(QCoreApplication::translate("Undo Commands", "Remove %1").arg(topology().labelOf(node)));
}

void RemoveNode::redo()
{
    if (!m_done)
        m_splice = xml().removeElement(topology().element(m_node));
    else
        xml().detach(m_splice);
    m_done = true;
    commit({TopologyChange::NodesRemoved, {m_node}});
}

void RemoveNode::undo()
{
    xml().attach(m_splice);
    commit(TopologyChange{TopologyChange::NodesRemoved, {m_node}, {}}.inverse());
}

} // namespace pcitopo
