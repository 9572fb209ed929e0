#include "GuestAddressing.h"

#include <QSet>

#include <algorithm>

namespace pcitopo::rules {

namespace {

bool providesBus(ControllerModel m)
{
    return m != ControllerModel::Unknown && m != ControllerModel::PciRoot && m != ControllerModel::PcieRoot
        && m != ControllerModel::PciExpanderBus && m != ControllerModel::PcieExpanderBus;
}

struct Numberer
{
    const Topology &t;
    GuestNumbering &result;
    QSet<int> visited;

    /** Numbers everything below bus `index`, which the guest sees as (domain, bus). */
    void walk(int index, quint32 domain, quint32 bus, quint32 &next, GuestNumbering::Range &range)
    {
        if (visited.contains(index))
            return; // a loop of controllers: number each bus once
        visited.insert(index);
        result.busOfIndex.insert(index, {domain, bus});
        range.last = std::max(range.last, bus);
        for (NodeId id : t.nodesOnBus(index)) {
            const PciAddress libvirt = *t.addressOf(id);
            result.address.insert(id, PciAddress{domain, bus, libvirt.slot, libvirt.function});
            const Controller *c = t.controller(id);
            if (!c || c->index < 0 || !providesBus(c->model))
                continue;
            const quint32 child = next++;
            walk(c->index, domain, child, next, range);
        }
    }
};

} // namespace

GuestNumbering numberGuestBuses(const Topology &topology)
{
    GuestNumbering result;
    Numberer numberer{topology, result, {}};

    // Roots: index 0, and on pseries every pci-root (a PHB is a domain of its own).
    QList<const Controller *> roots;
    QList<const Controller *> expanders;
    for (const Controller &c : topology.controllers()) {
        if (c.index == 0 || (topology.family() == MachineFamily::Pseries && c.model == ControllerModel::PciRoot))
            roots.append(&c);
        if ((c.model == ControllerModel::PciExpanderBus || c.model == ControllerModel::PcieExpanderBus) && c.address
            && c.address->bus == 0)
            expanders.append(&c);
    }
    std::sort(roots.begin(), roots.end(), [](auto *a, auto *b) { return a->index < b->index; });
    for (const Controller *root : std::as_const(roots)) {
        if (numberer.visited.contains(root->index))
            continue;
        const quint32 domain = topology.family() == MachineFamily::Pseries
            ? quint32(std::max(0, root->targetIndex.value_or(root->index)))
            : 0;
        GuestNumbering::Range range{root->id, domain, 0, 0};
        quint32 next = 1;
        numberer.walk(root->index, domain, 0, next, range);
        result.ranges.append(range);
    }

    // Expander buses: their own range from busNr (libvirt's default when absent: see §1.4).
    std::sort(expanders.begin(), expanders.end(),
              [](auto *a, auto *b) { return a->busNr.value_or(0) > b->busNr.value_or(0); });
    for (const Controller *e : std::as_const(expanders)) {
        if (e->index < 0 || !e->busNr || *e->busNr < 1 || *e->busNr > 254)
            continue;
        const quint32 first = quint32(*e->busNr);
        GuestNumbering::Range range{e->id, 0, first, first};
        if (e->model == ControllerModel::PciExpanderBus) {
            // The pxb's own bus is busNr; devices sit on its hidden bridge, busNr + 1.
            quint32 next = first + 2;
            numberer.walk(e->index, 0, first + 1, next, range);
        } else {
            quint32 next = first + 1;
            numberer.walk(e->index, 0, first, next, range);
        }
        result.ranges.append(range);
    }
    return result;
}

} // namespace pcitopo::rules
