#include "Planner.h"

#include "../rules/BusModel.h"
#include "../rules/HostFacts.h" // qHash(PciAddress)

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace pcitopo::placement {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::placement::Planner)
};

using rules::Connect;
using rules::ConnectFlags;

/** One bus of the address set: what it accepts and which functions are taken. */
struct Bus
{
    int index = -1;
    ControllerModel model = ControllerModel::Unknown;
    rules::BusModel accepts;
    std::array<quint8, 32> used{};       // bit per function
    std::array<bool, 32> aggregate{};    // a slot root ports share function by function
};

/** Something to place: a device or a controller without an address. */
struct Item
{
    NodeId node;              // invalid for a controller the plan adds
    int newController = -1;   // index into Plan::controllers
    ConnectFlags needs;
    bool rootPort = false;    // packs into aggregate slots
    int order = 0;            // libvirt's assignment order (§5.1 step 5)
    int xmlOrder = 0;
};

int orderOf(const Device &d)
{
    const QString &e = d.element;
    if (e == QLatin1String("filesystem")) return 1;
    if (e == QLatin1String("interface")) return d.hostAddress ? 6 : 2;
    if (e == QLatin1String("sound")) return 3;
    if (e == QLatin1String("controller")) return 4;
    if (e == QLatin1String("disk")) return 5;
    if (e == QLatin1String("hostdev")) return 6;
    if (e == QLatin1String("memballoon")) return 7;
    if (e == QLatin1String("rng")) return 8;
    if (e == QLatin1String("watchdog")) return 9;
    if (e == QLatin1String("video")) return 10;
    if (e == QLatin1String("shmem")) return 11;
    if (e == QLatin1String("input")) return 12;
    if (e == QLatin1String("serial")) return 13;
    if (e == QLatin1String("iommu")) return 14;
    if (e == QLatin1String("vsock")) return 15;
    return 16;
}

/** The address set with the state of a pass. */
class AddressSet
{
public:
    AddressSet(const Topology &t, MachineFamily family)
        : m_family(family)
    {
        for (const Controller &c : t.controllers()) {
            if (c.index < 0 || bus(c.index))
                continue;
            addBus(c.index, c.model, c.hotplug);
        }
    }

    Bus *bus(int index)
    {
        for (Bus &b : m_buses)
            if (b.index == index)
                return &b;
        return nullptr;
    }
    const QList<Bus> &buses() const { return m_buses; }
    int nextIndex() const
    {
        int next = 0;
        for (const Bus &b : m_buses)
            next = std::max(next, b.index + 1);
        return next;
    }
    void addBus(int index, ControllerModel model, std::optional<bool> hotplug = {})
    {
        Bus b;
        b.index = index;
        b.model = model;
        Controller c;
        c.model = model;
        c.index = index;
        c.hotplug = hotplug;
        b.accepts = rules::busModel(c, m_family);
        m_buses.append(b);
        std::sort(m_buses.begin(), m_buses.end(), [](const Bus &a, const Bus &b) { return a.index < b.index; });
    }
    bool reserve(const PciAddress &a)
    {
        Bus *b = bus(int(a.bus));
        if (!b || a.slot > 31 || a.function > 7 || (b->used[a.slot] >> a.function) & 1)
            return false;
        b->used[a.slot] |= quint8(1u << a.function);
        return true;
    }
    bool isFree(const PciAddress &a)
    {
        Bus *b = bus(int(a.bus));
        return b && a.slot <= 31 && a.function <= 7 && !((b->used[a.slot] >> a.function) & 1);
    }
    /** First free compatible slot (function 0 of an empty slot), buses in index order. */
    std::optional<PciAddress> next(ConnectFlags needs, bool rootPort)
    {
        if (rootPort) {
            // Root ports share a slot function by function (libvirt's aggregate slots).
            for (Bus &b : m_buses) {
                if (!rules::connectionAllowed(b.accepts, needs, false))
                    continue;
                for (int s = b.accepts.minSlot; s <= b.accepts.maxSlot; ++s) {
                    if (!b.aggregate[s] || b.used[s] == 0xff)
                        continue;
                    for (int f = 0; f < 8; ++f) {
                        if (!((b.used[s] >> f) & 1))
                            return PciAddress{0, quint32(b.index), quint32(s), quint32(f)};
                    }
                }
            }
        }
        for (Bus &b : m_buses) {
            if (!rules::connectionAllowed(b.accepts, needs, false))
                continue;
            for (int s = b.accepts.minSlot; s <= b.accepts.maxSlot; ++s) {
                if (b.used[s] == 0)
                    return PciAddress{0, quint32(b.index), quint32(s), 0};
            }
        }
        return std::nullopt;
    }
    void markAggregate(const PciAddress &a)
    {
        if (Bus *b = bus(int(a.bus)))
            b->aggregate[a.slot] = true;
    }

private:
    MachineFamily m_family;
    QList<Bus> m_buses;
};

/** The fixed and preferred addresses of §2.1, for nodes without an address. */
std::optional<PciAddress> preferredAddress(const Topology &t, const Device &d, bool firstVideo, bool firstSound)
{
    const MachineFamily f = t.family();
    if (f == MachineFamily::Pc) {
        if (d.controllerType == QLatin1String("ide") && d.controllerIndex == 0)
            return PciAddress{0, 0, 1, 1};
        if (d.controllerType == QLatin1String("usb") && d.controllerIndex == 0
            && (d.model.isEmpty() || d.model == QLatin1String("piix3-uhci") || d.model == QLatin1String("usb")))
            return PciAddress{0, 0, 1, 2};
        if (firstVideo && d.element == QLatin1String("video"))
            return PciAddress{0, 0, 2, 0};
    } else if (f == MachineFamily::Q35) {
        if (d.controllerType == QLatin1String("sata") && d.controllerIndex == 0)
            return PciAddress{0, 0, 0x1f, 2};
        if (firstVideo && d.element == QLatin1String("video"))
            return PciAddress{0, 0, 1, 0};
        if (firstSound && d.element == QLatin1String("sound") && d.model == QLatin1String("ich9"))
            return PciAddress{0, 0, 0x1b, 0};
    }
    return std::nullopt;
}

/**
 * Every device that needs a PCI address and has none, in XML order, with its fixed or
 * preferred place (§2.1) when it has one.
 */
QList<std::pair<const Device *, std::optional<PciAddress>>> unplacedDevices(const Topology &t)
{
    QList<std::pair<const Device *, std::optional<PciAddress>>> result;
    bool firstVideo = true;
    bool firstSound = true;
    for (const Device &d : t.devices()) {
        if (d.element == QLatin1String("video"))
            firstVideo = firstVideo && !d.address; // only the first video has a preferred place
        if (d.address || !d.otherAddressType.isEmpty() || d.deviceClass == DeviceClass::None)
            continue;
        result.append({&d, preferredAddress(t, d, firstVideo && d.element == QLatin1String("video"),
                                            firstSound && d.element == QLatin1String("sound"))});
        if (d.element == QLatin1String("video"))
            firstVideo = false;
        if (d.element == QLatin1String("sound"))
            firstSound = false;
    }
    return result;
}

/** Reserves what the XML and the chipset hold already. */
void reserveExisting(const Topology &t, AddressSet &set)
{
    for (const Controller &c : t.controllers())
        if (c.address)
            set.reserve(*c.address);
    for (const Device &d : t.devices())
        if (d.address)
            set.reserve(*d.address);
    for (const rules::ChipsetReservation &r : rules::chipsetReservations(t))
        set.reserve(r.address);
}

/** multifunction='on' on function 0 of every slot the plan leaves shared (§5.1 step 9). */
void markMultifunction(const Topology &t, Plan &plan)
{
    QHash<PciAddress, int> functionsPerSlot;
    const auto count = [&](const PciAddress &a) { ++functionsPerSlot[PciAddress{a.domain, a.bus, a.slot, 0}]; };
    for (const Controller &c : t.controllers())
        if (c.address)
            count(*c.address);
    for (const Device &d : t.devices())
        if (d.address)
            count(*d.address);
    for (const NewController &c : std::as_const(plan.controllers))
        count(c.address);
    for (const Placement &p : std::as_const(plan.placements))
        count(p.address);
    for (NewController &c : plan.controllers)
        c.multifunction = c.address.function == 0 && functionsPerSlot.value(c.address) > 1;
    for (Placement &p : plan.placements)
        p.multifunction = p.address.function == 0 && functionsPerSlot.value(p.address) > 1;
}

} // namespace

QStringList Plan::describe(const Topology &topology) const
{
    QStringList lines;
    for (const NewController &c : controllers)
        lines << Text::tr("Add %1 #%2 at %3").arg(Topology::controllerModelName(c.model)).arg(c.index).arg(c.address.toShortString());
    for (const Placement &p : placements)
        lines << Text::tr("Place %1 at %2").arg(topology.labelOf(p.node), p.address.toShortString());
    return lines;
}

namespace {

Plan planRecommended(const Topology &t, const Options &options);

} // namespace

Plan plan(const Topology &t, const Options &options)
{
    if (options.policy == Policy::Recommended)
        return planRecommended(t, options);
    Plan result;
    const MachineFamily family = t.family();
    if (family != MachineFamily::Pc && family != MachineFamily::Q35 && family != MachineFamily::ArmVirt) {
        result.reason = Text::tr("Automatic placement is not available for %1 machines yet.").arg(Topology::familyName(family));
        return result;
    }
    const bool pcie = Topology::isPcieMachine(family);

    // The items libvirt places, in its order: PCI controllers first (by index), then devices.
    QList<Item> items;
    for (const Controller &c : t.controllers()) {
        if (c.address || c.isRoot() || c.implicit || c.index < 0)
            continue;
        items.append({c.id, -1, rules::controllerNeeds(c.model), c.model == ControllerModel::PcieRootPort, 0, c.index});
    }
    QList<std::pair<NodeId, PciAddress>> fixed;
    for (const auto &[d, preferred] : unplacedDevices(t)) {
        if (preferred)
            fixed.append({d->id, *preferred});
        else
            items.append({d->id, -1, rules::deviceNeeds(*d, family), false, orderOf(*d), int(d - t.devices().constData())});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.order != b.order ? a.order < b.order : a.xmlOrder < b.xmlOrder;
    });

    // A preferred address is taken only when free; otherwise the device is placed normally.
    const auto placeFixed = [&](AddressSet &set, QList<Item> &rest, QList<Placement> *out) {
        for (const auto &[node, address] : fixed) {
            if (set.isFree(address) || rules::isChipsetReserved(t, address)) {
                set.reserve(address);
                if (out)
                    out->append({node, address, false});
            } else if (const Device *d = t.device(node)) {
                // On pc the primary video whose 00:02.0 is taken gets the next free slot right
                // away, before the other devices (qemuDomainValidateDevicePCISlotsPIIX3).
                if (family == MachineFamily::Pc && d->element == QLatin1String("video")) {
                    if (const std::optional<PciAddress> next = set.next(rules::deviceNeeds(*d, family), false)) {
                        set.reserve(*next);
                        if (out)
                            out->append({node, *next, false});
                        continue;
                    }
                }
                rest.append({node, -1, rules::deviceNeeds(*d, family), false, orderOf(*d), 0});
            }
        }
    };

    // Dry run: which buses are missing (§5.1 step 6).
    QList<NewController> added;
    {
        AddressSet dry(t, family);
        reserveExisting(t, dry);
        QList<Item> extra;
        placeFixed(dry, extra, nullptr);
        // pci-root machines keep a slot free for a bridge added later (step 4).
        if (!pcie)
            if (const std::optional<PciAddress> dummy = dry.next(ConnectFlags(Connect::PciDevice), false))
                dry.reserve(*dummy);
        QList<Item> all = items + extra;
        for (const Item &item : std::as_const(all)) {
            std::optional<PciAddress> a = dry.next(item.needs, item.rootPort);
            if (!a) {
                // Grow: a bus that takes this kind of device (new buses carry no address yet).
                const int index = dry.nextIndex();
                if (item.needs & Connect::PcieDevice || item.needs & Connect::SwitchUpstreamPort) {
                    added.append({index, ControllerModel::PcieRootPort, {}, false});
                    dry.addBus(index, ControllerModel::PcieRootPort);
                } else if (item.needs & (Connect::PciDevice | Connect::PciBridge) && pcie) {
                    added.append({index, ControllerModel::PcieRootPort, {}, false});
                    dry.addBus(index, ControllerModel::PcieRootPort);
                    added.append({index + 1, ControllerModel::PcieToPciBridge, {}, false});
                    dry.addBus(index + 1, ControllerModel::PcieToPciBridge);
                    dry.reserve({0, quint32(index), 0, 0}); // the bridge sits in the port made for it

                } else if (item.needs & (Connect::PciDevice | Connect::PciBridge)) {
                    added.append({index, ControllerModel::PciBridge, {}, false});
                    dry.addBus(index, ControllerModel::PciBridge);
                } else {
                    result.reason = Text::tr("A PCI slot is needed for %1, and libvirt adds no controller that could provide one.")
                                        .arg(item.node.isValid() ? t.labelOf(item.node) : Text::tr("a new controller"));
                    return result;
                }
                a = dry.next(item.needs, item.rootPort);
                if (!a) {
                    result.reason = Text::tr("No more available PCI slots for %1.").arg(t.labelOf(item.node));
                    return result;
                }
            }
            dry.reserve(*a);
            if (item.rootPort)
                dry.markAggregate(*a);
        }
        // Step 7: a PCIe guest whose XML had no PCI controller but the root gets a spare port.
        bool onlyRoot = true;
        for (const Controller &c : t.controllers())
            onlyRoot = onlyRoot && (c.isRoot() || c.implicit);
        if (pcie && onlyRoot && !added.isEmpty())
            added.append({dry.nextIndex(), ControllerModel::PcieRootPort, {}, false});
    }

    // The real pass: added controllers join the XML without addresses and go first.
    AddressSet real(t, family);
    for (const NewController &c : std::as_const(added))
        real.addBus(c.index, c.model);
    reserveExisting(t, real);
    QList<Item> extra;
    placeFixed(real, extra, &result.placements);
    QList<Item> ordered;
    for (qsizetype i = 0; i < added.size(); ++i)
        ordered.append({NodeId(), int(i), rules::controllerNeeds(added[i].model), added[i].model == ControllerModel::PcieRootPort, 0, added[i].index});
    QList<Item> controllersFirst = items;
    controllersFirst.append(extra);
    std::stable_sort(controllersFirst.begin(), controllersFirst.end(), [](const Item &a, const Item &b) {
        return a.order != b.order ? a.order < b.order : a.xmlOrder < b.xmlOrder;
    });
    // Existing address-less controllers and added ones together, by index.
    QList<Item> controllerItems;
    QList<Item> deviceItems;
    for (const Item &item : std::as_const(controllersFirst))
        (item.order == 0 ? controllerItems : deviceItems).append(item);
    controllerItems += ordered;
    std::stable_sort(controllerItems.begin(), controllerItems.end(),
                     [](const Item &a, const Item &b) { return a.xmlOrder < b.xmlOrder; });
    for (const Item &item : controllerItems + deviceItems) {
        const std::optional<PciAddress> a = real.next(item.needs, item.rootPort);
        if (!a) {
            result.reason = Text::tr("No more available PCI slots for %1 (libvirt gives up here as well).")
                                .arg(item.node.isValid() ? t.labelOf(item.node)
                                                         : Topology::controllerModelName(added[item.newController].model));
            return result;
        }
        real.reserve(*a);
        if (item.rootPort)
            real.markAggregate(*a);
        if (item.newController >= 0)
            added[item.newController].address = *a;
        else
            result.placements.append({item.node, *a, false});
    }

    result.controllers = added;
    markMultifunction(t, result);
    result.ok = true;
    return result;
}

namespace {

Plan planRecommended(const Topology &t, const Options &options)
{
    Plan result;
    const MachineFamily family = t.family();
    if (family != MachineFamily::Q35 && family != MachineFamily::ArmVirt) {
        result.reason = Text::tr("The recommended placement is available for q35 and ARM virt machines; use the "
                                 "libvirt policy for %1.").arg(Topology::familyName(family));
        return result;
    }
    AddressSet set(t, family);
    reserveExisting(t, set);

    // What needs a place: address-less controllers are placed as libvirt would; devices are
    // split into PCIe (own port) and legacy PCI (behind a bridge).
    QList<const Controller *> controllers;
    for (const Controller &c : t.controllers())
        if (!c.address && !c.isRoot() && !c.implicit && c.index >= 0)
            controllers.append(&c);
    QList<const Device *> express, legacy;
    for (const auto &[d, preferred] : unplacedDevices(t)) {
        if (preferred && set.isFree(*preferred)) {
            set.reserve(*preferred);
            result.placements.append({d->id, *preferred, false});
            continue;
        }
        (rules::deviceNeeds(*d, family) & Connect::PciDevice ? legacy : express).append(d);
    }
    for (const Controller *c : std::as_const(controllers)) {
        const std::optional<PciAddress> a = set.next(rules::controllerNeeds(c->model), c->model == ControllerModel::PcieRootPort);
        if (!a) {
            result.reason = Text::tr("No more available PCI slots for %1.").arg(c->label());
            return result;
        }
        set.reserve(*a);
        if (c->model == ControllerModel::PcieRootPort)
            set.markAggregate(*a);
        result.placements.append({c->id, *a, false});
    }

    // Existing empty root and downstream ports take devices first.
    QList<int> emptyPorts;
    for (const Bus &b : set.buses()) {
        const bool port = b.model == ControllerModel::PcieRootPort || b.model == ControllerModel::PcieSwitchDownstreamPort;
        if (port && std::all_of(b.used.cbegin(), b.used.cend(), [](quint8 u) { return u == 0; }))
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

    int nextIndex = set.nextIndex();
    const auto addController = [&](ControllerModel model, std::optional<PciAddress> at) -> std::optional<int> {
        const std::optional<PciAddress> a = at ? at : set.next(rules::controllerNeeds(model), model == ControllerModel::PcieRootPort);
        if (!a)
            return std::nullopt;
        set.reserve(*a);
        if (model == ControllerModel::PcieRootPort)
            set.markAggregate(*a);
        const int index = nextIndex++;
        result.controllers.append({index, model, *a, false});
        set.addBus(index, model);
        return index;
    };

    // PCIe devices: the empty ports there are, then new root ports, perPort devices each.
    qsizetype next = 0;
    const auto fill = [&](int port) {
        for (int f = 0; f < perPort && next < express.size(); ++f) {
            const PciAddress a{0, quint32(port), 0, quint32(f)};
            set.reserve(a);
            result.placements.append({express[next++]->id, a, false});
        }
    };
    for (int port : std::as_const(emptyPorts)) {
        if (next >= express.size())
            break;
        fill(port);
    }
    while (next < express.size()) {
        const std::optional<int> port = addController(ControllerModel::PcieRootPort, std::nullopt);
        if (!port) {
            result.reason = Text::tr("No more available PCI slots on the root bus for %1.").arg(t.labelOf(express[next]->id));
            return result;
        }
        fill(*port);
    }
    // Legacy devices: behind pcie-to-pci-bridges, each in a root port of its own.
    for (qsizetype i = 0; i < legacy.size(); ++i) {
        if (i % 31 == 0) {
            const std::optional<int> port = addController(ControllerModel::PcieRootPort, std::nullopt);
            const std::optional<int> bridge = port ? addController(ControllerModel::PcieToPciBridge, PciAddress{0, quint32(*port), 0, 0})
                                                   : std::nullopt;
            if (!bridge) {
                result.reason = Text::tr("No more available PCI slots on the root bus for %1.").arg(t.labelOf(legacy[i]->id));
                return result;
            }
        }
        const PciAddress a{0, quint32(nextIndex - 1), quint32(1 + i % 31), 0};
        set.reserve(a);
        result.placements.append({legacy[i]->id, a, false});
    }
    // Spare ports for hotplug: they cannot be added while the guest runs.
    for (int i = 0; i < options.sparePorts; ++i) {
        if (!addController(ControllerModel::PcieRootPort, std::nullopt)) {
            result.reason = Text::tr("No room on the root bus for %1 spare ports.").arg(options.sparePorts);
            return result;
        }
    }

    markMultifunction(t, result);
    result.ok = true;
    return result;
}

} // namespace

} // namespace pcitopo::placement
