#include "DomainDocument.h"
#include "TopologyGenerator.h"
#include "libvirt/VirtConnection.h"
#include "rules/RuleChecker.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>

using namespace pcitopo;
using namespace pcitopo::test;

/**
 * The checker against real libvirt 9.0: generated domains of every machine type, legal and
 * with one mistake of each kind, defined through the in-process QEMU driver
 * (qemu:///embed?root=DIR, the qemu-system binaries probed for real). The checker must report a
 * libvirt error exactly when libvirt refuses, and where libvirt accepts what QEMU would refuse
 * (multifunction off, duplicate chassis, controller order, duplicate PHB index) it must say so.
 */
class tst_LibvirtDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void placementRefusals_data();
    void placementRefusals();
    void cleanupTestCase();

private:
    std::unique_ptr<VirtConnection> m_libvirt;
    QMap<QString, QPair<int, int>> m_byMutation; // mutation → (cases, libvirt rejected)
    int m_cases = 0;
    int m_agreed = 0;
};

static const Mutation QemuOnly[] = {Mutation::MultifunctionOff, Mutation::DuplicateChassis,
                                    Mutation::ControllerIndexOrder, Mutation::PhbIndexDuplicate};

void tst_LibvirtDifferential::initTestCase()
{
    // The embedded QEMU driver needs the libvirt-qemu user, and a /dev/kvm it can open, or it
    // re-probes QEMU on every call (installer/prepare-test-env.sh sets both up).
    QVERIFY2(getpwnam("libvirt-qemu"), "the libvirt-qemu user is missing: run installer/prepare-test-env.sh");
    struct stat kvm
    {
    };
    if (stat("/dev/kvm", &kvm) == 0)
        QVERIFY2((kvm.st_mode & 0006) == 0006, "/dev/kvm is not 0666: run installer/prepare-test-env.sh");
    for (const char *binary : {"x86_64", "aarch64", "ppc64"}) {
        const QString path = QStringLiteral("/usr/bin/qemu-system-") + QLatin1String(binary);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + " is missing: run installer/install-deps.sh"));
    }
    // One root for the whole run and across runs, so QEMU's capabilities are probed once. Its
    // path must stay short: libvirt puts sockets under it.
    const QString root = QDir::tempPath() + QStringLiteral("/pcitopo-embed");
    QDir().mkpath(root);
    QString error;
    m_libvirt = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(m_libvirt, qPrintable(error));
    for (const QString &name : m_libvirt->domainNames())
        m_libvirt->undefine(name);
}

void tst_LibvirtDifferential::verdict_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("name");
    TopologyGenerator generator(20261122);
    const GenMachine machines[] = {GenMachine::Q35, GenMachine::Pc, GenMachine::ArmVirt, GenMachine::Pseries};
    int n = 0;
    for (int round = 0; round < 5; ++round) {
        for (GenMachine machine : machines) {
            for (Mutation mutation : TopologyGenerator::allMutations()) {
                const QString name = QStringLiteral("gen%1").arg(++n);
                const GeneratedDomain domain = generator.generate(machine, mutation, name);
                if (!domain.mutated)
                    continue;
                const QString row =
                    QStringLiteral("%1 %2 #%3")
                        .arg(TopologyGenerator::machineName(machine), TopologyGenerator::mutationName(mutation))
                        .arg(round + 1);
                QTest::newRow(qPrintable(row)) << domain.xml << TopologyGenerator::mutationName(mutation) << name;
            }
        }
    }
}

void tst_LibvirtDifferential::verdict()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mutation);
    QFETCH(QString, name);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    QStringList libvirtErrors;
    QStringList qemuErrors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::LibvirtError)
            libvirtErrors << d.ruleId + QStringLiteral(": ") + d.message;
        else if (d.severity == Severity::QemuError)
            qemuErrors << d.ruleId;
    }

    const VirtConnection::Result defined = m_libvirt->define(xml, true);
    if (defined.ok)
        m_libvirt->undefine(name);
    ++m_cases;
    auto &counts = m_byMutation[mutation];
    ++counts.first;
    if (!defined.ok)
        ++counts.second;
    // libvirt refusing for a reason of this host (not PCI) would make the row meaningless.
    QVERIFY2(defined.ok || !defined.error.contains(QLatin1String("binary")), qPrintable(defined.error));

    if (defined.ok) {
        QVERIFY2(libvirtErrors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt accepts; pcitopo: ") + libvirtErrors.join(QStringLiteral("; "))));
        bool qemuOnly = false;
        for (Mutation m : QemuOnly)
            qemuOnly = qemuOnly || mutation == TopologyGenerator::mutationName(m);
        if (qemuOnly)
            QVERIFY2(!qemuErrors.isEmpty(), "libvirt accepts what QEMU refuses: pcitopo must say so");
    } else {
        QVERIFY2(!libvirtErrors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt refuses (%1); pcitopo finds no libvirt error").arg(defined.error)));
    }
    ++m_agreed;
}

namespace {

QByteArray domainXml(const QString &name, const char *machine, const QByteArray &devices)
{
    return QByteArrayLiteral("<domain type='qemu'>\n  <name>") + name.toUtf8()
        + QByteArrayLiteral("</name>\n  <memory unit='KiB'>131072</memory>\n  <os>\n    <type arch='x86_64' machine='")
        + machine
        + QByteArrayLiteral(
               "'>hvm</type>\n  </os>\n  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n")
        + devices + QByteArrayLiteral("  </devices>\n</domain>\n");
}

/** `count` pcie-root-ports without addresses on q35: libvirt puts them eight to a slot. */
QByteArray q35Ports(const QString &name, int count)
{
    QByteArray devices = "    <controller type='pci' index='0' model='pcie-root'/>\n";
    for (int i = 1; i <= count; ++i)
        devices += QStringLiteral("    <controller type='pci' index='%1' model='pcie-root-port'/>\n").arg(i).toUtf8();
    return domainXml(name, "pc-q35-7.2", devices);
}

/** The root bus's slots `first`..30 taken by NICs written there, and `loose` NICs without an address. */
QByteArray fullRoot(const QString &name, const char *machine, int first, int loose)
{
    QByteArray devices = machine == QByteArrayLiteral("pc-q35-7.2")
        ? "    <controller type='pci' index='0' model='pcie-root'/>\n"
        : "    <controller type='pci' index='0' model='pci-root'/>\n";
    for (int slot = first; slot <= 0x1e; ++slot)
        devices += QStringLiteral("    <interface type='user'><model type='e1000'/>"
                                  "<address type='pci' domain='0x0000' bus='0x00' slot='0x%1' function='0x0'/>"
                                  "</interface>\n")
                       .arg(slot, 2, 16, QLatin1Char('0'))
                       .toUtf8();
    for (int i = 0; i < loose; ++i)
        devices += "    <interface type='user'><model type='virtio'/></interface>\n";
    devices += "    <memballoon model='none'/>\n    <controller type='usb' model='none'/>\n";
    return domainXml(name, machine, devices);
}

} // namespace

void tst_LibvirtDifferential::placementRefusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("name");
    // Around the edge of what pcie-root's slots hold, eight ports a slot.
    for (int ports : {8, 100, 224, 232, 240, 244, 246, 248, 250, 252, 256, 260}) {
        const QString name = QStringLiteral("ports%1").arg(ports);
        QTest::newRow(qPrintable(QStringLiteral("q35, %1 root ports without address").arg(ports)))
            << q35Ports(name, ports) << name;
    }
    // A root bus full of devices written there: what has no address needs a slot for a bus.
    for (const char *machine : {"pc-q35-7.2", "pc-i440fx-7.2"}) {
        for (const auto &[first, loose] :
             {std::pair{1, 1}, std::pair{1, 0}, std::pair{2, 0}, std::pair{2, 1}, std::pair{2, 2}, std::pair{3, 9}}) {
            if (first == 1 && QByteArray(machine) == "pc-i440fx-7.2")
                continue; // slot 1 is PIIX3's
            const QString name =
                QStringLiteral("full%1%2%3").arg(QLatin1String(machine).mid(3, 3)).arg(first).arg(loose);
            QTest::newRow(qPrintable(QStringLiteral("%1, slots %2-30 taken, %3 without address")
                                         .arg(QLatin1String(machine))
                                         .arg(first)
                                         .arg(loose)))
                << fullRoot(name, machine, first, loose) << name;
        }
    }
    // Machines without a PCI bus: whatever needs one is refused, libvirt's own additions too.
    const struct
    {
        const char *machine;
        const char *devices;
        const char *what;
    } noPci[] = {
        {"isapc", "", "nothing written"},
        {"isapc", "    <memballoon model='none'/>\n", "no memballoon"},
        {"isapc", "    <memballoon model='none'/>\n    <controller type='usb' index='0' model='piix3-uhci'/>\n",
         "a PIIX3 USB controller"},
        {"isapc", "    <memballoon model='none'/>\n    <interface type='user'><model type='virtio'/></interface>\n",
         "a virtio NIC"},
        {"microvm", "    <memballoon model='none'/>\n", "no memballoon"},
        {"microvm", "    <memballoon model='none'/>\n    <controller type='usb' model='none'/>\n", "no USB"},
    };
    int n = 0;
    for (const auto &row : noPci) {
        const QString name = QStringLiteral("nopci%1").arg(++n);
        QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(row.machine), QLatin1String(row.what))))
            << domainXml(name, row.machine, row.devices) << name;
    }
}

void tst_LibvirtDifferential::placementRefusals()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, name);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    const Diagnostic *refused = nullptr;
    QStringList libvirtErrors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::LibvirtError)
            libvirtErrors << d.ruleId + QStringLiteral(": ") + d.message;
        if (d.ruleId == QLatin1String("placement-refused"))
            refused = &d;
    }
    const VirtConnection::Result defined = m_libvirt->define(xml, true);
    if (defined.ok)
        m_libvirt->undefine(name);
    QVERIFY2(defined.ok || !defined.error.contains(QLatin1String("binary")), qPrintable(defined.error));
    if (defined.ok) {
        QVERIFY2(libvirtErrors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt accepts; pcitopo: ") + libvirtErrors.join(QStringLiteral("; "))));
        return;
    }
    QVERIFY2(refused,
             qPrintable(QStringLiteral("libvirt refuses (%1); pcitopo: %2")
                            .arg(defined.error, libvirtErrors.join(QStringLiteral("; ")))));
    // It names what libvirt was placing: a controller or device of the XML, or one libvirt adds.
    if (refused->nodes.isEmpty()) {
        QVERIFY2(refused->message.contains(QLatin1String(" libvirt adds")), qPrintable(refused->message));
        if (defined.error.contains(QLatin1String("model='pcie-root-port'")))
            QVERIFY2(refused->message.contains(QLatin1String("pcie-root-port")), qPrintable(refused->message));
    } else {
        const NodeId concerned = refused->nodes.first();
        QVERIFY(refused->message.contains(document->topology().labelOf(concerned)));
        if (defined.error.contains(QLatin1String("model='pcie-root-port'"))
            && document->topology().controller(concerned))
            QCOMPARE(document->topology().controller(concerned)->model, ControllerModel::PcieRootPort);
    }
    qInfo("libvirt: %s\npcitopo: %s", qPrintable(defined.error), qPrintable(refused->message));
}

void tst_LibvirtDifferential::cleanupTestCase()
{
    for (auto it = m_byMutation.cbegin(); it != m_byMutation.cend(); ++it)
        qInfo("%-24s %d cases, libvirt refused %d", qPrintable(it.key()), it->first, it->second);
    qInfo("agreement with libvirt: %d of %d generated domains", m_agreed, m_cases);
}

QTEST_GUILESS_MAIN(tst_LibvirtDifferential)
#include "tst_libvirtdifferential.moc"
