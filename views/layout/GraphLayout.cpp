#include "GraphLayout.h"

#include "Topology.h"
#include "rules/BusModel.h"

#include <QSet>

#include <algorithm>

namespace pcitopo {

GraphLayout GraphLayout::compute(const Topology &topology)
{
    GraphLayout layout;
    QSet<NodeId> placed;
    qreal nextRow = 0;
    const qreal rowHeight = NodeHeight + RowGap;
    const qreal columnWidth = NodeWidth + ColumnGap;

    // Returns the vertical centre of the node it places.
    std::function<qreal(NodeId, int)> place = [&](NodeId id, int depth) -> qreal {
        placed.insert(id);
        QList<qreal> childCentres;
        if (const Controller *c = topology.controller(id); c && c->index >= 0) {
            const bool hotplug = bool(rules::busModel(*c, topology.family()).accepts & rules::Connect::Hotplug);
            for (NodeId child : topology.nodesOnBus(c->index)) {
                if (placed.contains(child))
                    continue;
                layout.edges.append({id, child, *topology.addressOf(child), hotplug});
                childCentres.append(place(child, depth + 1));
            }
        }
        qreal centre;
        if (childCentres.isEmpty()) {
            centre = nextRow + NodeHeight / 2;
            nextRow += rowHeight;
        } else {
            centre = (childCentres.first() + childCentres.last()) / 2;
        }
        layout.nodes.insert(id, QRectF(depth * columnWidth, centre - NodeHeight / 2, NodeWidth, NodeHeight));
        return centre;
    };

    for (const Controller *root : topology.roots()) {
        if (!placed.contains(root->id)) {
            place(root->id, 0);
            nextRow += RowGap * 2; // a gap between trees (pseries PHBs)
        }
    }

    // The rest, four per row under the trees.
    for (const Controller &c : topology.controllers()) {
        if (!placed.contains(c.id))
            layout.unconnected.append(c.id);
    }
    for (const Device &d : topology.devices()) {
        if (!placed.contains(d.id))
            layout.unconnected.append(d.id);
    }
    if (!layout.unconnected.isEmpty())
        nextRow += rowHeight; // room for the block's caption
    for (int i = 0; i < layout.unconnected.size(); ++i) {
        const qreal x = (i % 4) * columnWidth;
        const qreal y = nextRow + (i / 4) * rowHeight;
        layout.nodes.insert(layout.unconnected[i], QRectF(x, y, NodeWidth, NodeHeight));
    }

    for (const QRectF &rect : std::as_const(layout.nodes))
        layout.bounds = layout.bounds.united(rect);
    return layout;
}

} // namespace pcitopo
