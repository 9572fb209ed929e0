#pragma once

#include "../Topology.h"
#include "BusModel.h"

namespace pcitopo::rules {

/** A place to attach to: libvirt bus index, slot and function. */
struct SlotRef
{
    int bus = 0;
    int slot = 0;
    int function = 0;
};

/** Whether a drop is legal, why not, and where each node would go. */
struct AttachVerdict
{
    bool allowed = false;
    QString reason; // empty when allowed
    QList<PciAddress> addresses; // one per node, in the order given
};

/**
 * Can these nodes (devices, or controllers with everything behind them) be moved to `target`?
 * Several nodes keep their functions relative to each other (a GPU and its audio function
 * stay functions 0 and 1). Uses the checker's bus model with libvirt's test for explicit
 * addresses, so a drop the checker would refuse is refused here, with the same reason.
 */
AttachVerdict canAttach(const Topology &topology, const QList<NodeId> &nodes, const SlotRef &target);

/**
 * Can a new node (from the palette), needing `needs`, go to `target`? The same checks as
 * canAttach: slot range, connection kind, chipset reservations, a free function.
 */
AttachVerdict canPlaceNew(const Topology &topology, ConnectFlags needs, const QString &label, const SlotRef &target);
/** Dropping a new node onto a controller: its lowest slot that takes it. */
AttachVerdict placeNewOnController(const Topology &topology, ConnectFlags needs, const QString &label, int busIndex);

/**
 * Dropping several new functions (a host GPU with its audio function) onto a controller: its
 * lowest slot where each of `functions` is free and takes a node needing `needs`. The
 * addresses come in the order of `functions`.
 */
AttachVerdict placeNewFunctionsOnController(const Topology &topology, ConnectFlags needs, const QString &label,
                                            int busIndex, const QList<int> &functions);

/**
 * Dropping onto a controller: its lowest slot (function 0) that takes the nodes. When none
 * does, the verdict for its first slot, with the reason.
 */
AttachVerdict attachToController(const Topology &topology, const QList<NodeId> &nodes, int busIndex,
                                 SlotRef *chosen = nullptr);

} // namespace pcitopo::rules
