#include "LibvirtDaemon.h"
#include "libvirt/VirtConnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <signal.h>

using namespace pcitopo;
using namespace pcitopo::testing;

/**
 * `pcitopo hotplug` and `pcitopo tree --live`, the real binary against a running TCG guest of a
 * libvirtd of the test's own on 127.0.0.1: a plug lands where pcitopo says the guest sees it (by
 * QEMU's own query-pci), refused places are refused before libvirt is asked, and an unplug the
 * OS-less guest never acknowledges is reported as pending, not as done.
 */
class tst_LiveHotplug : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeLiveShowsTheGuestsNumbers();
    void plugsWherePredicted();
    void refusesBeforeAskingLibvirt_data();
    void refusesBeforeAskingLibvirt();
    void choosesAFreeHotpluggablePort();
    void unplugsAHotpluggedDevice();
    void unplugOfAnOslessGuestStaysPending();
    void wrongUse();
    void daemonStopsAnsweringWhileWaiting();

private:
    using Result = ProgramRun;
    /** The real binary. */
    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(PCITOPO_BINARY), arguments, input, {}, 60000);
    }
    int interfaces();
    /** The alias libvirt gave the running guest's NIC with this MAC; "" when it has none. */
    QString aliasOfMac(const char *mac);
    /** QEMU's (bus, slot) of the function with this qdev id, once the firmware numbered the bridges. */
    std::optional<std::pair<int, int>> qemuAddressOf(const QString &alias);

    Daemon m_daemon;
    std::unique_ptr<VirtConnection> m_libvirt;
    QTemporaryDir m_dir;
    QString m_nic;
};

namespace {

const char *const GuestName = "hotplug-guest";

/**
 * q35 with three root ports in one multifunction slot (the third with hotplug='off'), and a
 * pxb-pcie whose range starts at 100 with a root port on it: the guest sees that port's bus as
 * 0x65 where libvirt says bus 5. No USB controller, so nothing else takes a port.
 */
QByteArray guestXml()
{
    return readFile(QStringLiteral(PCITOPO_TEST_DATA_DIR "/hotplug-guest.xml"));
}

} // namespace

int tst_LiveHotplug::interfaces()
{
    QString error;
    return int(m_libvirt->liveXml(QString::fromLatin1(GuestName), &error).count("<interface "));
}

QString tst_LiveHotplug::aliasOfMac(const char *mac)
{
    QString error;
    const QString live = QString::fromUtf8(m_libvirt->liveXml(QString::fromLatin1(GuestName), &error));
    return QRegularExpression(QString::fromLatin1(mac) + QStringLiteral("'/>(?:.|\\n)*?<alias name='([^']+)'/>"))
        .match(live)
        .captured(1);
}

std::optional<std::pair<int, int>> tst_LiveHotplug::qemuAddressOf(const QString &alias)
{
    return qemuBusAndSlot(*m_libvirt, QString::fromLatin1(GuestName), alias);
}

void tst_LiveHotplug::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PCITOPO_BINARY)));
    QVERIFY2(QFile::exists(QStringLiteral("/usr/share/seabios/bios-256k.bin")),
             "SeaBIOS is missing: run installer/install-deps.sh");
    QVERIFY(m_dir.isValid());
    m_daemon.runsGuests = true;
    QString error;
    m_libvirt = m_daemon.startOpen(&error);
    QVERIFY2(m_libvirt, qPrintable(error));
    const VirtConnection::Result defined = m_libvirt->define(guestXml());
    QVERIFY2(defined.ok, qPrintable(defined.error));
    const VirtConnection::Result started = m_libvirt->start(QString::fromLatin1(GuestName));
    QVERIFY2(started.ok, qPrintable(started.error + QLatin1Char('\n') + m_daemon.log()));

    m_nic = m_dir.filePath(QStringLiteral("nic.xml"));
    QFile nic(m_nic);
    QVERIFY(nic.open(QIODevice::WriteOnly));
    nic.write(
        "<interface type='user'>\n  <mac address='52:54:00:19:00:02'/>\n  <model type='virtio'/>\n</interface>\n");
}

void tst_LiveHotplug::treeLiveShowsTheGuestsNumbers()
{
    const Result live = run({"tree", "--connect", m_daemon.uri, GuestName, "--live"});
    QVERIFY2(live.exitCode == 0, live.err.constData());
    QVERIFY2(live.out.contains("live topology"), live.out.constData());
    // The port on the expander: libvirt's bus 4, the guest's 0x64.
    QVERIFY2(QRegularExpression(QStringLiteral("04:00\\.0 .*pcie-root-port.*\\{guest 0000:64:00\\.0\\}"))
                 .match(QString::fromUtf8(live.out))
                 .hasMatch(),
             live.out.constData());
    // The live XML has the aliases and addresses libvirt assigned; the next boot's is the same
    // topology here, and without --live the tree says nothing of a live layer.
    const Result next = run({"tree", "--connect", m_daemon.uri, GuestName});
    QCOMPARE(next.exitCode, 0);
    QVERIFY(!next.out.contains("live topology"));
}

void tst_LiveHotplug::plugsWherePredicted()
{
    const int before = interfaces();
    const Result plugged = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", m_nic, "--at", "05:00.0"});
    QVERIFY2(plugged.exitCode == 0, plugged.err.constData());
    QVERIFY2(plugged.out.contains("at 0000:05:00.0") && plugged.out.contains("(the guest sees 65:00.0)"),
             plugged.out.constData());
    QCOMPARE(interfaces(), before + 1);

    // The alias libvirt gave it, and where QEMU put it: bus 0x65 as predicted.
    const QString alias = aliasOfMac("52:54:00:19:00:02");
    QVERIFY(!alias.isEmpty());
    const auto qemu = qemuAddressOf(alias);
    QVERIFY2(qemu, "QEMU does not list the plugged NIC");
    QCOMPARE(qemu->first, 0x65);
    QCOMPARE(qemu->second, 0);
}

void tst_LiveHotplug::refusesBeforeAskingLibvirt_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("hotplug-off") << QStringLiteral("03:00.0") << QByteArray("index='3' doesn't support hotplug");
    QTest::newRow("pcie-root") << QStringLiteral("00:09.0") << QByteArray("index='0' doesn't support hotplug");
    QTest::newRow("occupied") << QStringLiteral("01:00.0") << QByteArray("01:00.0");
    QTest::newRow("no-such-bus") << QStringLiteral("0c:00.0") << QByteArray("0c");
}

void tst_LiveHotplug::refusesBeforeAskingLibvirt()
{
    QFETCH(QString, at);
    QFETCH(QByteArray, reason);
    const int before = interfaces();
    QElapsedTimer clock;
    clock.start();
    const Result refused = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", m_nic, "--at", at});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(reason) && refused.err.contains("nothing was asked of libvirt"),
             refused.err.constData());
    QCOMPARE(interfaces(), before);
}

void tst_LiveHotplug::choosesAFreeHotpluggablePort()
{
    // Without --at: the first free port that takes hotplug (bus 2; bus 3 is hotplug='off').
    const Result plugged = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", "-"},
                               "<interface type='user'><mac address='52:54:00:19:00:03'/>"
                               "<model type='virtio'/></interface>");
    QVERIFY2(plugged.exitCode == 0, plugged.err.constData());
    QVERIFY2(plugged.out.contains("at 0000:02:00.0"), plugged.out.constData());
    // No port left that takes it: refused, in libvirt's words, before libvirt is asked.
    const Result full = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", m_nic});
    QCOMPARE(full.exitCode, 3);
    QVERIFY2(full.err.contains("nothing was asked of libvirt"), full.err.constData());
}

void tst_LiveHotplug::unplugsAHotpluggedDevice()
{
    // The port on the pxb-pcie hot-plugs natively, and QEMU takes a device out at once from a
    // slot the OS-less guest never powered: the DEVICE_REMOVED path, and QEMU must no longer
    // list it. (The ports on pcie-root hot-plug through ACPI, which waits for the guest.)
    const QString alias = aliasOfMac("52:54:00:19:00:02");
    QVERIFY(!alias.isEmpty());
    const int before = interfaces();
    const Result unplugged = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--remove", "05:00.0"});
    QVERIFY2(unplugged.exitCode == 0, unplugged.err.constData());
    QVERIFY2(unplugged.out.contains("unplugged interface 52:54:00:19:00:02"), unplugged.out.constData());
    // Proven by the event, not by a look at the live XML after the timeout.
    QVERIFY2(unplugged.out.contains("libvirt's DEVICE_REMOVED"), unplugged.out.constData());
    QCOMPARE(interfaces(), before - 1);
    QVERIFY(!qemuAddressOf(alias));
}

void tst_LiveHotplug::unplugOfAnOslessGuestStaysPending()
{
    // The NIC there since boot sits in a powered slot: QEMU asks the guest, which has no OS to
    // answer. libvirt's detach returns "successfully"; pcitopo must say pending, exit 5.
    const int before = interfaces();
    QElapsedTimer clock;
    clock.start();
    const Result pending =
        run({"hotplug", "--connect", m_daemon.uri, GuestName, "--remove", "01:00.0", "--timeout", "2"});
    QVERIFY2(pending.exitCode == 5, pending.out + pending.err);
    QVERIFY2(pending.err.contains("has not released") && pending.err.contains("pending"), pending.err.constData());
    QVERIFY2(!pending.out.contains("unplugged"), pending.out.constData());
    // It is still there, for libvirt and for QEMU.
    QCOMPARE(interfaces(), before);
    QVERIFY(qemuAddressOf(QStringLiteral("net0")));
    qInfo("unplug reported pending after %lld ms", clock.elapsed());

    // A root port, or a function of a multifunction slot, is not unplugged alone.
    const Result port = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--remove", "00:02.1"});
    QCOMPARE(port.exitCode, 3);
    QVERIFY2(port.err.contains("nothing was asked of libvirt"), port.err.constData());
}

void tst_LiveHotplug::wrongUse()
{
    const int before = interfaces();
    QVERIFY(m_libvirt->define(QByteArray(guestXml()).replace("hotplug-guest", "stopped-guest")).ok);
    const Result stopped = run({"hotplug", "--connect", m_daemon.uri, "stopped-guest", "--add", m_nic});
    QCOMPARE(stopped.exitCode, 4);
    QVERIFY2(stopped.err.contains("not running"), stopped.err.constData());
    QCOMPARE(run({"tree", "--connect", m_daemon.uri, "stopped-guest", "--live"}).exitCode, 4);
    QCOMPARE(run({"hotplug", "--connect", m_daemon.uri, GuestName, "--remove", "zz"}).exitCode, 4);
    QCOMPARE(run({"hotplug", "--connect", m_daemon.uri, GuestName}).exitCode, 4);
    QCOMPARE(run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", m_nic, "--remove", "01:00.0"}).exitCode, 4);
    const Result garbage = run({"hotplug", "--connect", m_daemon.uri, GuestName, "--add", "-"}, "<interface");
    QCOMPARE(garbage.exitCode, 4);
    QCOMPARE(interfaces(), before);
}

void tst_LiveHotplug::daemonStopsAnsweringWhileWaiting()
{
    // An unplug of the NIC on port 2 (ACPI: the OS-less guest never answers) is under way when
    // the daemon stops answering: pcitopo gives up once keepalive declares the connection dead,
    // and says it cannot tell, exit 4, instead of hanging or claiming either outcome.
    QProcess cli;
    cli.start(QStringLiteral(PCITOPO_BINARY),
              {"hotplug", "--connect", m_daemon.uri, GuestName, "--remove", "02:00.0", "--timeout", "120"});
    QVERIFY(cli.waitForStarted());
    QTest::qWait(7000); // libvirt's detach waits 5 s for QEMU, then pcitopo waits for the event
    QCOMPARE(cli.state(), QProcess::Running);
    const qint64 daemon = m_daemon.process.processId();
    QVERIFY(daemon > 0);
    ::kill(pid_t(daemon), SIGSTOP);
    const auto resume = qScopeGuard([daemon] { ::kill(pid_t(daemon), SIGCONT); });
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(cli.waitForFinished(60000), "pcitopo hotplug still waits on a daemon that stopped answering");
    qInfo("gave up %lld ms after the daemon stopped", clock.elapsed());
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 4);
    QVERIFY2(err.contains("was lost while waiting") && err.contains("not known"), err.constData());
    QVERIFY(!cli.readAllStandardOutput().contains("unplugged"));
}

QTEST_GUILESS_MAIN(tst_LiveHotplug)
#include "tst_livehotplug.moc"
