// QEMU's guidelines: reference §7 (Q3, Q4) and Xen HVM (§11).

#include "RuleContext.h"

namespace pcitopo::rules {

namespace {

bool isPciBus(ControllerModel m)
{
    return m == ControllerModel::PciBridge || m == ControllerModel::PcieToPciBridge
        || m == ControllerModel::DmiToPciBridge || m == ControllerModel::PciExpanderBus
        || m == ControllerModel::PciRoot;
}

} // namespace

void checkGuidelines(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    if (c.family == MachineFamily::Xen) {
        for (const Controller &ctrl : t.controllers()) {
            if (!ctrl.implicit && ctrl.index > 0)
                out.append(
                    c.make("xen-controllers-ignored",
                           tr("%1 has no effect on a Xen HVM guest: it sees one emulated PCI bus.").arg(ctrl.label()),
                           {ctrl.id}));
        }
        for (const Device &d : t.devices()) {
            if (d.address && d.element == QLatin1String("hostdev")) {
                out.append(c.make("xen-controllers-ignored",
                                  tr("The guest address of %1 is ignored on Xen: libxl chooses the "
                                     "guest slot.")
                                      .arg(d.label),
                                  {d.id}));
            }
            if (!d.hostAddress)
                continue;
            const HostFunction *host = c.options.host.function(*d.hostAddress);
            if (host && host->pcie) {
                out.append(c.make("xen-pcie-legacy",
                                  tr("%1 is a PCIe device; Xen passes it through in legacy PCI mode, "
                                     "without extended configuration space.")
                                      .arg(d.label),
                                  {d.id}));
            }
        }
        return;
    }

    const bool pcieMachine = Topology::isPcieMachine(c.family);
    for (const RuleContext::Placed &p : c.placed) {
        const Controller *bus = c.busOfDevice(p);
        if (!bus)
            continue;
        const Device &d = *p.device;
        const bool port =
            bus->model == ControllerModel::PcieRootPort || bus->model == ControllerModel::PcieSwitchDownstreamPort;
        // A host function's own PCIe capability, when the host is known, beats the XML's class.
        bool pcie = d.deviceClass == DeviceClass::PcieEndpoint;
        bool legacy = d.deviceClass == DeviceClass::PciEndpoint;
        if (d.hostAddress) {
            const HostFunction *host = c.options.host.function(*d.hostAddress);
            pcie = host && host->pcie;
            legacy = host && !host->pcie;
        }
        if (pcieMachine && port && legacy) {
            Diagnostic diag = c.make("legacy-pci-on-pcie-port",
                                     tr("%1 is a legacy PCI device in a PCI Express port, which \"might not "
                                        "always work\" (QEMU): put it behind a pcie-to-pci-bridge.")
                                         .arg(c.describe(p)),
                                     {p.id});
            // libvirt's placement puts what the XML calls legacy PCI behind a bridge; a host
            // device only the host knows to be legacy it would plug into a root port again.
            if (!d.hostAddress)
                diag.fixes.append(placeElsewhere(p.id, tr("Move %1 behind a pcie-to-pci-bridge").arg(c.label(p.id))));
            out.append(diag);
        } else if (pcie && !d.virtio && isPciBus(bus->model) && (pcieMachine || d.hostAddress)
                   && c.family != MachineFamily::Pseries) {
            if (c.family == MachineFamily::Pc) {
                // i440fx has no PCIe slot at all: nothing to move it to in this guest, so a
                // note that names the one remedy there is, not a warning.
                Diagnostic note = c.make("pcie-on-pci-slot",
                                         tr("%1 is a PCI Express device in a conventional PCI slot of %2; an "
                                            "i440fx (pc) guest has no other kind. It loses its extended "
                                            "configuration space, which most devices do not need; a q35 guest "
                                            "would give it a PCIe root port.")
                                             .arg(c.describe(p), bus->label()),
                                         {p.id});
                note.severity = Severity::Info;
                out.append(note);
                continue;
            }
            Diagnostic diag = c.make("pcie-on-pci-slot",
                                     tr("%1 is a PCI Express device in a conventional PCI slot of %2: it "
                                        "loses its extended configuration space. Move it to a free PCIe root "
                                        "port.")
                                         .arg(c.describe(p), bus->label()),
                                     {p.id});
            if (Topology::isPcieMachine(c.family))
                diag.fixes.append(placeElsewhere(p.id, tr("Move %1 to a free PCIe root port").arg(c.label(p.id))));
            out.append(diag);
        }
    }
}

} // namespace pcitopo::rules
