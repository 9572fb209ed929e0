#include "PlanItems.h"

#include <algorithm>

namespace pcitopo::placement::detail {

Order orderOf(const QString &e, bool hostdevInterface)
{
    static const QHash<QString, Order> orders{
        {QStringLiteral("filesystem"), Filesystems},
        {QStringLiteral("interface"), Interfaces},
        {QStringLiteral("sound"), Sounds},
        {QStringLiteral("controller"), OtherControllers},
        {QStringLiteral("disk"), Disks},
        {QStringLiteral("hostdev"), Hostdevs},
        {QStringLiteral("memballoon"), Memballoons},
        {QStringLiteral("rng"), Rngs},
        {QStringLiteral("watchdog"), Watchdogs},
        {QStringLiteral("video"), Videos},
        {QStringLiteral("shmem"), Shmems},
        {QStringLiteral("input"), Inputs},
        {QStringLiteral("serial"), Serials},
        {QStringLiteral("iommu"), Iommus},
        {QStringLiteral("vsock"), Vsocks},
    };
    if (e == QLatin1String("interface") && hostdevInterface)
        return Hostdevs;
    return orders.value(e, Others);
}

int usb2Function(const QString &model)
{
    if (model == QLatin1String("ich9-ehci1"))
        return 7;
    if (model == QLatin1String("ich9-uhci1"))
        return 0;
    if (model == QLatin1String("ich9-uhci2"))
        return 1;
    if (model == QLatin1String("ich9-uhci3"))
        return 2;
    return -1;
}

bool pcieMachine(MachineFamily f)
{
    return Topology::isPcieMachine(f);
}

QList<NewDevice> libvirtAdditions(const Topology &t)
{
    const MachineFamily f = t.family();
    const Topology::Omissions &o = t.omissions();
    const bool x86 = f == MachineFamily::Pc || f == MachineFamily::Q35;
    QList<NewDevice> added;
    if ((x86 || f == MachineFamily::Pseries) && o.usbController) {
        const QString model = f == MachineFamily::Pc ? QStringLiteral("piix3-uhci")
            : f == MachineFamily::Q35                ? QStringLiteral("qemu-xhci")
                                                     : QStringLiteral("qemu-xhci");
        added.append({QStringLiteral("controller"), QStringLiteral("usb"), model, 0, {}, false, true});
    }
    bool ide0 = false;
    for (const Device &d : t.devices())
        ide0 = ide0 || (d.controllerType == QLatin1String("ide") && d.controllerIndex == 0);
    if (f == MachineFamily::Pc && t.hasIdeDisk() && !ide0)
        added.append({QStringLiteral("controller"), QStringLiteral("ide"), QString(), 0, {}, false, true});
    if (f == MachineFamily::Q35 && o.sataController0)
        added.append({QStringLiteral("controller"), QStringLiteral("sata"), QString(), 0, {}, false, true});
    if (f != MachineFamily::S390 && f != MachineFamily::Other && f != MachineFamily::Xen) {
        for (int index : o.scsi) {
            NewDevice scsi{QStringLiteral("controller"),
                           QStringLiteral("scsi"),
                           f == MachineFamily::Pseries ? QStringLiteral("ibmvscsi") : QStringLiteral("lsilogic"),
                           index,
                           {},
                           false,
                           true};
            scsi.pci = f != MachineFamily::Pseries;
            added.append(scsi);
        }
    }
    for (int index : o.ccid) {
        NewDevice ccid{QStringLiteral("controller"), QStringLiteral("ccid"), QString(), index, {}, false, false};
        added.append(ccid);
    }
    if ((x86 || f == MachineFamily::Pseries) && o.memballoon)
        added.append({QStringLiteral("memballoon"), QString(), QStringLiteral("virtio"), -1, {}, false, true});
    if (o.videoForGraphics && f != MachineFamily::S390 && f != MachineFamily::Other && f != MachineFamily::Xen) {
        const QString model = x86         ? QStringLiteral("cirrus")
            : f == MachineFamily::Pseries ? QStringLiteral("vga")
                                          : QStringLiteral("virtio");
        added.append({QStringLiteral("video"), QString(), model, -1, {}, false, true});
    }
    if (f != MachineFamily::S390 && f != MachineFamily::Other && f != MachineFamily::Xen)
        for (int index : o.virtioSerial)
            added.append(
                {QStringLiteral("controller"), QStringLiteral("virtio-serial"), QString(), index, {}, false, true});
    return added;
}

ConnectFlags additionNeeds(const NewDevice &d, MachineFamily f)
{
    const bool legacy = d.model == QLatin1String("cirrus") || d.model == QLatin1String("vga")
        || d.model == QLatin1String("pci-ohci") || d.model == QLatin1String("piix3-uhci")
        || d.model == QLatin1String("lsilogic");
    return pcieMachine(f) && !legacy ? ConnectFlags(Connect::PcieDevice) : ConnectFlags(Connect::PciDevice);
}

void applyConstraint(Search &search, const PlacementConstraint &c, MachineFamily family)
{
    search.hotplug = c.hotplug;
    search.numaNode = c.numaNode;
    search.preferred = c.controller;
    if (c.bus == PlacementConstraint::Bus::Pcie && pcieMachine(family))
        search.needs = Connect::PcieDevice;
    else if (c.bus == PlacementConstraint::Bus::Pci)
        search.needs = Connect::PciDevice;
}

unsigned isolationGroup(const Topology &t, const Device &d, const HostFacts *host)
{
    if (t.family() != MachineFamily::Pseries || !d.hostAddress || !host)
        return 0;
    const HostFunction *f = host->function(*d.hostAddress);
    return f && f->iommuGroup >= 0 ? unsigned(f->iommuGroup) + 1 : 0;
}

QHash<NodeId, int> autoIndexes(const Topology &t)
{
    QHash<NodeId, int> result;
    QHash<QString, QSet<int>> used;
    for (const ControllerElement &c : t.otherControllers())
        if (c.index >= 0)
            used[c.type].insert(c.index);
    QHash<int, QStringList> usb2Sets; // index -> models in it
    int previousUsb2 = -1; // index of the USB controller before, when USB2
    for (const ControllerElement &c : t.otherControllers()) {
        const bool usb2 = c.type == QLatin1String("usb") && usb2Function(c.model) >= 0;
        int index = c.index;
        if (index < 0) {
            if (usb2 && previousUsb2 >= 0 && !usb2Sets.value(previousUsb2).contains(c.model)) {
                index = previousUsb2;
            } else {
                index = 0;
                while (used.value(c.type).contains(index))
                    ++index;
            }
            used[c.type].insert(index);
            result.insert(c.id, index);
        }
        if (c.type == QLatin1String("usb")) {
            previousUsb2 = usb2 ? index : -1;
            if (usb2)
                usb2Sets[index].append(c.model);
        }
    }
    return result;
}

const Device *primaryVideo(const Topology &t)
{
    const Device *first = nullptr;
    for (const Device &d : t.devices()) {
        if (d.element != QLatin1String("video"))
            continue;
        if (t.element(d.id).firstChildElement("model").attributeView("primary") == "yes")
            return &d;
        if (!first)
            first = &d;
    }
    return first;
}

bool isPrimaryVideo(const Topology &t, const Device &d)
{
    return d.element == QLatin1String("video") && primaryVideo(t) == &d;
}

QList<Item> collectItems(const Topology &t, const Options &options, QList<NewDevice> *additions)
{
    const MachineFamily family = t.family();
    QList<Item> items;
    for (const Controller &c : t.controllers()) {
        if (c.address || c.isRoot() || c.implicit || c.index < 0)
            continue;
        Item item;
        item.node = c.id;
        item.search = {rules::controllerNeeds(c.model), c.model == ControllerModel::PcieRootPort, 0, -1};
        item.order = PciControllers;
        item.key = c.index;
        item.element = QStringLiteral("controller");
        item.type = QStringLiteral("pci");
        item.controllerIndex = c.index;
        items.append(item);
    }
    // libvirt keeps controllers grouped by type in the order types first appear, each group by
    // index (virDomainControllerInsertPreAlloced); controllers it adds join their type's group
    // or start one at the end.
    QHash<QString, int> typeRank;
    for (const Device &d : t.devices())
        if (d.element == QLatin1String("controller") && !typeRank.contains(d.controllerType))
            typeRank.insert(d.controllerType, int(typeRank.size()));
    const auto controllerKey = [&](const QString &type, int index, qint64 position) {
        if (!typeRank.contains(type))
            typeRank.insert(type, int(typeRank.size()));
        return (qint64(typeRank.value(type)) << 40) | (qint64(std::max(index, 0)) << 20) | position;
    };
    const QHash<NodeId, int> autoIndex = autoIndexes(t);
    qint64 position = 0;
    for (const Device &d : t.devices()) {
        ++position;
        if (d.address || !d.otherAddressType.isEmpty() || d.deviceClass == DeviceClass::None)
            continue;
        // s390x: only PCI host devices and what asks for <address type='pci'/> use PCI (the
        // rest goes on CCW).
        if (family == MachineFamily::S390 && !d.hostAddress && !d.pciAddressOnly
            && t.element(d.id).firstChildElement("address").attributeView("type") != "pci")
            continue;
        Item item;
        item.node = d.id;
        item.search = {rules::deviceNeeds(d, family), false, isolationGroup(t, d, options.host), -1};
        item.order = orderOf(d.element, d.element == QLatin1String("interface") && d.hostAddress);
        item.element = d.element;
        item.type = d.controllerType;
        item.model = d.model;
        item.controllerIndex = autoIndex.value(d.id, d.controllerIndex);
        item.hostAddress = d.hostAddress;
        item.key =
            item.order == OtherControllers ? controllerKey(d.controllerType, item.controllerIndex, position) : position;
        if (isPrimaryVideo(t, d))
            item.key = 0; // libvirt moves the primary video to the front of its list
        if (item.isUsb2())
            item.search.function = usb2Function(d.model);
        if (const PlacementConstraint *constraint = options.constraints ? t.constraintFor(d) : nullptr)
            applyConstraint(item.search, *constraint, family);
        items.append(item);
    }
    *additions = libvirtAdditions(t);
    for (qsizetype i = 0; i < additions->size(); ++i) {
        const NewDevice &n = additions->at(i);
        ++position;
        if (!n.pci)
            continue;
        Item item;
        item.newDevice = int(i);
        item.search = {additionNeeds(n, family), false, 0, -1};
        item.order = orderOf(n.element, false);
        item.element = n.element;
        item.type = n.type;
        item.model = n.model;
        item.controllerIndex = n.index;
        item.key = item.order == OtherControllers ? controllerKey(n.type, n.index, position) : position;
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.order != b.order ? a.order < b.order : a.key < b.key;
    });
    return items;
}

QString itemLabel(const Topology &t, const Item &item, const Plan &plan)
{
    if (item.node.isValid())
        return t.labelOf(item.node);
    if (item.newDevice >= 0)
        return plan.devices.value(item.newDevice).label();
    if (item.newController >= 0)
        return Topology::controllerModelName(plan.controllers.value(item.newController).model);
    return Text::tr("a new controller");
}

void reserveExisting(const Topology &t, AddressSet &set, const HostFacts *host)
{
    // qemuDomainCollectPCIAddress runs over disks, interfaces, sounds, hostdevs and videos
    // before controllers: a root port starts an aggregate slot only when it comes first.
    static const QStringList early{QStringLiteral("disk"), QStringLiteral("interface"), QStringLiteral("sound"),
                                   QStringLiteral("hostdev"), QStringLiteral("video")};
    for (const QString &element : early)
        for (const Device &d : t.devices())
            if (d.address && d.element == element)
                set.reserve(*d.address, {{}, false, isolationGroup(t, d, host), -1});
    for (const Controller &c : t.controllers())
        if (c.address)
            set.reserve(*c.address, {{}, c.model == ControllerModel::PcieRootPort, 0, -1});
    for (const Device &d : t.devices())
        if (d.address && !early.contains(d.element))
            set.reserve(*d.address, {{}, false, isolationGroup(t, d, host), -1});
    for (const rules::ChipsetReservation &r : rules::chipsetReservations(t))
        set.reserve(r.address);
}

QHash<PciAddress, int> functionsPerSlot(const Topology &t, const Plan &plan)
{
    QHash<PciAddress, int> result;
    const auto count = [&](const PciAddress &a) {
        ++result[PciAddress{a.domain, a.bus, a.slot, 0}];
    };
    QSet<NodeId> moved;
    for (const Placement &p : plan.placements) {
        count(p.address);
        moved.insert(p.node);
    }
    for (const Controller &c : t.controllers())
        if (c.address && !moved.contains(c.id))
            count(*c.address);
    for (const Device &d : t.devices())
        if (d.address && !moved.contains(d.id))
            count(*d.address);
    for (const NewController &c : plan.controllers)
        if (c.hasAddress())
            count(c.address);
    for (const NewDevice &d : plan.devices)
        if (d.pci)
            count(d.address);
    return result;
}

void markMultifunction(const Topology &t, Plan &plan)
{
    const QHash<PciAddress, int> functions = functionsPerSlot(t, plan);
    const auto shared = [&](const PciAddress &a) {
        return a.function == 0 && functions.value(a) > 1;
    };
    for (NewController &c : plan.controllers)
        c.multifunction = c.hasAddress() && shared(c.address);
    for (NewDevice &d : plan.devices)
        d.multifunction = d.pci && shared(d.address);
    for (Placement &p : plan.placements)
        p.multifunction = shared(p.address);
}

int freeTargetIndex(const Topology &t, const QList<NewController> &added)
{
    QSet<int> used{0};
    for (const Controller &c : t.controllers())
        if (c.model == ControllerModel::PciRoot && c.index > 0)
            used.insert(c.targetIndex.value_or(-1));
    for (const NewController &c : added)
        used.insert(c.targetIndex);
    for (int i = 1; i <= 30; ++i)
        if (!used.contains(i))
            return i;
    return -1;
}

bool assignZpci(const Topology &t, Plan &plan, QString *reason)
{
    QSet<NodeId> placed;
    for (const Placement &p : std::as_const(plan.placements))
        placed.insert(p.node);
    QSet<quint32> uids, fids;
    for (const Device &d : t.devices()) {
        if (d.zpciUid)
            uids.insert(*d.zpciUid);
        if (d.zpciFid)
            fids.insert(*d.zpciFid);
    }
    quint32 nextUid = 1, nextFid = 0;
    const auto complete = [&](const Device &d) {
        if (!d.zpciValid) { // not written over: the checker reports it (zpci-id)
            *reason = Text::tr("%1 has a zPCI uid or fid that is not a number.").arg(d.label);
            return false;
        }
        if (!d.zpciUid) {
            while (nextUid <= 0xffff && uids.contains(nextUid))
                ++nextUid;
            if (nextUid > 0xffff) {
                *reason = Text::tr("No free zPCI uid is left for %1.").arg(d.label);
                return false;
            }
            uids.insert(nextUid);
            plan.filled.append(
                {d.id, "address/zpci", "uid", QStringLiteral("0x%1").arg(nextUid, 4, 16, QLatin1Char('0'))});
        }
        if (!d.zpciFid) {
            while (nextFid < 0xffffffffu && fids.contains(nextFid))
                ++nextFid;
            if (fids.contains(nextFid)) {
                *reason = Text::tr("No free zPCI fid is left for %1.").arg(d.label);
                return false;
            }
            fids.insert(nextFid);
            plan.filled.append(
                {d.id, "address/zpci", "fid", QStringLiteral("0x%1").arg(nextFid, 8, 16, QLatin1Char('0'))});
        }
        return true;
    };
    // libvirt completes the ids of a <zpci> written in part while it collects the addresses
    // given, and only then gives ids to the devices without any (compared with libvirt's own
    // output for hostdev-vfio-zpci-multidomain-many).
    for (const bool partly : {true, false}) {
        for (const Device &d : t.devices()) {
            if (!d.address && !placed.contains(d.id))
                continue; // not on PCI
            const bool some = d.zpciUid || d.zpciFid;
            if (some != partly || (d.zpciUid && d.zpciFid))
                continue;
            if (!complete(d))
                return false;
        }
    }
    return true;
}

} // namespace pcitopo::placement::detail
