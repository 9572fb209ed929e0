// libvirt 9.0's own placement (qemuDomainAssignPCIAddresses), step by step.
#include "PlanItems.h"

#include <algorithm>

namespace pcitopo::placement::detail {

namespace {

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

    /** The existing node being placed when the pass gave up. */
    NodeId refused;

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
        for (const Item &item : controllers + devices) {
            if (!place(item, dryRun, reason)) {
                // A controller libvirt adds is refused on behalf of what needed it.
                refused = item.newController >= 0 ? m_added.value(item.newController).neededBy : item.node;
                return false;
            }
        }

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
        NewController c{index, model, PciAddress{}, false, -1, -1, -1, {}, {}};
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
        const Device *primary = detail::primaryVideo(m_t);
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
            if (const std::optional<PciAddress> fixed =
                    rules::chipsetAddressOf(m_family, item.type, item.controllerIndex, item.model)) {
                take(item, *fixed);
                continue;
            }
            if (m_family == MachineFamily::Q35) {
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
            const qsizetype before = m_added.size();
            if (!grow(item, reason))
                return false;
            for (qsizetype i = before; i < m_added.size(); ++i)
                m_added[i].neededBy = item.node;
            a = m_set.next(item.search);
        }
        if (!a && item.search.numaNode >= 0) {
            *reason = Text::tr("No bus on guest NUMA node %1 for %2: libvirt adds none. Add a pcie-expander-bus "
                               "(a PHB on pseries) with that node, or use the recommended placement.")
                          .arg(item.search.numaNode)
                          .arg(label(item));
            return false;
        }
        if (!a || !m_set.reserve(*a, item.search, false)) {
            *reason = dryRun
                ? Text::tr("No more available PCI slots for %1.").arg(label(item))
                : Text::tr("No more available PCI slots for %1 (libvirt gives up here as well).").arg(label(item));
            return false;
        }
        if (item.isUsb2() && !m_usb2Slots.contains(item.controllerIndex))
            m_usb2Slots.insert(item.controllerIndex, *a);
        record(item, *a);
        return true;
    }

    /** What is being placed, in words: a node's label, or a controller libvirt adds. */
    QString label(const Item &item) const
    {
        if (item.newController >= 0) {
            const NewController &c = m_added.value(item.newController);
            const QString model = Topology::controllerModelName(c.model);
            return c.neededBy.isValid() ? Text::tr("the %1 libvirt adds for %2").arg(model, m_t.labelOf(c.neededBy))
                                        : Text::tr("the %1 libvirt adds").arg(model);
        }
        return itemLabel(m_t, item, m_plan ? *m_plan : Plan());
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

} // namespace

Plan planLibvirt(const Topology &t, const Options &options)
{
    Plan result;
    const MachineFamily family = t.family();
    if (family != MachineFamily::Pc && family != MachineFamily::Q35 && family != MachineFamily::ArmVirt
        && family != MachineFamily::RiscvVirt && family != MachineFamily::Pseries && family != MachineFamily::S390) {
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
                        {},
                        {}};
        if (c.model == ControllerModel::PciRoot)
            c.targetIndex = freeTargetIndex(t, added);
        added.append(c);
    }
    {
        Pass dry(t, options, items, added, nullptr);
        if (!dry.run(&result.reason)) {
            result.refused = dry.refused;
            return result;
        }
    }
    result.devices = additions;
    Pass real(t, options, items, added, &result);
    if (!real.run(&result.reason)) {
        result.refused = real.refused;
        return result;
    }
    result.controllers = added;
    markMultifunction(t, result);
    if (family == MachineFamily::S390 && !assignZpci(t, result, &result.reason))
        return result;
    result.ok = true;
    return result;
}

} // namespace pcitopo::placement::detail
