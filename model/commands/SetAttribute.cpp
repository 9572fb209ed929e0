#include "SetAttribute.h"

#include "CommandIds.h"

#include <QCoreApplication>

namespace pcitopo {

SetAttribute::SetAttribute(DomainDocument *document, NodeId node, const QByteArray &child, const QByteArray &attribute,
                           const QString &value, QUndoCommand *parent)
    : TopologyCommand(document, parent)
    , m_node(node)
    , m_child(child)
    , m_attribute(attribute)
    , m_after(value)
{
    const XmlNode element = topology().element(node);
    if (!element) {
        setError(QCoreApplication::translate("Undo Commands", "%1 is implicit: add it to the XML before editing it")
                     .arg(topology().labelOf(node)));
        return;
    }
    const XmlNode target = resolveChild(false);
    if (target)
        m_before = m_attribute.isEmpty() ? target.text() : target.attribute(m_attribute.constData());
    const QString what = m_attribute.isEmpty() ? QString::fromUtf8(m_child) : QString::fromUtf8(m_attribute);
    setText(value.isNull()
                ? QCoreApplication::translate("Undo Commands", "Remove %1 of %2").arg(what, topology().labelOf(node))
                : QCoreApplication::translate("Undo Commands", "Set %1 of %2 to %3")
                      .arg(what, topology().labelOf(node), value));
}

namespace {

/**
 * The child a new child element goes in front of, so that it lands where libvirt writes it:
 * <model> before <target>, both before <driver>, <alias> and <address>. Null: at the end.
 */
XmlNode siblingAfter(const XmlNode &parent, const QByteArray &name)
{
    static const char *const order[] = {"model", "target", "driver", "alias", "address"};
    const auto rank = [](const QByteArray &n) {
        for (int i = 0; i < int(std::size(order)); ++i)
            if (n == order[i])
                return i;
        return -1;
    };
    const int mine = rank(name);
    if (mine < 0)
        return {};
    for (XmlNode child = parent.firstChildElement(); child; child = child.nextSiblingElement())
        if (rank(child.name().toUtf8()) > mine)
            return child;
    return {};
}

} // namespace

XmlNode SetAttribute::resolveChild(bool create)
{
    XmlNode element = topology().element(m_node);
    if (m_child.isEmpty())
        return element;
    for (const QByteArray &name : m_child.split('/')) {
        XmlNode next = element.firstChildElement(name.constData());
        if (!next) {
            if (!create)
                return {};
            next = xml().createElement(QString::fromUtf8(name));
            m_created.append(xml().insertElement(element, next, siblingAfter(element, name)));
        }
        element = next;
    }
    return element;
}

void SetAttribute::redo()
{
    if (m_done) {
        for (const XmlSplice &splice : std::as_const(m_created))
            xml().attach(splice);
    }
    XmlNode target = resolveChild(!m_done && !m_after.isNull());
    if (target) {
        if (m_attribute.isEmpty() && m_after.isNull() && !m_child.isEmpty()) {
            // No text: no element (<target><node>1</node></target> loses its <node>).
            if (m_done)
                xml().detach(m_removedChild);
            else
                m_removedChild = xml().removeElement(target);
        } else if (m_attribute.isEmpty()) {
            if (m_done) {
                xml().detach(m_text[0]);
                xml().attach(m_text[1]);
            } else {
                m_text = xml().setText(target, m_after);
            }
        } else {
            apply({{target, m_attribute, m_before, m_after}}, true);
        }
    }
    m_done = true;
    commit({TopologyChange::NodesChanged, {m_node}});
}

void SetAttribute::undo()
{
    XmlNode target = m_removedChild.nodes.isEmpty() ? resolveChild(false) : XmlNode();
    if (!m_removedChild.nodes.isEmpty()) {
        xml().attach(m_removedChild);
    } else if (target) {
        if (m_attribute.isEmpty()) {
            xml().detach(m_text[1]);
            xml().attach(m_text[0]);
        } else {
            apply({{target, m_attribute, m_before, m_after}}, false);
        }
    }
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        xml().detach(*it);
    commit(TopologyChange{TopologyChange::NodesChanged, {m_node}, {}}.inverse());
}

int SetAttribute::id() const
{
    return SetAttributeCommandId;
}

bool SetAttribute::mergeWith(const QUndoCommand *other)
{
    // Typing into the properties editor: consecutive values of one attribute are one step.
    const auto *next = static_cast<const SetAttribute *>(other);
    if (next->m_node != m_node || next->m_child != m_child || next->m_attribute != m_attribute
        || !next->m_created.isEmpty() || m_attribute.isEmpty())
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before && m_created.isEmpty());
    return true;
}

} // namespace pcitopo
