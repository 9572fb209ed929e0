#include "ReplaceNode.h"

#include <QCoreApplication>

namespace pcitopo {

ReplaceNode::ReplaceNode(DomainDocument *document, NodeId node, const QByteArray &fragment, QUndoCommand *parent)
    : TopologyCommand(document, parent)
    , m_old(node)
{
    m_oldElement = topology().element(node);
    if (!m_oldElement) {
        setError(QCoreApplication::translate("Undo Commands", "%1 is added by libvirt and has no XML to replace")
                     .arg(topology().labelOf(node)));
        return;
    }
    XmlParseError error;
    m_element = xml().parseFragment(fragment, &error);
    if (!m_element) {
        m_errorLine = error.line;
        m_errorColumn = error.column;
        setError(error.toString());
        return;
    }
    if (m_element.name() != m_oldElement.name()) {
        setError(QCoreApplication::translate("Undo Commands", "the XML must stay one <%1> element, not <%2>")
                     .arg(m_oldElement.name(), m_element.name()));
        return;
    }
    m_parent = m_oldElement.parent();
    setText(QCoreApplication::translate("Undo Commands", "Edit XML of %1").arg(topology().labelOf(node)));
}

void ReplaceNode::redo()
{
    if (!m_done) {
        // In front of the old element, then the old one out: the new one takes its very place.
        m_added = xml().insertElement(m_parent, m_element, m_oldElement);
        m_removed = xml().removeElement(m_oldElement);
    } else {
        xml().attach(m_added);
        xml().detach(m_removed);
    }
    m_done = true;
    commit(TopologyChange::Reset);
}

void ReplaceNode::undo()
{
    // The reverse order of redo: each splice is put back against what it was taken from.
    xml().attach(m_removed);
    xml().detach(m_added);
    commit(TopologyChange::Reset);
}

} // namespace pcitopo
