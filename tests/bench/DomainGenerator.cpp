#include "DomainGenerator.h"

#include <QString>

namespace pcitopo::bench {

namespace {

QByteArray address(int bus, int slot, int function, bool multifunction = false)
{
    return QStringLiteral("      <address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x%3'%4/>\n")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 0, 16)
        .arg(multifunction ? QStringLiteral(" multifunction='on'") : QString())
        .toUtf8();
}

QByteArray diskName(int n)
{
    QByteArray suffix;
    do {
        suffix.prepend(char('a' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return "vd" + suffix;
}

/** A q35 domain's start, up to and with its pcie-root. */
QByteArray q35Head(const QByteArray &name, int memoryGiB, int vcpus)
{
    return "<domain type='qemu'>\n  <name>" + name + "</name>\n  <memory unit='GiB'>" + QByteArray::number(memoryGiB)
        + "</memory>\n  <vcpu placement='static'>" + QByteArray::number(vcpus)
        + "</vcpu>\n"
          "  <os>\n    <type arch='x86_64' machine='q35'>hvm</type>\n  </os>\n"
          "  <devices>\n"
          "    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
          "    <controller type='pci' index='0' model='pcie-root'/>\n";
}

} // namespace

QByteArray generateQ35PortsDomain(int ports)
{
    QByteArray xml = q35Head("q35-ports-" + QByteArray::number(ports), 16, 8);
    // 29 slots of pcie-root (02 to 1e) take 232 ports; the rest go behind a pcie-expander-bus.
    const int onRoot = 29 * 8;
    const int expander = onRoot + 1; // before the ports behind it: QEMU makes buses in index order
    for (int n = 0; n < ports; ++n) {
        const int index = n < onRoot ? n + 1 : n + 2;
        const int bus = n < onRoot ? 0 : expander;
        const int at = n < onRoot ? n + 2 * 8 : n - onRoot;
        xml += "    <controller type='pci' index='" + QByteArray::number(index)
            + "' model='pcie-root-port'>\n      <model name='pcie-root-port'/>\n"
              "      <target chassis='"
            + QByteArray::number(index) + "' port='0x" + QByteArray::number(0x10 + n % 0xe0, 16) + "'/>\n"
            + address(bus, at / 8, at % 8, at % 8 == 0 && n + 1 < ports && (n + 1 != onRoot)) + "    </controller>\n";
    }
    if (ports > onRoot)
        xml += "    <controller type='pci' index='" + QByteArray::number(expander)
            + "' model='pcie-expander-bus'>\n      <model name='pxb-pcie'/>\n      <target busNr='254'/>\n"
            + address(0, 1, 0) + "    </controller>\n";
    for (int n = 0; n < ports; ++n) {
        xml += "    <disk type='file' device='disk'>\n"
               "      <driver name='qemu' type='raw'/>\n"
               "      <source file='/var/lib/libvirt/images/port-"
            + QByteArray::number(n)
            + ".img'/>\n"
              "      <target dev='"
            + diskName(n) + "' bus='virtio'/>\n" + address(n < onRoot ? n + 1 : n + 2, 0, 0) + "    </disk>\n";
    }
    xml += "  </devices>\n</domain>\n";
    return xml;
}

QByteArray generateQ35Domain(int devices)
{
    QByteArray xml = q35Head("bench-q35-" + QByteArray::number(devices), 64, 16);
    for (int port = 1; port <= 8; ++port) {
        xml += "    <controller type='pci' index='" + QByteArray::number(port)
            + "' model='pcie-root-port'>\n      <model name='pcie-root-port'/>\n"
              "      <target chassis='"
            + QByteArray::number(port) + "' port='0x" + QByteArray::number(0x10 + port - 1, 16) + "'/>\n"
            + address(0, 2, port - 1, port == 1) + "    </controller>\n";
    }
    const int pcieToPci = 9;
    xml += "    <controller type='pci' index='9' model='pcie-to-pci-bridge'>\n"
           "      <model name='pcie-pci-bridge'/>\n"
        + address(1, 0, 0) + "    </controller>\n";
    const int perBridge = 31 * 8;
    const int bridges = (devices + perBridge - 1) / perBridge;
    for (int b = 0; b < bridges; ++b) {
        const int index = pcieToPci + 1 + b;
        xml += "    <controller type='pci' index='" + QByteArray::number(index)
            + "' model='pci-bridge'>\n      <model name='pci-bridge'/>\n      <target chassisNr='"
            + QByteArray::number(index) + "'/>\n" + address(pcieToPci, b + 1, 0) + "    </controller>\n";
    }
    for (int n = 0; n < devices; ++n) {
        const int bus = pcieToPci + 1 + n / perBridge;
        const int slot = 1 + (n % perBridge) / 8;
        const int function = n % 8;
        const bool multi = function == 0 && n + 1 < devices;
        if (n % 2 == 0) {
            xml += "    <disk type='file' device='disk'>\n"
                   "      <driver name='qemu' type='raw'/>\n"
                   "      <source file='/var/lib/libvirt/images/bench-"
                + QByteArray::number(n)
                + ".img'/>\n"
                  "      <target dev='"
                + diskName(n / 2) + "' bus='virtio'/>\n" + address(bus, slot, function, multi) + "    </disk>\n";
        } else {
            xml += "    <interface type='user'>\n"
                   "      <mac address='52:54:00:"
                + QStringLiteral("%1:%2:%3")
                      .arg((n >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                      .arg((n >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                      .arg(n & 0xff, 2, 16, QLatin1Char('0'))
                      .toUtf8()
                + "'/>\n"
                  "      <model type='e1000'/>\n"
                + address(bus, slot, function, multi) + "    </interface>\n";
        }
    }
    xml += "    <memballoon model='none'/>\n  </devices>\n</domain>\n";
    return xml;
}

QByteArray generateUnplacedQ35Domain(const QByteArray &name, int disks, int legacyNics)
{
    QByteArray devices;
    for (int i = 0; i < disks; ++i)
        devices += "<disk type='file' device='disk'><source file='/tmp/d" + QByteArray::number(i)
            + ".img'/><target dev='vd" + QByteArray(1, char('a' + i / 676 % 26))
            + QByteArray(1, char('a' + i / 26 % 26)) + QByteArray(1, char('a' + i % 26)) + "' bus='virtio'/></disk>\n";
    for (int i = 0; i < legacyNics; ++i)
        devices +=
            "<interface type='user'><mac address='52:54:00:01:" + QByteArray::number(i / 256, 16).rightJustified(2, '0')
            + ":" + QByteArray::number(i % 256, 16).rightJustified(2, '0') + "'/><model type='e1000'/></interface>\n";
    return "<domain type='qemu'><name>" + name
        + "</name><memory>1048576</memory><os><type arch='x86_64' machine='q35'>hvm"
          "</type></os><devices><emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
        + devices + "<controller type='usb' model='none'/><memballoon model='none'/></devices></domain>\n";
}

} // namespace pcitopo::bench
