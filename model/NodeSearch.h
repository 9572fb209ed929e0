#pragma once

#include "NodeId.h"

#include <QList>
#include <QString>

namespace pcitopo {

class Topology;

/**
 * The controllers, then the devices, whose label, model or address ("05:00.0") contains
 * `text` (trimmed, case-insensitive), in document order; none for blank text.
 */
QList<NodeId> findNodes(const Topology &topology, const QString &text);

} // namespace pcitopo
