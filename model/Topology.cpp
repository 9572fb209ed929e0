#include "Topology.h"
#include "TopologyChange.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pcitopo {

PciAddress pciAddressOf(const XmlNode &element)
{
    return {PciAddress::parseAttribute(element.attributeView("domain")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("bus")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("slot")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("function")).value_or(0)};
}

namespace {

/** One translation context for the whole file, the same for lupdate and at run time. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::Topology)
};

MachineFamily familyOf(const QString &domainType, const QString &arch, const QString &machine)
{
    if (domainType == QLatin1String("xen"))
        return MachineFamily::Xen;
    if (arch == QLatin1String("x86_64") || arch == QLatin1String("i686") || arch.isEmpty()) {
        if (machine.contains(QLatin1String("q35")))
            return MachineFamily::Q35;
        if (machine.isEmpty() || machine.startsWith(QLatin1String("pc")) || machine.startsWith(QLatin1String("rhel")))
            return MachineFamily::Pc;
        if (machine.startsWith(QLatin1String("xenfv")))
            return MachineFamily::Xen;
        return MachineFamily::Other;
    }
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("armv7l"))
        return machine.startsWith(QLatin1String("virt")) ? MachineFamily::ArmVirt : MachineFamily::Other;
    if (arch == QLatin1String("riscv64"))
        return machine.startsWith(QLatin1String("virt")) ? MachineFamily::RiscvVirt : MachineFamily::Other;
    if (arch.startsWith(QLatin1String("ppc64")))
        return machine.isEmpty() || machine.startsWith(QLatin1String("pseries")) ? MachineFamily::Pseries
                                                                                 : MachineFamily::Other;
    if (arch == QLatin1String("s390x"))
        return MachineFamily::S390;
    return MachineFamily::Other;
}

std::optional<int> intAttribute(const XmlNode &element, const char *name)
{
    if (!element || !element.hasAttribute(name))
        return std::nullopt;
    const std::optional<quint32> value = PciAddress::parseAttribute(element.attribute(name));
    if (!value || *value > 0x7fffffffu)
        return -1; // present but unreadable: rules report it
    return int(*value);
}

std::optional<bool> onOffAttribute(const XmlNode &element, const char *name)
{
    if (!element || !element.hasAttribute(name))
        return std::nullopt;
    return element.attribute(name) == QLatin1String("on");
}

/** Reads <address type='pci'> of an element; other address types go to *otherType. */
void readAddress(const XmlNode &element, std::optional<PciAddress> *address, bool *valid,
                 std::optional<bool> *multifunction, QString *otherType)
{
    const XmlNode node = element.firstChildElement("address");
    if (!node)
        return;
    if (node.attributeView("type") != "pci") {
        const QString type = node.attribute("type");
        *otherType = type.isNull() ? QStringLiteral("?") : type;
        return;
    }
    PciAddress result;
    const char *names[] = {"domain", "bus", "slot", "function"};
    quint32 *fields[] = {&result.domain, &result.bus, &result.slot, &result.function};
    for (int i = 0; i < 4; ++i) {
        std::optional<quint32> value;
        if (node.hasAttribute(names[i])) {
            const QByteArrayView view = node.attributeView(names[i]);
            // An empty value is invalid, unlike an absent one (A15).
            value = view.isEmpty() ? std::nullopt : PciAddress::parseAttribute(view);
        } else {
            value = 0u;
        }
        if (!value)
            *valid = false;
        else
            *fields[i] = *value;
    }
    if (*valid && result.domain == 0 && result.bus == 0 && result.slot == 0) {
        // libvirt reads domain = bus = slot = 0 as "assign an address for me"
        // (virPCIDeviceAddressIsEmpty), whatever the function.
        return;
    }
    *address = result;
    if (node.hasAttribute("multifunction"))
        *multifunction = node.attributeView("multifunction") == "on";
}

bool isTransitional(const QString &model)
{
    return model.endsWith(QLatin1String("-transitional")) && !model.endsWith(QLatin1String("non-transitional"));
}

/** virtio devices are PCIe with QEMU 7.2 (it has the non-transitional types), PCI when transitional. */
void setVirtio(Device &device, const QString &model)
{
    device.virtio = true;
    device.deviceClass = isTransitional(model) ? DeviceClass::PciEndpoint : DeviceClass::PcieEndpoint;
}

bool isVirtioModel(const QString &model)
{
    return model.isEmpty() || model.startsWith(QLatin1String("virtio"));
}

/** Fills class, model and label of a device element; false if it never takes a PCI address. */
bool classify(const XmlNode &element, MachineFamily family, Device &device)
{
    const QString name = element.name();
    device.element = name;
    device.deviceClass = DeviceClass::None;
    const bool pcie = Topology::isPcieMachine(family);
    const bool s390 = family == MachineFamily::S390;

    if (name == QLatin1String("disk")) {
        const XmlNode target = element.firstChildElement("target");
        const QString bus = target.attribute("bus");
        device.model = element.attribute("model");
        device.diskBus = bus;
        device.label = Text::tr("disk %1").arg(target.attribute("dev"));
        if (bus == QLatin1String("virtio") && !s390)
            setVirtio(device, device.model);
        if (!device.model.isEmpty())
            device.model = bus + QLatin1Char(' ') + device.model;
        else
            device.model = bus;
    } else if (name == QLatin1String("interface")) {
        const QString type = element.attribute("type");
        const QString mac = element.firstChildElement("mac").attribute("address");
        device.model = element.firstChildElement("model").attribute("type");
        device.label = mac.isEmpty() ? Text::tr("interface (%1)").arg(type) : Text::tr("interface %1").arg(mac);
        if (type == QLatin1String("hostdev")) {
            device.deviceClass = DeviceClass::Either;
            if (device.model.isEmpty())
                device.model = QStringLiteral("hostdev");
        } else if (device.model.isEmpty()) {
            // libvirt's default NIC: virtio on virt, s390 (CCW) and pseries, rtl8139 on x86.
            if (family == MachineFamily::ArmVirt || family == MachineFamily::RiscvVirt
                || family == MachineFamily::Pseries) {
                setVirtio(device, QString());
                device.model = QStringLiteral("virtio");
            } else if (!s390) {
                device.deviceClass = DeviceClass::PciEndpoint;
                device.model = QStringLiteral("rtl8139");
            }
        } else if (isVirtioModel(device.model)) {
            if (!s390)
                setVirtio(device, device.model);
        } else if (device.model == QLatin1String("e1000e") || device.model == QLatin1String("igb")) {
            device.deviceClass = DeviceClass::PcieEndpoint;
        } else if (device.model == QLatin1String("usb-net") || device.model == QLatin1String("spapr-vlan")
                   || device.model == QLatin1String("smc91c111") || device.model == QLatin1String("lan9118")) {
            device.deviceClass = DeviceClass::None;
        } else {
            device.deviceClass = DeviceClass::PciEndpoint;
        }
    } else if (name == QLatin1String("hostdev")) {
        const QString type = element.attribute("type");
        const XmlNode source = element.firstChildElement("source");
        if (type == QLatin1String("pci")) {
            const XmlNode host = source.firstChildElement("address");
            const PciAddress address = pciAddressOf(host);
            if (host)
                device.hostAddress = address;
            device.missingSource = !host;
            device.managed = element.attribute("managed") != QLatin1String("no");
            device.label = host ? Text::tr("hostdev %1").arg(address.toString()) : Text::tr("hostdev (no source)");
            device.model = QStringLiteral("vfio-pci");
            device.deviceClass = DeviceClass::Either;
            device.pciAddressOnly = true;
        } else if (type == QLatin1String("mdev")) {
            device.model = element.attribute("model");
            device.label = Text::tr("mdev %1").arg(source.firstChildElement("address").attribute("uuid"));
            if (device.model == QLatin1String("vfio-pci")) {
                device.deviceClass = DeviceClass::PcieEndpoint;
                device.pciAddressOnly = true;
            }
        } else if (type == QLatin1String("scsi_host")) {
            device.model = QStringLiteral("vhost-scsi");
            device.label = Text::tr("vhost-scsi %1").arg(source.attribute("wwpn"));
            if (!s390)
                setVirtio(device, element.attribute("model"));
        } else {
            device.label = Text::tr("hostdev (%1)").arg(type);
        }
    } else if (name == QLatin1String("controller")) {
        const QString type = element.attribute("type");
        const QString model = element.attribute("model");
        device.model = model;
        device.controllerType = type;
        device.controllerIndex = int(PciAddress::parseAttribute(element.attributeView("index")).value_or(0));
        device.controllerIndexAuto = !element.hasAttribute("index");
        device.label = element.hasAttribute("index")
            ? Text::tr("%1 controller %2").arg(type, element.attribute("index"))
            : Text::tr("%1 controller").arg(type); // libvirt picks the index
        if (type == QLatin1String("usb")) {
            if (model == QLatin1String("qemu-xhci") || model == QLatin1String("nec-xhci"))
                device.deviceClass = DeviceClass::PcieEndpoint;
            else if (model == QLatin1String("none") || model.startsWith(QLatin1String("qusb"))
                     || model == QLatin1String("usb-none") || s390)
                device.deviceClass = DeviceClass::None;
            else if (model.isEmpty() && (pcie || family == MachineFamily::Pseries))
                device.deviceClass = pcie ? DeviceClass::PcieEndpoint : DeviceClass::PciEndpoint;
            else
                device.deviceClass = DeviceClass::PciEndpoint;
        } else if (type == QLatin1String("scsi")) {
            if (model == QLatin1String("virtio-scsi") || isTransitional(model)
                || model.startsWith(QLatin1String("virtio"))) {
                if (!s390)
                    setVirtio(device, model);
            } else if (model == QLatin1String("ibmvscsi") || model == QLatin1String("ncr53c90")
                       || (model.isEmpty() && (family == MachineFamily::Pseries || s390))) {
                device.deviceClass = DeviceClass::None;
            } else {
                device.deviceClass = DeviceClass::PciEndpoint;
            }
        } else if (type == QLatin1String("sata") || type == QLatin1String("ide")) {
            device.deviceClass = DeviceClass::PciEndpoint;
        } else if (type == QLatin1String("virtio-serial")) {
            if (!s390)
                setVirtio(device, model);
        }
    } else if (name == QLatin1String("video")) {
        const QString type = element.firstChildElement("model").attribute("type");
        device.model = type;
        device.label = Text::tr("video (%1)").arg(type.isEmpty() ? Text::tr("default") : type);
        if (type == QLatin1String("virtio")) {
            if (!s390)
                setVirtio(device, QString());
        } else if (type == QLatin1String("bochs")) {
            device.deviceClass = DeviceClass::PcieEndpoint;
        } else if (type != QLatin1String("ramfb") && type != QLatin1String("none")) {
            device.deviceClass = DeviceClass::PciEndpoint;
        }
    } else if (name == QLatin1String("sound")) {
        device.model = element.attribute("model");
        device.label = Text::tr("sound (%1)").arg(device.model);
        if (device.model != QLatin1String("sb16") && device.model != QLatin1String("pcspk")
            && device.model != QLatin1String("usb"))
            device.deviceClass = DeviceClass::PciEndpoint;
    } else if (name == QLatin1String("watchdog")) {
        device.model = element.attribute("model");
        device.label = Text::tr("watchdog (%1)").arg(device.model);
        if (device.model == QLatin1String("i6300esb"))
            device.deviceClass = DeviceClass::PciEndpoint;
    } else if (name == QLatin1String("memballoon") || name == QLatin1String("rng") || name == QLatin1String("vsock")) {
        device.model = element.attribute("model");
        device.label = name;
        if (isVirtioModel(device.model) && !s390)
            setVirtio(device, device.model);
    } else if (name == QLatin1String("shmem")) {
        device.model = element.firstChildElement("model").attribute("type");
        device.label = Text::tr("shmem %1").arg(element.attribute("name"));
        device.deviceClass = DeviceClass::PciEndpoint;
    } else if (name == QLatin1String("input")) {
        device.model = element.attribute("type");
        device.label = Text::tr("input (%1)").arg(device.model);
        if (element.attribute("bus") == QLatin1String("virtio") && !s390)
            setVirtio(device, element.attribute("model"));
    } else if (name == QLatin1String("filesystem")) {
        const QString driver = element.firstChildElement("driver").attribute("type");
        device.model = driver.isEmpty() ? QStringLiteral("9p") : driver;
        device.label = Text::tr("filesystem %1").arg(element.firstChildElement("target").attribute("dir"));
        if ((driver.isEmpty() || driver == QLatin1String("path") || driver == QLatin1String("virtiofs")) && !s390)
            setVirtio(device, element.attribute("model"));
    } else if (name == QLatin1String("iommu")) {
        device.model = element.attribute("model");
        device.label = Text::tr("iommu (%1)").arg(device.model);
        if (device.model == QLatin1String("virtio")) {
            setVirtio(device, QString());
            device.integratedOnly = true;
        }
    } else if (name == QLatin1String("serial")) {
        const XmlNode target = element.firstChildElement("target");
        device.model = target.firstChildElement("model").attribute("name");
        if (device.model.isEmpty())
            device.model = target.attribute("type");
        device.label = Text::tr("serial %1").arg(target.attribute("port"));
        if (device.model == QLatin1String("pci-serial"))
            device.deviceClass = DeviceClass::PciEndpoint;
    } else if (name == QLatin1String("memory")) {
        device.model = element.attribute("model");
        device.label = Text::tr("memory (%1)").arg(device.model);
        if (device.model == QLatin1String("virtio-pmem") || device.model == QLatin1String("virtio-mem"))
            setVirtio(device, QString());
    } else if (name == QLatin1String("console")) {
        // A console mirrors a serial port (or is virtio-serial): it has no PCI slot of its own,
        // even when libvirt copies the serial's address into it.
        device.label = name;
        return false;
    } else {
        device.model = element.attribute("model");
        device.label = name;
    }
    if (device.label.isEmpty())
        device.label = name;
    return device.deviceClass != DeviceClass::None;
}

/**
 * What a <hostdev> takes from the host, as a comparable key; empty for other elements. A PCI
 * source's address also goes to *pci.
 */
QString hostdevKey(const XmlNode &element, std::optional<PciAddress> *pci)
{
    const bool hostdev = element.is("hostdev");
    const bool hostdevNet = element.is("interface") && element.attribute("type") == QLatin1String("hostdev");
    if (!hostdev && !hostdevNet)
        return QString();
    const XmlNode source = element.firstChildElement("source");
    const QString type = hostdev ? element.attribute("type") : QStringLiteral("pci");
    if (type == QLatin1String("pci")) {
        const XmlNode a = source.firstChildElement("address");
        if (!a)
            return QString();
        *pci = pciAddressOf(a);
        return QStringLiteral("pci ") + (*pci)->toString();
    }
    if (type == QLatin1String("scsi") && source.hasAttribute("protocol")) {
        // libvirt compares iSCSI sources by host and target name (virDomainHostdevMatch).
        const XmlNode host = source.firstChildElement("host");
        return QStringLiteral("%1 %2@%3:%4")
            .arg(source.attribute("protocol"), source.attribute("name"), host.attribute("name"),
                 host.attribute("port"));
    }
    if (type == QLatin1String("scsi")) {
        const XmlNode adapter = source.firstChildElement("adapter");
        const XmlNode a = source.firstChildElement("address");
        return QStringLiteral("scsi %1 %2:%3:%4")
            .arg(adapter.attribute("name"), a.attribute("bus"), a.attribute("target"), a.attribute("unit"));
    }
    if (type == QLatin1String("usb")) {
        const XmlNode a = source.firstChildElement("address");
        return QStringLiteral("usb %1:%2 %3.%4")
            .arg(source.firstChildElement("vendor").attribute("id"),
                 source.firstChildElement("product").attribute("id"), a.attribute("bus"), a.attribute("device"));
    }
    if (type == QLatin1String("mdev"))
        return QStringLiteral("mdev ") + source.firstChildElement("address").attribute("uuid");
    if (type == QLatin1String("scsi_host"))
        return QStringLiteral("scsi_host ") + source.attribute("wwpn");
    return QString();
}

} // namespace

QString Controller::label() const
{
    return QCoreApplication::translate("Topology", "%1 #%2")
        .arg(modelText.isEmpty() ? QStringLiteral("pci") : modelText, indexText);
}

bool Topology::isPcieMachine(MachineFamily family)
{
    return family == MachineFamily::Q35 || family == MachineFamily::ArmVirt || family == MachineFamily::RiscvVirt;
}

QString Topology::familyName(MachineFamily family)
{
    switch (family) {
    case MachineFamily::Pc: return QStringLiteral("pc (i440fx)");
    case MachineFamily::Q35: return QStringLiteral("q35");
    case MachineFamily::ArmVirt: return QStringLiteral("ARM virt");
    case MachineFamily::RiscvVirt: return QStringLiteral("RISC-V virt");
    case MachineFamily::Pseries: return QStringLiteral("pseries");
    case MachineFamily::S390: return QStringLiteral("s390x");
    case MachineFamily::Xen: return QStringLiteral("Xen HVM");
    case MachineFamily::Other: break;
    }
    return Text::tr("other");
}

ControllerModel Topology::controllerModelFromString(const QString &model)
{
    static const QHash<QString, ControllerModel> models = {
        {QStringLiteral("pci-root"), ControllerModel::PciRoot},
        {QStringLiteral("pcie-root"), ControllerModel::PcieRoot},
        {QStringLiteral("pci-bridge"), ControllerModel::PciBridge},
        {QStringLiteral("dmi-to-pci-bridge"), ControllerModel::DmiToPciBridge},
        {QStringLiteral("pcie-to-pci-bridge"), ControllerModel::PcieToPciBridge},
        {QStringLiteral("pcie-root-port"), ControllerModel::PcieRootPort},
        {QStringLiteral("pcie-switch-upstream-port"), ControllerModel::PcieSwitchUpstreamPort},
        {QStringLiteral("pcie-switch-downstream-port"), ControllerModel::PcieSwitchDownstreamPort},
        {QStringLiteral("pci-expander-bus"), ControllerModel::PciExpanderBus},
        {QStringLiteral("pcie-expander-bus"), ControllerModel::PcieExpanderBus},
    };
    return models.value(model, ControllerModel::Unknown);
}

QString Topology::controllerModelName(ControllerModel model)
{
    switch (model) {
    case ControllerModel::PciRoot: return QStringLiteral("pci-root");
    case ControllerModel::PcieRoot: return QStringLiteral("pcie-root");
    case ControllerModel::PciBridge: return QStringLiteral("pci-bridge");
    case ControllerModel::DmiToPciBridge: return QStringLiteral("dmi-to-pci-bridge");
    case ControllerModel::PcieToPciBridge: return QStringLiteral("pcie-to-pci-bridge");
    case ControllerModel::PcieRootPort: return QStringLiteral("pcie-root-port");
    case ControllerModel::PcieSwitchUpstreamPort: return QStringLiteral("pcie-switch-upstream-port");
    case ControllerModel::PcieSwitchDownstreamPort: return QStringLiteral("pcie-switch-downstream-port");
    case ControllerModel::PciExpanderBus: return QStringLiteral("pci-expander-bus");
    case ControllerModel::PcieExpanderBus: return QStringLiteral("pcie-expander-bus");
    case ControllerModel::Unknown: break;
    }
    return QString();
}

QString Topology::deviceClassName(DeviceClass deviceClass)
{
    switch (deviceClass) {
    case DeviceClass::PciEndpoint: return Text::tr("PCI endpoint");
    case DeviceClass::PcieEndpoint: return Text::tr("PCIe endpoint");
    case DeviceClass::Either: return Text::tr("PCI or PCIe (host device)");
    case DeviceClass::None: return Text::tr("not PCI");
    }
    return QString();
}

namespace {

/** What one <devices> child tells about the devices libvirt would add (Topology::Omissions). */
void noteOmissions(const XmlNode &element, Topology::Omissions &o)
{
    if (element.is("memballoon")) {
        o.memballoon = false;
    } else if (element.is("controller")) {
        const QByteArrayView type = element.attributeView("type");
        const std::optional<quint32> index = PciAddress::parseAttribute(element.attributeView("index"));
        if (type == "usb")
            o.usbController = false;
        else if (type == "sata" && index.value_or(0) == 0)
            o.sataController0 = false;
    } else if (element.is("disk") || element.is("hostdev")) {
        // The drive address names the controller; a SCSI disk without one gets controller
        // idx / 7 from its target name (virDomainDiskDefAssignAddress), a host device 0.
        const bool disk = element.is("disk");
        if (disk ? element.firstChildElement("target").attributeView("bus") != "scsi"
                 : (element.attributeView("type") != "scsi" || element.attributeView("mode") == "capabilities"))
            return;
        const XmlNode address = element.firstChildElement("address");
        int controller = 0;
        if (address.attributeView("type") == "drive") {
            controller = int(PciAddress::parseAttribute(address.attributeView("controller")).value_or(0));
        } else if (disk) {
            // virDiskNameToIndex: sda 0, sdz 25, sdaa 26.
            const QString dev = element.firstChildElement("target").attribute("dev");
            const qsizetype prefix = dev.startsWith(QLatin1String("xvd")) ? 3 : 2;
            int index = 0;
            for (qsizetype i = prefix; i < dev.size() && dev.at(i).isLower() && index < 100000; ++i)
                index = (index + (i == prefix ? 0 : 1)) * 26 + (dev.at(i).unicode() - 'a');
            controller = index / 7;
        }
        for (int i = 0; i <= std::min(controller, 255); ++i)
            if (!o.scsi.contains(i))
                o.scsi.append(i);
    } else if (element.is("smartcard")) {
        const XmlNode address = element.firstChildElement("address");
        const int index = address.attributeView("type") == "ccid"
            ? int(PciAddress::parseAttribute(address.attributeView("controller")).value_or(0))
            : 0;
        if (!o.ccid.contains(index))
            o.ccid.append(index);
    } else if (element.is("channel") || element.is("console")) {
        const XmlNode target = element.firstChildElement("target");
        if (target.attributeView("type") == "virtio") {
            const XmlNode address = element.firstChildElement("address");
            int index = 0;
            if (address.attributeView("type") == "virtio-serial")
                index = int(PciAddress::parseAttribute(address.attributeView("controller")).value_or(0));
            if (!o.virtioSerial.contains(index))
                o.virtioSerial.append(index);
        }
    }
}

/** Settles what needs the whole <devices> list: graphics without video, named serial controllers. */
void finishOmissions(const XmlNode &devices, Topology::Omissions &o)
{
    bool graphics = false, video = false;
    QList<int> serial, scsi, ccid; // the indexes the XML has
    for (XmlNode e = devices.firstChildElement(); e; e = e.nextSiblingElement()) {
        graphics = graphics || e.is("graphics");
        video = video || e.is("video");
        const QByteArrayView type = e.is("controller") ? e.attributeView("type") : QByteArrayView();
        const int index = int(PciAddress::parseAttribute(e.attributeView("index")).value_or(0));
        if (type == "virtio-serial")
            serial.append(index);
        else if (type == "scsi")
            scsi.append(index);
        else if (type == "ccid")
            ccid.append(index);
    }
    o.videoForGraphics = graphics && !video;
    o.virtioSerial.removeIf([&](int index) { return serial.contains(index); });
    std::sort(o.virtioSerial.begin(), o.virtioSerial.end());
    o.scsi.removeIf([&](int index) { return scsi.contains(index); });
    std::sort(o.scsi.begin(), o.scsi.end());
    o.ccid.removeIf([&](int index) { return ccid.contains(index); });
    std::sort(o.ccid.begin(), o.ccid.end());
}

/** What one <devices> child is to the index. */
struct ElementRead
{
    enum Kind { Nothing, ControllerNode, DeviceNode, ElementOnly } kind = Nothing;
    Controller controller;
    Device device; // without its key: that needs the device's ordinal
    std::optional<HostdevSource> hostdev;
    std::optional<ControllerElement> other;
};

/** Reads one <devices> child: a PCI controller, a device that has or may take a PCI address, … */
ElementRead readElement(const XmlNode &element, MachineFamily family)
{
    ElementRead read;
    const NodeId id(element.id());
    if (element.is("controller") && element.attributeView("type") == "pci") {
        Controller &controller = read.controller;
        read.kind = ElementRead::ControllerNode;
        controller.id = id;
        controller.line = element.line();
        controller.indexText = element.attribute("index");
        controller.index = intAttribute(element, "index").value_or(-1);
        controller.modelText = element.attribute("model");
        controller.model = Topology::controllerModelFromString(controller.modelText);
        controller.modelName = element.firstChildElement("model").attribute("name");
        QString otherAddress;
        readAddress(element, &controller.address, &controller.addressValid, &controller.multifunction, &otherAddress);
        controller.hasPciAddressElement = element.firstChildElement("address").attributeView("type") == "pci";
        const XmlNode target = element.firstChildElement("target");
        controller.chassisNr = intAttribute(target, "chassisNr");
        controller.chassis = intAttribute(target, "chassis");
        controller.port = intAttribute(target, "port");
        controller.busNr = intAttribute(target, "busNr");
        controller.targetIndex = intAttribute(target, "index");
        controller.hotplug = onOffAttribute(target, "hotplug");
        if (const XmlNode node = target.firstChildElement("node")) {
            bool ok = false;
            const int value = node.text().trimmed().toInt(&ok);
            controller.numaNode = ok ? value : -1;
        }
        return read;
    }
    if (element.is("controller")) {
        const std::optional<int> index = intAttribute(element, "index");
        read.other = ControllerElement{id, element.attribute("type"), element.attribute("model"), index.value_or(-1)};
    }
    Device &device = read.device;
    device.id = id;
    device.line = element.line();
    const bool takesPci = classify(element, family, device);
    readAddress(element, &device.address, &device.addressValid, &device.multifunction, &device.otherAddressType);
    if (const XmlNode zpci = element.firstChildElement("address").firstChildElement("zpci")) {
        for (const auto &[name, field] : {std::pair{"uid", &device.zpciUid}, std::pair{"fid", &device.zpciFid}}) {
            if (!zpci.hasAttribute(name))
                continue;
            const std::optional<quint32> value = PciAddress::parseAttribute(zpci.attributeView(name));
            if (value)
                *field = *value;
            else
                device.zpciValid = false;
        }
    }
    std::optional<PciAddress> pci;
    if (const QString key = hostdevKey(element, &pci); !key.isEmpty())
        read.hostdev = HostdevSource{id, key, device.label, element.line(), pci};
    // 'unassigned' keeps a host device in the XML without giving it to the guest.
    const bool wrongAddressType = device.pciAddressOnly && !device.otherAddressType.isEmpty()
        && device.otherAddressType != QLatin1String("unassigned");
    if (!device.otherAddressType.isEmpty() && !wrongAddressType)
        device.deviceClass = DeviceClass::None; // explicitly placed elsewhere (ccw, mmio, …)
    if (element.is("console"))
        return read;
    if (!device.address && !wrongAddressType && (!takesPci || !device.otherAddressType.isEmpty())) {
        if (element.is("controller"))
            read.kind = ElementRead::ElementOnly;
        return read;
    }
    read.kind = ElementRead::DeviceNode;
    return read;
}

/**
 * Whether an element tells something about the whole domain (Topology::Omissions, an IDE
 * disk, USB controller 0, …) through its attributes. An edit of other elements is indexed by
 * re-reading them alone (Topology::update).
 */
bool contributesToDomain(const XmlNode &e)
{
    // Which elements exist (a <memballoon>, <graphics>, <video>) matters too, but an element
    // that is only edited stays.
    if (e.is("smartcard") || e.is("channel") || e.is("console"))
        return true;
    if (e.is("controller"))
        return e.attributeView("type") != "pci";
    if (e.is("disk"))
        return e.firstChildElement("target").attributeView("bus") == "ide"
            || e.firstChildElement("target").attributeView("bus") == "scsi"
            || e.firstChildElement("address").attributeView("type") == "drive";
    if (e.is("hostdev"))
        return e.attributeView("type") == "scsi" || e.firstChildElement("address").attributeView("type") == "drive";
    return false;
}

/** Device::key: the device's identity in the XML, or the n-th of its kind. */
QString deviceKey(const XmlNode &e, const Device &d, int n)
{
    QString identity;
    if (d.element == QLatin1String("disk"))
        identity = e.firstChildElement("target").attribute("dev");
    else if (d.element == QLatin1String("interface"))
        identity = e.firstChildElement("mac").attribute("address").toLower();
    else if (d.element == QLatin1String("hostdev") && d.hostAddress)
        identity = d.hostAddress->toString();
    else if (d.element == QLatin1String("controller") && !d.controllerIndexAuto)
        identity = d.controllerType + QLatin1Char(' ') + QString::number(d.controllerIndex);
    return d.element + QLatin1Char(' ') + (identity.isEmpty() ? QStringLiteral("#%1").arg(n) : identity);
}

/** The constraints of <metadata><pcitopo:placement>; unknown values are ignored. */
QList<PlacementConstraint> readConstraints(const XmlNode &metadata)
{
    QList<PlacementConstraint> result;
    for (XmlNode block = metadata.firstChildElement(); block; block = block.nextSiblingElement()) {
        if (block.localName() != QLatin1String("placement")
            || block.namespaceUri() != QLatin1String(PlacementNamespace))
            continue;
        for (XmlNode e = block.firstChildElement(); e; e = e.nextSiblingElement()) {
            if (e.localName() != QLatin1String("device") || e.attribute("key").isEmpty())
                continue;
            PlacementConstraint c;
            c.device = e.attribute("key");
            c.hotplug = e.attribute("hotplug") == QLatin1String("yes");
            const QString bus = e.attribute("bus");
            c.bus = bus == QLatin1String("pcie") ? PlacementConstraint::Bus::Pcie
                : bus == QLatin1String("pci")    ? PlacementConstraint::Bus::Pci
                                                 : PlacementConstraint::Bus::Any;
            bool ok = false;
            const int node = e.attribute("numa-node").toInt(&ok);
            c.numaNode = ok && node >= 0 ? node : -1;
            c.controller = Topology::controllerModelFromString(e.attribute("controller"));
            if (!c.isEmpty())
                result.append(c);
        }
    }
    return result;
}

} // namespace

const PlacementConstraint *Topology::constraintFor(const Device &device) const
{
    for (const PlacementConstraint &c : m_constraints)
        if (c.device == device.key)
            return &c;
    return nullptr;
}

Topology Topology::build(const XmlDocument &document)
{
    Topology topology;
    const XmlNode domain = document.root();
    topology.m_domainType = domain.attribute("type");
    topology.m_domainName = domain.firstChildElement("name").text().trimmed();
    const XmlNode osType = domain.firstChildElement("os").firstChildElement("type");
    topology.m_arch = osType.attribute("arch");
    topology.m_machine = osType.attribute("machine");
    topology.m_family = familyOf(topology.m_domainType, topology.m_arch, topology.m_machine);
    topology.m_numaCells = domain.firstChildElement("cpu").firstChildElement("numa").childElements("cell").size();

    topology.m_hasAcpi = bool(domain.firstChildElement("features").firstChildElement("acpi"));
    const XmlNode devices = domain.firstChildElement("devices");
    QHash<QString, int> ordinal; // per element name, for Device::key
    for (XmlNode element = devices.firstChildElement(); element; element = element.nextSiblingElement()) {
        const NodeId id(element.id());
        if (contributesToDomain(element))
            topology.m_domainFacts.insert(id);
        if (element.is("disk") && element.firstChildElement("target").attributeView("bus") == "ide")
            topology.m_hasIdeDisk = true;
        noteOmissions(element, topology.m_omissions);
        if (element.is("controller") && element.attributeView("type") == "usb"
            && PciAddress::parseAttribute(element.attributeView("index")).value_or(1) == 0) {
            const QByteArrayView model = element.attributeView("model");
            topology.m_hasDefaultUsb = model.isEmpty() || model == "piix3-uhci";
        }
        ElementRead read = readElement(element, topology.m_family);
        if (read.other)
            topology.m_otherControllers.append(*read.other);
        if (read.hostdev)
            topology.m_hostdevs.append(*read.hostdev);
        switch (read.kind) {
        case ElementRead::ControllerNode:
            topology.m_refs.insert(id, {NodeRef::ControllerNode, int(topology.m_controllers.size())});
            topology.m_elements.insert(id, element);
            topology.m_controllers.append(read.controller);
            break;
        case ElementRead::DeviceNode: {
            const int n = ++ordinal[read.device.element];
            topology.m_ordinals.insert(id, n);
            read.device.key = deviceKey(element, read.device, n);
            topology.m_refs.insert(id, {NodeRef::DeviceNode, int(topology.m_devices.size())});
            topology.m_elements.insert(id, element);
            topology.m_devices.append(read.device);
            break;
        }
        case ElementRead::ElementOnly: topology.m_elements.insert(id, element); break;
        case ElementRead::Nothing: break;
        }
    }

    // A controller without index gets the lowest unused one, in document order (libvirt's
    // virDomainControllerFindUnusedIndex at post-parse).
    {
        QSet<int> used;
        for (const Controller &c : std::as_const(topology.m_controllers))
            used.insert(c.index);
        for (Controller &c : topology.m_controllers) {
            if (!c.indexText.isNull())
                continue;
            int index = 0;
            while (used.contains(index))
                ++index;
            used.insert(index);
            c.index = index;
            c.indexAuto = true;
            c.indexText = QString::number(index);
        }
    }

    // libvirt adds the root when the XML has none (§1.1); show it so the tree has its trunk.
    const bool hasRoot = std::any_of(topology.m_controllers.cbegin(), topology.m_controllers.cend(),
                                     [](const Controller &c) { return c.index == 0; });
    const bool hasPci = topology.m_family != MachineFamily::Other
        && (topology.m_family != MachineFamily::S390 || !topology.m_devices.isEmpty());
    if (!hasRoot && hasPci) {
        Controller root;
        root.id = NodeId::implicit(0);
        root.index = 0;
        root.indexText = QStringLiteral("0");
        root.implicit = true;
        root.model = isPcieMachine(topology.m_family) ? ControllerModel::PcieRoot : ControllerModel::PciRoot;
        root.modelText = controllerModelName(root.model);
        if (topology.m_family == MachineFamily::Pseries) {
            root.modelName = QStringLiteral("spapr-pci-host-bridge");
            root.targetIndex = 0;
        }
        topology.m_refs.insert(root.id, {NodeRef::ControllerNode, int(topology.m_controllers.size())});
        topology.m_controllers.append(root);
    }
    finishOmissions(devices, topology.m_omissions);
    topology.m_constraints = readConstraints(domain.firstChildElement("metadata"));
    topology.index();
    return topology;
}

bool Topology::update(const XmlDocument &document, const TopologyChange &change)
{
    if (change.kind == TopologyChange::NodesRemoved) {
        for (NodeId id : change.nodes)
            if (!removeDevice(id))
                return false;
        return true;
    }
    if (change.kind == TopologyChange::NodesAdded) {
        for (NodeId id : change.nodes)
            if (!addDevice(document, id))
                return false;
        return true;
    }
    if (!change.isLocal())
        return false;
    for (NodeId id : change.nodes) {
        const NodeRef ref = m_refs.value(id);
        const XmlNode element = m_elements.value(id);
        if (ref.kind == NodeRef::None || !element)
            return false;
        // What an element tells about the domain comes from its type, model, index, target and
        // non-PCI address, never from its PCI address: a move changes none of it.
        if (change.kind != TopologyChange::NodesMoved && (m_domainFacts.contains(id) || contributesToDomain(element)))
            return false; // a domain-wide fact may change: the caller builds anew
        ElementRead read = readElement(element, m_family);
        if ((ref.kind == NodeRef::ControllerNode) != (read.kind == ElementRead::ControllerNode)
            || (ref.kind == NodeRef::DeviceNode) != (read.kind == ElementRead::DeviceNode))
            return false; // it stops or starts being a node: later ordinals and rows shift
        std::optional<PciAddress> before;
        if (ref.kind == NodeRef::ControllerNode) {
            Controller &old = m_controllers[ref.row];
            // Another index moves what hangs from the bus and may change automatic indexes.
            if (old.indexAuto || read.controller.indexText != old.indexText)
                return false;
            before = old.address;
            old = read.controller;
        } else {
            Device &old = m_devices[ref.row];
            const bool hostdev = std::any_of(m_hostdevs.cbegin(), m_hostdevs.cend(),
                                             [id](const HostdevSource &h) { return h.id == id; });
            const bool other = std::any_of(m_otherControllers.cbegin(), m_otherControllers.cend(),
                                           [id](const ControllerElement &c) { return c.id == id; });
            if (read.device.element != old.element || hostdev != read.hostdev.has_value()
                || other != read.other.has_value())
                return false;
            before = old.address;
            read.device.key = deviceKey(element, read.device, m_ordinals.value(id));
            old = read.device;
            for (HostdevSource &h : m_hostdevs)
                if (h.id == id)
                    h = *read.hostdev;
            for (ControllerElement &c : m_otherControllers)
                if (c.id == id)
                    c = *read.other;
        }
        const std::optional<PciAddress> after = addressOf(id);
        if (before == after)
            continue;
        removeFromBus(id, before);
        addToBus(id, after);
    }
    return true;
}

void Topology::removeFromBus(NodeId id, const std::optional<PciAddress> &address)
{
    if (!address)
        return;
    auto it = m_byBus.find(int(address->bus));
    it->removeOne(id);
    if (it->isEmpty())
        m_byBus.erase(it);
}

void Topology::addToBus(NodeId id, const std::optional<PciAddress> &address)
{
    if (!address)
        return;
    QList<NodeId> &bus = m_byBus[int(address->bus)];
    bus.insert(std::lower_bound(bus.begin(), bus.end(), id, [this](NodeId a, NodeId b) { return busOrder(a, b); }), id);
}

namespace {

/** Whether adding or removing this element changes what the index knows of the whole domain. */
bool presenceTellsAboutDomain(const XmlNode &e)
{
    return contributesToDomain(e) || e.is("memballoon") || e.is("graphics") || e.is("video")
        || (e.is("disk") && e.firstChildElement("target").attributeView("bus") == "ide");
}

} // namespace

void Topology::renumber(const QString &element, int fromRow)
{
    int n = 0;
    for (int row = 0; row < m_devices.size(); ++row) {
        Device &d = m_devices[row];
        if (d.element != element)
            continue;
        ++n;
        if (row < fromRow || m_ordinals.value(d.id) == n)
            continue;
        m_ordinals[d.id] = n;
        d.key = deviceKey(m_elements.value(d.id), d, n);
    }
}

bool Topology::removeDevice(NodeId id)
{
    const NodeRef ref = m_refs.value(id);
    const XmlNode element = m_elements.value(id);
    // A controller takes its buses with it; S390 has a root only while it has devices.
    if (ref.kind != NodeRef::DeviceNode || !element || presenceTellsAboutDomain(element)
        || m_family == MachineFamily::S390)
        return false;
    const Device removed = m_devices.takeAt(ref.row);
    m_refs.remove(id);
    for (auto it = m_refs.begin(); it != m_refs.end(); ++it)
        if (it->kind == NodeRef::DeviceNode && it->row > ref.row)
            --it->row;
    m_elements.remove(id);
    m_ordinals.remove(id);
    m_hostdevs.removeIf([id](const HostdevSource &h) { return h.id == id; });
    removeFromBus(id, removed.address);
    renumber(removed.element, ref.row);
    return true;
}

bool Topology::addDevice(const XmlDocument &document, NodeId id)
{
    // Where it is among <devices>: the devices and host devices before it fix its rows.
    const XmlNode devices = document.root().firstChildElement("devices");
    int row = 0;
    int hostdevRow = 0;
    XmlNode element;
    QSet<NodeId> hostdevs;
    for (const HostdevSource &h : std::as_const(m_hostdevs))
        hostdevs.insert(h.id);
    for (XmlNode e = devices.firstChildElement(); e; e = e.nextSiblingElement()) {
        const NodeId other(e.id());
        if (other == id) {
            element = e;
            break;
        }
        if (m_refs.value(other).kind == NodeRef::DeviceNode)
            ++row;
        if (hostdevs.contains(other))
            ++hostdevRow;
    }
    if (!element || m_refs.contains(id) || presenceTellsAboutDomain(element) || m_family == MachineFamily::S390)
        return false;
    ElementRead read = readElement(element, m_family);
    if (read.kind != ElementRead::DeviceNode || read.other)
        return false;
    for (auto it = m_refs.begin(); it != m_refs.end(); ++it)
        if (it->kind == NodeRef::DeviceNode && it->row >= row)
            ++it->row;
    m_refs.insert(id, {NodeRef::DeviceNode, row});
    m_elements.insert(id, element);
    m_devices.insert(row, read.device);
    if (read.hostdev)
        m_hostdevs.insert(hostdevRow, *read.hostdev);
    m_ordinals.insert(id, 0);
    renumber(read.device.element, row);
    addToBus(id, read.device.address);
    return true;
}

int Topology::numaNodeOfBus(int index) const
{
    const Controller *bus = controllerByIndex(index);
    for (int depth = 0; bus && depth < 256; ++depth) { // depth: a cycle of parents ends too
        if (bus->numaNode && *bus->numaNode >= 0)
            return *bus->numaNode;
        if (!bus->address)
            return -1;
        bus = controllerByIndex(int(bus->address->bus));
    }
    return -1;
}

Topology Topology::withoutAddresses() const
{
    Topology t = *this;
    for (Controller &c : t.m_controllers) {
        c.address.reset();
        c.multifunction.reset();
        c.hasPciAddressElement = false;
    }
    for (Device &d : t.m_devices) {
        if (d.otherAddressType.isEmpty()) {
            d.address.reset();
            d.multifunction.reset();
        }
    }
    t.index();
    return t;
}

void Topology::index()
{
    m_byBus.clear();
    m_controllerByIndex.clear();
    for (int row = 0; row < m_controllers.size(); ++row) {
        if (!m_controllerByIndex.contains(m_controllers[row].index))
            m_controllerByIndex.insert(m_controllers[row].index, row);
    }
    auto add = [this](NodeId id, const std::optional<PciAddress> &address) {
        if (address)
            m_byBus[int(address->bus)].append(id);
    };
    for (const Controller &c : std::as_const(m_controllers))
        add(c.id, c.address);
    for (const Device &d : std::as_const(m_devices))
        add(d.id, d.address);
    for (auto it = m_byBus.begin(); it != m_byBus.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](NodeId a, NodeId b) { return busOrder(a, b); });
    }
}

bool Topology::busOrder(NodeId a, NodeId b) const
{
    const PciAddress pa = *addressOf(a);
    const PciAddress pb = *addressOf(b);
    return std::tie(pa.slot, pa.function, a) < std::tie(pb.slot, pb.function, b);
}

QList<const Controller *> Topology::roots() const
{
    QList<const Controller *> roots;
    QSet<int> seen;
    for (const Controller &c : m_controllers) {
        if (!c.address && (c.isRoot() || c.index == 0) && !seen.contains(c.index)) {
            seen.insert(c.index);
            roots.append(&c);
        }
    }
    std::sort(roots.begin(), roots.end(), [](const Controller *a, const Controller *b) { return a->index < b->index; });
    return roots;
}

const Controller *Topology::controllerByIndex(int index) const
{
    const auto it = m_controllerByIndex.constFind(index);
    return it == m_controllerByIndex.cend() ? nullptr : &m_controllers[*it];
}

const Controller *Topology::controller(NodeId id) const
{
    const NodeRef ref = m_refs.value(id);
    return ref.kind == NodeRef::ControllerNode ? &m_controllers[ref.row] : nullptr;
}

const Device *Topology::device(NodeId id) const
{
    const NodeRef ref = m_refs.value(id);
    return ref.kind == NodeRef::DeviceNode ? &m_devices[ref.row] : nullptr;
}

std::optional<PciAddress> Topology::addressOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return c->address;
    if (const Device *d = device(id))
        return d->address;
    return std::nullopt;
}

QString Topology::labelOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return c->label();
    if (const Device *d = device(id))
        return d->label;
    if (const XmlNode e = element(id)) // a controller that takes no PCI address
        return e.hasAttribute("index") ? Text::tr("%1 controller %2").arg(e.attribute("type"), e.attribute("index"))
                                       : Text::tr("%1 controller").arg(e.attribute("type"));
    return QString();
}

QString Topology::keyOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return QStringLiteral("controller pci ") + (c->index >= 0 ? QString::number(c->index) : c->indexText);
    if (const Device *d = device(id))
        return d->key;
    if (const XmlNode e = element(id)) // a controller that takes no PCI address
        return QStringLiteral("controller %1 %2").arg(e.attribute("type"), e.attribute("index"));
    return QString();
}

QList<NodeId> Topology::nodesAt(const PciAddress &address) const
{
    QList<NodeId> result;
    for (NodeId id : m_byBus.value(int(address.bus))) {
        if (addressOf(id) == address)
            result.append(id);
    }
    return result;
}

} // namespace pcitopo
