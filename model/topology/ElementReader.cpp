// Reading one <devices> child for the topology index.
#include "ElementReader.h"

namespace pcitopo {

PciAddress pciAddressOf(const XmlNode &element)
{
    return {PciAddress::parseAttribute(element.attributeView("domain")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("bus")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("slot")).value_or(0),
            PciAddress::parseAttribute(element.attributeView("function")).value_or(0)};
}

namespace detail {

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

} // namespace detail

} // namespace pcitopo
