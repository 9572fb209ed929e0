// Address rules: reference/pci-rules.md §2.1 and §3 (A1–A6), libvirt src/conf/domain_addr.c
// and src/qemu/qemu_domain_address.c.

#include "RuleContext.h"

#include <QMap>
#include <QSet>

namespace pcitopo::rules {

namespace {

/** True for the device that the reservation is for (it may sit there). */
bool ownsReservation(const RuleContext::Placed &p, const PciAddress &address, MachineFamily family)
{
    return p.device
        && chipsetAddressOf(family, p.device->controllerType, p.device->controllerIndex, p.device->model) == address;
}

/** The first empty slot of bus 0 the chipset does not keep (from the whole topology, not the focus). */
std::optional<PciAddress> freeSlotOnBusZero(const RuleContext &c)
{
    const Controller *root = c.bus(0);
    if (!root)
        return std::nullopt;
    const BusModel model = busModel(*root, c.family);
    QSet<quint32> used;
    for (NodeId id : c.topology.nodesOnBus(0))
        if (const std::optional<PciAddress> a = c.topology.addressOf(id))
            used.insert(a->slot);
    for (const ChipsetReservation &r : chipsetReservations(c.topology))
        if (r.address.bus == 0)
            used.insert(r.address.slot);
    for (int slot = std::max(model.minSlot, 1); slot <= model.maxSlot; ++slot)
        if (!used.contains(quint32(slot)))
            return PciAddress{0, 0, quint32(slot), 0};
    return std::nullopt;
}

void checkFixedAddresses(const RuleContext &c, QList<Diagnostic> &out)
{
    for (const RuleContext::Placed &p : c.placed) {
        if (!p.device)
            continue;
        const Device &d = *p.device;
        QString what;
        const std::optional<PciAddress> fixed =
            chipsetAddressOf(c.family, d.controllerType, d.controllerIndex, d.model, &what);
        if (!fixed)
            continue;
        const PciAddress required = *fixed;
        if (p.address == required)
            continue;
        Diagnostic diag = c.make("fixed-address",
                                 tr("%1 is part of the chipset (%2) and must be at %3, not %4.")
                                     .arg(c.label(p.id), what, required.toShortString(), p.address.toShortString()),
                                 {p.id});
        diag.fixes.append(
            {Fix::SetAddress, tr("Move it to %1").arg(required.toShortString()), p.id, required, {}, {}, {}});
        out.append(diag);
    }
}

void checkAddressType(const RuleContext &c, QList<Diagnostic> &out)
{
    for (const Device &d : c.topology.devices()) {
        if (!c.inFocus(d))
            continue;
        if (d.pciAddressOnly && !d.otherAddressType.isEmpty()) {
            out.append(c.make("address-type",
                              tr("%1 is a PCI device and needs a PCI address, but has an address of "
                                 "type '%2'.")
                                  .arg(d.label, d.otherAddressType),
                              {d.id}));
            continue;
        }
        if (!d.address)
            continue;
        QString why;
        if (d.element == QLatin1String("disk") && d.diskBus != QLatin1String("virtio"))
            why = tr("a disk on the '%1' bus is addressed on its controller, not on PCI").arg(d.diskBus);
        else if (d.element == QLatin1String("video") && d.model == QLatin1String("ramfb"))
            why = tr("ramfb is not a PCI device");
        if (why.isEmpty())
            continue;
        Diagnostic diag = c.make("address-type", tr("%1 cannot have a PCI address: %2.").arg(d.label, why), {d.id});
        diag.fixes.append({Fix::ClearAddress, tr("Remove the address"), d.id, {}, {}, {}, {}});
        out.append(diag);
    }
}

} // namespace

void checkAddresses(const RuleContext &c, QList<Diagnostic> &out)
{
    // Where each usable address is taken, for A5.
    QMap<PciAddress, QList<const RuleContext::Placed *>> users;

    for (const RuleContext::Placed &p : c.placed) {
        const bool valid = p.device ? p.device->addressValid : p.controller->addressValid;
        if (!valid) {
            out.append(c.make("address-syntax",
                              tr("%1 has a PCI address whose domain, bus, slot or function is not a "
                                 "number.")
                                  .arg(c.label(p.id)),
                              {p.id}));
            continue;
        }
        const PciAddress &a = p.address;
        if (a.domain != 0) {
            Diagnostic diag = c.make(
                "address-domain",
                tr("%1 is in PCI domain %2; libvirt guests have only domain 0.").arg(c.label(p.id)).arg(a.domain),
                {p.id});
            PciAddress fixed = a;
            fixed.domain = 0;
            diag.fixes.append({Fix::SetAddress, tr("Use domain 0"), p.id, fixed, {}, {}, {}});
            out.append(diag);
            continue;
        }
        QStringList problems;
        if (a.bus > 0xff)
            problems << tr("bus 0x%1 is above 0xff").arg(a.bus, 0, 16);
        if (a.slot > 0x1f)
            problems << tr("slot 0x%1 is above 0x1f").arg(a.slot, 0, 16);
        if (a.function > 7)
            problems << tr("function %1 is above 7").arg(a.function);
        if (!problems.isEmpty()) {
            out.append(c.make(
                "address-range",
                tr("%1 has an impossible PCI address: %2.").arg(c.label(p.id), problems.join(QStringLiteral(", "))),
                {p.id}));
            continue;
        }

        const Controller *bus = c.bus(a.bus);
        // Before anything about the bus: libvirt refuses an integrated device off bus 0 whether
        // or not that bus exists (it would add the missing one, then refuse).
        if (p.device && p.device->integratedOnly && a.bus != 0) {
            Diagnostic diag = c.make("integrated-device",
                                     tr("%1 is an integrated device and must be on bus 0, not on %2.")
                                         .arg(c.label(p.id), bus ? bus->label() : tr("bus %1").arg(a.bus)),
                                     {p.id});
            // libvirt's placement knows no integrated-only device: the free slot is found here.
            if (const std::optional<PciAddress> free = freeSlotOnBusZero(c))
                diag.fixes.append({Fix::SetAddress,
                                   tr("Move %1 to %2").arg(c.label(p.id), free->toShortString()),
                                   p.id,
                                   *free,
                                   {},
                                   {},
                                   {}});
            out.append(diag);
            continue;
        }
        if (!bus) {
            if (c.family == MachineFamily::Xen || c.family == MachineFamily::Other) {
                users[a].append(&p);
                continue;
            }
            // A3: libvirt adds the default model for the missing index, and that controller's
            // slot range then applies (a root port on pcie-root machines: slot 0 only).
            Controller added;
            added.index = int(a.bus);
            added.model = Topology::isPcieMachine(c.family) ? ControllerModel::PcieRootPort
                : c.family == MachineFamily::Pseries        ? ControllerModel::PciRoot
                                                            : ControllerModel::PciBridge;
            // A legacy device in a PCIe-only guest gets a root port *and* a pcie-to-pci-bridge,
            // and its bus is incremented onto the bridge (A3, reproduced with libvirt 9.0).
            if (added.model == ControllerModel::PcieRootPort && p.device
                && deviceNeeds(*p.device, c.family) == ConnectFlags(Connect::PciDevice))
                added.model = ControllerModel::PcieToPciBridge;
            added.modelText = Topology::controllerModelName(added.model);
            const BusModel model = busModel(added, c.family);
            if (int(a.slot) < model.minSlot || int(a.slot) > model.maxSlot) {
                out.append(c.make("slot-range",
                                  model.minSlot == model.maxSlot
                                      ? tr("%1 is in slot %2 of bus %3, which does not exist: libvirt "
                                           "will add a %4 for it, which offers only slot %5.")
                                            .arg(c.label(p.id))
                                            .arg(a.slot)
                                            .arg(a.bus)
                                            .arg(added.modelText)
                                            .arg(model.minSlot)
                                      : tr("%1 is in slot %2 of bus %3, which does not exist: libvirt "
                                           "will add a %4 for it, which offers slots %5 to %6.")
                                            .arg(c.label(p.id))
                                            .arg(a.slot)
                                            .arg(a.bus)
                                            .arg(added.modelText)
                                            .arg(model.minSlot)
                                            .arg(model.maxSlot),
                                  {p.id}));
                continue;
            }
            out.append(c.make("bus-missing",
                              tr("%1 is on bus %2, but no PCI controller has index %2; libvirt will "
                                 "add a %3.")
                                  .arg(c.describe(p))
                                  .arg(a.bus)
                                  .arg(added.modelText),
                              {p.id}));
            users[a].append(&p);
            continue;
        }
        const BusModel model = busModel(*bus, c.family);
        if (model.valid && (int(a.slot) < model.minSlot || int(a.slot) > model.maxSlot)) {
            const QString range = model.minSlot == model.maxSlot
                ? tr("only slot %1").arg(model.minSlot)
                : tr("slots %1 to %2").arg(model.minSlot).arg(model.maxSlot);
            Diagnostic diag = c.make(
                "slot-range",
                tr("%1 is in slot %2 of %3, which offers %4.").arg(c.label(p.id)).arg(a.slot).arg(bus->label(), range),
                {p.id, bus->id});
            diag.fixes.append(placeElsewhere(p.id, tr("Move %1 to a free slot").arg(c.label(p.id))));
            out.append(diag);
            continue;
        }
        users[a].append(&p);

        if (!model.valid)
            continue; // controller-model reports the unknown model
        ConnectFlags needs = p.device ? deviceNeeds(*p.device, c.family) : controllerNeeds(p.controller->model);
        if (p.controller && p.controller->isRoot())
            continue; // root-controller reports a root with an address
        if (!needs)
            continue;
        if (!connectionAllowed(model, needs, true)) {
            Diagnostic diag = c.make("connection",
                                     tr("%1 cannot be plugged into %2: it needs a controller that accepts "
                                        "a %3.")
                                         .arg(c.describe(p), bus->label(), connectionName(needs)),
                                     {p.id, bus->id});
            diag.fixes.append(placeElsewhere(p.id, tr("Move %1 to a controller that accepts it").arg(c.label(p.id))));
            out.append(diag);
        }
    }

    // A5: each address once, the chipset's included.
    for (const ChipsetReservation &r : chipsetReservations(c.topology)) {
        const auto it = users.constFind(r.address);
        if (it == users.cend())
            continue;
        for (const RuleContext::Placed *p : *it) {
            if (ownsReservation(*p, r.address, c.family))
                continue;
            Diagnostic diag = c.make("address-conflict",
                                     tr("%1 is at %2, which the chipset keeps for its %3.")
                                         .arg(c.label(p->id), r.address.toShortString(), r.what),
                                     {p->id});
            diag.fixes.append(placeElsewhere(p->id, tr("Move %1 to a free slot").arg(c.label(p->id))));
            out.append(diag);
        }
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QList<NodeId> nodes;
        QStringList labels;
        for (const RuleContext::Placed *p : *it) {
            nodes.append(p->id);
            labels << c.label(p->id);
        }
        Diagnostic diag =
            c.make("address-conflict",
                   tr("%1 all use address %2.").arg(labels.join(QStringLiteral(", ")), it.key().toShortString()), nodes,
                   QStringLiteral("address ") + it.key().toShortString());
        // All but one move; devices before controllers, whose buses would take their devices along.
        QList<const RuleContext::Placed *> movers(it->cbegin(), it->cend());
        std::stable_sort(movers.begin(), movers.end(),
                         [](const auto *a, const auto *b) { return bool(a->controller) < bool(b->controller); });
        movers.removeLast();
        if (!movers.isEmpty()) {
            QList<NodeId> ids;
            QStringList moved;
            for (const RuleContext::Placed *p : movers) {
                ids.append(p->id);
                moved << c.label(p->id);
            }
            Fix fix =
                placeElsewhere(ids.first(),
                               movers.size() == 1 ? tr("Move %1 to a free slot").arg(moved.first())
                                                  : tr("Move %1 to free slots").arg(moved.join(QStringLiteral(", "))));
            fix.nodes = ids;
            diag.fixes.append(fix);
        }
        out.append(diag);
    }

    checkFixedAddresses(c, out);
    checkAddressType(c, out);
}

} // namespace pcitopo::rules
