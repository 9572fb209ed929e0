#include "HostInventory.h"

#include "../Topology.h"
#include "../xml/XmlDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace pcitopo {

namespace {

/** One translation context for the whole file, the same for lupdate and at run time. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::HostInventory)
};

QList<PciAddress> addressesIn(const XmlNode &element)
{
    QList<PciAddress> addresses;
    for (const XmlNode &a : element.childElements("address"))
        addresses.append(pciAddressOf(a));
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

std::optional<quint32> numberIn(const XmlNode &parent, const char *name)
{
    const XmlNode element = parent.firstChildElement(name);
    return element ? PciAddress::parseAttribute(element.text().trimmed()) : std::nullopt;
}

/** "16 GT/s x16": libvirt writes the speed in GT/s ("2.5", "5", "8", "16", "32"). */
QString linkText(const XmlNode &link)
{
    return QStringLiteral("%1 GT/s x%2").arg(link.attribute("speed"), link.attribute("width"));
}

} // namespace

QString HostDevice::className() const
{
    switch (classCode >> 8) {
    case 0x0100: return Text::tr("SCSI controller");
    case 0x0106: return Text::tr("SATA controller");
    case 0x0108: return Text::tr("NVMe controller");
    case 0x0200: return Text::tr("Ethernet controller");
    case 0x0207: return Text::tr("InfiniBand controller");
    case 0x0300: return Text::tr("VGA compatible controller");
    case 0x0302: return Text::tr("3D controller");
    case 0x0401: return Text::tr("Audio device");
    case 0x0403: return Text::tr("Audio device");
    case 0x0500: return Text::tr("RAM memory");
    case 0x0600: return Text::tr("Host bridge");
    case 0x0601: return Text::tr("ISA bridge");
    case 0x0604: return Text::tr("PCI bridge");
    case 0x0c03: return Text::tr("USB controller");
    case 0x0c05: return Text::tr("SMBus");
    default: break;
    }
    return Text::tr("Class %1").arg(classCode, 6, 16, QLatin1Char('0'));
}

bool HostInventory::addNodeDevices(const QList<QByteArray> &xmls, QString *error)
{
    for (const QByteArray &xml : xmls) {
        XmlParseError parseError;
        const std::unique_ptr<XmlDocument> document = XmlDocument::parse(xml, &parseError);
        if (!document) {
            if (error)
                *error = Text::tr("A node device could not be read: %1").arg(parseError.toString());
            return false;
        }
        const XmlNode root = document->root();
        if (!root.is("device")) {
            if (error)
                *error = Text::tr("A node device description has the root <%1>, not <device>.").arg(root.name());
            return false;
        }
        XmlNode capability;
        for (const XmlNode &c : root.childElements("capability")) {
            if (c.attribute("type") == QLatin1String("pci"))
                capability = c;
        }
        if (!capability)
            continue;
        HostDevice device;
        device.name = root.firstChildElement("name").text().trimmed();
        device.parent = root.firstChildElement("parent").text().trimmed();
        device.driver = root.firstChildElement("driver").firstChildElement("name").text().trimmed();
        const std::optional<quint32> domain = numberIn(capability, "domain");
        const std::optional<quint32> bus = numberIn(capability, "bus");
        const std::optional<quint32> slot = numberIn(capability, "slot");
        const std::optional<quint32> function = numberIn(capability, "function");
        if (!domain || !bus || !slot || !function) {
            if (error)
                *error = Text::tr("Node device %1 has no readable PCI address.").arg(device.name);
            return false;
        }
        device.address = {*domain, *bus, *slot, *function};
        device.classCode = numberIn(capability, "class").value_or(0);
        device.vendor = capability.firstChildElement("vendor").text().trimmed();
        device.product = capability.firstChildElement("product").text().trimmed();
        if (device.product.isEmpty())
            device.product = capability.firstChildElement("product").attribute("id");
        if (const XmlNode group = capability.firstChildElement("iommuGroup")) {
            device.iommuGroup = int(PciAddress::parseAttribute(group.attributeView("number")).value_or(0));
            device.groupMembers = addressesIn(group);
        }
        if (const XmlNode numa = capability.firstChildElement("numa"))
            device.numaNode = int(PciAddress::parseAttribute(numa.attributeView("node")).value_or(0));
        if (const XmlNode express = capability.firstChildElement("pci-express")) {
            device.pcie = true;
            XmlNode capable, status;
            for (const XmlNode &link : express.childElements("link"))
                (link.attribute("validity") == QLatin1String("sta") ? status : capable) = link;
            if (status && capable && linkText(status) != linkText(capable))
                device.link = Text::tr("%1 (capable of %2)").arg(linkText(status), linkText(capable));
            else if (status || capable)
                device.link = linkText(status ? status : capable);
        }
        for (const XmlNode &c : capability.childElements("capability")) {
            const QString type = c.attribute("type");
            if (type == QLatin1String("virt_functions")) {
                device.virtualFunctions = addressesIn(c);
            } else if (type == QLatin1String("phys_function")) {
                const QList<PciAddress> pf = addressesIn(c);
                if (!pf.isEmpty()) {
                    device.physicalFunction = pf.first();
                    device.isVirtualFunction = true;
                }
            }
        }
        m_devices.append(device);
    }
    std::sort(m_devices.begin(), m_devices.end(),
              [](const HostDevice &a, const HostDevice &b) { return a.address < b.address; });
    return true;
}

void HostInventory::addGuest(const QString &name, const Topology &topology)
{
    for (const HostdevSource &source : topology.hostdevSources()) {
        if (!source.pciAddress)
            continue;
        for (HostDevice &device : m_devices) {
            if (device.address == *source.pciAddress && !device.usedBy.contains(name))
                device.usedBy.append(name);
        }
    }
}

const HostDevice *HostInventory::device(const PciAddress &address) const
{
    const auto it = std::lower_bound(m_devices.cbegin(), m_devices.cend(), address,
                                     [](const HostDevice &d, const PciAddress &a) { return d.address < a; });
    return it != m_devices.cend() && it->address == address ? &*it : nullptr;
}

QMap<int, QList<const HostDevice *>> HostInventory::groups() const
{
    QMap<int, QList<const HostDevice *>> groups;
    for (const HostDevice &device : m_devices)
        groups[device.iommuGroup].append(&device);
    return groups;
}

HostFacts HostInventory::factsFor(const QString &guest) const
{
    HostFacts facts;
    facts.capabilities = m_capabilities;
    for (const HostDevice &device : m_devices) {
        HostFunction function;
        function.address = device.address;
        function.iommuGroup = device.iommuGroup;
        function.numaNode = device.numaNode;
        function.pcie = device.pcie;
        function.bridge = device.isBridge();
        function.driver = device.driver;
        function.classCode = device.classCode;
        function.product = device.product;
        for (const QString &user : device.usedBy) {
            if (user != guest)
                function.usedByOtherGuests.append(user);
        }
        facts.functions.insert(device.address, function);
    }
    return facts;
}

HostInventory::GroupRest HostInventory::restOfGroups(const QList<PciAddress> &chosen,
                                                     const QList<PciAddress> &inGuest) const
{
    GroupRest rest;
    for (const PciAddress &a : chosen) {
        const HostDevice *function = device(a);
        if (!function)
            continue;
        for (const PciAddress &member : function->groupMembers) {
            const HostDevice *other = device(member);
            if (chosen.contains(member) || rest.functions.contains(member) || (other && other->isBridge())
                || inGuest.contains(member))
                continue;
            rest.functions.append(member);
            rest.group = function->iommuGroup;
        }
    }
    std::sort(rest.functions.begin(), rest.functions.end());
    return rest;
}

} // namespace pcitopo
