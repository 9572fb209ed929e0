#pragma once

#include "../Topology.h"

#include <QHash>
#include <QList>

namespace pcitopo::rules {

/**
 * The addresses the guest sees. libvirt's `bus` is a controller index; the guest numbers buses
 * as its firmware enumerates them: depth-first from the root, slot and function order, one
 * number per bridge or port; an expander bus starts its own range at busNr (a pxb's hidden
 * bridge takes busNr + 1); every pseries PHB is a PCI domain of its own (its target index).
 */
struct GuestNumbering
{
    /** Guest address of every device and controller reached from a root. */
    QHash<NodeId, PciAddress> address;
    /** The (domain, bus) a controller provides to what is plugged into it, by controller index. */
    QHash<int, std::pair<quint32, quint32>> busOfIndex;

    /** One numbering range: a root or an expander, with the buses it uses. */
    struct Range
    {
        NodeId owner;
        quint32 domain = 0;
        quint32 first = 0; // its own bus number
        quint32 last = 0; // the highest bus number used inside it
    };
    QList<Range> ranges;
};

GuestNumbering numberGuestBuses(const Topology &topology);

} // namespace pcitopo::rules
