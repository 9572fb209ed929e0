#pragma once

#include "NodeId.h"
#include "PciAddress.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace pcitopo {

class Topology;

/** Where every node of the diagram goes: a pure function of the topology. */
struct GraphLayout
{
    struct Edge
    {
        NodeId parent;
        NodeId child;
        PciAddress address; // the child's libvirt address on the parent's bus
        bool hotplug = false; // the parent bus can hot-plug into this slot
    };

    enum class Orientation { LeftRight, TopDown };

    /** An empty port or free bridge slots, drawn when asked (documents planning hotplug). */
    struct EmptySlot
    {
        NodeId parent;
        QRectF rect;
        int freeSlots = 1;
        bool hotplug = false;
        PciAddress address; // the first free slot
    };

    QHash<NodeId, QRectF> nodes;
    QList<Edge> edges;
    QList<EmptySlot> emptySlots;
    Orientation orientation = Orientation::LeftRight;
    QList<NodeId> unconnected; // laid out in a row under the tree
    QRectF bounds;

    static constexpr qreal NodeWidth = 250;
    static constexpr qreal NodeHeight = 58;
    static constexpr qreal ColumnGap = 70;
    static constexpr qreal RowGap = 12;

    /**
     * A tidy left-to-right tree: roots on the left, one column per level, leaves in slot order
     * one row each, every parent centred on its children. Nodes that hang nowhere (no address,
     * or a bus no controller provides) form a block below.
     */
    static GraphLayout compute(const Topology &topology, Orientation orientation = Orientation::LeftRight,
                               bool emptySlots = false);
};

} // namespace pcitopo
