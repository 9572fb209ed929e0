#pragma once

#include "DeviceCatalogue.h"
#include "NodeId.h"
#include "PciAddress.h"
#include "rules/CanAttach.h"

#include <QList>
#include <QStringList>

#include <optional>

class QMimeData;

namespace pcitopo {

class DomainDocument;
class Topology;

/**
 * What a drag onto a document carries, decoded once: nodes of this document (a move), an
 * entry of the device catalogue (an add), or host PCI functions (passed through).
 */
struct DropPayload
{
    enum class Kind { Nothing, Nodes, CatalogueItem, HostDevices };
    Kind kind = Kind::Nothing;
    QList<NodeId> nodes;
    std::optional<CatalogueEntry> entry;
    QList<PciAddress> host;

    /** The drag formats of the three kinds. */
    static QStringList mimeTypes();
    /** Nodes of another document, an entry unknown on this machine or foreign data decode to Nothing. */
    static DropPayload decode(const QMimeData *data, const DomainDocument *document);
    static DropPayload ofNodes(const QList<NodeId> &nodes);
    /** The catalogue entry with this id on the topology's machine, or Nothing. */
    static DropPayload ofEntry(const Topology &topology, const QString &entryId);
    static DropPayload ofHostDevices(const QList<PciAddress> &host);
};

/** Where a drop lands: a controller's bus (at its first slot that fits), or one slot and function of it. */
struct DropPlace
{
    int bus = -1; // the controller's libvirt index
    std::optional<rules::SlotRef> slot;
};

/**
 * What dragging these nodes moves: a function 0 brings the other functions of its slot (a GPU
 * moves with its audio function, keeping their numbers), unless `oneFunction` (Alt held).
 * Function 0's siblings follow it in function order.
 */
QList<NodeId> slotUnitOf(const Topology &topology, const QList<NodeId> &nodes, bool oneFunction = false);

/** Every node in one slot, in function order. */
QList<NodeId> nodesInSlot(const Topology &topology, quint32 bus, quint32 slot);

/**
 * Dropping onto a device: into its slot, at the lowest function neither taken nor left by the
 * nodes being moved. Nothing when the device has no address or its slot is full.
 */
std::optional<DropPlace> placeBeside(const Topology &topology, NodeId device, const QList<NodeId> &moving);

/**
 * The one drop policy of the tree and the diagram: whether the payload may land there, at
 * which addresses, or why not.
 */
rules::AttachVerdict dropVerdict(const Topology &topology, const DropPayload &payload, const DropPlace &place);

/**
 * Moves the nodes or adds the catalogue entry at the verdict's addresses, as one undo step,
 * and returns the nodes moved or added (to select them); none, and nothing changes, when the
 * drop is refused. Host devices are added by the window,
 * which first offers the rest of their IOMMU group (pushHostDevices).
 */
QList<NodeId> applyDrop(DomainDocument *document, const DropPayload &payload, const DropPlace &place);

} // namespace pcitopo
