#include "DomainDocument.h"
#include "TopologyGenerator.h"
#include "libvirt/VirtConnection.h"
#include "rules/GuestAddressing.h"
#include "xml/XmlDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>

using namespace pcitopo;
using namespace pcitopo::test;

/**
 * The bus numbers pcitopo says the guest sees, against the running QEMU's own: each guest is
 * defined and started (TCG, no disk, no OS: SeaBIOS numbers the bridges within seconds) through
 * the in-process QEMU driver, and QMP's query-pci is read through libvirt-qemu. Every device and
 * controller is matched by its alias (QEMU's qdev id): its guest bus, slot and function, and for
 * a bridge or port the bus number behind it, must be what pcitopo's numbering gives the live XML.
 */
class tst_GuestNumbering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesQemu_data();
    void matchesQemu();
    void cleanupTestCase();

private:
    std::unique_ptr<VirtConnection> m_libvirt;
    QTemporaryDir m_images{QDir::tempPath() + QStringLiteral("/pcitopo-images-XXXXXX")};
    int m_compared = 0;
    int m_busesCompared = 0;
};

namespace {

/** What QEMU says of one PCI function. */
struct QemuFunction
{
    quint32 bus = 0;
    quint32 slot = 0;
    quint32 function = 0;
    std::optional<quint32> secondary; // a bridge's
};

/** QEMU's PCI functions by qdev id (those without one are chipset parts), and its root buses. */
struct QemuView
{
    QHash<QString, QemuFunction> byId; // the first function with that id
    QHash<QString, quint32> secondaryById; // the bus behind the bridge with that id
    QSet<QString> anonymous; // bus:slot.function of functions without an id
    QSet<quint32> roots;
    QStringList unnumberedBridges;
    QByteArray raw;
    bool operator==(const QemuView &other) const { return raw == other.raw; }
};

void readDevices(const QJsonArray &devices, quint32 bus, QemuView &view)
{
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        QemuFunction f;
        f.bus = bus;
        f.slot = quint32(device.value(QLatin1String("slot")).toInt());
        f.function = quint32(device.value(QLatin1String("function")).toInt());
        const QJsonObject bridge = device.value(QLatin1String("pci_bridge")).toObject();
        if (!bridge.isEmpty()) {
            const quint32 secondary = quint32(bridge.value(QLatin1String("bus")).toObject().value("secondary").toInt());
            f.secondary = secondary;
            if (secondary == 0)
                view.unnumberedBridges << device.value(QLatin1String("qdev_id")).toString()
                        + QStringLiteral("@%1:%2.%3").arg(bus).arg(f.slot).arg(f.function);
            else
                readDevices(bridge.value(QLatin1String("devices")).toArray(), secondary, view);
        }
        const QString id = device.value(QLatin1String("qdev_id")).toString();
        if (id.isEmpty()) {
            view.anonymous.insert(QStringLiteral("%1:%2.%3").arg(bus).arg(f.slot).arg(f.function));
            continue;
        }
        // A pc pxb is listed twice under its id: as the host bridge on bus 0, and as the hidden
        // bridge on its own root bus in front of the bus its devices use.
        if (const auto known = view.byId.constFind(id); known == view.byId.cend() || (known->secondary && !f.secondary))
            view.byId.insert(id, f);
        if (f.secondary)
            view.secondaryById.insert(id, *f.secondary);
    }
}

QemuView parseQueryPci(const QByteArray &reply)
{
    QemuView view;
    // The reply's own id changes with every command: two readings compare by what they return.
    const QJsonArray buses = QJsonDocument::fromJson(reply).object().value(QLatin1String("return")).toArray();
    view.raw = QJsonDocument(buses).toJson(QJsonDocument::Compact);
    if (qEnvironmentVariableIsSet("PCITOPO_DUMP_QUERY_PCI"))
        qInfo("%s", QJsonDocument(buses).toJson().constData());
    for (const QJsonValue &value : buses) {
        const QJsonObject bus = value.toObject();
        const quint32 number = quint32(bus.value(QLatin1String("bus")).toInt());
        view.roots.insert(number);
        readDevices(bus.value(QLatin1String("devices")).toArray(), number, view);
    }
    return view;
}

QByteArray guest(const QString &name, const QByteArray &machine, const QByteArray &controllers,
                 const QByteArray &devices = {})
{
    return "<domain type='qemu'>\n  <name>" + name.toUtf8()
        + "</name>\n  <memory unit='MiB'>128</memory>\n  <os><type arch='x86_64' machine='" + machine
        + "'>hvm</type></os>\n  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
          "    <memballoon model='none'/>\n"
        + controllers + devices + "  </devices>\n</domain>\n";
}

QByteArray controller(int index, const char *model, const QByteArray &inner = {})
{
    return "    <controller type='pci' index='" + QByteArray::number(index) + "' model='" + model + "'>" + inner
        + "</controller>\n";
}

QByteArray at(int bus, int slot, int function = 0)
{
    return "<address type='pci' bus='" + QByteArray::number(bus) + "' slot='" + QByteArray::number(slot)
        + "' function='" + QByteArray::number(function) + "'/>";
}

QByteArray nic(int n, int bus, int slot, const char *model = "virtio")
{
    return "    <interface type='user'><mac address='52:54:00:10:00:" + QByteArray::number(n, 16).rightJustified(2, '0')
        + "'/><model type='" + model + "'/>" + at(bus, slot) + "</interface>\n";
}

/**
 * A generated guest with expander buses (the topology generator makes them only as mistakes):
 * q35 with pxb-pcie, or pc with pci-expander-bus, each at a busNr drawn from its own range, with
 * root ports (and on q35 a switch now and then) or pci-bridges behind, NICs on some of them, and
 * ports and bridges on the root bus too.
 */
QByteArray expanderGuest(const QString &name, bool q35, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray controllers = controller(0, q35 ? "pcie-root" : "pci-root");
    QByteArray devices;
    int index = 1;
    int rootSlot = 2;
    int nics = 0;
    const auto addNic = [&](int bus, int slot) {
        devices += nic(++nics, bus, slot, q35 ? "virtio" : "e1000");
    };
    // Something on the root bus first: its buses number before the expanders'.
    for (int i = 0, n = random.bounded(1, 4); i < n; ++i) {
        const int port = index++;
        controllers += controller(port, q35 ? "pcie-root-port" : "pci-bridge", at(0, rootSlot++));
        if (random.bounded(2))
            addNic(port, q35 ? 0 : 1);
    }
    for (int e = 0, expanders = random.bounded(1, 4); e < expanders; ++e) {
        const int expander = index++;
        const int busNr = 32 + 48 * e + random.bounded(0, 12);
        controllers += controller(expander, q35 ? "pcie-expander-bus" : "pci-expander-bus",
                                  "<target busNr='" + QByteArray::number(busNr) + "'/>" + at(0, rootSlot++));
        for (int p = 0, ports = random.bounded(1, 4); p < ports; ++p) {
            const int port = index++;
            controllers += controller(port, q35 ? "pcie-root-port" : "pci-bridge", at(expander, q35 ? p : p + 1));
            if (q35 && random.bounded(3) == 0) { // a switch behind the port, a NIC on its second port
                const int up = index++;
                controllers += controller(up, "pcie-switch-upstream-port", at(port, 0));
                const int first = index++;
                controllers += controller(first, "pcie-switch-downstream-port", at(up, 0));
                const int second = index++;
                controllers += controller(second, "pcie-switch-downstream-port", at(up, 1));
                addNic(second, 0);
            } else if (random.bounded(2)) {
                addNic(port, q35 ? 0 : 1);
            }
        }
    }
    return guest(name, q35 ? "q35" : "pc", controllers, devices);
}

QString aliasOf(const XmlNode &element)
{
    const XmlNode alias = element.firstChildElement("alias");
    return alias ? alias.attribute("name") : QString();
}

} // namespace

void tst_GuestNumbering::initTestCase()
{
    QVERIFY2(getpwnam("libvirt-qemu"), "the libvirt-qemu user is missing: run installer/prepare-test-env.sh");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/qemu-system-x86_64")),
             "qemu-system-x86_64 is missing: run installer/install-deps.sh");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/share/seabios/bios-256k.bin")),
             "SeaBIOS is missing: run installer/install-deps.sh");
    // A root of this test's own (short: libvirt puts sockets under it), kept across runs for
    // QEMU's capability cache. Its qemu.conf sends QEMU's output to a file, without virtlogd.
    const QString root = QDir::tempPath() + QStringLiteral("/pcitopo-embed-live");
    QDir().mkpath(root + QStringLiteral("/etc"));
    QFile conf(root + QStringLiteral("/etc/qemu.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("stdio_handler = \"file\"\n");
    conf.close();
    QString error;
    m_libvirt = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(m_libvirt, qPrintable(error));
    for (const QString &name : m_libvirt->domainNames()) {
        m_libvirt->destroy(name);
        m_libvirt->undefine(name);
    }
    QVERIFY(m_images.isValid());
    // QEMU runs as libvirt-qemu: it must reach the empty disk images.
    QFile::setPermissions(m_images.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup);
}

void tst_GuestNumbering::matchesQemu_data()
{
    QTest::addColumn<QByteArray>("xml");

    // Generated guests: root ports, switches, pcie-to-pci-bridges and pci-bridges (q35), and
    // pci-bridges (pc), with NICs and disks on them.
    TopologyGenerator generator(20261206);
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("gen-q35-%1").arg(i);
        QTest::newRow(qPrintable(name)) << generator.generate(GenMachine::Q35, Mutation::Legal, name).xml;
    }
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("gen-pc-%1").arg(i);
        QTest::newRow(qPrintable(name)) << generator.generate(GenMachine::Pc, Mutation::Legal, name).xml;
    }

    // Generated guests with expander buses, whose ranges start at their busNr.
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("gen-pxb-pcie-%1").arg(i);
        QTest::newRow(qPrintable(name)) << expanderGuest(name, true, 20261206 + i);
    }
    QTest::newRow("gen-pxb-pc-0") << expanderGuest(QStringLiteral("gen-pxb-pc-0"), false, 20261209);

    // Hand-written: expander buses around the root bus's own numbers, and bridges behind them.
    QTest::newRow("q35-two-pxb-pcie") << guest(
        "q35-two-pxb-pcie", "q35",
        controller(0, "pcie-root") + controller(1, "pcie-root-port", at(0, 1))
            + controller(2, "pcie-expander-bus", "<target busNr='100'/>" + at(0, 2))
            + controller(3, "pcie-root-port", at(2, 0)) + controller(4, "pcie-root-port", at(2, 1))
            + controller(5, "pcie-switch-upstream-port", at(4, 0))
            + controller(6, "pcie-switch-downstream-port", at(5, 0))
            + controller(7, "pcie-switch-downstream-port", at(5, 1))
            + controller(8, "pcie-expander-bus", "<target busNr='200'/>" + at(0, 3))
            + controller(9, "pcie-root-port", at(8, 0)) + controller(10, "pcie-root-port", at(0, 4)),
        nic(1, 7, 0) + nic(2, 9, 0) + nic(3, 10, 0));
    QTest::newRow("q35-pxb-pcie-bridges")
        << guest("q35-pxb-pcie-bridges", "q35",
                 controller(0, "pcie-root") + controller(1, "pcie-expander-bus", "<target busNr='64'/>" + at(0, 5))
                     + controller(2, "pcie-root-port", at(1, 0)) + controller(3, "pcie-to-pci-bridge", at(2, 0))
                     + controller(4, "pci-bridge", at(3, 1)) + controller(5, "pcie-root-port", at(0, 2))
                     + controller(6, "dmi-to-pci-bridge", at(0, 0x1e)) + controller(7, "pci-bridge", at(6, 1)),
                 nic(1, 4, 3, "e1000") + nic(2, 7, 2, "e1000") + nic(3, 5, 0));
    QTest::newRow("pc-pxb-bridges") << guest("pc-pxb-bridges", "pc",
                                             controller(0, "pci-root") + controller(1, "pci-bridge", at(0, 3))
                                                 + controller(2, "pci-expander-bus", "<target busNr='50'/>" + at(0, 4))
                                                 + controller(3, "pci-bridge", at(2, 1))
                                                 + controller(4, "pci-bridge", at(1, 5))
                                                 + controller(5, "pci-bridge", at(0, 6)),
                                             nic(1, 3, 2) + nic(2, 4, 1) + nic(3, 2, 7) + nic(4, 5, 9));
}

void tst_GuestNumbering::matchesQemu()
{
    QFETCH(QByteArray, xml);
    xml.replace("/var/lib/libvirt/images/", QDir(m_images.path()).absolutePath().toUtf8() + '/');
    // The generator's disks name image files: empty ones will do for firmware.
    for (qsizetype at = xml.indexOf("<source file='"); at >= 0; at = xml.indexOf("<source file='", at + 1)) {
        const qsizetype start = at + 14;
        QFile image(QString::fromUtf8(xml.mid(start, xml.indexOf('\'', start) - start)));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.setPermissions(image.permissions() | QFileDevice::ReadOther | QFileDevice::WriteOther);
    }
    const QString name = QString::fromUtf8(QTest::currentDataTag());

    const VirtConnection::Result defined = m_libvirt->define(xml);
    QVERIFY2(defined.ok, qPrintable(defined.error));
    const VirtConnection::Result started = m_libvirt->start(name);
    QVERIFY2(started.ok, qPrintable(started.error));
    auto stop = qScopeGuard([&] {
        m_libvirt->destroy(name);
        m_libvirt->undefine(name);
    });

    // Firmware numbers the bridges shortly after start: wait until no bridge is left at 0 and
    // two readings agree (the guest has no OS to change them after SeaBIOS).
    QString error;
    QemuView qemu;
    QElapsedTimer clock;
    clock.start();
    for (QemuView previous; clock.elapsed() < 60000; previous = qemu) {
        qemu = parseQueryPci(m_libvirt->qemuMonitorCommand(name, R"({"execute":"query-pci"})", &error));
        QVERIFY2(!qemu.raw.isEmpty(), qPrintable(error));
        if (qemu.unnumberedBridges.isEmpty() && qemu == previous)
            break;
        QTest::qWait(300);
    }
    QVERIFY2(qemu.unnumberedBridges.isEmpty(),
             qPrintable(QStringLiteral("bridges still unnumbered after 60 s: ") + qemu.unnumberedBridges.join(u' ')));

    // pcitopo's numbering of the live definition (where libvirt wrote every address and alias).
    const QByteArray live = m_libvirt->liveXml(name, &error);
    QVERIFY2(!live.isEmpty(), qPrintable(error));
    const auto document = DomainDocument::fromXml(live, &error);
    QVERIFY2(document, qPrintable(error));
    const Topology &topology = document->topology();
    const rules::GuestNumbering &numbering = document->guestNumbering();

    QStringList differences;
    int compared = 0;
    auto check = [&](NodeId id) {
        const QString alias = aliasOf(topology.element(id));
        const auto ours = numbering.address.constFind(id);
        if (alias.isEmpty() || ours == numbering.address.cend())
            return;
        const auto theirs = qemu.byId.constFind(alias);
        if (theirs == qemu.byId.cend()) {
            // Chipset parts (q35's SATA, pc's IDE) have no qdev id: the function must be there.
            ++compared;
            if (qemu.anonymous.contains(QStringLiteral("%1:%2.%3").arg(ours->bus).arg(ours->slot).arg(ours->function)))
                return;
            differences << QStringLiteral("%1 (%2): QEMU does not list it").arg(topology.labelOf(id), alias);
            return;
        }
        ++compared;
        if (ours->bus != theirs->bus || ours->slot != theirs->slot || ours->function != theirs->function)
            differences << QStringLiteral("%1 (%2): pcitopo %3, QEMU %4:%5.%6")
                               .arg(topology.labelOf(id), alias, ours->toShortString())
                               .arg(theirs->bus, 2, 16, QLatin1Char('0'))
                               .arg(theirs->slot, 2, 16, QLatin1Char('0'))
                               .arg(theirs->function);
        const Controller *c = topology.controller(id);
        if (!c || !numbering.busOfIndex.contains(c->index))
            return;
        const quint32 behind = numbering.busOfIndex.value(c->index).second;
        if (const auto secondary = qemu.secondaryById.constFind(alias); secondary != qemu.secondaryById.cend()) {
            ++m_busesCompared;
            if (*secondary != behind)
                differences << QStringLiteral("%1 (%2): pcitopo numbers its bus %3, QEMU %4")
                                   .arg(topology.labelOf(id), alias)
                                   .arg(behind)
                                   .arg(*secondary);
        } else if (c->model == ControllerModel::PcieExpanderBus) {
            ++m_busesCompared;
            if (!qemu.roots.contains(behind))
                differences << QStringLiteral("%1 (%2): pcitopo numbers its root bus %3, QEMU has no such root")
                                   .arg(topology.labelOf(id), alias)
                                   .arg(behind);
        }
    };
    for (const Controller &c : topology.controllers())
        check(c.id);
    for (const Device &d : topology.devices())
        check(d.id);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY2(compared >= 3, qPrintable(QStringLiteral("only %1 functions compared").arg(compared)));
    m_compared += compared;
}

void tst_GuestNumbering::cleanupTestCase()
{
    qInfo("%d PCI functions and %d bus numbers compared with QEMU's query-pci", m_compared, m_busesCompared);
}

QTEST_GUILESS_MAIN(tst_GuestNumbering)
#include "tst_guestnumbering.moc"
