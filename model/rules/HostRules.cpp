// Host device rules: reference §6 (G2–G7), §5.6, §7 (NUMA of expanders and PHBs). Without host
// facts only the layout rule (functions of one host slot kept together) can run.

#include "GuestAddressing.h"
#include "RuleContext.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace pcitopo::rules {

namespace {

/** The root or expander a bus hangs from (the controller whose bus a device ends up on). */
const Controller *rootOf(const Topology &t, int busIndex)
{
    QSet<int> seen;
    const Controller *c = t.controllerByIndex(busIndex);
    while (c && c->address && !seen.contains(c->index)) {
        seen.insert(c->index);
        if (c->model == ControllerModel::PciExpanderBus || c->model == ControllerModel::PcieExpanderBus)
            return c;
        const Controller *parent = t.controllerByIndex(int(c->address->bus));
        if (!parent)
            return c;
        c = parent;
    }
    return c;
}

/** A machine type without its version: "pc-q35-7.2" → "pc-q35"; "q35" stays "q35". */
QString machineFamily(const QString &machine)
{
    qsizetype end = machine.size();
    while (end > 0 && (machine.at(end - 1).isDigit() || machine.at(end - 1) == QLatin1Char('.')))
        --end;
    if (end < machine.size() && end > 0 && machine.at(end - 1) == QLatin1Char('-'))
        return machine.left(end - 1);
    return machine;
}

/**
 * Compares names with their digit runs as numbers, so that pc-q35-10.0 is newer than pc-q35-9.2
 * and 2.10 newer than 2.9 (text order says the opposite). Negative, 0 or positive, like strcmp.
 */
int versionOrder(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qulonglong x = a.mid(i, ei - i).toULongLong();
            const qulonglong y = b.mid(j, ej - j).toULongLong();
            if (x != y)
                return x < y ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    return int(a.size() - i) - int(b.size() - j);
}

} // namespace

/** The domain against what its connection's hypervisor offers (machine types, device models). */
void checkCapabilities(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    const HostCapabilities &caps = c.options.host.capabilities;
    if (caps.isEmpty() || t.arch().isEmpty() || t.machine().isEmpty())
        return;
    const QString host = caps.hypervisor.isEmpty() ? tr("This host") : tr("This host's %1").arg(caps.hypervisor);
    const auto machines = caps.machines.constFind(t.arch());
    if (machines == caps.machines.cend()) {
        QStringList arches = caps.machines.keys();
        arches.sort();
        out.append(
            c.make("host-machine",
                   tr("%1 runs no %2 guests: it offers %3.").arg(host, t.arch(), arches.join(QStringLiteral(", "))), {},
                   t.arch()));
        return;
    }
    if (!machines->contains(t.machine())) {
        // The offer of the same family (pc-q35, pseries, virt, …), newest first.
        const QString family = machineFamily(t.machine());
        QStringList offered;
        for (const QString &m : *machines)
            if (machineFamily(m) == family)
                offered << m;
        if (offered.isEmpty())
            offered = *machines;
        std::sort(offered.begin(), offered.end(),
                  [](const QString &a, const QString &b) { return versionOrder(a, b) > 0; });
        out.append(c.make("host-machine",
                          tr("%1 has no machine type %2 for %3 guests; it offers %4.")
                              .arg(host, t.machine(), t.arch(), offered.mid(0, 8).join(QStringLiteral(", "))),
                          {}, t.machine()));
        return;
    }
    const GuestCapabilities *guest = caps.guest(t.arch(), t.machine());
    if (!guest)
        return;
    for (const Device &d : t.devices()) {
        if (d.element == QLatin1String("video") && !guest->videoModels.isEmpty() && !d.model.isEmpty()
            && !guest->videoModels.contains(d.model))
            out.append(c.make("host-device-model",
                              tr("%1 offers no '%2' video for %3 (it has %4).")
                                  .arg(host, d.model, guest->machine, guest->videoModels.join(QStringLiteral(", "))),
                              {d.id}));
        else if (d.element == QLatin1String("disk") && !guest->diskBuses.isEmpty() && !d.diskBus.isEmpty()
                 && !guest->diskBuses.contains(d.diskBus))
            out.append(c.make("host-device-model",
                              tr("%1 offers no '%2' disk bus for %3 (it has %4).")
                                  .arg(host, d.diskBus, guest->machine, guest->diskBuses.join(QStringLiteral(", "))),
                              {d.id}));
        else if (d.hostAddress && !guest->pciHostdev)
            out.append(c.make("host-device-model",
                              tr("%1 cannot pass PCI host devices to %2 guests (no VFIO): %3 cannot start there.")
                                  .arg(host, guest->machine, c.label(d.id)),
                              {d.id}));
    }
}

void checkHost(const RuleContext &c, QList<Diagnostic> &out)
{
    checkCapabilities(c, out);
    const Topology &t = c.topology;
    const HostFacts &host = c.options.host;

    // PCI host devices of this guest, by host address.
    QHash<PciAddress, const Device *> assigned;
    for (const Device &d : t.devices()) {
        if (d.hostAddress)
            assigned.insert(*d.hostAddress, &d);
    }

    // Functions of one host slot: one guest slot, as on the host.
    QMap<std::tuple<quint32, quint32, quint32>, QList<const Device *>> hostSlots;
    for (const Device &d : t.devices()) {
        if (d.hostAddress && d.address)
            hostSlots[{d.hostAddress->domain, d.hostAddress->bus, d.hostAddress->slot}].append(&d);
    }
    for (auto it = hostSlots.cbegin(); it != hostSlots.cend(); ++it) {
        if (it->size() < 2)
            continue;
        bool together = true;
        for (const Device *d : *it)
            together = together && d->address->sameSlot(*it->first()->address);
        if (together || c.family == MachineFamily::Xen)
            continue;
        QList<NodeId> ids;
        QStringList labels;
        for (const Device *d : *it) {
            ids.append(d->id);
            labels << QStringLiteral("%1 → %2").arg(d->hostAddress->toShortString(), d->address->toShortString());
        }
        Diagnostic diag =
            c.make("functions-split",
                   tr("The functions of host slot %1 are split over guest slots (%2); keep "
                      "them as functions of one slot, as on the host (a GPU and its audio "
                      "function).")
                       .arg(it->first()->hostAddress->toShortString().chopped(2), labels.join(QStringLiteral(", "))),
                   ids, QStringLiteral("host slot ") + it->first()->hostAddress->toString().chopped(2));
        // The remedy: every function joins the guest slot of the lowest host function, with
        // its host function number, where those functions are free.
        const Device *anchor = *std::min_element(it->cbegin(), it->cend(), [](const Device *a, const Device *b) {
            return a->hostAddress->function < b->hostAddress->function;
        });
        Fix rejoin{Fix::MoveNodes, {}, anchor->id, {}, {}, {}, {}, {}, {}};
        bool free = true;
        for (const Device *d : *it) {
            if (d == anchor || d->address->sameSlot(*anchor->address))
                continue;
            PciAddress to = *anchor->address;
            to.function = d->hostAddress->function;
            for (NodeId there : t.nodesAt(to))
                free = free && std::any_of(it->cbegin(), it->cend(), [&](const Device *o) { return o->id == there; });
            rejoin.nodes.append(d->id);
            rejoin.addresses.append(to);
        }
        if (free && !rejoin.nodes.isEmpty()) {
            rejoin.node = rejoin.nodes.first();
            rejoin.text = tr("Join %1 to slot %2, as on the host")
                              .arg(QStringList([&] {
                                       QStringList names;
                                       for (NodeId id : std::as_const(rejoin.nodes))
                                           names << t.labelOf(id);
                                       return names;
                                   }())
                                       .join(QStringLiteral(", ")),
                                   anchor->address->toShortString().chopped(2));
            diag.fixes.append(rejoin);
        }
        out.append(diag);
    }

    if (host.isEmpty())
        return;

    QSet<int> reportedGroups;
    for (const Device &d : t.devices()) {
        if (!d.hostAddress)
            continue;
        const HostFunction *f = host.function(*d.hostAddress);
        if (!f)
            continue;
        if (f->bridge) {
            out.append(c.make("host-device-not-endpoint",
                              tr("%1 is a PCI bridge on the host; only endpoint functions can be "
                                 "assigned to a guest.")
                                  .arg(d.label),
                              {d.id}));
            continue;
        }
        const bool onStub = f->driver == QLatin1String("vfio-pci") || f->driver == QLatin1String("pci-stub");
        if (!d.managed && !onStub) {
            Diagnostic diag = c.make("host-device-unmanaged",
                                     tr("%1 has managed='no' but is bound to %2 on the host; libvirt will "
                                        "not detach it, and the guest will not start.")
                                         .arg(d.label, f->driver.isEmpty() ? tr("no driver") : f->driver),
                                     {d.id});
            diag.fixes.append(
                {Fix::SetAttribute, tr("Set managed='yes'"), d.id, {}, {}, "managed", QStringLiteral("yes")});
            out.append(diag);
        }
        if (!f->usedByOtherGuests.isEmpty()) {
            out.append(c.make("host-device-in-use",
                              tr("%1 is also assigned to %2; only one of them can run at a time.")
                                  .arg(d.label, f->usedByOtherGuests.join(QStringLiteral(", "))),
                              {d.id}));
        }
        if (f->iommuGroup < 0 || reportedGroups.contains(f->iommuGroup))
            continue;
        reportedGroups.insert(f->iommuGroup);
        QStringList blocking;
        QStringList idle;
        for (const PciAddress &member : host.groupMembers(f->iommuGroup)) {
            const HostFunction *m = host.function(member);
            if (assigned.contains(member) || !m || m->bridge)
                continue;
            const bool free =
                m->driver.isEmpty() || m->driver == QLatin1String("vfio-pci") || m->driver == QLatin1String("pci-stub");
            (free ? idle : blocking) << QStringLiteral("%1 (%2)").arg(
                member.toString(), m->driver.isEmpty() ? tr("no driver") : m->driver);
        }
        if (!blocking.isEmpty()) {
            out.append(c.make("iommu-group-not-viable",
                              tr("IOMMU group %1 of %2 also holds %3, bound to host drivers: QEMU will "
                                 "fail with \"group %1 is not viable\". Pass them to this guest too, "
                                 "or bind them to vfio-pci.")
                                  .arg(f->iommuGroup)
                                  .arg(d.label, blocking.join(QStringLiteral(", "))),
                              {d.id}));
        } else if (!idle.isEmpty()) {
            out.append(c.make("iommu-group-partial",
                              tr("IOMMU group %1 of %2 also holds %3, which this guest does not take; "
                                 "they are unusable elsewhere while it runs.")
                                  .arg(f->iommuGroup)
                                  .arg(d.label, idle.join(QStringLiteral(", "))),
                              {d.id}));
        }
    }

    // NUMA of the expander or PHB a host device sits behind.
    for (const Device &d : t.devices()) {
        if (!d.hostAddress || !d.address)
            continue;
        const HostFunction *f = host.function(*d.hostAddress);
        const Controller *root = rootOf(t, int(d.address->bus));
        if (!f || f->numaNode < 0 || !root || !root->numaNode || *root->numaNode == f->numaNode)
            continue;
        out.append(c.make("numa-mismatch",
                          tr("%1 is on host NUMA node %2, but %3 tells the guest NUMA node %4.")
                              .arg(d.label)
                              .arg(f->numaNode)
                              .arg(root->label())
                              .arg(*root->numaNode),
                          {d.id, root->id}));
    }

    // pseries: one PE (IOMMU group) per vPHB, alone.
    if (c.family != MachineFamily::Pseries)
        return;
    QMap<int, QSet<int>> groupsOnPhb; // PHB index → groups
    QMap<int, QSet<int>> phbsOfGroup; // group → PHB indexes
    QMap<int, QList<NodeId>> nodesOnPhb;
    QSet<int> phbWithEmulated;
    for (const Device &d : t.devices()) {
        if (!d.address)
            continue;
        const Controller *phb = rootOf(t, int(d.address->bus));
        if (!phb)
            continue;
        nodesOnPhb[phb->index].append(d.id);
        const HostFunction *f = d.hostAddress ? host.function(*d.hostAddress) : nullptr;
        if (f && f->iommuGroup >= 0) {
            groupsOnPhb[phb->index].insert(f->iommuGroup);
            phbsOfGroup[f->iommuGroup].insert(phb->index);
        } else if (!d.hostAddress) {
            phbWithEmulated.insert(phb->index);
        }
    }
    for (auto it = groupsOnPhb.cbegin(); it != groupsOnPhb.cend(); ++it) {
        const Controller *phb = t.controllerByIndex(it.key());
        if (it->size() > 1 || phbWithEmulated.contains(it.key())) {
            out.append(c.make("pseries-pe-per-phb",
                              it->size() > 1 ? tr("%1 holds %2 host PEs (IOMMU groups); give each its own vPHB so "
                                                  "that EEH recovery works.")
                                                   .arg(phb->label())
                                                   .arg(it->size())
                                             : tr("%1 holds a host PE and emulated devices; keep emulated devices on "
                                                  "the default PHB.")
                                                   .arg(phb->label()),
                              nodesOnPhb.value(it.key()), t.keyOf(phb->id)));
        }
    }
    for (auto it = phbsOfGroup.cbegin(); it != phbsOfGroup.cend(); ++it) {
        if (it->size() > 1)
            out.append(c.make("pseries-pe-per-phb",
                              tr("The functions of IOMMU group %1 are spread over %2 vPHBs; put the "
                                 "whole PE on one.")
                                  .arg(it.key())
                                  .arg(it->size()),
                              {}, QStringLiteral("IOMMU group %1").arg(it.key())));
    }
}

} // namespace pcitopo::rules
