// Hotplug: reference §4 and Q12–Q14 (libvirt qemu/qemu_hotplug.c, QEMU docs/pcie.txt).

#include "RuleContext.h"

#include <QHash>
#include <QSet>

namespace pcitopo::rules {

void checkUnpluggable(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    if (c.family == MachineFamily::Xen || c.family == MachineFamily::Other)
        return;

    // Devices that cannot be detached while the guest runs: one note per bus without hotplug,
    // one per shared (multifunction) slot on a bus with it.
    QHash<quint32, QList<NodeId>> onFixedBus;
    QHash<quint64, QList<NodeId>> inSlot;
    for (const RuleContext::Placed &p : c.placed) {
        const Controller *bus = c.busOfDevice(p);
        if (!bus)
            continue;
        const BusModel model = busModel(*bus, c.family);
        if (!model.valid)
            continue;
        if (!(model.accepts & Connect::Hotplug))
            onFixedBus[p.address.bus].append(p.id);
        else
            inSlot[(quint64(p.address.bus) << 8) | p.address.slot].append(p.id);
    }
    for (auto it = onFixedBus.cbegin(); it != onFixedBus.cend(); ++it) {
        const Controller *bus = c.bus(it.key());
        const QString why = bus->hotplug == std::optional<bool>(false)
            ? tr("%1 has hotplug='off'").arg(bus->label())
            : tr("%1 does not support hotplug").arg(bus->label());
        out.append(c.make("not-hot-unpluggable",
                          it->size() == 1 ? tr("%1 cannot be hot-unplugged: %2.").arg(c.label(it->first()), why)
                                          : tr("%1 devices cannot be hot-unplugged: %2.").arg(it->size()).arg(why),
                          *it, t.keyOf(bus->id)));
    }
    for (auto it = inSlot.cbegin(); it != inSlot.cend(); ++it) {
        // Several functions, not several devices: two on one address are a collision, which
        // address-conflict reports, not a multifunction slot.
        QSet<quint32> functions;
        for (NodeId id : *it)
            functions.insert(t.addressOf(id)->function);
        if (functions.size() < 2)
            continue;
        const PciAddress slot{0, quint32(it.key() >> 8), quint32(it.key() & 0xff), 0};
        Diagnostic diag = c.make("not-hot-unpluggable",
                                 tr("The %1 functions of slot %2 cannot be hot-unplugged: libvirt detaches "
                                    "only single-function slots.")
                                     .arg(it->size())
                                     .arg(slot.toShortString().chopped(2)),
                                 *it, QStringLiteral("slot ") + slot.toShortString().chopped(2));
        // On a port (its one slot), hotplug='off' says so to the guest too: it then offers no
        // eject for a device (a GPU) nobody can take away while it runs.
        const Controller *port = c.bus(quint32(slot.bus));
        if (port && t.element(port->id)
            && (port->model == ControllerModel::PcieRootPort
                || port->model == ControllerModel::PcieSwitchDownstreamPort))
            diag.fixes.append({Fix::SetAttribute,
                               tr("Set hotplug='off' on %1: the guest then offers no eject for it").arg(port->label()),
                               port->id,
                               {},
                               "target",
                               "hotplug",
                               QStringLiteral("off")});
        out.append(diag);
    }
}

void checkHotplugSlots(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    if (c.family == MachineFamily::Xen || c.family == MachineFamily::Other)
        return;
    // Q14: somewhere to hot-plug a device later. Judged only once everything has an address:
    // before that, libvirt's placement decides (and may add a spare root port, §5.1 step 7).
    for (const Device &d : t.devices()) {
        if (!d.address && d.otherAddressType.isEmpty())
            return;
    }
    bool onlyRoots = true;
    for (const Controller &ctrl : t.controllers()) {
        if (!ctrl.address && !ctrl.isRoot() && !ctrl.implicit)
            return;
        onlyRoots = onlyRoots && ctrl.isRoot();
    }
    // No controller but the root: libvirt's implicit devices (USB, memballoon) make it add
    // buses, and then one spare root port for hotplug (§5.1 step 7).
    if (onlyRoots)
        return;
    int freePcieSlots = 0;
    int freePciSlots = 0;
    for (const Controller &ctrl : t.controllers()) {
        const BusModel model = busModel(ctrl, c.family);
        if (!model.valid || !(model.accepts & Connect::Hotplug) || ctrl.index < 0)
            continue;
        QSet<quint32> used;
        for (NodeId id : t.nodesOnBus(ctrl.index))
            used.insert(t.addressOf(id)->slot);
        const int free = (model.maxSlot - model.minSlot + 1) - int(used.size());
        if (free <= 0)
            continue;
        if (model.accepts & Connect::PcieDevice)
            freePcieSlots += free;
        else
            freePciSlots += free;
    }
    const bool pcie = Topology::isPcieMachine(c.family);
    if (pcie && freePcieSlots == 0) {
        Diagnostic diag =
            c.make("no-hotplug-slot",
                   freePciSlots == 0 ? tr("No empty hotpluggable slot is left: libvirt cannot hot-plug any "
                                          "device into this guest. Add empty pcie-root-ports now; they "
                                          "cannot be added while it runs.")
                                     : tr("No empty root or downstream port is left: PCIe devices cannot be "
                                          "hot-plugged (only legacy PCI ones, into a bridge). Add empty "
                                          "pcie-root-ports now; they cannot be added while it runs."),
                   {});
        // The remedy of Edit › Add Spare Hotplug Ports, with its default of two.
        Fix spare{Fix::AddSparePorts, tr("Add 2 spare root ports"), {}, {}, {}, {}, {}};
        spare.count = 2;
        diag.fixes.append(spare);
        out.append(diag);
    } else if (!pcie && freePciSlots == 0) {
        out.append(c.make("no-hotplug-slot",
                          tr("No free hotpluggable slot is left: libvirt cannot hot-plug any device "
                             "into this guest. Add a pci-bridge now; it cannot be added while the "
                             "guest runs."),
                          {}));
    }
}

} // namespace pcitopo::rules
