#include "DeviceCatalogue.h"

#include "xml/XmlDocument.h"
#include "xml/XmlFragment.h"

#include <QCoreApplication>
#include <QSet>

namespace pcitopo::DeviceCatalogue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::DeviceCatalogue", text);
}

using rules::Connect;

} // namespace

QList<CatalogueEntry> entries(MachineFamily family)
{
    QList<CatalogueEntry> list;
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
        list.append({QStringLiteral("pseries-phb"),
                     tr("PCI host bridge (vPHB)"),
                     tr("A PCI domain of its own: one per passed-through host PE"),
                     true,
                     {}});
    const rules::ConnectFlags endpoint =
        pcie ? rules::ConnectFlags(Connect::PcieDevice) : rules::ConnectFlags(Connect::PciDevice);
    list.append({QStringLiteral("virtio-disk"), tr("virtio disk"), tr("A disk image on virtio-blk"), false, endpoint});
    list.append({QStringLiteral("virtio-net"), tr("virtio network interface"), tr("A NIC on the default network"),
                 false, endpoint});
    if (family == MachineFamily::Q35 || family == MachineFamily::Pc)
        list.append({QStringLiteral("e1000"), tr("e1000 network interface"), tr("A legacy PCI NIC"), false,
                     Connect::PciDevice});
    list.append({QStringLiteral("virtio-scsi"), tr("virtio-scsi controller"), tr("A SCSI controller for many disks"),
                 false, endpoint});
    list.append({QStringLiteral("qemu-xhci"), tr("USB 3 controller (qemu-xhci)"), tr("An xHCI USB controller"), false,
                 endpoint});
    list.append({QStringLiteral("virtio-rng"), tr("virtio RNG"), tr("Entropy from the host"), false, endpoint});
    return list;
}

std::optional<CatalogueEntry> find(MachineFamily family, const QString &id)
{
    for (const CatalogueEntry &entry : entries(family)) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

namespace {

/** The element with `address` as its last child, when there is one. */
XmlFragment &withAddress(XmlFragment &element, const std::optional<PciAddress> &address, bool multifunction = false)
{
    if (address)
        element.child(XmlFragment::pciAddress(*address, multifunction));
    return element;
}

} // namespace

QByteArray hostdevFragment(const PciAddress &host, const std::optional<PciAddress> &address, bool multifunction)
{
    XmlFragment hostdev("hostdev");
    hostdev.attribute("mode", "subsystem").attribute("type", "pci").attribute("managed", "yes");
    hostdev.child(XmlFragment("source").child(XmlFragment::hostAddress(host)));
    return withAddress(hostdev, address, multifunction).toXml();
}

QByteArray fragment(const CatalogueEntry &entry, const Topology &topology, const std::optional<PciAddress> &address)
{
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
        XmlFragment controller("controller");
        controller.attribute("type", "pci").attribute("index", index);
        if (entry.id == QLatin1String("pseries-phb")) {
            int target = 1;
            while (targetIndexes.contains(target))
                ++target;
            return controller.attribute("model", "pci-root")
                .child(XmlFragment("model").attribute("name", "spapr-pci-host-bridge"))
                .child(XmlFragment("target").attribute("index", target))
                .toXml();
        }
        controller.attribute("model", entry.id);
        if (entry.id == QLatin1String("pcie-root-port") || entry.id == QLatin1String("pcie-switch-downstream-port"))
            controller.child(XmlFragment("target").attribute("chassis", index));
        else if (entry.id == QLatin1String("pci-bridge"))
            controller.child(XmlFragment("target").attribute("chassisNr", index));
        else if (entry.id.endsWith(QLatin1String("expander-bus")))
            controller.child(XmlFragment("target").attribute("busNr", std::max(1, lowestBusNr - 2))); // §1.4 default
        return withAddress(controller, address).toXml();
    }
    if (entry.id == QLatin1String("virtio-disk")) {
        QSet<QString> names; // untranslated keys: "disk vda" in every language
        for (const Device &d : topology.devices())
            names.insert(d.key);
        QString dev = QStringLiteral("vda");
        for (char c = 'a'; c <= 'z'; ++c) {
            dev = QStringLiteral("vd") + QLatin1Char(c);
            if (!names.contains(QStringLiteral("disk ") + dev))
                break;
        }
        XmlFragment disk("disk");
        disk.attribute("type", "file").attribute("device", "disk");
        disk.child(XmlFragment("driver").attribute("name", "qemu").attribute("type", "qcow2"));
        disk.child(XmlFragment("source").attribute(
            "file", QStringLiteral("/var/lib/libvirt/images/%1-%2.qcow2").arg(topology.domainName(), dev)));
        disk.child(XmlFragment("target").attribute("dev", dev).attribute("bus", "virtio"));
        return withAddress(disk, address).toXml();
    }
    if (entry.id == QLatin1String("virtio-net") || entry.id == QLatin1String("e1000")) {
        XmlFragment interface("interface");
        interface.attribute("type", "network");
        interface.child(XmlFragment("source").attribute("network", "default"));
        interface.child(
            XmlFragment("model").attribute("type", entry.id == QLatin1String("e1000") ? "e1000" : "virtio"));
        return withAddress(interface, address).toXml();
    }
    if (entry.id == QLatin1String("virtio-scsi") || entry.id == QLatin1String("qemu-xhci")) {
        XmlFragment controller("controller");
        if (entry.id == QLatin1String("virtio-scsi"))
            controller.attribute("type", "scsi").attribute("model", "virtio-scsi");
        else
            controller.attribute("type", "usb").attribute("model", "qemu-xhci");
        return withAddress(controller, address).toXml();
    }
    XmlFragment rng("rng");
    rng.attribute("model", "virtio");
    rng.child(XmlFragment("backend").attribute("model", "random").text(QStringLiteral("/dev/urandom")));
    return withAddress(rng, address).toXml();
}

} // namespace pcitopo::DeviceCatalogue
