#include "SetAddress.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace pcitopo {

namespace {
const char *const AddressFields[] = {"domain", "bus", "slot", "function"};
}

QString SetAddress::formatAttribute(const char *name, quint32 value)
{
    const QByteArray field(name);
    const int width = field == "domain" ? 4 : field == "function" ? 1 : 2;
    return QStringLiteral("0x%1").arg(value, width, 16, QLatin1Char('0'));
}

SetAddress::SetAddress(DomainDocument *document, NodeId node, std::optional<PciAddress> address, QUndoCommand *parent)
    : TopologyCommand(document, parent)
    , m_node(node)
{
    const QString label = topology().labelOf(node);
    const XmlNode element = topology().element(node);
    if (!element) {
        setError(QCoreApplication::translate("Undo Commands",
                                             "%1 cannot be moved: libvirt adds it "
                                             "implicitly")
                     .arg(label.isEmpty() ? QStringLiteral("?") : label));
        return;
    }
    const XmlNode current = element.firstChildElement("address");
    if (current && current.attribute("type") != QLatin1String("pci")) {
        setError(QCoreApplication::translate("Undo Commands", "%1 has a '%2' address, not a PCI address")
                     .arg(label, current.attribute("type")));
        return;
    }
    if (!address) {
        setText(QCoreApplication::translate("Undo Commands", "Clear Address of %1").arg(label));
        m_removes = true;
        if (!current)
            setError(QCoreApplication::translate("Undo Commands", "%1 has no address").arg(label));
        m_created = current;
        return;
    }
    setText(QCoreApplication::translate("Undo Commands", "Move %1 to %2").arg(label, address->toShortString()));
    const quint32 values[] = {address->domain, address->bus, address->slot, address->function};
    if (current) {
        for (int i = 0; i < 4; ++i) {
            const QString before = current.attribute(AddressFields[i]);
            const std::optional<quint32> old = PciAddress::parseAttribute(before);
            if (old && *old == values[i])
                continue; // unchanged, or absent and 0 (A15): leave its bytes alone
            m_edits.append({current, AddressFields[i], before, formatAttribute(AddressFields[i], values[i])});
        }
    } else {
        m_created = xml().createElement(QStringLiteral("address"));
        xml().setAttribute(m_created, "type", QStringLiteral("pci"));
        for (int i = 0; i < 4; ++i)
            xml().setAttribute(m_created, AddressFields[i], formatAttribute(AddressFields[i], values[i]));
    }
}

void SetAddress::redo()
{
    if (m_removes) {
        if (!m_done)
            m_splice = xml().removeElement(m_created);
        else
            xml().detach(m_splice);
    } else if (m_created) {
        if (!m_done)
            m_splice = xml().insertElement(topology().element(m_node), m_created);
        else
            xml().attach(m_splice);
    } else {
        apply(m_edits, true);
    }
    m_done = true;
    commit({TopologyChange::NodesMoved, {m_node}});
}

void SetAddress::undo()
{
    if (m_removes)
        xml().attach(m_splice);
    else if (m_created)
        xml().detach(m_splice);
    else
        apply(m_edits, false);
    commit({TopologyChange::NodesMoved, {m_node}});
}

MoveNodes::MoveNodes(DomainDocument *document, const QList<NodeId> &nodes, const QList<PciAddress> &addresses,
                     QUndoCommand *parent)
    : TopologyCommand(document, parent)
{
    setText(QCoreApplication::translate("Undo Commands", "Move %n Nodes", nullptr, int(nodes.size())));
    if (nodes.size() != addresses.size() || nodes.isEmpty()) {
        setError(QStringLiteral("nothing to move"));
        return;
    }
    // The children do the work (QUndoCommand runs them in order, and back in reverse).
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const auto *move = new SetAddress(document, nodes[i], addresses[i], this);
        if (!move->isValid() && isValid())
            setError(move->error());
    }
}

void pushMoves(DomainDocument *document, const QList<NodeId> &nodes, const QList<PciAddress> &addresses)
{
    Q_ASSERT(nodes.size() == addresses.size());
    QUndoStack *stack = document->undoStack();
    if (nodes.size() > 1)
        stack->beginMacro(QCoreApplication::translate("Undo Commands", "Move %n Nodes", nullptr, int(nodes.size())));
    for (qsizetype i = 0; i < nodes.size(); ++i)
        stack->push(new SetAddress(document, nodes[i], addresses[i]));
    if (nodes.size() > 1)
        stack->endMacro();
}

} // namespace pcitopo
