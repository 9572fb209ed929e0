// Automatic placement, judged by real libvirt: for generated domains with devices that have no
// address, the "libvirt" policy must give every device and added controller exactly the address
// libvirt's own define assigns (in-process QEMU driver), and its result must be accepted by
// libvirt's validation and by the checker.

#include "DomainDocument.h"
#include "../bench/DomainGenerator.h"
#include "libvirt/VirtConnection.h"
#include "placement/PlanCommand.h"
#include "placement/Planner.h"
#include "rules/RuleChecker.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace pcitopo;

namespace {

struct Machine
{
    const char *name;
    const char *arch;
    const char *machine;
    const char *emulator;
};

const Machine Machines[] = {
    {"q35", "x86_64", "q35", "/usr/bin/qemu-system-x86_64"},
    {"pc", "x86_64", "pc", "/usr/bin/qemu-system-x86_64"},
    {"virt", "aarch64", "virt", "/usr/bin/qemu-system-aarch64"},
};

/** A domain with `count` devices, most without an address; deterministic for a seed. */
QByteArray generate(const Machine &m, int seed, int count)
{
    QRandomGenerator random{quint32(seed)};
    QByteArray devices;
    const bool pcie = qstrcmp(m.name, "pc") != 0;
    // Some guests come with controllers and addresses of their own.
    if (pcie && random.bounded(2)) {
        devices += "<controller type='pci' index='1' model='pcie-root-port'><address type='pci' domain='0x0000' "
                   "bus='0x00' slot='0x04' function='0x0'/></controller>\n";
    }
    if (!pcie && random.bounded(2))
        devices += "<interface type='user'><mac address='52:54:00:aa:00:01'/><model type='e1000'/>"
                   "<address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/></interface>\n";
    int disks = 0, nics = 0, scsi = 0;
    for (int i = 0; i < count; ++i) {
        switch (random.bounded(pcie ? 5 : 4)) {
        case 0:
        case 1: {
            const QByteArray dev = "vd" + QByteArray(1, char('a' + disks % 26)) + (disks >= 26 ? QByteArray(1, char('a' + disks / 26 - 1)) : QByteArray());
            devices += "<disk type='file' device='disk'><source file='/tmp/" + dev + ".img'/><target dev='" + dev + "' bus='virtio'/></disk>\n";
            ++disks;
            break;
        }
        case 2:
            devices += "<interface type='user'><mac address='52:54:00:00:" + QByteArray::number(nics / 256, 16).rightJustified(2, '0') + ":"
                + QByteArray::number(nics % 256, 16).rightJustified(2, '0') + "'/><model type='virtio'/></interface>\n";
            ++nics;
            break;
        case 3:
            devices += "<interface type='user'><mac address='52:54:00:01:" + QByteArray::number(nics / 256, 16).rightJustified(2, '0') + ":"
                + QByteArray::number(nics % 256, 16).rightJustified(2, '0') + "'/><model type='" + (pcie ? "e1000" : "rtl8139") + "'/></interface>\n";
            ++nics;
            break;
        default:
            devices += "<controller type='scsi' index='" + QByteArray::number(scsi++) + "' model='virtio-scsi'/>\n";
            break;
        }
    }
    return "<domain type='qemu'>\n<name>place-" + QByteArray(m.name) + "-" + QByteArray::number(seed) + "</name>\n"
           "<memory>1048576</memory>\n<os><type arch='" + m.arch + "' machine='" + m.machine + "'>hvm</type></os>\n"
           "<devices>\n<emulator>" + m.emulator + "</emulator>\n" + devices
        + "<controller type='usb' model='none'/>\n<memballoon model='none'/>\n</devices>\n</domain>\n";
}

/** label → libvirt address, and the PCI controllers, of a topology. */
QMap<QString, QString> addressesOf(const Topology &t)
{
    QMap<QString, QString> result;
    for (const Controller &c : t.controllers()) {
        if (!c.implicit)
            result.insert(QStringLiteral("controller %1 %2").arg(c.index).arg(Topology::controllerModelName(c.model)),
                          c.address ? c.address->toShortString() : QStringLiteral("-"));
    }
    for (const Device &d : t.devices()) {
        if (d.deviceClass != DeviceClass::None)
            result.insert(d.label, d.address ? d.address->toShortString() : QStringLiteral("-"));
    }
    return result;
}

} // namespace

class tst_Placement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesLibvirt_data();
    void matchesLibvirt();
    void recommendedGivesEachDeviceAPort_data();
    void recommendedGivesEachDeviceAPort();
    void recommendedPlacesAThousandDevices();
    void commandIsOneUndoStep();
    void refusesWhatItCannotPlace();

private:
    std::unique_ptr<VirtConnection> m_libvirt;
};

void tst_Placement::initTestCase()
{
    const QString root = QStringLiteral("/tmp/pcitopo-embed-placement");
    QDir().mkpath(root);
    QString error;
    m_libvirt = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(m_libvirt, qPrintable(error));
}

void tst_Placement::matchesLibvirt_data()
{
    QTest::addColumn<int>("machine");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("count");
    for (int m = 0; m < 3; ++m) {
        for (int seed = 1; seed <= 12; ++seed) {
            // pc: up to 45 devices, past the 31 slots of pci-root (pci-bridges are added).
            const int count = m == 1 ? seed * 4 - 3 : seed + 1;
            QTest::addRow("%s seed %d, %d devices", Machines[m].name, seed, count) << m << seed << count;
        }
    }
}

void tst_Placement::matchesLibvirt()
{
    QFETCH(int, machine);
    QFETCH(int, seed);
    QFETCH(int, count);
    const QByteArray xml = generate(Machines[machine], seed, count);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));

    const placement::Plan plan = placement::plan(document->topology());
    // libvirt's own assignment of the same domain.
    const VirtConnection::Result defined = m_libvirt->define(xml, false);
    if (!defined.ok) {
        // libvirt gives up on some counts (it never nests the bridges it adds): so must we.
        QVERIFY2(!plan.ok, qPrintable(QStringLiteral("libvirt refused (%1) but the plan succeeded").arg(defined.error)));
        return;
    }
    const QString name = QStringLiteral("place-%1-%2").arg(QLatin1String(Machines[machine].name)).arg(seed);
    const QByteArray assigned = m_libvirt->domainXml(name, &error);
    QVERIFY(m_libvirt->undefine(name).ok);
    auto libvirt = DomainDocument::fromXml(assigned, &error);
    QVERIFY2(libvirt, qPrintable(error));

    QVERIFY2(plan.ok, qPrintable(plan.reason));
    QVERIFY(placement::applyPlan(document.get(), plan, &error));
    // Every device and PCI controller at libvirt's address; besides them libvirt writes out
    // only the chipset's built-ins (the root, SATA 0 on q35, IDE 0 on pc) where they always are.
    const QMap<QString, QString> ours = addressesOf(document->topology());
    QMap<QString, QString> theirs = addressesOf(libvirt->topology());
    const QMap<QString, QString> builtIn = {{QStringLiteral("controller 0 pcie-root"), QStringLiteral("-")},
                                            {QStringLiteral("controller 0 pci-root"), QStringLiteral("-")},
                                            {QStringLiteral("sata controller 0"), QStringLiteral("00:1f.2")},
                                            {QStringLiteral("ide controller 0"), QStringLiteral("00:01.1")}};
    for (auto it = builtIn.cbegin(); it != builtIn.cend(); ++it) {
        if (!ours.contains(it.key()) && theirs.value(it.key()) == it.value())
            theirs.remove(it.key());
    }
    QCOMPARE(ours, theirs);

    // The placed domain passes libvirt's validation unchanged, and the checker finds no error.
    QByteArray placed = document->toXml();
    placed.replace("<name>" + name.toUtf8() + "</name>", "<name>" + name.toUtf8() + "-placed</name>");
    const VirtConnection::Result validated = m_libvirt->define(placed, true);
    QVERIFY2(validated.ok, qPrintable(validated.error));
    QVERIFY(m_libvirt->undefine(name + QStringLiteral("-placed")).ok);
    for (const Diagnostic &d : rules::checkTopology(document->topology()))
        QVERIFY2(d.severity < Severity::QemuError, qPrintable(d.message));
}

void tst_Placement::recommendedGivesEachDeviceAPort_data()
{
    QTest::addColumn<int>("machine");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("spare");
    for (int m : {0, 2})
        for (int seed = 1; seed <= 4; ++seed)
            QTest::addRow("%s seed %d", Machines[m].name, seed) << m << seed << seed % 3 * 2;
}

void tst_Placement::recommendedGivesEachDeviceAPort()
{
    QFETCH(int, machine);
    QFETCH(int, seed);
    QFETCH(int, spare);
    const QByteArray xml = generate(Machines[machine], seed, 6 + seed * 2);
    auto document = DomainDocument::fromXml(xml, nullptr);
    placement::Options options;
    options.policy = placement::Policy::Recommended;
    options.sparePorts = spare;
    const placement::Plan plan = placement::plan(document->topology(), options);
    QVERIFY2(plan.ok, qPrintable(plan.reason));
    QString error;
    QVERIFY(placement::applyPlan(document.get(), plan, &error));
    const Topology &t = document->topology();
    // Every PCIe device alone on its port, legacy ones behind a pcie-to-pci-bridge, and the
    // spare ports empty and hotpluggable.
    int emptyPorts = 0;
    for (const Controller &c : t.controllers()) {
        if (c.model != ControllerModel::PcieRootPort)
            continue;
        const QList<NodeId> on = t.nodesOnBus(c.index);
        QVERIFY2(on.size() <= 1, qPrintable(c.label()));
        emptyPorts += on.isEmpty();
    }
    QVERIFY(emptyPorts >= spare);
    for (const Device &d : t.devices()) {
        if (d.deviceClass == DeviceClass::PciEndpoint && d.address)
            QCOMPARE(t.controllerByIndex(int(d.address->bus))->model, ControllerModel::PcieToPciBridge);
    }
    for (const Diagnostic &d : rules::checkTopology(t)) {
        QVERIFY2(d.severity < Severity::QemuError, qPrintable(d.message));
        if (spare > 0)
            QVERIFY2(d.ruleId != QLatin1String("no-hotplug-slot"), qPrintable(d.message));
    }
    const VirtConnection::Result validated = m_libvirt->define(document->toXml(), true);
    QVERIFY2(validated.ok, qPrintable(validated.error));
    QVERIFY(m_libvirt->undefine(document->displayName()).ok);
}

void tst_Placement::recommendedPlacesAThousandDevices()
{
    // 1000 devices on q35: libvirt's own placement gives up ("a PCI slot is needed to connect a
    // PCI controller model='pcie-root-port'"), and so does its policy here; the recommended one
    // shares ports as functions once the 256 bus numbers would run out.
    const QByteArray xml = bench::generateUnplacedQ35Domain("place-1000", 980, 20);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!placement::plan(document->topology()).ok);
    QVERIFY(!m_libvirt->define(xml, false).ok);

    placement::Options options;
    options.policy = placement::Policy::Recommended;
    options.sparePorts = 4;
    const placement::Plan plan = placement::plan(document->topology(), options);
    QVERIFY2(plan.ok, qPrintable(plan.reason));
    QVERIFY(placement::applyPlan(document.get(), plan, &error));
    for (const Diagnostic &d : rules::checkTopology(document->topology()))
        QVERIFY2(d.severity < Severity::QemuError, qPrintable(d.message));
    const VirtConnection::Result validated = m_libvirt->define(document->toXml(), true);
    QVERIFY2(validated.ok, qPrintable(validated.error));
    QVERIFY(m_libvirt->undefine(QStringLiteral("place-1000")).ok);
}

void tst_Placement::commandIsOneUndoStep()
{
    const QByteArray xml = generate(Machines[0], 3, 6);
    auto document = DomainDocument::fromXml(xml, nullptr);
    const placement::Plan plan = placement::plan(document->topology());
    QVERIFY(plan.ok && !plan.isEmpty());
    QString error;
    QVERIFY(placement::applyPlan(document.get(), plan, &error));
    QCOMPARE(document->undoStack()->count(), 1);
    const QStringList lines = plan.describe(document->topology());
    QVERIFY(lines.first().startsWith("Add pcie-root-port #"));
    // Placing again finds nothing to do.
    QVERIFY(placement::plan(document->topology()).isEmpty());
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), xml);
}

void tst_Placement::refusesWhatItCannotPlace()
{
    QByteArray xml = generate(Machines[0], 1, 2);
    xml.replace("machine='q35'", "machine='pseries'").replace("arch='x86_64'", "arch='ppc64'");
    auto document = DomainDocument::fromXml(xml, nullptr);
    const placement::Plan plan = placement::plan(document->topology());
    QVERIFY(!plan.ok);
    QVERIFY2(plan.reason.contains("not available"), qPrintable(plan.reason));
    QString error;
    QVERIFY(!placement::applyPlan(document.get(), plan, &error));
    QCOMPARE(document->toXml(), xml);
}

QTEST_MAIN(tst_Placement)
#include "tst_placement.moc"
