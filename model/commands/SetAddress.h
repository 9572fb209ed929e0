#pragma once

#include "TopologyCommand.h"

#include <optional>

namespace pcitopo {

/**
 * Moves a device, or a controller with everything behind it, to another PCI address; or
 * clears the address so that libvirt assigns one. Only the attributes whose value changes are
 * rewritten, so the rest of the file keeps its bytes.
 */
class SetAddress : public TopologyCommand
{
public:
    SetAddress(DomainDocument *document, NodeId node, std::optional<PciAddress> address,
               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** How libvirt writes an address attribute: domain 0x%04x, bus and slot 0x%02x, function 0x%x. */
    static QString formatAttribute(const char *name, quint32 value);

private:
    NodeId m_node;
    QList<AttributeEdit> m_edits;
    XmlNode m_created; // an <address> this command adds
    XmlSplice m_splice; // where it went, or where a cleared one was
    bool m_removes = false;
    bool m_done = false;
};

/** Several moves as one edit and one undo step (a Fix that rejoins the functions of a slot). */
class MoveNodes : public TopologyCommand
{
public:
    MoveNodes(DomainDocument *document, const QList<NodeId> &nodes, const QList<PciAddress> &addresses,
              QUndoCommand *parent = nullptr);
};

/**
 * Moves nodes to addresses (one each) as one undo step: a single command, or a macro "Move N
 * Nodes" for several. Validate with rules::canAttach first.
 */
void pushMoves(DomainDocument *document, const QList<NodeId> &nodes, const QList<PciAddress> &addresses);

} // namespace pcitopo
