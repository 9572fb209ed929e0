#pragma once

#include "TopologyCommand.h"

namespace pcitopo {

/**
 * Sets, changes or clears (an empty constraint) one device's placement constraint. The
 * constraints live in <metadata><pcitopo:placement> (Topology.h), which this rewrites as a
 * whole, creating <metadata> when the domain has none.
 */
class SetConstraint : public TopologyCommand
{
public:
    SetConstraint(DomainDocument *document, const PlacementConstraint &constraint, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TopologyChange change() const;
    NodeId m_node; // the device, when it exists
    XmlNode m_metadata; // existing or created
    bool m_createsMetadata = false;
    XmlNode m_metadataBefore;
    XmlNode m_old; // the <pcitopo:placement> replaced, if any
    XmlNode m_new; // its replacement; null when no constraint is left
    XmlSplice m_metadataSplice, m_oldSplice, m_newSplice;
    bool m_done = false;
};

} // namespace pcitopo
