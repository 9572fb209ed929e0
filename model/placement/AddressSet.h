#pragma once

// The planner's model of libvirt's PCI address set (src/conf/domain_addr.c,
// virDomainPCIAddressSet): buses with the functions in use, aggregate slots and isolation
// groups. Internal to model/placement/.

#include "../Topology.h"
#include "../rules/BusModel.h"

#include <QList>

#include <array>
#include <optional>

namespace pcitopo::placement::detail {

/** One bus: what it accepts, which functions are taken, and its isolation group. */
struct Bus
{
    int index = -1;
    ControllerModel model = ControllerModel::Unknown;
    rules::BusModel accepts;
    std::array<quint8, 32> used{}; // bit per function
    std::array<bool, 32> aggregate{}; // slot whose first function was a root port: ports share it
    unsigned group = 0; // pseries isolation group (0: emulated devices)
    bool groupLocked = false; // the default PHB stays in group 0
    int numaNode = -1; // guest NUMA node: its own <node> or its parent's
    bool isEmpty() const;
};

/** What to place and how libvirt searches for it. */
struct Search
{
    rules::ConnectFlags needs;
    bool aggregate = false; // a pcie-root-port: may share a slot other root ports started
    unsigned group = 0;
    int function = -1; // a fixed function (USB2 companions), or -1: any, 0 on an empty slot
    // A device's placement constraint (Topology.h): libvirt knows none of these.
    bool hotplug = false; // only buses that take hotplug
    int numaNode = -1; // only buses of this guest NUMA node
    ControllerModel preferred = ControllerModel::Unknown; // buses of this model first
};

class AddressSet
{
public:
    AddressSet(const Topology &topology);

    Bus *bus(int index);
    const QList<Bus> &buses() const { return m_buses; }
    int nextIndex() const;
    void addBus(int index, ControllerModel model, std::optional<bool> hotplug = {}, int numaNode = -1);

    /**
     * virDomainPCIAddressReserveAddrInternal: marks the function, starts an aggregate slot,
     * and settles the bus's isolation group (the first device decides; a foreign device from
     * the XML resets it to 0). False when taken or not there.
     */
    bool reserve(const PciAddress &address, const Search &search = {}, bool fromConfig = true);
    bool slotInUse(const PciAddress &address);
    /**
     * virDomainPCIAddressGetNextAddr: buses of the same isolation group in index order, slots
     * upward, the first empty slot or a free function of an aggregate slot; then empty buses
     * whose group may still change.
     */
    std::optional<PciAddress> next(const Search &search);

private:
    std::optional<PciAddress> nextOnBus(Bus &bus, const Search &search);
    std::optional<PciAddress> nextOf(const Search &search, ControllerModel only);

    MachineFamily m_family;
    QList<Bus> m_buses;
};

} // namespace pcitopo::placement::detail
