#pragma once

#include "NodeId.h"

#include <QList>

namespace pcitopo {

/** What one edit changed; DomainDocument::changed carries it to the views. */
struct TopologyChange
{
    enum Kind {
        NodesChanged, // attributes or addresses of existing nodes
        NodesAdded,
        NodesRemoved,
        Reset,        // the whole document was replaced
    };
    Kind kind = Reset;
    QList<NodeId> nodes;
};

} // namespace pcitopo
