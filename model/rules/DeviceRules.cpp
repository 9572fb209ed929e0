// Device identity: reference A17 (zPCI) and A18 (a host device once).

#include "RuleContext.h"

#include <QMap>

namespace pcitopo::rules {

void checkDevices(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;

    QMap<QString, QList<const HostdevSource *>> sources;
    for (const HostdevSource &s : t.hostdevSources())
        sources[s.key].append(&s);
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QList<NodeId> ids;
        QStringList lines;
        for (const HostdevSource *s : *it) {
            ids.append(s->id);
            lines << QString::number(s->line);
        }
        Diagnostic diag = c.make("hostdev-duplicate",
                                 tr("The host device %1 is assigned %2 times (lines %3); it can be "
                                    "assigned once.")
                                     .arg(it.key())
                                     .arg(it->size())
                                     .arg(lines.join(QStringLiteral(", "))),
                                 ids);
        diag.key = QStringLiteral("hostdev-duplicate:") + it.key();
        diag.fixes.append({Fix::RemoveNode, tr("Remove the second one"), ids[1], {}, {}, {}, {}});
        out.append(diag);
    }

    // §2, §8: devices that only some machines have.
    for (const Device &d : t.devices()) {
        if (d.missingSource) {
            Diagnostic diag = c.make("hostdev-source",
                                     tr("%1 does not say which host device it passes (no <source><address/>); "
                                        "libvirt refuses it.")
                                         .arg(d.label),
                                     {d.id});
            diag.fixes.append({Fix::RemoveNode, tr("Remove %1").arg(d.label), d.id, {}, {}, {}, {}});
            out.append(diag);
        }
        if (d.element == QLatin1String("iommu") && d.model == QLatin1String("virtio")) {
            if (c.family != MachineFamily::Q35 && c.family != MachineFamily::ArmVirt)
                out.append(c.make("machine-device",
                                  tr("virtio-iommu is only supported on q35 and ARM virt machines, not on %1.")
                                      .arg(Topology::familyName(c.family)),
                                  {d.id}));
            else if (!t.hasAcpi())
                out.append(c.make("machine-device", tr("virtio-iommu needs ACPI: add <acpi/> to <features>."), {d.id}));
        }
        if (d.controllerType == QLatin1String("ide") && c.family != MachineFamily::Other
            && c.family != MachineFamily::Xen) {
            if (c.family != MachineFamily::Pc)
                out.append(c.make("machine-device",
                                  tr("%1: IDE controllers exist only as the built-in one of pc (i440fx) machines; "
                                     "use SATA on %2.")
                                      .arg(d.label, Topology::familyName(c.family)),
                                  {d.id}));
            else if (d.controllerIndex > 0)
                out.append(c.make("machine-device",
                                  tr("%1: pc has a single, built-in IDE controller (index 0).").arg(d.label), {d.id}));
        }
    }

    // A17: zPCI ids.
    QMap<quint32, QList<NodeId>> uids;
    QMap<quint32, QList<NodeId>> fids;
    for (const Device &d : t.devices()) {
        if (!d.zpciValid) {
            out.append(c.make("zpci-id", tr("%1 has a zPCI uid or fid that is not a number.").arg(d.label), {d.id}));
            continue;
        }
        if (d.zpciUid) {
            if (*d.zpciUid == 0 || *d.zpciUid > 0xffff)
                out.append(c.make("zpci-id",
                                  tr("%1 has zPCI uid 0x%2; it must be from 0x0001 to 0xffff.")
                                      .arg(d.label)
                                      .arg(*d.zpciUid, 4, 16, QLatin1Char('0')),
                                  {d.id}));
            else
                uids[*d.zpciUid].append(d.id);
        }
        if (d.zpciFid)
            fids[*d.zpciFid].append(d.id);
    }
    for (const auto &[map, what] : {std::pair{&uids, "uid"}, std::pair{&fids, "fid"}}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (it->size() > 1)
                out.append(c.make("zpci-id",
                                  tr("%1 devices share zPCI %2 0x%3; each needs its own.")
                                      .arg(it->size())
                                      .arg(QLatin1String(what))
                                      .arg(it.key(), 0, 16),
                                  *it));
        }
    }
}

} // namespace pcitopo::rules
