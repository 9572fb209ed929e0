#pragma once

#include "Topology.h"

#include <QByteArray>
#include <QList>

namespace pcitopo {

/**
 * Placement constraints as the domain keeps them, in <metadata><pcitopo:placement>: read by
 * the topology, written by SetConstraint. Each names a device by its Device::key.
 */

/** The constraints of a <metadata> element; unknown values are ignored. */
QList<PlacementConstraint> readConstraints(const XmlNode &metadata);

/** The <pcitopo:placement> element for a list of constraints. */
QByteArray constraintsFragment(const QList<PlacementConstraint> &constraints);

} // namespace pcitopo
