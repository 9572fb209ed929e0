// Hotplug: reference §4 and Q12–Q14 (libvirt qemu/qemu_hotplug.c, QEMU docs/pcie.txt).

#include "RuleContext.h"

#include <QSet>

namespace pcitopo::rules {

void checkHotplug(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    if (c.family == MachineFamily::Xen || c.family == MachineFamily::Other)
        return;

    // Devices that cannot be detached while the guest runs.
    for (const RuleContext::Placed &p : c.placed) {
        if (!p.device || !c.addressUsable(p))
            continue;
        const Controller *bus = c.bus(p.address.bus);
        if (!bus)
            continue;
        const BusModel model = busModel(*bus, c.family);
        if (!model.valid)
            continue;
        QString why;
        if (!(model.accepts & Connect::Hotplug)) {
            why = bus->hotplug == std::optional<bool>(false)
                ? tr("%1 has hotplug='off'").arg(bus->label())
                : tr("%1 does not support hotplug").arg(bus->label());
        } else if (t.nodesOnBus(int(p.address.bus)).size() > 1) {
            for (NodeId other : t.nodesOnBus(int(p.address.bus))) {
                const std::optional<PciAddress> a = t.addressOf(other);
                if (other != p.id && a && a->slot == p.address.slot) {
                    why = tr("it shares slot %1 with other functions").arg(p.address.toShortString().chopped(2));
                    break;
                }
            }
        }
        if (!why.isEmpty()) {
            out.append(c.make("not-hot-unpluggable",
                              tr("%1 cannot be hot-unplugged: %2.").arg(c.describe(p), why), {p.id}));
        }
    }

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
        out.append(c.make("no-hotplug-slot",
                          freePciSlots == 0
                              ? tr("No empty hotpluggable slot is left: libvirt cannot hot-plug any "
                                   "device into this guest. Add empty pcie-root-ports now; they "
                                   "cannot be added while it runs.")
                              : tr("No empty root or downstream port is left: PCIe devices cannot be "
                                   "hot-plugged (only legacy PCI ones, into a bridge). Add empty "
                                   "pcie-root-ports now; they cannot be added while it runs."),
                          {}));
    } else if (!pcie && freePciSlots == 0) {
        out.append(c.make("no-hotplug-slot",
                          tr("No free hotpluggable slot is left: libvirt cannot hot-plug any device "
                             "into this guest. Add a pci-bridge now; it cannot be added while the "
                             "guest runs."),
                          {}));
    }
}

} // namespace pcitopo::rules
