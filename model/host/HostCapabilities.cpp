#include "HostCapabilities.h"

#include "../xml/XmlDocument.h"

namespace pcitopo {

namespace {

std::unique_ptr<XmlDocument> parse(const QByteArray &xml, QString *error)
{
    XmlParseError parseError;
    auto document = XmlDocument::parse(xml, &parseError);
    if (!document && error)
        *error = parseError.toString();
    return document;
}

QStringList enumValues(const XmlNode &element, const char *name)
{
    QStringList values;
    for (const XmlNode &e : element.childElements("enum"))
        if (e.attribute("name") == QLatin1String(name))
            for (const XmlNode &v : e.childElements("value"))
                values << v.text().trimmed();
    return values;
}

} // namespace

bool HostCapabilities::readCapabilities(const QByteArray &xml, QString *error)
{
    const auto document = parse(xml, error);
    if (!document)
        return false;
    for (const XmlNode &guest : document->root().childElements("guest")) {
        for (const XmlNode &arch : guest.childElements("arch")) {
            QStringList &list = machines[arch.attribute("name")];
            // The machine types of the default emulator and of every <domain> type.
            QList<XmlNode> holders{arch};
            holders += arch.childElements("domain");
            for (const XmlNode &holder : std::as_const(holders)) {
                for (const XmlNode &machine : holder.childElements("machine")) {
                    for (const QString &name : {machine.text().trimmed(), machine.attribute("canonical")})
                        if (!name.isEmpty() && !list.contains(name))
                            list << name;
                }
            }
        }
    }
    // A driver without machine types (the test driver) says nothing the rules could use.
    for (auto it = machines.begin(); it != machines.end();)
        it = it->isEmpty() ? machines.erase(it) : std::next(it);
    return true;
}

bool HostCapabilities::readDomainCapabilities(const QString &arch, const QString &machine, const QByteArray &xml,
                                              QString *error)
{
    const auto document = parse(xml, error);
    if (!document)
        return false;
    const XmlNode root = document->root();
    GuestCapabilities guest;
    guest.machine = root.firstChildElement("machine").text().trimmed();
    guest.emulator = root.firstChildElement("path").text().trimmed();
    const XmlNode devices = root.firstChildElement("devices");
    guest.videoModels = enumValues(devices.firstChildElement("video"), "modelType");
    guest.diskBuses = enumValues(devices.firstChildElement("disk"), "bus");
    const XmlNode hostdev = devices.firstChildElement("hostdev");
    guest.pciHostdev = !hostdev
        || (hostdev.attribute("supported") != QLatin1String("no")
            && enumValues(hostdev, "subsysType").contains(QStringLiteral("pci")));
    guests.insert(arch + QLatin1Char(' ') + machine, guest);
    return true;
}

const GuestCapabilities *HostCapabilities::guest(const QString &arch, const QString &machine) const
{
    const auto it = guests.constFind(arch + QLatin1Char(' ') + machine);
    return it == guests.cend() ? nullptr : &*it;
}

} // namespace pcitopo
