// Resource budgets: reference §1.5, A14, Q8–Q11 (QEMU docs/pcie.txt, pcie_pci_bridge.txt,
// pci_expander_bridge.txt).

#include "GuestAddressing.h"
#include "RuleContext.h"

#include <algorithm>

namespace pcitopo::rules {

void checkBudgets(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    const GuestNumbering numbering = numberGuestBuses(t);

    // Q10: 256 buses per domain. The main root's range must also end below the lowest busNr,
    // and each expander's below the next higher one (A14).
    QList<GuestNumbering::Range> ranges = numbering.ranges;
    std::sort(ranges.begin(), ranges.end(),
              [](const auto &a, const auto &b) { return std::tie(a.domain, a.first) < std::tie(b.domain, b.first); });
    for (int i = 0; i < ranges.size(); ++i) {
        const GuestNumbering::Range &r = ranges[i];
        const bool nextInDomain = i + 1 < ranges.size() && ranges[i + 1].domain == r.domain;
        if (r.last > 255) {
            out.append(c.make("bus-number-budget",
                              tr("%1 needs bus numbers up to %2, but a PCI domain has only 256 "
                                 "(0–255): the guest cannot enumerate the buses beyond.")
                                  .arg(c.label(r.owner))
                                  .arg(r.last),
                              {r.owner}));
        } else if (nextInDomain && ranges[i + 1].first > 0 && r.last >= ranges[i + 1].first) {
            // Only expander ranges start above 0; two PHB ranges in one domain are phb-index-unique.
            out.append(c.make("busnr-conflict",
                              tr("%1 numbers its buses up to %2, which runs into the range of %3 "
                                 "starting at busNr %4.")
                                  .arg(c.label(r.owner))
                                  .arg(r.last)
                                  .arg(c.label(ranges[i + 1].owner))
                                  .arg(ranges[i + 1].first),
                              {r.owner, ranges[i + 1].owner}));
        }
    }

    // Q8: ports whose device needs I/O space.
    if (Topology::isPcieMachine(c.family)) {
        QList<NodeId> hungry;
        for (const Controller &port : t.controllers()) {
            if (port.model != ControllerModel::PcieRootPort && port.model != ControllerModel::PcieSwitchDownstreamPort)
                continue;
            for (NodeId id : t.nodesOnBus(port.index)) {
                const Device *d = t.device(id);
                if (d && d->deviceClass == DeviceClass::PciEndpoint) {
                    hungry.append(id);
                    break;
                }
            }
        }
        if (hungry.size() > 9) {
            out.append(c.make("io-space",
                              tr("%1 root or downstream ports hold legacy PCI devices, which need I/O "
                                 "space; the 64 KiB of I/O space suffice for about ten.")
                                  .arg(hungry.size()),
                              hungry));
        }
    }

    // Q9: pci-bridges reserve I/O and MMIO windows.
    QList<NodeId> bridges;
    for (const Controller &ctrl : t.controllers()) {
        if (ctrl.model == ControllerModel::PciBridge)
            bridges.append(ctrl.id);
    }
    if (bridges.size() > 9) {
        out.append(c.make("pci-bridge-count",
                          tr("The domain has %1 pci-bridges; each reserves 4 KiB of I/O and 2 MiB of "
                             "MMIO space, and firmware may fail to configure more than nine.")
                              .arg(bridges.size()),
                          bridges));
    }
}

} // namespace pcitopo::rules
