#pragma once

#include "../PciAddress.h"
#include "../host/HostCapabilities.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace pcitopo {

/** What the host says of one PCI function (from its node device, reference §6). */
struct HostFunction
{
    PciAddress address;
    int iommuGroup = -1; // -1: unknown
    int numaNode = -1; // -1: unknown
    bool pcie = false; // has a PCIe capability (<pci-express>)
    bool bridge = false; // a bridge: not assignable, exempt from group viability
    QString driver; // bound driver: "vfio-pci", "nvidia", "" when none
    quint32 classCode = 0; // PCI class, e.g. 0x030000 VGA, 0x040300 HD audio
    QString product; // for messages
    QStringList usedByOtherGuests;
};

/**
 * Facts about the host the domain runs on, when known (a libvirt connection has them; a file
 * alone does not). Rules that need them stay silent without them.
 */
struct HostFacts
{
    QHash<PciAddress, HostFunction> functions;
    /** What the connection's hypervisor offers (machine types, device models); empty for a file. */
    HostCapabilities capabilities;

    bool isEmpty() const { return functions.isEmpty(); }
    const HostFunction *function(const PciAddress &address) const
    {
        const auto it = functions.constFind(address);
        return it == functions.cend() ? nullptr : &*it;
    }
    /** Members of an IOMMU group, sorted by address. */
    QList<PciAddress> groupMembers(int group) const;
};

inline size_t qHash(const PciAddress &a, size_t seed = 0) noexcept
{
    return ::qHash((quint64(a.domain) << 32) | (a.bus << 16) | (a.slot << 8) | a.function, seed);
}

} // namespace pcitopo
