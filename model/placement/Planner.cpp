#include "Planner.h"

#include "AddressSet.h"
#include "../commands/SetAddress.h"
#include "../rules/BusModel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pcitopo::placement {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::placement::Planner)
};

using detail::AddressSet;
using detail::Bus;
using detail::Search;
using rules::Connect;
using rules::ConnectFlags;

/** libvirt's assignment order (reference §5.1 step 5). */
enum Order {
    PciControllers,
    Filesystems,
    Interfaces,
    Sounds,
    OtherControllers,
    Disks,
    Hostdevs,
    Memballoons,
    Rngs,
    Watchdogs,
    Videos,
    Shmems,
    Inputs,
    Serials,
    Iommus,
    Vsocks,
    Others,
};

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

/** ICH9 USB2 controllers share one slot per index, each at its own function. */
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

/** What the planner places: a device or controller of the XML, or one the plan adds. */
struct Item
{
    NodeId node; // an existing node
    int newController = -1; // or Plan::controllers[newController]
    int newDevice = -1; // or Plan::devices[newDevice]
    Search search;
    Order order = Others;
    qint64 key = 0; // order within the group: XML (libvirt's definition) order
    QString element; // memballoon, video, controller, …
    QString type; // controller type
    QString model;
    int controllerIndex = -1;
    std::optional<PciAddress> hostAddress; // a PCI hostdev's host function

    bool isUsb2() const
    {
        return element == QLatin1String("controller") && type == QLatin1String("usb") && usb2Function(model) >= 0;
    }
};

bool pcieMachine(MachineFamily f)
{
    return Topology::isPcieMachine(f);
}

/**
 * Every device libvirt 9.0 adds at define when the XML lacks it (§5), in one list:
 * - qemuDomainDefAddDefaultDevices: USB controller 0 (piix3-uhci on pc, qemu-xhci on q35 and
 *   pseries), IDE controller 0 for IDE disks on pc, SATA controller 0 on q35, a virtio memballoon
 *   on x86 and pseries;
 * - virDomainDefAddImplicitControllers: a SCSI controller for every index up to the highest that
 *   SCSI disks and SCSI host devices name, with the model qemuDomainGetSCSIControllerModel picks
 *   (ibmvscsi on pseries, which takes no PCI address; lsilogic elsewhere), and the virtio-serial
 *   controllers virtio channels and consoles name (virDomainDefMaybeAddVirtioSerialController),
 *   and the CCID controllers smartcards name (virDomainDefMaybeAddSmartcardController), which
 *   take no PCI address;
 * - qemuDomainDefAddImplicitInputDevice's sibling for video: a video for graphics
 *   (virDomainDefAddImplicitVideo: cirrus on x86, vga on pseries, virtio on virt).
 * The PCI root libvirt writes when the XML has none is added by fillDefaults.
 */
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

/** What an added device needs from its bus: PCIe for virtio and xHCI on PCIe machines. */
ConnectFlags additionNeeds(const NewDevice &d, MachineFamily f)
{
    const bool legacy = d.model == QLatin1String("cirrus") || d.model == QLatin1String("vga")
        || d.model == QLatin1String("pci-ohci") || d.model == QLatin1String("piix3-uhci")
        || d.model == QLatin1String("lsilogic");
    return pcieMachine(f) && !legacy ? ConnectFlags(Connect::PcieDevice) : ConnectFlags(Connect::PciDevice);
}

/** A device's placement constraint narrows where it may go (Topology.h). */
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

/** The isolation group libvirt gives a device on pseries (§5.4): host IOMMU group + 1. */
unsigned isolationGroup(const Topology &t, const Device &d, const HostFacts *host)
{
    if (t.family() != MachineFamily::Pseries || !d.hostAddress || !host)
        return 0;
    const HostFunction *f = host->function(*d.hostAddress);
    return f && f->iommuGroup >= 0 ? unsigned(f->iommuGroup) + 1 : 0;
}

/**
 * The index libvirt gives a non-PCI controller written without one: a USB2 controller joins
 * the set of the USB2 controller before it when that set lacks its model; any other takes
 * the lowest index its type does not use.
 */
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

/**
 * The video the guest boots with: the one marked primary='yes', else the first
 * (virDomainDefParseXML moves the primary one to the front of the list).
 */
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

/**
 * Everything to place, in libvirt's definition order: address-less PCI controllers, devices,
 * and the devices libvirt adds. `additions` receives those added devices.
 */
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
        if (const PlacementConstraint *constraint = t.constraintFor(d))
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

/** Reserves what the XML holds, in libvirt's collection order, then the chipset's addresses. */
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

/** How many functions of each slot (by its function-0 address) are in use once the plan is applied. */
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

/** multifunction='on' on function 0 of every slot the plan leaves shared (§5.1 step 9). */
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

/** The lowest PHB target index no pseries PHB uses yet (1–30). */
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

/**
 * One pass of libvirt's assignment (qemuDomainAssignPCIAddresses): the dry run (`added` grows
 * with the buses it needs) or the real pass (`plan` receives addresses).
 */
class Pass
{
public:
    Pass(const Topology &t, const Options &options, const QList<Item> &items, QList<NewController> &added, Plan *plan)
        : m_t(t)
        , m_family(t.family())
        , m_options(options)
        , m_items(items)
        , m_added(added)
        , m_plan(plan)
        , m_set(t)
    {
        for (const NewController &c : std::as_const(added))
            m_set.addBus(c.index, c.model);
    }

    bool run(QString *reason)
    {
        const bool dryRun = m_plan == nullptr;
        reserveExisting(m_t, m_set, m_options.host);
        for (const Device &d : m_t.devices())
            if (d.address && d.element == QLatin1String("controller") && usb2Function(d.model) >= 0)
                m_usb2Slots.insert(d.controllerIndex, *d.address);

        QList<Item> rest = chipsetPlaces();
        // pci-root machines keep a slot free for a bridge or PHB added later (step 4).
        if (dryRun && !pcieMachine(m_family))
            if (const std::optional<PciAddress> dummy = m_set.next({Connect::PciDevice, false, 0, -1}))
                m_set.reserve(*dummy, {}, false);

        // PCI controllers first, the ones the dry run added among them by index.
        QList<Item> controllers;
        QList<Item> devices;
        QList<Item> added;
        for (const Item &item : std::as_const(rest))
            (item.order == PciControllers ? controllers : devices).append(item);
        if (!dryRun) {
            for (qsizetype i = 0; i < m_added.size(); ++i) {
                if (m_added[i].model == ControllerModel::PciRoot)
                    continue; // a PHB has no address
                Item item;
                item.newController = int(i);
                item.search = {rules::controllerNeeds(m_added[i].model),
                               m_added[i].model == ControllerModel::PcieRootPort, 0, -1};
                item.key = m_added[i].index;
                added.append(item);
            }
            // libvirt appends the controllers it adds to its list, after the XML's own
            // (virDomainDefAddController): an XML controller takes the lowest free slot first.
            std::stable_sort(added.begin(), added.end(), [](const Item &a, const Item &b) { return a.key < b.key; });
            controllers += added;
        }
        for (const Item &item : controllers + devices)
            if (!place(item, dryRun, reason))
                return false;

        // Step 7: a PCIe guest whose XML had no PCI controller but the root, and that needed
        // buses, gets one empty root port for hotplug unless one is left empty already.
        if (dryRun && pcieMachine(m_family) && !m_added.isEmpty()) {
            bool onlyRoot = true;
            for (const Controller &c : m_t.controllers())
                onlyRoot = onlyRoot && (c.isRoot() || c.implicit);
            if (onlyRoot) {
                if (const std::optional<PciAddress> a = m_set.next({Connect::PcieDevice, false, 0, -1}))
                    m_set.reserve(*a, {}, false);
                else
                    addBus(ControllerModel::PcieRootPort);
            }
        }
        return true;
    }

private:
    /** Sets where an item goes in the plan (real pass only). */
    void record(const Item &item, const PciAddress &a)
    {
        if (!m_plan)
            return;
        if (item.newController >= 0)
            m_added[item.newController].address = a;
        else if (item.newDevice >= 0)
            m_plan->devices[item.newDevice].address = a;
        else
            m_plan->placements.append({item.node, a, false});
    }

    int addBus(ControllerModel model)
    {
        const int index = m_set.nextIndex();
        NewController c{index, model, PciAddress{}, false, -1, -1, -1, {}};
        if (model == ControllerModel::PciRoot)
            c.targetIndex = freeTargetIndex(m_t, m_added);
        m_added.append(c);
        m_set.addBus(index, model);
        return index;
    }

    /**
     * The chipset's and preferred places (qemuDomainValidateDevicePCISlotsPIIX3/Q35): taken
     * when free; the primary video whose place is taken gets the next free slot right away.
     * Returns the items still to place.
     */
    QList<Item> chipsetPlaces()
    {
        QList<Item> rest;
        const Item *primaryVideo = nullptr;
        // The primary <video> of the XML (or the one libvirt adds) takes the video's place.
        const Device *primary = placement::primaryVideo(m_t);
        for (const Item &item : m_items) {
            if (item.element != QLatin1String("video"))
                continue;
            if ((primary && item.node == primary->id) || (!primary && item.newDevice >= 0)) {
                primaryVideo = &item;
                break;
            }
        }
        bool ich9Sound = false;
        const auto take = [&](const Item &item, const PciAddress &a) {
            m_set.reserve(a, {}, true);
            record(item, a);
        };
        QList<const Item *> later; // video and sound come after the controllers
        for (const Item &item : m_items) {
            if (m_family == MachineFamily::Pc) {
                const bool ide0 = item.type == QLatin1String("ide") && item.controllerIndex == 0;
                const bool usb0 = item.type == QLatin1String("usb") && item.controllerIndex == 0
                    && (item.model.isEmpty() || item.model == QLatin1String("piix3-uhci")
                        || item.model == QLatin1String("usb"));
                if (ide0 || usb0) {
                    take(item, PciAddress{0, 0, 1, ide0 ? 1u : 2u});
                    continue;
                }
            } else if (m_family == MachineFamily::Q35) {
                if (item.type == QLatin1String("sata") && item.controllerIndex == 0) {
                    take(item, PciAddress{0, 0, 0x1f, 2});
                    continue;
                }
                if (item.type == QLatin1String("usb") && item.model == QLatin1String("ich9-uhci1")) {
                    std::optional<PciAddress> at;
                    for (quint32 slot : {0x1du, 0x1au})
                        if (!at && !m_set.slotInUse({0, 0, slot, 0}))
                            at = PciAddress{0, 0, slot, 0};
                    if (at) {
                        take(item, *at);
                        m_usb2Slots.insert(item.controllerIndex, *at);
                        continue;
                    }
                }
                if (item.order == PciControllers && m_t.controller(item.node)
                    && m_t.controller(item.node)->model == ControllerModel::DmiToPciBridge
                    && !m_set.slotInUse({0, 0, 0x1e, 0})) {
                    take(item, PciAddress{0, 0, 0x1e, 0});
                    continue;
                }
            }
            if (&item == primaryVideo && (m_family == MachineFamily::Pc || m_family == MachineFamily::Q35)) {
                later.append(&item);
                continue;
            }
            if (m_family == MachineFamily::Q35 && !ich9Sound && item.element == QLatin1String("sound")
                && item.model == QLatin1String("ich9")) {
                ich9Sound = true;
                later.append(&item);
                continue;
            }
            rest.append(item);
        }
        for (const Item *item : std::as_const(later)) {
            if (item->element == QLatin1String("video")) {
                const PciAddress preferred{0, 0, m_family == MachineFamily::Pc ? 2u : 1u, 0};
                if (!m_set.slotInUse(preferred)) {
                    take(*item, preferred);
                } else if (const std::optional<PciAddress> a = m_set.next(item->search)) {
                    take(*item, *a);
                } else {
                    rest.append(*item);
                }
            } else if (!m_set.slotInUse({0, 0, 0x1b, 0})) {
                take(*item, PciAddress{0, 0, 0x1b, 0});
            } else {
                rest.append(*item);
            }
        }
        std::stable_sort(rest.begin(), rest.end(), [](const Item &a, const Item &b) {
            return a.order != b.order ? a.order < b.order : a.key < b.key;
        });
        return rest;
    }

    /** Finds and reserves a place for one item; the dry run grows the buses when needed. */
    bool place(const Item &item, bool dryRun, QString *reason)
    {
        std::optional<PciAddress> a;
        if (item.isUsb2() && m_usb2Slots.contains(item.controllerIndex)) {
            a = m_usb2Slots.value(item.controllerIndex);
            a->function = quint32(item.search.function);
        } else {
            a = m_set.next(item.search);
        }
        if (!a && dryRun) {
            if (!grow(item, reason))
                return false;
            a = m_set.next(item.search);
        }
        if (!a && item.search.numaNode >= 0) {
            *reason = Text::tr("No bus on guest NUMA node %1 for %2: libvirt adds none. Add a pcie-expander-bus "
                               "(a PHB on pseries) with that node, or use the recommended placement.")
                          .arg(item.search.numaNode)
                          .arg(itemLabel(m_t, item, m_plan ? *m_plan : Plan()));
            return false;
        }
        if (!a || !m_set.reserve(*a, item.search, false)) {
            *reason = dryRun
                ? Text::tr("No more available PCI slots for %1.").arg(itemLabel(m_t, item, m_plan ? *m_plan : Plan()))
                : Text::tr("No more available PCI slots for %1 (libvirt gives up here as well).")
                      .arg(itemLabel(m_t, item, *m_plan));
            return false;
        }
        if (item.isUsb2() && !m_usb2Slots.contains(item.controllerIndex))
            m_usb2Slots.insert(item.controllerIndex, *a);
        record(item, *a);
        return true;
    }

    /** virDomainPCIAddressSetGrow: the bus libvirt adds for an item that found no slot. */
    bool grow(const Item &item, QString *reason)
    {
        const ConnectFlags needs = item.search.needs;
        if (needs & Connect::PciDevice) {
            if (m_family == MachineFamily::Pseries) {
                if (freeTargetIndex(m_t, m_added) < 0) {
                    *reason = Text::tr("No more available PCI slots for %1: pseries takes at most 31 PHBs.")
                                  .arg(itemLabel(m_t, item, Plan()));
                    return false;
                }
                addBus(ControllerModel::PciRoot);
                return true;
            }
            bool bridgeBus = false;
            for (const Bus &b : m_set.buses())
                bridgeBus = bridgeBus || (b.accepts.accepts & Connect::PciBridge);
            if (bridgeBus || !pcieMachine(m_family)) {
                addBus(ControllerModel::PciBridge);
            } else {
                const int port = addBus(ControllerModel::PcieRootPort);
                addBus(ControllerModel::PcieToPciBridge);
                m_set.reserve({0, quint32(port), 0, 0}, {}, false); // the bridge sits in a port
            }
            return true;
        }
        if (needs & (Connect::PcieDevice | Connect::SwitchUpstreamPort)) {
            addBus(ControllerModel::PcieRootPort);
            return true;
        }
        *reason = Text::tr("A PCI slot is needed for %1, and libvirt adds no controller that could provide one.")
                      .arg(itemLabel(m_t, item, Plan()));
        return false;
    }

    const Topology &m_t;
    MachineFamily m_family;
    const Options &m_options;
    const QList<Item> &m_items;
    QList<NewController> &m_added;
    Plan *m_plan;
    AddressSet m_set;
    QHash<int, PciAddress> m_usb2Slots; // USB2 set index -> its slot
};

Plan planLibvirt(const Topology &t, const Options &options)
{
    Plan result;
    const MachineFamily family = t.family();
    if (family != MachineFamily::Pc && family != MachineFamily::Q35 && family != MachineFamily::ArmVirt
        && family != MachineFamily::RiscvVirt && family != MachineFamily::Pseries) {
        result.reason =
            Text::tr("Automatic placement is not available for %1 machines yet.").arg(Topology::familyName(family));
        return result;
    }
    QList<NewDevice> additions;
    const QList<Item> items = collectItems(t, options, &additions);

    // Buses the XML's addresses name without a controller get libvirt's default model.
    QList<NewController> added;
    QSet<int> indexes;
    int highestBus = 0;
    for (const Controller &c : t.controllers()) {
        indexes.insert(c.index);
        highestBus = std::max(highestBus, c.index); // libvirt's nbuses: the highest index + 1
        if (c.address)
            highestBus = std::max(highestBus, int(c.address->bus));
    }
    for (const Device &d : t.devices())
        if (d.address && d.otherAddressType.isEmpty())
            highestBus = std::max(highestBus, int(d.address->bus));
    for (int i = 1; i <= std::min(highestBus, 255); ++i) {
        if (indexes.contains(i))
            continue;
        NewController c{i,
                        family == MachineFamily::Pseries ? ControllerModel::PciRoot
                            : pcieMachine(family)        ? ControllerModel::PcieRootPort
                                                         : ControllerModel::PciBridge,
                        PciAddress{},
                        false,
                        -1,
                        -1,
                        -1,
                        {}};
        if (c.model == ControllerModel::PciRoot)
            c.targetIndex = freeTargetIndex(t, added);
        added.append(c);
    }
    {
        Pass dry(t, options, items, added, nullptr);
        if (!dry.run(&result.reason))
            return result;
    }
    result.devices = additions;
    Pass real(t, options, items, added, &result);
    if (!real.run(&result.reason))
        return result;
    result.controllers = added;
    markMultifunction(t, result);
    result.ok = true;
    return result;
}

// ---------------------------------------------------------------------------------------------
// The recommended policy.

/** A device to place under the recommended policy: an item with its needs. */
struct Unit
{
    Item item;
    bool legacy = false;
};

/** Adds a controller to a recommended plan and to the address set. */
class Builder
{
public:
    Builder(const Topology &t, AddressSet &set, Plan &plan)
        : m_t(t)
        , m_set(set)
        , m_plan(plan)
        , m_nextIndex(set.nextIndex())
    { }
    std::optional<int> add(ControllerModel model, std::optional<PciAddress> at = {})
    {
        std::optional<PciAddress> a = at;
        if (!a && model != ControllerModel::PciRoot)
            a = m_set.next({rules::controllerNeeds(model), model == ControllerModel::PcieRootPort, 0, -1});
        if (!a && model != ControllerModel::PciRoot)
            return std::nullopt;
        if (a)
            m_set.reserve(*a, {{}, model == ControllerModel::PcieRootPort, 0, -1}, false);
        NewController c{m_nextIndex++, model, a.value_or(PciAddress{}), false, -1, -1, -1, {}};
        if (model == ControllerModel::PciRoot) {
            c.targetIndex = freeTargetIndex(m_t, m_plan.controllers);
            if (c.targetIndex < 0)
                return std::nullopt;
        }
        m_plan.controllers.append(c);
        m_set.addBus(c.index, model);
        return c.index;
    }
    void place(const Item &item, const PciAddress &a)
    {
        m_set.reserve(a, {}, false);
        if (item.newDevice >= 0)
            m_plan.devices[item.newDevice].address = a;
        else
            m_plan.placements.append({item.node, a, false});
    }

private:
    const Topology &m_t;
    AddressSet &m_set;
    Plan &m_plan;
    int m_nextIndex;
};

/** Whether the guest has the NUMA node an item is bound to; sets the plan's reason if not. */
bool guestHasNode(const Topology &t, const Item &item, Plan &plan)
{
    if (item.search.numaNode < t.numaCells())
        return true;
    plan.reason =
        Text::tr("%1 should be on guest NUMA node %2, but the guest has %n NUMA node(s).", nullptr, t.numaCells())
            .arg(itemLabel(t, item, plan))
            .arg(item.search.numaNode);
    return false;
}

/** Places the chipset and preferred items as libvirt would; returns the rest as units. */
QList<Unit> placeFixedItems(const Topology &t, AddressSet &set, Builder &build, const QList<Item> &items)
{
    QList<Unit> units;
    bool video = false;
    for (const Item &item : items) {
        std::optional<PciAddress> fixed;
        if (t.family() == MachineFamily::Q35 && item.type == QLatin1String("sata") && item.controllerIndex == 0)
            fixed = PciAddress{0, 0, 0x1f, 2};
        if (item.element == QLatin1String("video") && !video) {
            video = true;
            if (!set.slotInUse({0, 0, 1, 0}) && t.family() == MachineFamily::Q35)
                fixed = PciAddress{0, 0, 1, 0};
        }
        if (fixed) {
            build.place(item, *fixed);
            continue;
        }
        units.append({item, bool(item.search.needs & Connect::PciDevice)});
    }
    return units;
}

Plan planRecommendedPseries(const Topology &t, const Options &options, QList<Item> items, QList<NewDevice> additions)
{
    Plan result;
    result.devices = additions;
    AddressSet set(t);
    reserveExisting(t, set, options.host);
    Builder build(t, set, result);

    // Host PEs: by IOMMU group when the host is known, else by host slot (one physical device).
    QList<QList<Item>> pes;
    QHash<QString, int> peOf;
    QList<Item> emulated;
    for (const Item &item : std::as_const(items)) {
        if (item.order == PciControllers || !item.hostAddress) {
            emulated.append(item);
            continue;
        }
        const PciAddress &h = *item.hostAddress;
        QString key = QStringLiteral("slot %1:%2:%3").arg(h.domain).arg(h.bus).arg(h.slot);
        if (options.host)
            if (const HostFunction *f = options.host->function(h); f && f->iommuGroup >= 0)
                key = QStringLiteral("group %1").arg(f->iommuGroup);
        if (!peOf.contains(key)) {
            peOf.insert(key, int(pes.size()));
            pes.append(QList<Item>());
        }
        pes[peOf.value(key)].append(item);
    }

    // Emulated devices on the default PHB, then on a shared PHB of their own when it is full.
    for (const Item &item : std::as_const(emulated)) {
        const int node = item.search.numaNode;
        if (!guestHasNode(t, item, result))
            return result;
        const Search search{item.search.needs, false, 0, -1, false, node};
        std::optional<PciAddress> a = set.next(search);
        if (!a) {
            if (const std::optional<int> phb = build.add(ControllerModel::PciRoot); phb && node >= 0) {
                result.controllers.last().numaNode = node;
                set.bus(*phb)->numaNode = node;
            } else if (!phb) {
                result.reason = Text::tr("No more available PCI slots for %1: pseries takes at most 31 PHBs.")
                                    .arg(itemLabel(t, item, result));
                return result;
            }
            a = set.next(search);
        }
        if (!a) {
            result.reason = Text::tr("No more available PCI slots for %1.").arg(itemLabel(t, item, result));
            return result;
        }
        build.place(item, *a);
    }

    // Each PE on a PHB of its own: an empty one the XML has, or a new one on the PE's NUMA node.
    QList<int> emptyPhbs;
    for (const Bus &b : set.buses())
        if (b.index > 0 && b.model == ControllerModel::PciRoot && b.isEmpty())
            emptyPhbs.append(b.index);
    for (const QList<Item> &pe : std::as_const(pes)) {
        int phb = -1;
        if (!emptyPhbs.isEmpty()) {
            phb = emptyPhbs.takeFirst();
        } else if (const std::optional<int> index = build.add(ControllerModel::PciRoot)) {
            phb = *index;
            int node = -1;
            if (options.host)
                if (const HostFunction *f = options.host->function(*pe.first().hostAddress))
                    node = f->numaNode;
            for (const Item &item : pe)
                if (item.search.numaNode >= 0)
                    node = item.search.numaNode; // the user's constraint wins over the host's node
            if (node >= 0 && node < t.numaCells())
                result.controllers.last().numaNode = node;
        } else {
            result.reason = Text::tr("%1 host PEs and %2 spare PHBs do not fit the 31 PHBs of a pseries guest.")
                                .arg(pes.size())
                                .arg(options.sparePorts);
            return result;
        }
        // Functions of one host slot stay functions of one guest slot.
        QHash<QString, quint32> guestSlot;
        quint32 nextSlot = 1;
        for (const Item &item : pe) {
            const PciAddress &h = *item.hostAddress;
            const QString hostSlot = QStringLiteral("%1:%2:%3").arg(h.domain).arg(h.bus).arg(h.slot);
            if (!guestSlot.contains(hostSlot))
                guestSlot.insert(hostSlot, nextSlot++);
            if (guestSlot.value(hostSlot) > 31) {
                result.reason = Text::tr("No more available PCI slots for %1.").arg(itemLabel(t, item, result));
                return result;
            }
            build.place(item, PciAddress{0, quint32(phb), guestSlot.value(hostSlot), h.function});
        }
    }
    for (int i = 0; i < options.sparePorts; ++i) {
        if (!emptyPhbs.isEmpty()) {
            emptyPhbs.removeFirst();
            continue;
        }
        if (!build.add(ControllerModel::PciRoot)) {
            result.reason = Text::tr("%1 host PEs and %2 spare PHBs do not fit the 31 PHBs of a pseries guest.")
                                .arg(pes.size())
                                .arg(options.sparePorts);
            return result;
        }
    }
    markMultifunction(t, result);
    result.ok = true;
    return result;
}

Plan planRecommended(const Topology &t, const Options &options)
{
    Plan result;
    const MachineFamily family = t.family();
    QList<NewDevice> additions;
    const QList<Item> items = collectItems(t, options, &additions);
    if (family == MachineFamily::Pseries)
        return planRecommendedPseries(t, options, items, additions);
    if (family != MachineFamily::Q35 && family != MachineFamily::ArmVirt && family != MachineFamily::RiscvVirt) {
        result.reason =
            Text::tr("The recommended placement is available for q35, ARM virt and pseries machines; use the "
                     "libvirt policy for %1.")
                .arg(Topology::familyName(family));
        return result;
    }
    result.devices = additions;
    AddressSet set(t);
    reserveExisting(t, set, nullptr);
    Builder build(t, set, result);

    // Address-less PCI controllers are placed as libvirt would; devices are split into PCIe
    // (a port each) and legacy PCI (behind a bridge).
    QList<Item> controllers, rest;
    for (const Item &item : items)
        (item.order == PciControllers ? controllers : rest).append(item);
    for (const Item &item : std::as_const(controllers)) {
        const std::optional<PciAddress> a = set.next(item.search);
        if (!a) {
            result.reason = Text::tr("No more available PCI slots for %1.").arg(itemLabel(t, item, result));
            return result;
        }
        set.reserve(*a, item.search, false);
        result.placements.append({item.node, *a, false});
    }
    QList<Item> express, legacy, numaBound;
    for (const Unit &u : placeFixedItems(t, set, build, rest)) {
        if (u.item.search.numaNode >= 0 && u.legacy) {
            result.reason =
                Text::tr("%1 is conventional PCI: the recommended placement puts devices bound to a NUMA node "
                         "on PCI Express ports of an expander bus.")
                    .arg(itemLabel(t, u.item, result));
            return result;
        }
        (u.item.search.numaNode >= 0 ? numaBound : u.legacy ? legacy : express).append(u.item);
    }
    // Devices bound to a guest NUMA node: a root port each on a pcie-expander-bus of that node.
    for (const Item &item : std::as_const(numaBound)) {
        const int node = item.search.numaNode;
        if (!guestHasNode(t, item, result))
            return result;
        bool haveExpander = false;
        for (const Bus &b : set.buses())
            haveExpander = haveExpander || (b.model == ControllerModel::PcieExpanderBus && b.numaNode == node);
        if (!haveExpander) {
            const std::optional<int> pxb = build.add(ControllerModel::PcieExpanderBus);
            if (!pxb) {
                result.reason =
                    Text::tr("No more available PCI slots on the root bus for %1.").arg(itemLabel(t, item, result));
                return result;
            }
            result.controllers.last().numaNode = node;
            set.bus(*pxb)->numaNode = node;
        }
        const std::optional<PciAddress> at = set.next({Connect::PcieRootPort, true, 0, -1, false, node});
        const std::optional<int> port = at ? build.add(ControllerModel::PcieRootPort, at) : std::nullopt;
        if (!port) {
            result.reason = Text::tr("No more available PCI slots on NUMA node %1 for %2.")
                                .arg(node)
                                .arg(itemLabel(t, item, result));
            return result;
        }
        set.bus(*port)->numaNode = node;
        build.place(item, PciAddress{0, quint32(*port), 0, 0});
    }

    // Existing empty root and downstream ports take devices first.
    QList<int> emptyPorts;
    for (const Bus &b : set.buses()) {
        const bool port =
            b.model == ControllerModel::PcieRootPort || b.model == ControllerModel::PcieSwitchDownstreamPort;
        if (port && b.isEmpty())
            emptyPorts.append(b.index);
    }

    // The budgets: bus numbers (one per port or bridge, 0–255 in the domain) and functions on
    // pcie-root for new root ports.
    int busesInUse = 0;
    for (const Controller &c : t.controllers())
        busesInUse += c.isRoot() ? 0 : (c.model == ControllerModel::PciExpanderBus ? 2 : 1);
    int rootFunctions = 0;
    if (Bus *root = set.bus(0)) {
        for (int s = root->accepts.minSlot; s <= root->accepts.maxSlot; ++s)
            rootFunctions += root->used[s] == 0 ? 8 : 0;
    }
    const int bridges = int((legacy.size() + 30) / 31);
    const int busBudget = 255 - busesInUse - 2 * bridges - options.sparePorts;
    const int portBudget = std::min(busBudget, rootFunctions - bridges - options.sparePorts);
    const int portsWanted = int(express.size()) - int(emptyPorts.size());
    int perPort = 1;
    if (portsWanted > portBudget) {
        const int available = portBudget + int(emptyPorts.size());
        perPort = available > 0 ? int((express.size() + available - 1) / available) : 9;
        if (perPort > 8) {
            result.reason = Text::tr("%1 PCIe devices do not fit one PCI domain: %2 ports of 8 functions at most.")
                                .arg(express.size())
                                .arg(available);
            return result;
        }
    }

    // PCIe devices: the empty ports there are, then new root ports, perPort devices each.
    qsizetype next = 0;
    const auto fill = [&](int port) {
        for (int f = 0; f < perPort && next < express.size(); ++f)
            build.place(express[next++], PciAddress{0, quint32(port), 0, quint32(f)});
    };
    if (perPort == 1) {
        // One device per port, in order: a device takes an empty port of the kind it prefers,
        // else the first empty one (hotpluggable if it must be), else a new root port below.
        while (next < express.size() && !emptyPorts.isEmpty()) {
            const Search &want = express[next].search;
            qsizetype pick = -1;
            for (qsizetype p = 0; p < emptyPorts.size(); ++p) {
                const Bus *port = set.bus(emptyPorts[p]);
                if (want.hotplug && !(port->accepts.accepts & Connect::Hotplug))
                    continue;
                if (pick < 0
                    || (want.preferred != ControllerModel::Unknown && port->model == want.preferred
                        && set.bus(emptyPorts[pick])->model != want.preferred))
                    pick = p;
            }
            if (pick < 0)
                break;
            build.place(express[next++], PciAddress{0, quint32(emptyPorts.takeAt(pick)), 0, 0});
        }
    }
    for (int port : std::as_const(emptyPorts)) {
        if (next >= express.size() || perPort == 1)
            break;
        fill(port);
    }
    while (next < express.size()) {
        const std::optional<int> port = build.add(ControllerModel::PcieRootPort);
        if (!port) {
            result.reason = Text::tr("No more available PCI slots on the root bus for %1.")
                                .arg(itemLabel(t, express[next], result));
            return result;
        }
        fill(*port);
    }
    // Legacy devices: behind pcie-to-pci-bridges, each in a root port of its own.
    int bridge = -1;
    for (qsizetype i = 0; i < legacy.size(); ++i) {
        if (i % 31 == 0) {
            const std::optional<int> port = build.add(ControllerModel::PcieRootPort);
            const std::optional<int> added =
                port ? build.add(ControllerModel::PcieToPciBridge, PciAddress{0, quint32(*port), 0, 0}) : std::nullopt;
            if (!added) {
                result.reason = Text::tr("No more available PCI slots on the root bus for %1.")
                                    .arg(itemLabel(t, legacy[i], result));
                return result;
            }
            bridge = *added;
        }
        build.place(legacy[i], PciAddress{0, quint32(bridge), quint32(1 + i % 31), 0});
    }
    // Spare ports for hotplug: they cannot be added while the guest runs.
    for (int i = 0; i < options.sparePorts; ++i) {
        if (!build.add(ControllerModel::PcieRootPort)) {
            result.reason = Text::tr("No room on the root bus for %1 spare ports.").arg(options.sparePorts);
            return result;
        }
    }

    markMultifunction(t, result);
    result.ok = true;
    return result;
}

QString hex(quint32 value, int width)
{
    return QStringLiteral("0x%1").arg(value, width, 16, QLatin1Char('0'));
}

/**
 * What libvirt's define fills in after placing (qemuDomainAssignPCIAddresses, §5.1 step 9, and
 * the post-parse defaults): the root it writes when the XML has none, the indexes of
 * controllers written without one, every PCI controller's <model name> and <target> chassisNr,
 * chassis, port, busNr and PHB index, and the attributes of partly written addresses. The XML's
 * controllers come first, by index, then the ones the plan adds, as in libvirt's list.
 */
bool fillDefaults(const Topology &t, Plan &plan)
{
    const MachineFamily family = t.family();
    const bool pseries = family == MachineFamily::Pseries;
    const auto fill = [&](NodeId node, const char *child, const char *attribute, const QString &value) {
        plan.filled.append({node, QByteArray(child), QByteArray(attribute), value});
    };
    QHash<NodeId, PciAddress> placedAt;
    for (const Placement &p : std::as_const(plan.placements))
        placedAt.insert(p.node, p.address);

    // The root libvirt writes when the XML has none.
    for (const Controller &c : t.controllers()) {
        if (!c.implicit)
            continue;
        NewController root{0, c.model, PciAddress{}, false, pseries ? 0 : -1, -1, -1, {}};
        root.modelName = defaultModelName(c.model, family);
        plan.controllers.prepend(root);
    }

    QList<const Controller *> existing;
    QSet<int> targetIndexes;
    int lowestBusNr = 256;
    for (const Controller &c : t.controllers()) {
        if (c.implicit)
            continue;
        existing.append(&c);
        if (c.targetIndex)
            targetIndexes.insert(*c.targetIndex);
        if (c.busNr && *c.busNr >= 0)
            lowestBusNr = std::min(lowestBusNr, *c.busNr);
    }
    std::stable_sort(existing.begin(), existing.end(),
                     [](const Controller *a, const Controller *b) { return a->index < b->index; });
    const auto nextTargetIndex = [&](int index) {
        int target = index == 0 ? 0 : 1;
        while (index != 0 && targetIndexes.contains(target))
            ++target;
        targetIndexes.insert(target);
        return target;
    };
    // qemuDomainAddressFindNewBusNr: two below the lowest busNr of any expander bus.
    const auto nextBusNr = [&](const QString &what) {
        if (lowestBusNr <= 2) {
            plan.reason =
                Text::tr("No free busNr lower than the lowest one in use is left for %1: set one by hand.").arg(what);
            return -1;
        }
        lowestBusNr -= 2;
        return lowestBusNr;
    };
    const auto expander = [](ControllerModel m) {
        return m == ControllerModel::PciExpanderBus || m == ControllerModel::PcieExpanderBus;
    };

    for (const Controller *c : std::as_const(existing)) {
        if (!t.element(c->id))
            continue;
        if (c->indexAuto)
            fill(c->id, "", "index", QString::number(c->index));
        const QString name = defaultModelName(c->model, family);
        if (c->modelName.isEmpty() && !name.isEmpty())
            fill(c->id, "model", "name", name);
        const std::optional<PciAddress> address = placedAt.contains(c->id) ? placedAt.value(c->id) : c->address;
        const TargetDefaults target = targetDefaults(c->model, c->index, address);
        if (target.chassisNr >= 0 && !c->chassisNr)
            fill(c->id, "target", "chassisNr", QString::number(target.chassisNr));
        if (target.chassis >= 0 && !c->chassis)
            fill(c->id, "target", "chassis", QString::number(target.chassis));
        if (target.port >= 0 && !c->port)
            fill(c->id, "target", "port", hex(quint32(target.port), 1));
        switch (c->model) {
        case ControllerModel::PciRoot:
            if (pseries && !c->targetIndex)
                fill(c->id, "target", "index", QString::number(nextTargetIndex(c->index)));
            break;
        default:
            if (expander(c->model) && (!c->busNr || *c->busNr < 0)) {
                const int busNr = nextBusNr(c->label());
                if (busNr < 0)
                    return false;
                fill(c->id, "target", "busNr", QString::number(busNr));
            }
            break;
        }
    }
    for (NewController &c : plan.controllers) {
        c.modelName = defaultModelName(c.model, family);
        if (c.index == 0)
            continue;
        if (c.model == ControllerModel::PciRoot && pseries)
            c.targetIndex = nextTargetIndex(c.index);
        if (expander(c.model) && c.busNr < 0) {
            c.busNr = nextBusNr(Topology::controllerModelName(c.model));
            if (c.busNr < 0)
                return false;
        }
    }

    // Partly written addresses: libvirt writes all four attributes (a placement writes the
    // ones that change, so the rest are the zeros), and multifunction='on' on function 0 of a
    // shared slot unless the XML says 'off' (virDomainPCIAddressSetAllMulti).
    const QHash<PciAddress, int> functions = functionsPerSlot(t, plan);
    const auto complete = [&](NodeId node, std::optional<PciAddress> a, std::optional<bool> multifunction) {
        const XmlNode element = t.element(node).firstChildElement("address");
        const bool placed = placedAt.contains(node);
        if (placed)
            a = placedAt.value(node);
        if (!a || !element || element.attributeView("type") != "pci")
            return;
        const std::pair<const char *, quint32> fields[] = {
            {"domain", a->domain}, {"bus", a->bus}, {"slot", a->slot}, {"function", a->function}};
        for (const auto &[name, value] : fields)
            if (!element.hasAttribute(name) && (!placed || value == 0))
                fill(node, "address", name, SetAddress::formatAttribute(name, value));
        if (!placed && !multifunction && a->function == 0 && functions.value(*a) > 1)
            fill(node, "address", "multifunction", QStringLiteral("on"));
    };
    for (const Controller &c : t.controllers())
        complete(c.id, c.address, c.multifunction);
    for (const Device &d : t.devices())
        complete(d.id, d.address, d.multifunction);

    // Indexes of the other controllers written without one.
    const QHash<NodeId, int> indexes = autoIndexes(t);
    for (const ControllerElement &c : t.otherControllers())
        if (indexes.contains(c.id))
            fill(c.id, "", "index", QString::number(indexes.value(c.id)));
    return true;
}

} // namespace

QString defaultModelName(ControllerModel model, MachineFamily family)
{
    switch (model) {
    case ControllerModel::PciRoot:
        return family == MachineFamily::Pseries ? QStringLiteral("spapr-pci-host-bridge") : QString();
    case ControllerModel::PcieRoot: return QString();
    case ControllerModel::PciBridge: return QStringLiteral("pci-bridge");
    case ControllerModel::DmiToPciBridge: return QStringLiteral("i82801b11-bridge");
    case ControllerModel::PcieToPciBridge: return QStringLiteral("pcie-pci-bridge");
    case ControllerModel::PcieRootPort: return QStringLiteral("pcie-root-port");
    case ControllerModel::PcieSwitchUpstreamPort: return QStringLiteral("x3130-upstream");
    case ControllerModel::PcieSwitchDownstreamPort: return QStringLiteral("xio3130-downstream");
    case ControllerModel::PciExpanderBus: return QStringLiteral("pxb");
    case ControllerModel::PcieExpanderBus: return QStringLiteral("pxb-pcie");
    case ControllerModel::Unknown: break;
    }
    return QString();
}

TargetDefaults targetDefaults(ControllerModel model, int index, const std::optional<PciAddress> &address)
{
    TargetDefaults t;
    switch (model) {
    case ControllerModel::PciBridge: t.chassisNr = index; break;
    case ControllerModel::PcieRootPort:
    case ControllerModel::PcieSwitchDownstreamPort:
        t.chassis = index;
        if (address)
            t.port =
                int(model == ControllerModel::PcieRootPort ? (address->slot << 3) + address->function : address->slot);
        break;
    default: break;
    }
    return t;
}

QString NewDevice::label() const
{
    if (element == QLatin1String("controller"))
        return model.isEmpty() ? Text::tr("%1 controller %2").arg(type).arg(index)
                               : Text::tr("%1 controller %2 (%3)").arg(type).arg(index).arg(model);
    return Text::tr("%1 (%2)").arg(element, model);
}

QStringList Plan::describe(const Topology &topology) const
{
    QStringList lines;
    for (const NewController &c : controllers) {
        if (!c.hasAddress() && c.targetIndex >= 0)
            lines << Text::tr("Add %1 #%2 (PHB, target index %3)")
                         .arg(Topology::controllerModelName(c.model))
                         .arg(c.index)
                         .arg(c.targetIndex);
        else if (!c.hasAddress())
            lines << Text::tr("Add %1 #%2, as libvirt would").arg(Topology::controllerModelName(c.model)).arg(c.index);
        else
            lines << Text::tr("Add %1 #%2 at %3")
                         .arg(Topology::controllerModelName(c.model))
                         .arg(c.index)
                         .arg(c.address.toShortString());
    }
    for (const NewDevice &d : devices)
        lines << Text::tr("Add %1 at %2, as libvirt would").arg(d.label(), d.address.toShortString());
    for (const Placement &p : placements)
        lines << Text::tr("Place %1 at %2").arg(topology.labelOf(p.node), p.address.toShortString());
    // One line per node, written as the XML reads: "index='3', <target chassis='3' port='0x10'/>".
    QList<NodeId> nodes;
    QHash<NodeId, QList<const FilledValue *>> byNode;
    for (const FilledValue &f : filled) {
        if (!byNode.contains(f.node))
            nodes.append(f.node);
        byNode[f.node].append(&f);
    }
    for (NodeId node : std::as_const(nodes)) {
        QStringList children; // in order of first appearance; "" is the element itself
        QHash<QString, QStringList> values;
        for (const FilledValue *f : byNode.value(node)) {
            const QString child = QString::fromUtf8(f->child);
            if (!values.contains(child))
                children.append(child);
            values[child].append(QStringLiteral("%1='%2'").arg(QString::fromUtf8(f->attribute), f->value));
        }
        QStringList parts;
        for (const QString &child : std::as_const(children))
            parts << (child.isEmpty()
                          ? values.value(child).join(QLatin1Char(' '))
                          : QStringLiteral("<%1 %2/>").arg(child, values.value(child).join(QLatin1Char(' '))));
        lines << Text::tr("Write %1 into %2, as libvirt would")
                     .arg(parts.join(QStringLiteral(", ")), topology.labelOf(node));
    }
    return lines;
}

Plan plan(const Topology &topology, const Options &options)
{
    // libvirt refuses the domain before it places anything (virDomainDefPostParse): a plan
    // would only show what libvirt never defines.
    const Controller *zero = topology.controllerByIndex(0);
    if (zero && !zero->isRoot() && topology.family() != MachineFamily::Other) {
        Plan refused;
        refused.reason = Text::tr("The PCI controller with index='0' must be model='%1' for this machine type, but "
                                  "model='%2' was found instead.")
                             .arg(Topology::controllerModelName(Topology::isPcieMachine(topology.family())
                                                                    ? ControllerModel::PcieRoot
                                                                    : ControllerModel::PciRoot),
                                  zero->modelText);
        return refused;
    }
    if (options.everything) {
        Options rest = options;
        rest.everything = false;
        return plan(topology.withoutAddresses(), rest);
    }
    Plan result =
        options.policy == Policy::Recommended ? planRecommended(topology, options) : planLibvirt(topology, options);
    if (result.ok && !fillDefaults(topology, result))
        result.ok = false;
    return result;
}

} // namespace pcitopo::placement
