// Multifunction rules: reference §3 A7–A8 (libvirt qemu/qemu_domain_address.c, QEMU hw/pci/pci.c).

#include "RuleContext.h"

#include <QMap>

namespace pcitopo::rules {

void checkMultifunction(const RuleContext &c, QList<Diagnostic> &out)
{
    // Nodes by slot, only those whose address passed the range checks.
    QMap<std::tuple<quint32, quint32, quint32>, QList<const RuleContext::Placed *>> slotMap;
    for (const RuleContext::Placed &p : c.placed) {
        if (c.addressUsable(p))
            slotMap[{p.address.domain, p.address.bus, p.address.slot}].append(&p);
    }
    for (auto it = slotMap.cbegin(); it != slotMap.cend(); ++it) {
        const QList<const RuleContext::Placed *> &nodes = *it;
        const RuleContext::Placed *functionZero = nullptr;
        bool otherFunctions = false;
        for (const RuleContext::Placed *p : nodes) {
            if (p->address.function == 0)
                functionZero = p;
            else
                otherFunctions = true;
        }
        if (!otherFunctions)
            continue;
        const PciAddress slot{std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), 0};
        // The chipset's own multifunction slots (§2.1): its function 0 is there, and not in the XML.
        if (isChipsetReserved(c.topology, slot))
            continue;
        if (!functionZero) {
            QList<NodeId> ids;
            for (const RuleContext::Placed *p : nodes)
                ids.append(p->id);
            Diagnostic diag = c.make("function-zero-missing",
                                     tr("Slot %1 has functions but no function 0: the guest will "
                                        "not see %2.")
                                         .arg(slot.toShortString().chopped(2), c.label(nodes.first()->id)),
                                     ids, QStringLiteral("slot ") + slot.toShortString().chopped(2));
            PciAddress target = nodes.first()->address;
            target.function = 0;
            diag.fixes.append({Fix::SetAddress,
                               tr("Move %1 to function 0").arg(c.label(nodes.first()->id)),
                               nodes.first()->id,
                               target,
                               {},
                               {},
                               {}});
            out.append(diag);
            continue;
        }
        // The remedy of both findings below: what libvirt would add, written now.
        const Fix multifunctionOn{Fix::SetAttribute, tr("Set multifunction='on'"), functionZero->id, {}, "address",
                                  "multifunction",   QStringLiteral("on")};
        if (functionZero->multifunction == std::optional<bool>(false)) {
            Diagnostic diag = c.make("multifunction-off",
                                     tr("%1 has multifunction='off' but shares slot %2 with other "
                                        "functions: QEMU will refuse to start the guest.")
                                         .arg(c.label(functionZero->id), slot.toShortString().chopped(2)),
                                     {functionZero->id});
            diag.fixes.append(multifunctionOn);
            out.append(diag);
        } else if (!functionZero->multifunction) {
            Diagnostic diag = c.make("multifunction-implicit",
                                     tr("libvirt will add multifunction='on' to %1, function 0 of "
                                        "the shared slot %2.")
                                         .arg(c.label(functionZero->id), slot.toShortString().chopped(2)),
                                     {functionZero->id});
            diag.fixes.append(multifunctionOn);
            out.append(diag);
        }
    }
}

} // namespace pcitopo::rules
