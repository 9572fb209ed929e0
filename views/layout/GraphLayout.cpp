#include "GraphLayout.h"

#include "Topology.h"
#include "rules/BusModel.h"

#include <QSet>

#include <algorithm>

namespace pcitopo {

GraphLayout GraphLayout::compute(const Topology &topology, Orientation orientation, bool withEmptySlots)
{
    GraphLayout layout;
    layout.orientation = orientation;
    const TopologyForest forest = topology.forest();
    qreal nextRow = 0;
    const bool topDown = orientation == Orientation::TopDown;
    // "Rows" run across the tree (one per leaf), "columns" along it (one per level).
    const qreal rowHeight = topDown ? NodeWidth + RowGap * 2 : NodeHeight + RowGap;
    const qreal columnWidth = topDown ? NodeHeight + ColumnGap : NodeWidth + ColumnGap;
    auto box = [&](int depth, qreal centre) {
        return topDown ? QRectF(centre - NodeWidth / 2, depth * columnWidth, NodeWidth, NodeHeight)
                       : QRectF(depth * columnWidth, centre - NodeHeight / 2, NodeWidth, NodeHeight);
    };
    const qreal leafSize = topDown ? NodeWidth : NodeHeight;

    // Returns the vertical centre of the node it places.
    std::function<qreal(NodeId, int)> place = [&](NodeId id, int depth) -> qreal {
        QList<qreal> childCentres;
        if (const Controller *c = topology.controller(id); c && c->index >= 0) {
            const bool hotplug = bool(rules::busModel(*c, topology.family()).accepts & rules::Connect::Hotplug);
            QSet<quint32> usedSlots;
            for (NodeId child : topology.nodesOnBus(c->index))
                usedSlots.insert(topology.addressOf(child)->slot);
            for (NodeId child : forest.childrenOf(id)) {
                layout.edges.append({id, child, *topology.addressOf(child), hotplug});
                childCentres.append(place(child, depth + 1));
            }
            const rules::BusModel model = rules::busModel(*c, topology.family());
            int free = 0;
            quint32 firstFree = 0;
            for (int slot = model.minSlot; model.valid && slot <= model.maxSlot; ++slot) {
                if (!usedSlots.contains(quint32(slot)) && !(c->index == 0 && slot == 0x1f)) {
                    if (free++ == 0)
                        firstFree = quint32(slot);
                }
            }
            if (withEmptySlots && free > 0) {
                const qreal centre = nextRow + leafSize / 2;
                nextRow += rowHeight;
                layout.emptySlots.append(
                    {id, box(depth + 1, centre), free, hotplug, PciAddress{0, quint32(c->index), firstFree, 0}});
                childCentres.append(centre);
            }
        }
        qreal centre;
        if (childCentres.isEmpty()) {
            centre = nextRow + leafSize / 2;
            nextRow += rowHeight;
        } else {
            centre = (childCentres.first() + childCentres.last()) / 2;
        }
        layout.nodes.insert(id, box(depth, centre));
        return centre;
    };

    for (NodeId root : forest.roots) {
        place(root, 0);
        nextRow += RowGap * 2; // a gap between trees (pseries PHBs)
    }

    // The rest, four per row under the trees.
    layout.unconnected = forest.unconnected;
    // Left-right: a block of four per row under the trees; top-down: a column to their right.
    const qreal blockStart = topDown ? nextRow + RowGap * 2 : nextRow + NodeHeight + RowGap; // room for a caption
    for (int i = 0; i < layout.unconnected.size(); ++i) {
        const QRectF rect = topDown
            ? QRectF(blockStart + (i / 8) * (NodeWidth + RowGap * 2),
                     NodeHeight + RowGap + (i % 8) * (NodeHeight + RowGap), NodeWidth, NodeHeight)
            : QRectF((i % 4) * (NodeWidth + ColumnGap), blockStart + (i / 4) * (NodeHeight + RowGap), NodeWidth,
                     NodeHeight);
        layout.nodes.insert(layout.unconnected[i], rect);
    }

    for (const QRectF &rect : std::as_const(layout.nodes))
        layout.bounds = layout.bounds.united(rect);
    for (const EmptySlot &slot : std::as_const(layout.emptySlots))
        layout.bounds = layout.bounds.united(slot.rect);
    return layout;
}

} // namespace pcitopo
