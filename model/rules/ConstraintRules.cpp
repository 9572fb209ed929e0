// The user's own placement constraints (<metadata><pcitopo:placement>, Topology.h): a placed
// device that breaks its constraint, and a constraint that names no device.

#include "RuleContext.h"

namespace pcitopo::rules {

void checkConstraints(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    if (t.constraints().isEmpty())
        return;
    QHash<quint64, int> functionsInSlot;
    for (const RuleContext::Placed &p : c.placed)
        ++functionsInSlot[(quint64(p.address.bus) << 8) | p.address.slot];
    for (const RuleContext::Placed &p : c.placed) {
        if (!p.device)
            continue;
        const PlacementConstraint *constraint = t.constraintFor(*p.device);
        const Controller *bus = c.busOfDevice(p);
        if (!constraint || !bus)
            continue;
        const BusModel model = busModel(*bus, c.family);
        const QString where = c.describe(p);
        const qsizetype found = out.size();
        if (constraint->hotplug) {
            if (!(model.accepts & Connect::Hotplug))
                out.append(
                    c.make("placement-constraint",
                           tr("%1 must be hot-unpluggable (placement constraint), but %2 does not support hotplug.")
                               .arg(where, bus->label()),
                           {p.id}));
            else if (functionsInSlot.value((quint64(p.address.bus) << 8) | p.address.slot) > 1)
                out.append(c.make("placement-constraint",
                                  tr("%1 must be hot-unpluggable (placement constraint), but it shares its slot with "
                                     "other functions.")
                                      .arg(where),
                                  {p.id}));
        }
        const bool port = model.accepts & Connect::PcieDevice;
        if (constraint->bus == PlacementConstraint::Bus::Pcie && !port && Topology::isPcieMachine(c.family))
            out.append(c.make(
                "placement-constraint",
                tr("%1 should be on a PCI Express port (placement constraint), but %2 is a conventional PCI bus.")
                    .arg(where, bus->label()),
                {p.id}));
        if (constraint->bus == PlacementConstraint::Bus::Pci && !(model.accepts & Connect::PciDevice))
            out.append(c.make(
                "placement-constraint",
                tr("%1 should be on a conventional PCI bus (placement constraint), but %2 is a PCI Express port.")
                    .arg(where, bus->label()),
                {p.id}));
        // Placement honours the constraint: it finds the device a place that keeps it. (Not for
        // a NUMA node: libvirt's placement adds no bus on a node, so it often finds none.)
        for (qsizetype i = found; i < out.size(); ++i)
            out[i].fixes.append(
                placeElsewhere(p.id, tr("Move %1 to a place its constraint allows").arg(c.label(p.id))));
        if (constraint->numaNode >= 0) {
            const int node = t.numaNodeOfBus(bus->index);
            if (node != constraint->numaNode)
                out.append(c.make(
                    "placement-constraint",
                    node < 0
                        ? tr("%1 should be on guest NUMA node %2 (placement constraint), but its bus has no NUMA node.")
                              .arg(where)
                              .arg(constraint->numaNode)
                        : tr("%1 should be on guest NUMA node %2 (placement constraint), but its bus is on node %3.")
                              .arg(where)
                              .arg(constraint->numaNode)
                              .arg(node),
                    {p.id}));
        }
        if (constraint->controller != ControllerModel::Unknown && bus->model != constraint->controller)
            out.append(c.make("placement-preference",
                              tr("%1 prefers a %2 (placement constraint) and sits on %3.")
                                  .arg(where, Topology::controllerModelName(constraint->controller), bus->label()),
                              {p.id}));
    }
    for (const PlacementConstraint &constraint : t.constraints()) {
        bool found = false;
        for (const Device &d : t.devices())
            found = found || d.key == constraint.device;
        if (!found)
            out.append(c.make(
                "placement-preference",
                tr("The placement constraint for \"%1\" names no device of this domain.").arg(constraint.device), {}));
    }
}

} // namespace pcitopo::rules
