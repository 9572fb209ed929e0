#include "Palette.h"

#include "xml/XmlDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace pcitopo::Palette {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::Palette", text);
}

using rules::Connect;

} // namespace

QList<PaletteEntry> entries(MachineFamily family)
{
    QList<PaletteEntry> list;
    const bool pcie = Topology::isPcieMachine(family);
    if (pcie) {
        list.append({QStringLiteral("pcie-root-port"), tr("PCIe root port"),
                     tr("One hot-pluggable PCIe slot; add spare ones for hotplug"), true, Connect::PcieRootPort});
        list.append({QStringLiteral("pcie-switch-upstream-port"), tr("PCIe switch (upstream port)"),
                     tr("Fans a root port out to downstream ports"), true, Connect::SwitchUpstreamPort});
        list.append({QStringLiteral("pcie-switch-downstream-port"), tr("PCIe switch downstream port"),
                     tr("One hot-pluggable PCIe slot behind a switch"), true, Connect::SwitchDownstreamPort});
        list.append({QStringLiteral("pcie-to-pci-bridge"), tr("PCIe-to-PCI bridge"),
                     tr("Conventional PCI slots for legacy devices, in a root port"), true, Connect::PcieToPciBridge});
    }
    if (family != MachineFamily::S390 && family != MachineFamily::Xen)
        list.append({QStringLiteral("pci-bridge"), tr("PCI bridge"), tr("31 conventional, hot-pluggable PCI slots"),
                     true, Connect::PciBridge});
    if (family == MachineFamily::Q35 || family == MachineFamily::ArmVirt)
        list.append({QStringLiteral("pcie-expander-bus"), tr("PCIe expander bus (pxb-pcie)"),
                     tr("A second PCIe root, e.g. on another NUMA node"), true, Connect::PcieExpanderBus});
    if (family == MachineFamily::Pc)
        list.append({QStringLiteral("pci-expander-bus"), tr("PCI expander bus (pxb)"),
                     tr("A second PCI root, e.g. on another NUMA node"), true, Connect::PciExpanderBus});
    if (family == MachineFamily::Pseries)
        list.append({QStringLiteral("pseries-phb"), tr("PCI host bridge (vPHB)"),
                     tr("A PCI domain of its own: one per passed-through host PE"), true, {}});
    const rules::ConnectFlags endpoint = pcie ? rules::ConnectFlags(Connect::PcieDevice) : rules::ConnectFlags(Connect::PciDevice);
    list.append({QStringLiteral("virtio-disk"), tr("virtio disk"), tr("A disk image on virtio-blk"), false, endpoint});
    list.append({QStringLiteral("virtio-net"), tr("virtio network interface"), tr("A NIC on the default network"), false, endpoint});
    if (family == MachineFamily::Q35 || family == MachineFamily::Pc)
        list.append({QStringLiteral("e1000"), tr("e1000 network interface"), tr("A legacy PCI NIC"), false, Connect::PciDevice});
    list.append({QStringLiteral("virtio-scsi"), tr("virtio-scsi controller"), tr("A SCSI controller for many disks"), false, endpoint});
    list.append({QStringLiteral("qemu-xhci"), tr("USB 3 controller (qemu-xhci)"), tr("An xHCI USB controller"), false, endpoint});
    list.append({QStringLiteral("virtio-rng"), tr("virtio RNG"), tr("Entropy from the host"), false, endpoint});
    return list;
}

std::optional<PaletteEntry> find(MachineFamily family, const QString &id)
{
    for (const PaletteEntry &entry : entries(family)) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

namespace {

/** <address type='pci' …/> as libvirt writes it; empty without an address. */
QByteArray addressElement(const std::optional<PciAddress> &address, bool multifunction = false)
{
    if (!address)
        return QByteArray();
    return QStringLiteral("<address type='pci' domain='0x%1' bus='0x%2' slot='0x%3' function='0x%4'%5/>")
        .arg(address->domain, 4, 16, QLatin1Char('0'))
        .arg(address->bus, 2, 16, QLatin1Char('0'))
        .arg(address->slot, 2, 16, QLatin1Char('0'))
        .arg(address->function, 0, 16)
        .arg(multifunction ? QStringLiteral(" multifunction='on'") : QString())
        .toUtf8();
}

} // namespace

QByteArray hostdevFragment(const PciAddress &host, const std::optional<PciAddress> &address, bool multifunction)
{
    const QByteArray source = QStringLiteral("<address domain='0x%1' bus='0x%2' slot='0x%3' function='0x%4'/>")
                                  .arg(host.domain, 4, 16, QLatin1Char('0'))
                                  .arg(host.bus, 2, 16, QLatin1Char('0'))
                                  .arg(host.slot, 2, 16, QLatin1Char('0'))
                                  .arg(host.function, 0, 16)
                                  .toUtf8();
    return "<hostdev mode='subsystem' type='pci' managed='yes'><source>" + source + "</source>"
        + addressElement(address, multifunction) + "</hostdev>";
}

QByteArray fragment(const PaletteEntry &entry, const Topology &topology, const std::optional<PciAddress> &address)
{
    const QByteArray addressXml = addressElement(address);
    if (entry.controller) {
        QSet<int> used;
        QSet<int> targetIndexes;
        int lowestBusNr = 255;
        for (const Controller &c : topology.controllers()) {
            used.insert(c.index);
            if (c.targetIndex)
                targetIndexes.insert(*c.targetIndex);
            if (c.busNr)
                lowestBusNr = std::min(lowestBusNr, *c.busNr);
        }
        int index = 1;
        while (used.contains(index))
            ++index;
        const QByteArray n = QByteArray::number(index);
        if (entry.id == QLatin1String("pseries-phb")) {
            int target = 1;
            while (targetIndexes.contains(target))
                ++target;
            return "<controller type='pci' index='" + n + "' model='pci-root'><model name='spapr-pci-host-bridge'/>"
                   "<target index='" + QByteArray::number(target) + "'/></controller>";
        }
        QByteArray target;
        if (entry.id == QLatin1String("pcie-root-port") || entry.id == QLatin1String("pcie-switch-downstream-port"))
            target = "<target chassis='" + n + "'/>";
        else if (entry.id == QLatin1String("pci-bridge"))
            target = "<target chassisNr='" + n + "'/>";
        else if (entry.id.endsWith(QLatin1String("expander-bus")))
            target = "<target busNr='" + QByteArray::number(std::max(1, lowestBusNr - 2)) + "'/>"; // §1.4 default
        return "<controller type='pci' index='" + n + "' model='" + entry.id.toUtf8() + "'>" + target + addressXml
            + "</controller>";
    }
    if (entry.id == QLatin1String("virtio-disk")) {
        QSet<QString> names; // untranslated keys: "disk vda" in every language
        for (const Device &d : topology.devices())
            names.insert(d.key);
        QByteArray dev = "vda";
        for (char c = 'a'; c <= 'z'; ++c) {
            dev = QByteArray("vd") + c;
            if (!names.contains(QStringLiteral("disk ") + QString::fromLatin1(dev)))
                break;
        }
        return "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
               "<source file='/var/lib/libvirt/images/" + topology.domainName().toUtf8() + "-" + dev + ".qcow2'/>"
               "<target dev='" + dev + "' bus='virtio'/>" + addressXml + "</disk>";
    }
    if (entry.id == QLatin1String("virtio-net") || entry.id == QLatin1String("e1000"))
        return "<interface type='network'><source network='default'/><model type='"
            + QByteArray(entry.id == QLatin1String("e1000") ? "e1000" : "virtio") + "'/>" + addressXml + "</interface>";
    if (entry.id == QLatin1String("virtio-scsi"))
        return "<controller type='scsi' model='virtio-scsi'>" + addressXml + "</controller>";
    if (entry.id == QLatin1String("qemu-xhci"))
        return "<controller type='usb' model='qemu-xhci'>" + addressXml + "</controller>";
    return "<rng model='virtio'><backend model='random'>/dev/urandom</backend>" + addressXml + "</rng>";
}

} // namespace pcitopo::Palette
