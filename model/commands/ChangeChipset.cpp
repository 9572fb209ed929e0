#include "ChangeChipset.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pcitopo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::ChangeChipset)
};

/** A disk of <devices>, with the place its drive address or its name gives it. */
struct Disk
{
    XmlNode element;
    XmlNode target;
    XmlNode address; // <address type='drive'>, null when libvirt derives it from the name
    QString dev;
    QString bus;
    QString device; // disk, cdrom, …
    int controller = 0;
    int position = -1; // IDE: 2×bus + unit; SATA: unit
};

QList<Disk> disksOf(const XmlNode &devices)
{
    QList<Disk> disks;
    for (XmlNode e = devices.firstChildElement("disk"); e; e = e.nextSiblingElement("disk")) {
        Disk d;
        d.element = e;
        d.target = e.firstChildElement("target");
        d.dev = d.target ? d.target.attribute("dev") : QString();
        d.bus = d.target ? d.target.attribute("bus") : QString();
        if (d.bus.isEmpty() && d.dev.startsWith(QLatin1String("hd")))
            d.bus = QStringLiteral("ide"); // libvirt takes the bus from the name: hdX is IDE
        d.device = e.hasAttribute("device") ? e.attribute("device") : QStringLiteral("disk");
        for (XmlNode a = e.firstChildElement("address"); a; a = a.nextSiblingElement("address"))
            if (a.attribute("type") == QLatin1String("drive"))
                d.address = a;
        disks.append(d);
    }
    return disks;
}

int number(const XmlNode &element, const char *name)
{
    bool ok = false;
    const int value = element.attribute(name).toInt(&ok, 0);
    return ok ? value : 0;
}

QString diskName(const Disk &d)
{
    return d.device == QLatin1String("disk") ? QStringLiteral("disk %1").arg(d.dev)
                                             : QStringLiteral("%1 %2").arg(d.device, d.dev);
}

} // namespace

QString ChangeChipset::convertedMachine(const QString &machine, MachineFamily to)
{
    static const QRegularExpression versioned(QStringLiteral("^pc-(i440fx|q35)-(\\d+)\\.(\\d+)$"));
    const QRegularExpressionMatch m = versioned.match(machine);
    if (to == MachineFamily::Q35) {
        // QEMU 7.2's oldest q35 machine is pc-q35-2.4; older pc versions get the alias.
        if (m.hasMatch() && (m.captured(2).toInt() > 2 || (m.captured(2).toInt() == 2 && m.captured(3).toInt() >= 4)))
            return QStringLiteral("pc-q35-%1.%2").arg(m.captured(2), m.captured(3));
        return QStringLiteral("q35");
    }
    if (m.hasMatch())
        return QStringLiteral("pc-i440fx-%1.%2").arg(m.captured(2), m.captured(3));
    return QStringLiteral("pc");
}

int ChangeChipset::diskNameIndex(const QString &name)
{
    static const char *const prefixes[] = {"fd", "hd", "vd", "sd", "xvd", "ubd"};
    QStringView rest;
    for (const char *prefix : prefixes)
        if (name.startsWith(QLatin1String(prefix)))
            rest = QStringView(name).mid(int(qstrlen(prefix)));
    if (rest.isEmpty())
        return -1;
    int index = 0;
    for (int i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return i == 0 ? -1 : index; // libvirt stops at the first non-letter (partitions)
        if (index > 100000)
            return -1;
        index = (index + (i < 1 ? 0 : 1)) * 26 + (c.unicode() - 'a');
    }
    return index;
}

ChangeChipset::ChangeChipset(DomainDocument *document, MachineFamily to, QUndoCommand *parent)
    : TopologyCommand(document, parent)
{
    const MachineFamily from = topology().family();
    setText(Text::tr("Convert to %1").arg(Topology::familyName(to)));
    if ((from != MachineFamily::Pc && from != MachineFamily::Q35)
        || (to != MachineFamily::Pc && to != MachineFamily::Q35)) {
        setError(Text::tr("Only pc (i440fx) and q35 machines can be converted; this one is %1.")
                     .arg(Topology::familyName(from)));
        return;
    }
    if (from == to) {
        setError(Text::tr("The machine is %1 already.").arg(Topology::familyName(to)));
        return;
    }
    const XmlNode root = xml().root();
    const XmlNode devices = root.firstChildElement("devices");
    if (to == MachineFamily::Pc) {
        // What pc cannot have: refuse rather than drop a device the guest relies on.
        QStringList blockers;
        for (XmlNode e = devices.firstChildElement("iommu"); e; e = e.nextSiblingElement("iommu"))
            blockers << Text::tr("the %1 IOMMU needs q35").arg(e.attribute("model"));
        for (XmlNode e = devices.firstChildElement("watchdog"); e; e = e.nextSiblingElement("watchdog"))
            if (e.attribute("model") == QLatin1String("itco"))
                blockers << Text::tr("the iTCO watchdog is part of q35's ICH9 chipset");
        const XmlNode os = root.firstChildElement("os");
        bool secure = os.firstChildElement("loader").attribute("secure") == QLatin1String("yes");
        for (const XmlNode &feature : os.firstChildElement("firmware").childElements("feature"))
            secure = secure
                || (feature.attribute("enabled") == QLatin1String("yes")
                    && (feature.attribute("name") == QLatin1String("secure-boot")
                        || feature.attribute("name") == QLatin1String("enrolled-keys")));
        if (secure)
            blockers << Text::tr("secure boot (<loader secure='yes'>) needs q35");
        if (!blockers.isEmpty()) {
            setError(Text::tr("Cannot convert to pc: %1. Remove it first.").arg(blockers.join(QStringLiteral("; "))));
            return;
        }
    }
    const XmlNode type = root.firstChildElement("os").firstChildElement("type");
    if (!type) {
        setError(Text::tr("The domain has no <os><type>: its machine type is unknown."));
        return;
    }
    m_machine = convertedMachine(type.attribute("machine"), to);
    m_edits.append({type, "machine", type.attribute("machine"), m_machine});
    m_changes << Text::tr("Machine type %1 → %2").arg(type.attribute("machine"), m_machine);
    if (to == MachineFamily::Q35)
        convertToSata(devices);
    else
        convertToIde(devices);
}

void ChangeChipset::setDrive(const XmlNode &address, const std::array<int, 4> &values)
{
    static const char *const names[] = {"controller", "bus", "target", "unit"};
    for (int i = 0; i < 4; ++i) {
        const QString before = address.attribute(names[i]);
        // An absent attribute is 0: write one only where the value is not.
        if ((before.isNull() && values[i] != 0) || (!before.isNull() && number(address, names[i]) != values[i]))
            m_edits.append({address, names[i], before, QString::number(values[i])});
    }
}

void ChangeChipset::convertToSata(const XmlNode &devices)
{
    const QList<Disk> disks = disksOf(devices);
    // Places of SATA controller 0 already taken, written or derived from the name.
    QSet<int> taken;
    for (const Disk &d : disks) {
        if (d.bus != QLatin1String("sata"))
            continue;
        const int index =
            d.address ? number(d.address, "controller") * 6 + number(d.address, "unit") : diskNameIndex(d.dev);
        if (index >= 0 && index < 6)
            taken.insert(index);
    }
    for (const Disk &d : disks) {
        if (d.bus != QLatin1String("ide"))
            continue;
        const int position =
            d.address ? number(d.address, "bus") * 2 + number(d.address, "unit") : diskNameIndex(d.dev);
        int unit = position;
        if (unit < 0 || unit >= 6 || taken.contains(unit)) {
            unit = -1;
            for (int free = 0; free < 6 && unit < 0; ++free)
                if (!taken.contains(free))
                    unit = free;
        }
        if (unit < 0) {
            setError(Text::tr("%1 does not fit: SATA controller 0 has six places, all taken.").arg(diskName(d)));
            return;
        }
        taken.insert(unit);
        m_edits.append({d.target, "bus", d.bus, QStringLiteral("sata")});
        if (d.address) {
            setDrive(d.address, {0, 0, 0, unit});
        } else if (unit != position) {
            XmlParseError error;
            const XmlNode address = xml().parseFragment(
                QStringLiteral("<address type='drive' controller='0' bus='0' target='0' unit='%1'/>")
                    .arg(unit)
                    .toUtf8(),
                &error);
            m_addresses.append({d.element, address});
        }
        m_changes << Text::tr("%1: IDE → SATA controller 0, unit %2").arg(diskName(d)).arg(unit);
        if (d.device == QLatin1String("cdrom"))
            m_notes << Text::tr("q35 has no IDE: the CD-ROM %1 moves to SATA (guests find it there without a driver)")
                           .arg(d.dev);
    }
}

void ChangeChipset::convertToIde(const XmlNode &devices)
{
    const QList<Disk> disks = disksOf(devices);
    QList<Disk> sata;
    bool fits = true;
    QSet<int> positions;
    for (Disk d : disks) {
        if (d.bus != QLatin1String("sata"))
            continue;
        d.controller = d.address ? number(d.address, "controller") : std::max(diskNameIndex(d.dev), 0) / 6;
        d.position = d.address ? number(d.address, "unit") : diskNameIndex(d.dev) % 6;
        if (d.controller != 0 || d.position < 0 || d.position >= 4 || positions.contains(d.position))
            fits = false;
        positions.insert(d.position);
        sata.append(d);
    }
    if (!fits) {
        m_notes << Text::tr("%n SATA disk(s) stay on SATA: pc's IDE has four places (bus 0–1, unit 0–1). "
                            "The AHCI controller becomes an ordinary PCI device.",
                            nullptr, int(sata.size()));
        return;
    }
    m_dropsSata = true; // every disk of SATA controller 0 goes to IDE
    for (const Disk &d : std::as_const(sata)) {
        m_edits.append({d.target, "bus", d.bus, QStringLiteral("ide")});
        if (d.address) {
            setDrive(d.address, {0, d.position / 2, 0, d.position % 2});
        }
        m_changes
            << Text::tr("%1: SATA → IDE bus %2, unit %3").arg(diskName(d)).arg(d.position / 2).arg(d.position % 2);
    }
}

void ChangeChipset::redo()
{
    apply(m_edits, true);
    if (!m_done) {
        for (const auto &[disk, address] : std::as_const(m_addresses))
            m_addedSplices.append(xml().insertElement(disk, address));
    } else {
        for (const XmlSplice &splice : std::as_const(m_addedSplices))
            xml().attach(splice);
    }
    m_done = true;
    commit(TopologyChange::Reset);
}

void ChangeChipset::undo()
{
    for (const XmlSplice &splice : std::as_const(m_addedSplices))
        xml().detach(splice);
    apply(m_edits, false);
    commit(TopologyChange::Reset);
}

} // namespace pcitopo
