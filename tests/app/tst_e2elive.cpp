#include "LibvirtDaemon.h"
#include "XInput.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pcitopo;
using namespace pcitopo::testing;

/**
 * The live layer through the real window, with real X input (xdotool) under xvfb-run, against a
 * running TCG guest of a libvirtd of the test's own: a place with hotplug='off' is refused before
 * libvirt is asked, a NIC is plugged into a free root port from the context menu, Edit › Undo
 * unplugs it again, and the OS-less guest's unplug of its boot NIC stays pending (drawn so, and
 * said so) while the window keeps answering.
 */
class tst_E2eLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plugAndUnplugThroughTheWindow();

private:
    /** The app's stdout so far, read as it comes. */
    struct App
    {
        QProcess process;
        QByteArray out;
        /** Box centres of the last "ready" block. */
        QHash<QString, QPoint> nodes;
        int blocks = 0;
        /** Waits up to `ms` for stdout to contain `text` (after `from`); its offset, or -1. */
        qsizetype waitFor(const QByteArray &text, int ms, qsizetype from = 0);
        void readGeometry();
    };
    /** A right click on a box, then keys in the menu that opens. */
    void menu(const QPoint &at, const QStringList &keys);
    int interfaces(bool live);

    Daemon m_daemon;
    std::unique_ptr<VirtConnection> m_libvirt;
    QTemporaryDir m_dir;
};

namespace {
const char *const GuestName = "hotplug-guest";
}

qsizetype tst_E2eLive::App::waitFor(const QByteArray &text, int ms, qsizetype from)
{
    QElapsedTimer clock;
    clock.start();
    while (!out.mid(from).contains(text) && clock.elapsed() < ms) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf(text, from);
    return at;
}

void tst_E2eLive::App::readGeometry()
{
    nodes.clear();
    const QList<QByteArray> blocksOut = out.split('\n');
    // The last block: lines after the last-but-one "ready".
    qsizetype start = 0;
    int seen = 0;
    for (qsizetype i = 0; i < blocksOut.size(); ++i) {
        if (blocksOut[i] == "ready" && ++seen < blocks)
            start = i + 1;
    }
    for (qsizetype i = start; i < blocksOut.size() && blocksOut[i] != "ready"; ++i)
        readNodeLine(blocksOut[i], &nodes);
}

void tst_E2eLive::menu(const QPoint &at, const QStringList &keys)
{
    QVERIFY(xdotool({"mousemove", QString::number(at.x()), QString::number(at.y()), "click", "3"}));
    for (const QString &key : keys) {
        QTest::qWait(500);
        QVERIFY(xdotool({"key", key}));
    }
}

int tst_E2eLive::interfaces(bool live)
{
    QString error;
    const QByteArray xml = live ? m_libvirt->liveXml(QString::fromLatin1(GuestName), &error)
                                : m_libvirt->domainXml(QString::fromLatin1(GuestName), &error);
    return int(xml.count("<interface "));
}

void tst_E2eLive::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "no X display: run under xvfb-run (CTest does)");
    QVERIFY2(!QStandardPaths::findExecutable("xdotool").isEmpty(), "xdotool is missing: run installer/install-deps.sh");
    QVERIFY(m_dir.isValid());
    m_daemon.runsGuests = true;
    QString error;
    m_libvirt = m_daemon.startOpen(&error);
    QVERIFY2(m_libvirt, qPrintable(error));
    const VirtConnection::Result defined =
        m_libvirt->define(readFile(QStringLiteral(PCITOPO_TEST_DATA_DIR "/hotplug-guest.xml")));
    QVERIFY2(defined.ok, qPrintable(defined.error));
    const VirtConnection::Result started = m_libvirt->start(QString::fromLatin1(GuestName));
    QVERIFY2(started.ok, qPrintable(started.error + QLatin1Char('\n') + m_daemon.log()));
}

void tst_E2eLive::plugAndUnplugThroughTheWindow()
{
    App app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.insert("PCITOPO_PRINT_NODE_GEOMETRY", "1");
    env.insert("PCITOPO_HEARTBEAT_MS", "250");
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    app.process.setProcessEnvironment(env);
    app.process.start(PCITOPO_BINARY, {"--connect", m_daemon.uri, GuestName, "--live"});
    QVERIFY(app.process.waitForStarted());
    const auto stop = qScopeGuard([&] {
        app.process.terminate();
        if (!app.process.waitForFinished(5000))
            app.process.kill();
    });
    QVERIFY2(app.waitFor("ready\n", 30000) >= 0, app.out.constData());
    app.blocks = 1;
    app.readGeometry();
    QVERIFY2(app.out.contains("notice\tThe running guest hotplug-guest as it is now"), app.out.constData());
    for (const char *box : {"pcie-root-port #5", "pcie-root-port #3", "interface 52:54:00:19:00:01"})
        QVERIFY2(app.nodes.contains(box), box);

    // Root port 3 has hotplug='off': the window says why, and libvirt is not asked.
    menu(app.nodes["pcie-root-port #3"], {"h", "n"});
    QTest::qWait(1500);
    QProcess box;
    box.start("xdotool", {"search", "--name", "Cannot Hot-Plug"});
    box.waitForFinished();
    QVERIFY2(!box.readAllStandardOutput().trimmed().isEmpty(), "no 'Cannot Hot-Plug' message box");
    QVERIFY(xdotool({"key", "Return"}));
    QCOMPARE(interfaces(true), 1);

    // Root port 5 (on the pxb-pcie) is free: a virtio NIC, live only (the first answer), lands
    // at libvirt's bus 5, the guest's 0x65.
    const qsizetype beforePlug = app.out.size();
    menu(app.nodes["pcie-root-port #5"], {"h", "n"});
    QTest::qWait(1000);
    QVERIFY(xdotool({"key", "Return"}));
    QVERIFY2(app.waitFor("notice\tPlugged interface", 20000, beforePlug) >= 0, app.out.mid(beforePlug).constData());
    QCOMPARE(interfaces(true), 2);
    QCOMPARE(interfaces(false), 1); // live only: the next boot's definition is unchanged
    QString error;
    QVERIFY(m_libvirt->liveXml(QString::fromLatin1(GuestName), &error)
                .contains("<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>"));
    QVERIFY2(app.out.mid(beforePlug).contains("(the guest sees 65:00.0)"), app.out.mid(beforePlug).constData());
    // And QEMU has it where the window said the guest would see it.
    const QRegularExpressionMatch alias =
        QRegularExpression(QStringLiteral("<alias name='(net\\d+)'/>\\s*<address type='pci' domain='0x0000' "
                                          "bus='0x05'"))
            .match(QString::fromUtf8(m_libvirt->liveXml(QString::fromLatin1(GuestName), &error)));
    QVERIFY(alias.hasMatch());
    const auto qemu = qemuBusAndSlot(*m_libvirt, QString::fromLatin1(GuestName), alias.captured(1));
    QVERIFY2(qemu && qemu->first == 0x65 && qemu->second == 0, "QEMU does not list the NIC at guest bus 0x65");

    // Edit › Undo (Ctrl+Z) of the plug is an unplug: asked, confirmed, and done (QEMU lets a
    // device go at once from a natively hot-plugged slot the OS-less guest never powered; the
    // ports on pcie-root hot-plug through ACPI, which needs the guest's answer).
    QVERIFY2(app.waitFor("ready\n", 10000, beforePlug) >= 0, "no geometry after the plug");
    const qsizetype beforeUndo = app.out.size();
    QProcess search;
    search.start("xdotool", {"search", "--name", "hotplug-guest \\(live\\)"});
    search.waitForFinished();
    const QString window = QString::fromUtf8(search.readAllStandardOutput()).split('\n').value(0).trimmed();
    QVERIFY(!window.isEmpty());
    QVERIFY(xdotool({"windowfocus", "--sync", window, "key", "ctrl+z"}));
    QTest::qWait(1500);
    QVERIFY(xdotool({"key", "Return"}));
    QVERIFY2(app.waitFor("notice\tThe guest released interface", 20000, beforeUndo) >= 0,
             app.out.mid(beforeUndo).constData());
    QCOMPARE(interfaces(true), 1);

    // The NIC there since boot: the guest has no OS to release it. The window says pending
    // (hatched box, notice) and keeps answering; libvirt and QEMU still have it.
    QVERIFY2(app.waitFor("ready\n", 10000, beforeUndo) >= 0, "no geometry after the undo");
    app.blocks = 3;
    app.readGeometry();
    QVERIFY(app.nodes.contains("interface 52:54:00:19:00:01"));
    const qsizetype beforeUnplug = app.out.size();
    menu(app.nodes["interface 52:54:00:19:00:01"], {"u"});
    QTest::qWait(1000);
    QVERIFY(xdotool({"key", "Return"}));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(app.waitFor("has not released interface 52:54:00:19:00:01", 40000, beforeUnplug) >= 0,
             app.out.mid(beforeUnplug).constData());
    qInfo("pending unplug reported after %lld ms", clock.elapsed());
    const QByteArray during = app.out.mid(beforeUnplug);
    QVERIFY2(during.contains("the unplug is pending"), during.constData());
    QVERIFY2(!during.contains("notice\tThe guest released"), during.constData());
    QCOMPARE(interfaces(true), 1);
    // The heartbeat never stopped for long while libvirt waited for the guest.
    qint64 last = -1;
    qint64 longest = 0;
    for (const QByteArray &line : during.split('\n')) {
        if (!line.startsWith("tick\t"))
            continue;
        const qint64 at = line.mid(5).toLongLong();
        if (last >= 0)
            longest = std::max(longest, at - last);
        last = at;
    }
    QVERIFY2(last >= 0, "no heartbeat while the unplug was pending");
    QVERIFY2(longest < 2000, qPrintable(QStringLiteral("the window froze for %1 ms").arg(longest)));
}

QTEST_MAIN(tst_E2eLive)
#include "tst_e2elive.moc"
