#pragma once

#include "NodeId.h"
#include "PciAddress.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

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
        QPolygonF route; // from the parent's box to the child's, through the gaps between boxes
        QPointF labelAt; // where the slot label ("02.1") goes: beside the child's end of the route
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
        QPolygonF route;
    };

    QHash<NodeId, QRectF> nodes;
    QList<Edge> edges;
    QList<EmptySlot> emptySlots;
    Orientation orientation = Orientation::LeftRight;
    QList<NodeId> unconnected; // laid out in a row under the tree
    /** Collapsed controllers, with how many nodes below each are not laid out. */
    QHash<NodeId, int> hiddenBelow;
    QRectF bounds;

    static constexpr qreal NodeWidth = 250;
    static constexpr qreal NodeHeight = 58;
    static constexpr qreal ColumnGap = 70;
    static constexpr qreal RowGap = 12;
    /** Room above the functions of a multifunction slot for the frame's caption. */
    static constexpr qreal CaptionGap = 22;
    /** Room above a bus laid out in bands for the line that joins them. */
    static constexpr qreal BusGap = 24;
    /** A bus with fewer slots than this is never laid out in bands. */
    static constexpr int BandMinSlots = 8;

    /**
     * A tidy tree: roots first, one level after another along the orientation, the nodes of a
     * bus in slot order with the functions of a slot together (and room for their frame's
     * caption), every parent centred on its children. A bus with many slots is laid out in
     * bands side by side, joined by a line, so that a wide guest fills both dimensions of the
     * screen rather than one long column. The children of `collapsed` controllers are left out.
     * Nodes that hang nowhere (no address, or a bus no controller provides) form a block apart.
     */
    static GraphLayout compute(const Topology &topology, Orientation orientation = Orientation::LeftRight,
                               bool emptySlots = false, const QSet<NodeId> &collapsed = {});
};

} // namespace pcitopo
