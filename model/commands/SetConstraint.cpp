#include "SetConstraint.h"

#include "../PlacementConstraints.h"

#include <QCoreApplication>

namespace pcitopo {

SetConstraint::SetConstraint(DomainDocument *document, const PlacementConstraint &constraint, QUndoCommand *parent)
    : TopologyCommand(document, parent)
{
    setText(
        constraint.isEmpty()
            ? QCoreApplication::translate("Undo Commands", "Clear Placement Constraint of %1").arg(constraint.device)
            : QCoreApplication::translate("Undo Commands", "Set Placement Constraint of %1").arg(constraint.device));
    for (const Device &d : topology().devices())
        if (d.key == constraint.device)
            m_node = d.id;
    QList<PlacementConstraint> list;
    bool replaced = false;
    for (const PlacementConstraint &c : topology().constraints()) {
        if (c.device != constraint.device) {
            list.append(c);
        } else if (!constraint.isEmpty() && !replaced) {
            list.append(constraint);
            replaced = true;
        }
    }
    if (!constraint.isEmpty() && !replaced)
        list.append(constraint);

    const XmlNode root = xml().root();
    m_metadata = root.firstChildElement("metadata");
    for (XmlNode e = m_metadata.firstChildElement(); e; e = e.nextSiblingElement())
        if (e.localName() == QLatin1String("placement") && e.namespaceUri() == QLatin1String(PlacementNamespace))
            m_old = e;
    if (!list.isEmpty()) {
        XmlParseError error;
        m_new = xml().parseFragment(constraintsFragment(list), &error);
        if (!m_new) {
            setError(error.toString());
            return;
        }
    }
    if (!m_metadata && m_new) {
        // libvirt writes <metadata> after <name>, <uuid>, <title> and <description>.
        m_createsMetadata = true;
        m_metadata = xml().createElement(QStringLiteral("metadata"));
        XmlNode after = root.firstChildElement("name");
        for (const char *name : {"uuid", "genid", "title", "description"})
            if (const XmlNode e = root.firstChildElement(name))
                after = e;
        m_metadataBefore = after ? after.nextSiblingElement() : root.firstChildElement();
    }
    if (!m_old && !m_new)
        setError(QCoreApplication::translate("Undo Commands", "%1 has no placement constraint").arg(constraint.device));
}

void SetConstraint::redo()
{
    if (!m_done) {
        if (m_createsMetadata)
            m_metadataSplice = xml().insertElement(xml().root(), m_metadata, m_metadataBefore);
        if (m_old)
            m_oldSplice = xml().removeElement(m_old);
        if (m_new)
            m_newSplice = xml().insertElement(m_metadata, m_new);
    } else {
        if (m_createsMetadata)
            xml().attach(m_metadataSplice);
        if (m_old)
            xml().detach(m_oldSplice);
        if (m_new)
            xml().attach(m_newSplice);
    }
    m_done = true;
    commit(change());
}

TopologyChange SetConstraint::change() const
{
    // <metadata> is not a node: a change there is a reset (it names the device it is about).
    return {TopologyChange::Reset, m_node.isValid() ? QList<NodeId>{m_node} : QList<NodeId>{}, {}};
}

void SetConstraint::undo()
{
    if (m_new)
        xml().detach(m_newSplice);
    if (m_old)
        xml().attach(m_oldSplice);
    if (m_createsMetadata)
        xml().detach(m_metadataSplice);
    commit(change().inverse());
}

} // namespace pcitopo
