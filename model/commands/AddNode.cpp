#include "AddNode.h"

#include <QCoreApplication>

namespace pcitopo {

AddNode::AddNode(DomainDocument *document, const QByteArray &fragment, QUndoCommand *parent)
    : TopologyCommand(document, parent)
{
    XmlParseError error;
    m_element = xml().parseFragment(fragment, &error);
    if (!m_element) {
        setError(QCoreApplication::translate("Undo Commands", "invalid device XML: %1").arg(error.toString()));
        return;
    }
    const XmlNode devices = xml().root().firstChildElement("devices");
    if (!devices) {
        setError(QCoreApplication::translate("Undo Commands", "the domain has no <devices>"));
        return;
    }
    XmlNode lastSame;
    for (XmlNode child = devices.firstChildElement(); child; child = child.nextSiblingElement()) {
        if (child.name() == m_element.name())
            lastSame = child;
    }
    m_before = lastSame ? lastSame.nextSiblingElement() : XmlNode();
    const QString kind =
        m_element.name() == QLatin1String("controller") ? m_element.attribute("model") : m_element.name();
    setText(QCoreApplication::translate("Undo Commands", "Add %1").arg(kind));
}

void AddNode::redo()
{
    if (!m_done)
        m_splice = xml().insertElement(xml().root().firstChildElement("devices"), m_element, m_before);
    else
        xml().attach(m_splice);
    m_done = true;
    commit({TopologyChange::NodesAdded, {node()}});
}

void AddNode::undo()
{
    xml().detach(m_splice);
    commit(TopologyChange{TopologyChange::NodesAdded, {node()}, {}}.inverse());
}

} // namespace pcitopo
