// What libvirt adds at define when the XML lacks it (Topology::Omissions, reference §5).
#include "ElementReader.h"

#include <algorithm>

namespace pcitopo::detail {

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

} // namespace pcitopo::detail
