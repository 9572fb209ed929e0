// A libvirtd of a test's own on 127.0.0.1, and guests for it: for the tests of the remote
// path (tst_libvirtsession, tst_commandline). Needs root, as CI runs the tests.

#pragma once

#include "libvirt/VirtConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <signal.h>
#include <unistd.h>

#include <functional>
#include <optional>

namespace pcitopo::testing {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** How a run of a program ended: its exit status (-1: it crashed or was killed) and its output. */
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs `program` with `input` on its standard input and VAR=VALUE `environment` added to this
 * one's; killed after `timeoutMs`.
 */
inline ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                             const QStringList &environment = {}, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : environment)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/** A demo guest as the QEMU driver takes it: TCG, without the test driver's run state. */
inline QByteArray qemuGuest(const QString &name)
{
    QByteArray xml = readFile(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/host/workstation-gpu.xml"));
    xml.replace("<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>", "<domain type='qemu'>");
    xml.replace("  <test:runstate>5</test:runstate>\n", "");
    xml.replace("<name>workstation-gpu</name>", "<name>" + name.toUtf8() + "</name>");
    xml.replace("<uuid>6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e10</uuid>\n", "");
    return xml;
}

/**
 * Where the running guest's QEMU has the PCI function with qdev id `alias` (QMP query-pci, bus
 * numbers as the guest sees them), once the firmware has numbered every bridge: (bus, slot),
 * or nothing when QEMU does not list it (the firmware is given 30 s to number the bridges).
 */
inline std::optional<std::pair<int, int>> qemuBusAndSlot(VirtConnection &libvirt, const QString &domain,
                                                         const QString &alias)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        QString error;
        const QJsonArray buses =
            QJsonDocument::fromJson(libvirt.qemuMonitorCommand(domain, R"({"execute":"query-pci"})", &error))
                .object()
                .value(QLatin1String("return"))
                .toArray();
        bool unnumbered = false;
        std::optional<std::pair<int, int>> found;
        std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &devices, int bus) {
            for (const QJsonValue &value : devices) {
                const QJsonObject device = value.toObject();
                if (device.value(QLatin1String("qdev_id")).toString() == alias)
                    found = std::pair(bus, device.value(QLatin1String("slot")).toInt());
                const QJsonObject bridge = device.value(QLatin1String("pci_bridge")).toObject();
                if (bridge.isEmpty())
                    continue;
                const int secondary = bridge.value(QLatin1String("bus")).toObject().value("secondary").toInt();
                if (secondary == 0)
                    unnumbered = true;
                else
                    walk(bridge.value(QLatin1String("devices")).toArray(), secondary);
            }
        };
        for (const QJsonValue &bus : buses)
            walk(bus.toObject().value(QLatin1String("devices")).toArray(), bus.toObject().value("bus").toInt());
        if (!buses.isEmpty() && !unnumbered)
            return found;
        QTest::qWait(300);
    }
    return std::nullopt;
}

/** A TCP port on 127.0.0.1 nobody listens on right now (the kernel's choice). */
inline int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr *>(&address), length) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (s >= 0)
        ::close(s);
    return port;
}

/** A libvirtd of this test's own, on 127.0.0.1 only, stopped when it goes. */
struct Daemon
{
    QTemporaryDir dir{QStringLiteral("/tmp/pcitopo-libvirtd-XXXXXX")};
    QProcess process;
    QString uri;
    /** Set before start: the daemon runs guests (TCG), with QEMU's output in files, no virtlogd. */
    bool runsGuests = false;

    /** Starts it with `extra` configuration lines and waits until a connection works. */
    bool start(const QString &extra, const QProcessEnvironment &environment, QString *error)
    {
        const int port = freePort();
        if (port == 0) {
            *error = QStringLiteral("no free TCP port on 127.0.0.1");
            return false;
        }
        QDir().mkpath(dir.filePath("sock"));
        QFile config(dir.filePath("libvirtd.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral("listen_tls = 0\nlisten_tcp = 1\nlisten_addr = \"127.0.0.1\"\ntcp_port = \"%1\"\n"
                                    "unix_sock_dir = \"%2\"\nlog_outputs = \"3:file:%3\"\n%4")
                         .arg(port)
                         .arg(dir.filePath("sock"), dir.filePath("libvirtd.log"), extra)
                         .toUtf8());
        config.close();
        QString guests;
        if (runsGuests) {
            QFile qemuConf(dir.filePath("qemu.conf"));
            if (!qemuConf.open(QIODevice::WriteOnly))
                return false;
            qemuConf.write("stdio_handler = \"file\"\n");
            qemuConf.close();
            // A tmpfs over /etc/libvirt too (the daemon reads its own --config): its qemu.conf is
            // this one, whether or not the system has one.
            guests = QStringLiteral("mkdir -p /var/log/libvirt/qemu; mount -t tmpfs pcitopo-test /etc/libvirt; "
                                    "cp %1 /etc/libvirt/qemu.conf; ")
                         .arg(qemuConf.fileName());
        }
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        // A root libvirtd keeps its state where the system's does (/run/libvirt and its driver
        // locks, /var/lib/libvirt, the domain definitions under /etc/libvirt): in a mount
        // namespace of its own, empty directories stand over those, so that a system libvirtd on
        // the same machine neither stops this one nor sees what it defines. (The capabilities
        // cache in /var/cache/libvirt stays shared: it spares every start the probe of each
        // qemu-system binary, and libvirt replaces its files whole.)
        const QString script = QStringLiteral("set -e; ") + guests
            + QStringLiteral("for d in /run/libvirt /var/lib/libvirt /etc/libvirt/qemu /etc/libvirt/secrets "
                             "/etc/libvirt/storage; do mkdir -p \"$d\"; mount -t tmpfs pcitopo-test \"$d\"; done; ")
            + QStringLiteral("exec /usr/sbin/libvirtd \"$@\"");
        process.start("/usr/bin/unshare",
                      {"--mount", "--propagation", "private", "/bin/sh", "-c", script, "libvirtd", "--listen",
                       "--config", config.fileName(), "--pid-file", dir.filePath("libvirtd.pid")});
        if (!process.waitForStarted()) {
            *error = process.errorString();
            return false;
        }
        uri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(port);
        return true;
    }
    /**
     * A connection once the daemon answers (its first start probes every qemu-system binary,
     * later ones are quick); gives up at once on an authentication error.
     */
    /**
     * Starts it without authentication (TCP on 127.0.0.1 only) and returns a connection to
     * it, for the test to define domains and watch; null, with why, when either fails.
     */
    std::unique_ptr<VirtConnection> startOpen(QString *error)
    {
        if (!start(QStringLiteral("auth_tcp = \"none\"\n"), QProcessEnvironment::systemEnvironment(), error))
            return nullptr;
        std::unique_ptr<VirtConnection> connection = connect(error);
        if (!connection)
            *error += QLatin1Char('\n') + log();
        return connection;
    }

    std::unique_ptr<VirtConnection> connect(QString *error, const CredentialHandler &credentials = {})
    {
        std::unique_ptr<VirtConnection> connection;
        for (int i = 0; i < 240 && !connection && process.state() == QProcess::Running; ++i) {
            connection = VirtConnection::open(uri, error, false, credentials);
            if (!connection && error->contains(QLatin1String("authentication"), Qt::CaseInsensitive))
                break;
            if (!connection)
                QTest::qWait(500);
        }
        return connection;
    }
    QString log() { return QString::fromUtf8(process.readAll() + readFile(dir.filePath("libvirtd.log")).right(2000)); }
    ~Daemon()
    {
        // The guests it started outlive a killed libvirtd: they go too, found by the pid files
        // in its own /run (seen through its mount namespace).
        if (const qint64 pid = process.processId(); pid > 0) {
            const QDir run(QStringLiteral("/proc/%1/root/run/libvirt/qemu").arg(pid));
            for (const QString &file : run.entryList({QStringLiteral("*.pid")}, QDir::Files)) {
                if (file == QLatin1String("driver.pid"))
                    continue; // the daemon's own, killed below
                bool ok = false;
                const qint64 guest = readFile(run.filePath(file)).trimmed().toLongLong(&ok);
                if (ok && guest > 1)
                    ::kill(pid_t(guest), SIGKILL);
            }
        }
        process.kill();
        process.waitForFinished();
    }
};

} // namespace pcitopo::testing
