#pragma once

#include "NodeId.h"

#include <QList>

namespace pcitopo {

/**
 * What one edit changed; DomainDocument::changed carries it to the views, and the index
 * (Topology::update) follows it. Undo emits the inverse of what redo emitted.
 */
struct TopologyChange
{
    enum Kind {
        NodesMoved, // the PCI addresses of existing nodes
        NodesChanged, // other attributes of existing nodes (a model, a <target> value, …)
        NodesAdded,
        NodesRemoved,
        Reset, // anything beyond the nodes: <os>, <metadata>, a whole placement, a new
               // document, or an edit of nodes whose effects reach further
    };
    TopologyChange(Kind kind = Reset, QList<NodeId> nodes = {}, QList<int> buses = {})
        : kind(kind)
        , nodes(std::move(nodes))
        , buses(std::move(buses))
    { }

    Kind kind = Reset;
    QList<NodeId> nodes;
    /**
     * The libvirt bus indexes the edit touched: where moved nodes were and are, where added
     * or removed ones sit. Filled in by DomainDocument; empty for a Reset.
     */
    QList<int> buses;

    /**
     * Whether only existing nodes changed, each of which `nodes` names, and nothing else
     * follows from it (DomainDocument turns a local change into a Reset when it does).
     */
    bool isLocal() const { return kind == NodesMoved || kind == NodesChanged; }
    /** What undoing this change changes. */
    TopologyChange inverse() const
    {
        TopologyChange undone = *this;
        if (kind == NodesAdded)
            undone.kind = NodesRemoved;
        else if (kind == NodesRemoved)
            undone.kind = NodesAdded;
        return undone;
    }
};

} // namespace pcitopo
