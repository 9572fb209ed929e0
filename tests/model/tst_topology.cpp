#include "DomainDocument.h"

#include <QFile>
#include <QTest>

using namespace pcitopo;

Q_DECLARE_METATYPE(pcitopo::MachineFamily)
Q_DECLARE_METATYPE(pcitopo::DeviceClass)

/** Indexing: machine families, controllers, device classes (reference §1–2). */
class tst_Topology : public QObject
{
    Q_OBJECT

private slots:
    void family_data();
    void family();
    void deviceClass_data();
    void deviceClass();
    void controllers();
    void implicitRoot_data();
    void implicitRoot();
    void addressesAndConflicts();
    void demoDomain();
};

static QByteArray domainXml(const QByteArray &type, const QByteArray &arch, const QByteArray &machine,
                            const QByteArray &devices)
{
    return "<domain type='" + type + "'>\n  <name>t</name>\n  <os>\n    <type arch='" + arch + "' machine='" + machine
        + "'>hvm</type>\n  </os>\n  <devices>\n" + devices + "  </devices>\n</domain>\n";
}

void tst_Topology::family_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("arch");
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<MachineFamily>("family");
    QTest::newRow("pc") << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("pc") << MachineFamily::Pc;
    QTest::newRow("versioned i440fx") << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("pc-i440fx-7.2")
                                      << MachineFamily::Pc;
    QTest::newRow("q35") << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("q35") << MachineFamily::Q35;
    QTest::newRow("versioned q35") << QByteArray("qemu") << QByteArray("x86_64") << QByteArray("pc-q35-7.2")
                                   << MachineFamily::Q35;
    QTest::newRow("aarch64 virt") << QByteArray("qemu") << QByteArray("aarch64") << QByteArray("virt-7.2")
                                  << MachineFamily::ArmVirt;
    QTest::newRow("riscv virt") << QByteArray("qemu") << QByteArray("riscv64") << QByteArray("virt")
                                << MachineFamily::RiscvVirt;
    QTest::newRow("pseries") << QByteArray("kvm") << QByteArray("ppc64") << QByteArray("pseries-7.2")
                             << MachineFamily::Pseries;
    QTest::newRow("ppc64le pseries") << QByteArray("kvm") << QByteArray("ppc64le") << QByteArray("pseries")
                                     << MachineFamily::Pseries;
    QTest::newRow("s390x") << QByteArray("kvm") << QByteArray("s390x") << QByteArray("s390-ccw-virtio")
                           << MachineFamily::S390;
    QTest::newRow("xen hvm") << QByteArray("xen") << QByteArray("x86_64") << QByteArray("xenfv") << MachineFamily::Xen;
    QTest::newRow("arm vexpress") << QByteArray("qemu") << QByteArray("armv7l") << QByteArray("vexpress-a9")
                                  << MachineFamily::Other;
}

void tst_Topology::family()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, arch);
    QFETCH(QByteArray, machine);
    QFETCH(MachineFamily, family);
    QString error;
    auto document = DomainDocument::fromXml(domainXml(type, arch, machine, ""), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->topology().family(), family);
    QCOMPARE(document->topology().machine(), QString::fromUtf8(machine));
}

void tst_Topology::deviceClass_data()
{
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<QByteArray>("device");
    QTest::addColumn<bool>("indexed");
    QTest::addColumn<DeviceClass>("deviceClass");

    QTest::newRow("virtio disk on q35 is PCIe")
        << QByteArray("q35") << QByteArray("<disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk>")
        << true << DeviceClass::PcieEndpoint;
    QTest::newRow("transitional virtio disk is PCI")
        << QByteArray("q35")
        << QByteArray(
               "<disk type='file' device='disk' model='virtio-transitional'><target dev='vda' bus='virtio'/></disk>")
        << true << DeviceClass::PciEndpoint;
    QTest::newRow("SATA disk never takes PCI")
        << QByteArray("q35") << QByteArray("<disk type='file' device='disk'><target dev='sda' bus='sata'/></disk>")
        << false << DeviceClass::None;
    QTest::newRow("e1000 is PCI") << QByteArray("q35")
                                  << QByteArray("<interface type='user'><model type='e1000'/></interface>") << true
                                  << DeviceClass::PciEndpoint;
    QTest::newRow("e1000e is PCIe") << QByteArray("q35")
                                    << QByteArray("<interface type='user'><model type='e1000e'/></interface>") << true
                                    << DeviceClass::PcieEndpoint;
    QTest::newRow("qemu-xhci is PCIe") << QByteArray("q35")
                                       << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>") << true
                                       << DeviceClass::PcieEndpoint;
    QTest::newRow("piix3-uhci is PCI") << QByteArray("pc")
                                       << QByteArray("<controller type='usb' index='0' model='piix3-uhci'/>") << true
                                       << DeviceClass::PciEndpoint;
    QTest::newRow("USB model none") << QByteArray("pc") << QByteArray("<controller type='usb' index='0' model='none'/>")
                                    << false << DeviceClass::None;
    QTest::newRow("PCI hostdev: PCI or PCIe")
        << QByteArray("q35")
        << QByteArray("<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='1' slot='0' "
                      "function='0'/></source></hostdev>")
        << true << DeviceClass::Either;
    QTest::newRow("ramfb never takes PCI")
        << QByteArray("q35") << QByteArray("<video><model type='ramfb'/></video>") << false << DeviceClass::None;
    QTest::newRow("bochs is PCIe") << QByteArray("q35") << QByteArray("<video><model type='bochs'/></video>") << true
                                   << DeviceClass::PcieEndpoint;
    QTest::newRow("qxl is PCI") << QByteArray("q35") << QByteArray("<video><model type='qxl'/></video>") << true
                                << DeviceClass::PciEndpoint;
    QTest::newRow("ich9 sound is PCI") << QByteArray("q35") << QByteArray("<sound model='ich9'/>") << true
                                       << DeviceClass::PciEndpoint;
    QTest::newRow("i6300esb watchdog is PCI")
        << QByteArray("q35") << QByteArray("<watchdog model='i6300esb'/>") << true << DeviceClass::PciEndpoint;
    QTest::newRow("ib700 watchdog is not PCI")
        << QByteArray("pc") << QByteArray("<watchdog model='ib700'/>") << false << DeviceClass::None;
    QTest::newRow("memballoon none") << QByteArray("q35") << QByteArray("<memballoon model='none'/>") << false
                                     << DeviceClass::None;
    QTest::newRow("ps2 input is not PCI")
        << QByteArray("q35") << QByteArray("<input type='mouse' bus='ps2'/>") << false << DeviceClass::None;
    QTest::newRow("a CCW address keeps virtio off PCI")
        << QByteArray("q35")
        << QByteArray("<rng model='virtio'><address type='ccw' cssid='0xfe' ssid='0' devno='0'/></rng>") << false
        << DeviceClass::None;
    QTest::newRow("explicit PCI address on a non-PCI device is indexed")
        << QByteArray("q35") << QByteArray("<video><model type='ramfb'/><address type='pci' bus='0' slot='3'/></video>")
        << true << DeviceClass::None;
}

void tst_Topology::deviceClass()
{
    QFETCH(QByteArray, machine);
    QFETCH(QByteArray, device);
    QFETCH(bool, indexed);
    QFETCH(DeviceClass, deviceClass);
    QString error;
    auto document = DomainDocument::fromXml(domainXml("kvm", "x86_64", machine, device), &error);
    QVERIFY2(document, qPrintable(error));
    const QList<Device> &devices = document->topology().devices();
    QCOMPARE(devices.size(), indexed ? 1 : 0);
    if (indexed)
        QCOMPARE(devices.first().deviceClass, deviceClass);
}

void tst_Topology::controllers()
{
    const QByteArray devices =
        "    <controller type='pci' index='0' model='pcie-root'/>\n"
        "    <controller type='pci' index='1' model='pcie-root-port'>\n"
        "      <model name='pcie-root-port'/>\n"
        "      <target chassis='1' port='0x10' hotplug='off'/>\n"
        "      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0' multifunction='on'/>\n"
        "    </controller>\n"
        "    <controller type='pci' index='2' model='pcie-expander-bus'>\n"
        "      <target busNr='254'><node>1</node></target>\n"
        "      <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>\n"
        "    </controller>\n"
        "    <controller type='pci' index='3' model='no-such-model'/>\n";
    QString error;
    auto document = DomainDocument::fromXml(domainXml("kvm", "x86_64", "q35", devices), &error);
    QVERIFY2(document, qPrintable(error));
    const Topology &t = document->topology();
    QCOMPARE(t.controllers().size(), 4);
    const Controller *port = t.controllerByIndex(1);
    QVERIFY(port);
    QCOMPARE(port->model, ControllerModel::PcieRootPort);
    QCOMPARE(port->modelName, QStringLiteral("pcie-root-port"));
    QCOMPARE(port->chassis, std::optional<int>(1));
    QCOMPARE(port->port, std::optional<int>(0x10));
    QCOMPARE(port->hotplug, std::optional<bool>(false));
    QCOMPARE(port->multifunction, std::optional<bool>(true));
    QCOMPARE(port->address, std::optional<PciAddress>(PciAddress{0, 0, 2, 0}));
    const Controller *pxb = t.controllerByIndex(2);
    QCOMPARE(pxb->model, ControllerModel::PcieExpanderBus);
    QCOMPARE(pxb->busNr, std::optional<int>(254));
    QCOMPARE(pxb->numaNode, std::optional<int>(1));
    QCOMPARE(t.controllerByIndex(3)->model, ControllerModel::Unknown);
    QCOMPARE(t.controllerByIndex(3)->modelText, QStringLiteral("no-such-model"));
    QVERIFY(!t.controllerByIndex(0)->implicit);
    QCOMPARE(t.nodesOnBus(0), (QList<NodeId>{port->id, pxb->id}));
}

void tst_Topology::implicitRoot_data()
{
    QTest::addColumn<QByteArray>("arch");
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<QString>("rootModel");
    QTest::newRow("pc gets pci-root") << QByteArray("x86_64") << QByteArray("pc") << "pci-root";
    QTest::newRow("q35 gets pcie-root") << QByteArray("x86_64") << QByteArray("q35") << "pcie-root";
    QTest::newRow("virt gets pcie-root") << QByteArray("aarch64") << QByteArray("virt") << "pcie-root";
    QTest::newRow("pseries gets the default PHB") << QByteArray("ppc64") << QByteArray("pseries") << "pci-root";
}

void tst_Topology::implicitRoot()
{
    QFETCH(QByteArray, arch);
    QFETCH(QByteArray, machine);
    QFETCH(QString, rootModel);
    auto document = DomainDocument::fromXml(domainXml("kvm", arch, machine, ""), nullptr);
    QVERIFY(document);
    const Controller *root = document->topology().controllerByIndex(0);
    QVERIFY(root);
    QVERIFY(root->implicit);
    QVERIFY(root->id.isImplicit());
    QCOMPARE(root->modelText, rootModel);
    QVERIFY(!document->topology().element(root->id));
}

void tst_Topology::addressesAndConflicts()
{
    const QByteArray devices =
        "    <rng model='virtio'><address type='pci' domain='0' bus='0' slot='3' function='0'/></rng>\n"
        "    <memballoon model='virtio'><address type='pci' bus='0x00' slot='0x03'/></memballoon>\n"
        "    <watchdog model='i6300esb'><address type='pci' bus='0' slot='011'/></watchdog>\n"
        "    <sound model='ich6'><address type='pci' bus='zero' slot='1'/></sound>\n";
    auto document = DomainDocument::fromXml(domainXml("kvm", "x86_64", "pc", devices), nullptr);
    QVERIFY(document);
    const Topology &t = document->topology();
    QCOMPARE(t.devices().size(), 4);
    QCOMPARE(t.nodesAt(PciAddress{0, 0, 3, 0}).size(), 2); // a partial address is 00:03.0 (A15)
    QCOMPARE(t.devices()[2].address->slot, 9u); // "011" is octal, as libvirt reads it
    QVERIFY(!t.devices()[3].addressValid);
}

void tst_Topology::demoDomain()
{
    QFile demo(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QString error;
    auto document = DomainDocument::fromXml(demo.readAll(), &error);
    QVERIFY2(document, qPrintable(error));
    const Topology &t = document->topology();
    QCOMPARE(t.family(), MachineFamily::Q35);
    QCOMPARE(t.domainName(), QStringLiteral("workstation-gpu"));
    QCOMPARE(t.controllers().size(), 9);
    const QList<NodeId> gpuSlot = t.nodesOnBus(5);
    QCOMPARE(gpuSlot.size(), 2);
    QCOMPARE(t.device(gpuSlot[0])->hostAddress, std::optional<PciAddress>(PciAddress{0, 1, 0, 0}));
    QCOMPARE(t.device(gpuSlot[1])->hostAddress, std::optional<PciAddress>(PciAddress{0, 1, 0, 1}));
}

QTEST_GUILESS_MAIN(tst_Topology)
#include "tst_topology.moc"
