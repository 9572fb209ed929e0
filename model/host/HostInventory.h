#pragma once

#include "../PciAddress.h"
#include "../rules/HostFacts.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pcitopo {

class Topology;

/** One PCI function of the host, as its node device describes it (`virsh nodedev-dumpxml`). */
struct HostDevice
{
    QString name; // libvirt's node device name: pci_0000_01_00_0
    PciAddress address;
    QString parent; // the parent node device's name
    quint32 classCode = 0; // 0x030000 VGA, 0x040300 HD audio, 0x060400 PCI bridge, …
    QString vendor;
    QString product;
    QString driver; // bound driver, "" when none (or not reported)
    int iommuGroup = -1;
    QList<PciAddress> groupMembers; // as the node device lists them, sorted
    int numaNode = -1;
    bool pcie = false;
    QString link; // "16 GT/s x16 (capable of 16 GT/s x16)", "" when not PCIe
    PciAddress physicalFunction; // for an SR-IOV virtual function (isVirtualFunction)
    bool isVirtualFunction = false;
    QList<PciAddress> virtualFunctions; // for an SR-IOV physical function
    QStringList usedBy; // guests on this connection with a <hostdev> of this function

    bool isBridge() const { return (classCode >> 16) == 0x06; }
    /** What a user calls it: "VGA compatible controller", "Audio device", … */
    QString className() const;
};

/**
 * The host's PCI devices as libvirt reports them, with their IOMMU groups and which guests use
 * them. Built from node-device XML (from a connection, or files in tests) and the connection's
 * domains; turned into the HostFacts the rule checker reads.
 */
class HostInventory
{
public:
    /**
     * Parses node-device XML documents; those without a PCI capability are skipped. Returns
     * false with a message naming the device when one cannot be read.
     */
    bool addNodeDevices(const QList<QByteArray> &xmls, QString *error);
    /** Records which host functions a guest uses (its PCI <hostdev>s and hostdev interfaces). */
    void addGuest(const QString &name, const Topology &topology);

    /** What the hypervisor offers (machine types, device models), for the facts of every guest. */
    void setCapabilities(const HostCapabilities &capabilities) { m_capabilities = capabilities; }
    const HostCapabilities &capabilities() const { return m_capabilities; }

    const QList<HostDevice> &devices() const { return m_devices; }
    const HostDevice *device(const PciAddress &address) const;
    bool isEmpty() const { return m_devices.isEmpty(); }
    /** IOMMU groups with their members, ascending; devices without a group under -1. */
    QMap<int, QList<const HostDevice *>> groups() const;
    /**
     * The facts for checking one guest: every function, with "used by" naming the other
     * guests only.
     */
    HostFacts factsFor(const QString &guest) const;

    /** What a guest given some host functions still lacks of their IOMMU groups. */
    struct GroupRest
    {
        QList<PciAddress> functions; // ascending; bridges, which stay with the host, left out
        int group = -1; // the (last) group they belong to
    };
    /**
     * The endpoints sharing an IOMMU group with `chosen` that are neither chosen nor in
     * `inGuest` already: a guest must be given every endpoint of a group (§6).
     */
    GroupRest restOfGroups(const QList<PciAddress> &chosen, const QList<PciAddress> &inGuest) const;

private:
    QList<HostDevice> m_devices; // sorted by address
    HostCapabilities m_capabilities;
};

} // namespace pcitopo
