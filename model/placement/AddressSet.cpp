#include "AddressSet.h"

#include <algorithm>

namespace pcitopo::placement::detail {

bool Bus::isEmpty() const
{
    return std::all_of(used.cbegin(), used.cend(), [](quint8 u) { return u == 0; });
}

AddressSet::AddressSet(const Topology &t)
    : m_family(t.family())
{
    for (const Controller &c : t.controllers()) {
        if (c.index < 0 || bus(c.index))
            continue;
        addBus(c.index, c.model, c.hotplug, t.numaNodeOfBus(c.index));
    }
    // pseries: the default PHB never takes an isolation group of its own.
    if (m_family == MachineFamily::Pseries)
        if (Bus *b = bus(0))
            b->groupLocked = true;
}

Bus *AddressSet::bus(int index)
{
    for (Bus &b : m_buses)
        if (b.index == index)
            return &b;
    return nullptr;
}

int AddressSet::nextIndex() const
{
    int next = 0;
    for (const Bus &b : m_buses)
        next = std::max(next, b.index + 1);
    return next;
}

void AddressSet::addBus(int index, ControllerModel model, std::optional<bool> hotplug, int numaNode)
{
    Bus b;
    b.index = index;
    b.model = model;
    b.numaNode = numaNode;
    Controller c;
    c.model = model;
    c.index = index;
    c.hotplug = hotplug;
    b.accepts = rules::busModel(c, m_family);
    m_buses.append(b);
    std::sort(m_buses.begin(), m_buses.end(), [](const Bus &a, const Bus &b) { return a.index < b.index; });
}

bool AddressSet::reserve(const PciAddress &a, const Search &search, bool fromConfig)
{
    Bus *b = bus(int(a.bus));
    if (!b || a.slot > 31 || a.function > 7 || (b->used[a.slot] >> a.function) & 1)
        return false;
    if (b->used[a.slot] == 0 && search.aggregate)
        b->aggregate[a.slot] = true;
    if (b->isEmpty() && !b->groupLocked)
        b->group = search.group;
    else if (b->group != search.group && fromConfig)
        b->group = 0;
    b->used[a.slot] |= quint8(1u << a.function);
    return true;
}

bool AddressSet::slotInUse(const PciAddress &a)
{
    Bus *b = bus(int(a.bus));
    return !b || a.slot > 31 || b->used[a.slot] != 0;
}

std::optional<PciAddress> AddressSet::nextOnBus(Bus &b, const Search &search)
{
    if (!rules::connectionAllowed(b.accepts, search.needs, false))
        return std::nullopt;
    if ((search.hotplug && !(b.accepts.accepts & rules::Connect::Hotplug))
        || (search.numaNode >= 0 && b.numaNode != search.numaNode))
        return std::nullopt;
    const quint32 function = search.function < 0 ? 0 : quint32(search.function);
    for (int s = b.accepts.minSlot; s <= b.accepts.maxSlot; ++s) {
        if (b.used[s] == 0)
            return PciAddress{0, quint32(b.index), quint32(s), function};
        if (search.aggregate && b.aggregate[s]) {
            if (!((b.used[s] >> function) & 1))
                return PciAddress{0, quint32(b.index), quint32(s), function};
            if (search.function < 0) {
                for (quint32 f = 0; f < 8; ++f)
                    if (!((b.used[s] >> f) & 1))
                        return PciAddress{0, quint32(b.index), quint32(s), f};
            }
        }
    }
    return std::nullopt;
}

std::optional<PciAddress> AddressSet::next(const Search &search)
{
    if (search.preferred != ControllerModel::Unknown)
        if (const std::optional<PciAddress> a = nextOf(search, search.preferred))
            return a;
    return nextOf(search, ControllerModel::Unknown);
}

std::optional<PciAddress> AddressSet::nextOf(const Search &search, ControllerModel only)
{
    const auto wanted = [&](const Bus &b) {
        return only == ControllerModel::Unknown || b.model == only;
    };
    for (Bus &b : m_buses) {
        if (b.group != search.group || !wanted(b))
            continue;
        if (const std::optional<PciAddress> a = nextOnBus(b, search))
            return a;
    }
    for (Bus &b : m_buses) {
        if (!b.isEmpty() || b.groupLocked || !wanted(b))
            continue;
        if (const std::optional<PciAddress> a = nextOnBus(b, search))
            return a;
    }
    return std::nullopt;
}

} // namespace pcitopo::placement::detail
