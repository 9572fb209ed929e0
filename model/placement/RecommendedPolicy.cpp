// The recommended placement: a port per PCIe device and spare hotplug ports (q35, virt), a PHB
// per host PE and spare PHBs (pseries).
#include "PlanItems.h"

#include <algorithm>
#include <limits>

namespace pcitopo::placement::detail {

namespace {

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
        NewController c{m_nextIndex++, model, a.value_or(PciAddress{}), false, -1, -1, -1, {}, {}};
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

/**
 * PCIe devices as the ports they need: the functions of one host slot (a GPU and its audio
 * function) together, in their host function order, when function 0 is among them; every other
 * device alone. A unit goes to one port, each function at its host function number.
 */
QList<QList<Item>> hostSlotUnits(const QList<Item> &express, const HostFacts *host)
{
    // Plain <hostdev>s only (an interface of a VF pool is a VF), and where the host is known
    // only functions of one IOMMU group: SR-IOV VFs share a slot too, and each must stay
    // hot-unpluggable alone.
    const auto groupable = [host](const Item &item) {
        if (!item.hostAddress || item.element != QLatin1String("hostdev"))
            return false;
        if (!host || host->isEmpty())
            return true;
        PciAddress zero = *item.hostAddress;
        zero.function = 0;
        const HostFunction *self = host->function(*item.hostAddress);
        const HostFunction *first = host->function(zero);
        return self && first && self->iommuGroup >= 0 && self->iommuGroup == first->iommuGroup;
    };
    QList<QList<Item>> units;
    QHash<quint64, qsizetype> unitOfSlot; // host slot → its unit
    for (const Item &item : express) {
        if (!groupable(item)) {
            units.append({item});
            continue;
        }
        const PciAddress &h = *item.hostAddress;
        const quint64 slot = (quint64(h.domain) << 32) | (quint64(h.bus) << 8) | h.slot;
        const auto found = unitOfSlot.constFind(slot);
        if (found != unitOfSlot.cend()) {
            units[*found].append(item);
            continue;
        }
        unitOfSlot.insert(slot, units.size());
        units.append({item});
    }
    QList<QList<Item>> result;
    for (QList<Item> &unit : units) {
        if (unit.size() > 1) // host devices only
            std::stable_sort(unit.begin(), unit.end(), [](const Item &a, const Item &b) {
                return a.hostAddress->function < b.hostAddress->function;
            });
        const bool together = unit.size() > 1 && unit.first().hostAddress->function == 0;
        if (together) {
            result.append(unit);
        } else {
            for (const Item &item : std::as_const(unit))
                result.append({item});
        }
    }
    return result;
}

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
        std::optional<PciAddress> fixed =
            rules::chipsetAddressOf(t.family(), item.type, item.controllerIndex, item.model);
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

} // namespace

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
    const int functions = rootFunctions - bridges - options.sparePorts; // for new root ports
    const int portBudget = std::min(busBudget, functions);
    QList<QList<Item>> units = hostSlotUnits(express, options.host);
    const int portsWanted = int(units.size()) - int(emptyPorts.size());
    int perPort = 1;
    // Out of root functions but not of bus numbers: switches, each in a root port, give 32
    // downstream ports for two more buses (the root port and the upstream port), so that every
    // device still has a port of its own. Only past the bus budget do devices share ports.
    int switches = 0;
    if (portsWanted > functions && functions > 0) { // short of root functions, not only of buses
        const int needed = (portsWanted - functions + 30) / 31; // (functions - s) + 32 s >= wanted
        if (needed <= functions && portsWanted + 2 * needed <= busBudget)
            switches = needed;
    }
    if (portsWanted > portBudget && switches == 0) {
        units.clear(); // ports shared as functions: each device alone, perPort to a port
        for (const Item &item : std::as_const(express))
            units.append({item});
        const int available = portBudget + int(emptyPorts.size());
        perPort = available > 0 ? int((express.size() + available - 1) / available) : 9;
        if (perPort > 8) {
            result.reason = Text::tr("%1 PCIe devices do not fit one PCI domain: %2 ports of 8 functions at most.")
                                .arg(express.size())
                                .arg(available);
            return result;
        }
        if (perPort > 1)
            result.notes << Text::tr("The 256 bus numbers of the PCI domain leave no port of its own for each of the "
                                     "%1 PCIe devices, even behind switches: they share ports, up to %2 to a port "
                                     "as functions of its slot (none of them can be hot-unplugged alone).")
                                .arg(express.size())
                                .arg(perPort);
    }

    // PCIe devices: the empty ports there are, then new root ports, a unit (its functions as on
    // the host) or perPort devices each.
    qsizetype next = 0;
    const auto fill = [&](int port) {
        if (perPort == 1) {
            const QList<Item> &unit = units[next++];
            for (const Item &item : unit)
                build.place(item, PciAddress{0, quint32(port), 0, unit.size() > 1 ? item.hostAddress->function : 0});
            return;
        }
        for (int f = 0; f < perPort && next < units.size(); ++f)
            build.place(units[next++].first(), PciAddress{0, quint32(port), 0, quint32(f)});
    };
    if (perPort == 1) {
        // One device per port, in order: a device takes an empty port of the kind it prefers,
        // else the first empty one (hotpluggable if it must be), else a new root port below.
        while (next < units.size() && !emptyPorts.isEmpty()) {
            const Search &want = units[next].first().search;
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
            fill(emptyPorts.takeAt(pick));
        }
    }
    for (int port : std::as_const(emptyPorts)) {
        if (next >= units.size() || perPort == 1)
            break;
        fill(port);
    }
    // Root ports of their own, as many as the root functions left beside the switches allow.
    for (int direct = switches > 0 ? functions - switches : std::numeric_limits<int>::max();
         next < units.size() && direct > 0; --direct) {
        const std::optional<int> port = build.add(ControllerModel::PcieRootPort);
        if (!port) {
            result.reason = Text::tr("No more available PCI slots on the root bus for %1.")
                                .arg(itemLabel(t, units[next].first(), result));
            return result;
        }
        fill(*port);
    }
    for (int i = 0; i < switches && next < units.size(); ++i) {
        const std::optional<int> port = build.add(ControllerModel::PcieRootPort);
        const std::optional<int> upstream = port
            ? build.add(ControllerModel::PcieSwitchUpstreamPort, PciAddress{0, quint32(*port), 0, 0})
            : std::nullopt;
        if (!upstream) {
            result.reason = Text::tr("No more available PCI slots on the root bus for a switch for %1.")
                                .arg(itemLabel(t, units[next].first(), result));
            return result;
        }
        for (quint32 slot = 0; slot < 32 && next < units.size(); ++slot)
            fill(*build.add(ControllerModel::PcieSwitchDownstreamPort, PciAddress{0, quint32(*upstream), slot, 0}));
    }
    if (next < units.size()) { // the ports counted on did not all take a device (hotplug='off' ones)
        result.reason = Text::tr("No more available PCI slots for %1.").arg(itemLabel(t, units[next].first(), result));
        return result;
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

} // namespace pcitopo::placement::detail
