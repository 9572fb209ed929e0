// What each <devices> child is on the PCI side: its class (PCI or PCIe endpoint, either, none),
// model and label, one small reader per element in a table. The classes follow QEMU 7.2 and
// libvirt 9.0 (reference §2, §4).
#include "ElementReader.h"

#include <QSet>

namespace pcitopo::detail {

namespace {

struct Context
{
    const XmlNode &element;
    MachineFamily family;
    bool pcie; // a PCIe machine (q35, virt)
    bool s390; // virtio is CCW there, never PCI, unless an address says otherwise
};

using Classifier = void (*)(const Context &, Device &);

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

/** A set of model names, for the readers below. */
QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *name : list)
        set.insert(QLatin1String(name));
    return set;
}

void disk(const Context &c, Device &device)
{
    const XmlNode target = c.element.firstChildElement("target");
    const QString bus = target.attribute("bus");
    device.model = c.element.attribute("model");
    device.diskBus = bus;
    device.label = Text::tr("disk %1").arg(target.attribute("dev"));
    if (bus == QLatin1String("virtio") && !c.s390)
        setVirtio(device, device.model);
    device.model = device.model.isEmpty() ? bus : bus + QLatin1Char(' ') + device.model;
}

void interface(const Context &c, Device &device)
{
    static const QSet<QString> pcieModels = names({"e1000e", "igb"});
    static const QSet<QString> notPci = names({"usb-net", "spapr-vlan", "smc91c111", "lan9118"});
    const QString type = c.element.attribute("type");
    const QString mac = c.element.firstChildElement("mac").attribute("address");
    device.model = c.element.firstChildElement("model").attribute("type");
    device.label = mac.isEmpty() ? Text::tr("interface (%1)").arg(type) : Text::tr("interface %1").arg(mac);
    if (type == QLatin1String("hostdev")) {
        device.deviceClass = DeviceClass::Either;
        if (device.model.isEmpty())
            device.model = QStringLiteral("hostdev");
    } else if (device.model.isEmpty()) {
        // libvirt's default NIC: virtio on virt, s390 (CCW) and pseries, rtl8139 on x86.
        if (c.family == MachineFamily::ArmVirt || c.family == MachineFamily::RiscvVirt
            || c.family == MachineFamily::Pseries) {
            setVirtio(device, QString());
            device.model = QStringLiteral("virtio");
        } else if (!c.s390) {
            device.deviceClass = DeviceClass::PciEndpoint;
            device.model = QStringLiteral("rtl8139");
        }
    } else if (isVirtioModel(device.model)) {
        if (!c.s390)
            setVirtio(device, device.model);
    } else if (pcieModels.contains(device.model)) {
        device.deviceClass = DeviceClass::PcieEndpoint;
    } else if (!notPci.contains(device.model)) {
        device.deviceClass = DeviceClass::PciEndpoint;
    }
}

void hostdev(const Context &c, Device &device)
{
    const QString type = c.element.attribute("type");
    const XmlNode source = c.element.firstChildElement("source");
    if (type == QLatin1String("pci")) {
        const XmlNode host = source.firstChildElement("address");
        const PciAddress address = pciAddressOf(host);
        if (host)
            device.hostAddress = address;
        device.missingSource = !host;
        device.managed = c.element.attribute("managed") != QLatin1String("no");
        device.label = host ? Text::tr("hostdev %1").arg(address.toString()) : Text::tr("hostdev (no source)");
        device.model = QStringLiteral("vfio-pci");
        device.deviceClass = DeviceClass::Either;
        device.pciAddressOnly = true;
    } else if (type == QLatin1String("mdev")) {
        device.model = c.element.attribute("model");
        device.label = Text::tr("mdev %1").arg(source.firstChildElement("address").attribute("uuid"));
        if (device.model == QLatin1String("vfio-pci")) {
            device.deviceClass = DeviceClass::PcieEndpoint;
            device.pciAddressOnly = true;
        }
    } else if (type == QLatin1String("scsi_host")) {
        device.model = QStringLiteral("vhost-scsi");
        device.label = Text::tr("vhost-scsi %1").arg(source.attribute("wwpn"));
        if (!c.s390)
            setVirtio(device, c.element.attribute("model"));
    } else {
        device.label = Text::tr("hostdev (%1)").arg(type);
    }
}

DeviceClass usbControllerClass(const Context &c, const QString &model)
{
    if (model == QLatin1String("qemu-xhci") || model == QLatin1String("nec-xhci"))
        return DeviceClass::PcieEndpoint;
    if (model == QLatin1String("none") || model.startsWith(QLatin1String("qusb")) || model == QLatin1String("usb-none")
        || c.s390)
        return DeviceClass::None;
    if (model.isEmpty() && (c.pcie || c.family == MachineFamily::Pseries))
        return c.pcie ? DeviceClass::PcieEndpoint : DeviceClass::PciEndpoint;
    return DeviceClass::PciEndpoint;
}

void controller(const Context &c, Device &device)
{
    const QString type = c.element.attribute("type");
    const QString model = c.element.attribute("model");
    device.model = model;
    device.controllerType = type;
    device.controllerIndex = int(PciAddress::parseAttribute(c.element.attributeView("index")).value_or(0));
    device.controllerIndexAuto = !c.element.hasAttribute("index");
    device.label = c.element.hasAttribute("index")
        ? Text::tr("%1 controller %2").arg(type, c.element.attribute("index"))
        : Text::tr("%1 controller").arg(type); // libvirt picks the index
    if (type == QLatin1String("usb")) {
        device.deviceClass = usbControllerClass(c, model);
    } else if (type == QLatin1String("scsi")) {
        if (model.startsWith(QLatin1String("virtio")) || isTransitional(model)) {
            if (!c.s390)
                setVirtio(device, model);
        } else if (model == QLatin1String("ibmvscsi") || model == QLatin1String("ncr53c90")
                   || (model.isEmpty() && (c.family == MachineFamily::Pseries || c.s390))) {
            device.deviceClass = DeviceClass::None;
        } else {
            device.deviceClass = DeviceClass::PciEndpoint;
        }
    } else if (type == QLatin1String("sata") || type == QLatin1String("ide")) {
        device.deviceClass = DeviceClass::PciEndpoint;
    } else if (type == QLatin1String("virtio-serial")) {
        if (!c.s390)
            setVirtio(device, model);
    }
}

void video(const Context &c, Device &device)
{
    const QString type = c.element.firstChildElement("model").attribute("type");
    device.model = type;
    device.label = Text::tr("video (%1)").arg(type.isEmpty() ? Text::tr("default") : type);
    if (type == QLatin1String("virtio")) {
        if (!c.s390)
            setVirtio(device, QString());
    } else if (type == QLatin1String("bochs")) {
        device.deviceClass = DeviceClass::PcieEndpoint;
    } else if (type != QLatin1String("ramfb") && type != QLatin1String("none")) {
        device.deviceClass = DeviceClass::PciEndpoint;
    }
}

void sound(const Context &c, Device &device)
{
    static const QSet<QString> notPci = names({"sb16", "pcspk", "usb"});
    device.model = c.element.attribute("model");
    device.label = Text::tr("sound (%1)").arg(device.model);
    if (!notPci.contains(device.model))
        device.deviceClass = DeviceClass::PciEndpoint;
}

void watchdog(const Context &c, Device &device)
{
    device.model = c.element.attribute("model");
    device.label = Text::tr("watchdog (%1)").arg(device.model);
    if (device.model == QLatin1String("i6300esb"))
        device.deviceClass = DeviceClass::PciEndpoint;
}

/** memballoon, rng, vsock: virtio unless their model says otherwise. */
void virtioByModel(const Context &c, Device &device)
{
    device.model = c.element.attribute("model");
    device.label = c.element.name();
    if (isVirtioModel(device.model) && !c.s390)
        setVirtio(device, device.model);
}

void shmem(const Context &c, Device &device)
{
    device.model = c.element.firstChildElement("model").attribute("type");
    device.label = Text::tr("shmem %1").arg(c.element.attribute("name"));
    device.deviceClass = DeviceClass::PciEndpoint;
}

void input(const Context &c, Device &device)
{
    device.model = c.element.attribute("type");
    device.label = Text::tr("input (%1)").arg(device.model);
    if (c.element.attribute("bus") == QLatin1String("virtio") && !c.s390)
        setVirtio(device, c.element.attribute("model"));
}

void filesystem(const Context &c, Device &device)
{
    const QString driver = c.element.firstChildElement("driver").attribute("type");
    device.model = driver.isEmpty() ? QStringLiteral("9p") : driver;
    device.label = Text::tr("filesystem %1").arg(c.element.firstChildElement("target").attribute("dir"));
    if ((driver.isEmpty() || driver == QLatin1String("path") || driver == QLatin1String("virtiofs")) && !c.s390)
        setVirtio(device, c.element.attribute("model"));
}

void iommu(const Context &c, Device &device)
{
    device.model = c.element.attribute("model");
    device.label = Text::tr("iommu (%1)").arg(device.model);
    if (device.model == QLatin1String("virtio")) {
        setVirtio(device, QString());
        device.integratedOnly = true;
    }
}

void serial(const Context &c, Device &device)
{
    const XmlNode target = c.element.firstChildElement("target");
    device.model = target.firstChildElement("model").attribute("name");
    if (device.model.isEmpty())
        device.model = target.attribute("type");
    device.label = Text::tr("serial %1").arg(target.attribute("port"));
    if (device.model == QLatin1String("pci-serial"))
        device.deviceClass = DeviceClass::PciEndpoint;
}

void memory(const Context &c, Device &device)
{
    device.model = c.element.attribute("model");
    device.label = Text::tr("memory (%1)").arg(device.model);
    if (device.model == QLatin1String("virtio-pmem") || device.model == QLatin1String("virtio-mem"))
        setVirtio(device, QString());
}

/**
 * A console mirrors a serial port (or is virtio-serial): it has no PCI slot of its own, even
 * when libvirt copies the serial's address into it.
 */
void console(const Context &c, Device &device)
{
    device.label = c.element.name();
}

/** Any other element: its model attribute, never PCI. */
void other(const Context &c, Device &device)
{
    device.model = c.element.attribute("model");
    device.label = c.element.name();
}

const QHash<QString, Classifier> &classifiers()
{
    static const QHash<QString, Classifier> table{
        {QStringLiteral("disk"), disk},
        {QStringLiteral("interface"), interface},
        {QStringLiteral("hostdev"), hostdev},
        {QStringLiteral("controller"), controller},
        {QStringLiteral("video"), video},
        {QStringLiteral("sound"), sound},
        {QStringLiteral("watchdog"), watchdog},
        {QStringLiteral("memballoon"), virtioByModel},
        {QStringLiteral("rng"), virtioByModel},
        {QStringLiteral("vsock"), virtioByModel},
        {QStringLiteral("shmem"), shmem},
        {QStringLiteral("input"), input},
        {QStringLiteral("filesystem"), filesystem},
        {QStringLiteral("iommu"), iommu},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("memory"), memory},
        {QStringLiteral("console"), console},
    };
    return table;
}

} // namespace

bool classify(const XmlNode &element, MachineFamily family, Device &device)
{
    const QString name = element.name();
    device.element = name;
    device.deviceClass = DeviceClass::None;
    const Context context{element, family, Topology::isPcieMachine(family), family == MachineFamily::S390};
    classifiers().value(name, other)(context, device);
    if (device.label.isEmpty())
        device.label = name;
    return device.deviceClass != DeviceClass::None;
}

} // namespace pcitopo::detail
