// Opening, editing and saving domains through real libvirt: the test driver with the demo
// host, the in-process QEMU driver, and a libvirtd this test starts on 127.0.0.1.

#include "DomainDiff.h"
#include "DomainDocument.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "host/HostInventory.h"
#include "libvirt/HostListing.h"
#include "rules/RuleChecker.h"
#include "libvirt/LibvirtSession.h"
#include "libvirt/SerialWorker.h"
#include "libvirt/VirtConnection.h"
#include "LibvirtDaemon.h"
#include "rules/CanAttach.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTest>

#include <atomic>
#include <csignal>

#include <unistd.h>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

const QString DemoHost = QStringLiteral("test://" PCITOPO_SOURCE_DIR "/resources/demo/host/demo-host.xml");

/** Lines starting with - or + in a unified diff, without its ---/+++ header. */
QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('+')))
            && !line.startsWith(QLatin1String("---")) && !line.startsWith(QLatin1String("+++")))
            lines << line;
    }
    return lines;
}

/** Runs a session call and waits for its answer on this (the GUI) thread. */
SaveOutcome saveAndWait(LibvirtSession &session, const QString &name, const QByteArray &baseline, const QByteArray &xml,
                        bool overwrite)
{
    SaveOutcome result;
    bool done = false;
    session.save(name, baseline, xml, overwrite, [&](const SaveOutcome &outcome) {
        result = outcome;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    }();
    if (!done)
        result.message = QStringLiteral("no answer from libvirt within two minutes");
    return result;
}

QByteArray fetchAndWait(LibvirtSession &session, const QString &name, QString *error = nullptr)
{
    QByteArray result;
    bool done = false;
    session.fetchDomain(name, [&](const QByteArray &xml, const QString &message) {
        result = xml;
        if (error)
            *error = message;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    }();
    return result;
}

/** Moves the device at `from` to `to` with the editor's command, checking the move is legal. */
bool move(DomainDocument &document, const PciAddress &from, const PciAddress &to)
{
    const QList<NodeId> nodes = document.topology().nodesAt(from);
    if (nodes.size() != 1)
        return false;
    const rules::AttachVerdict verdict =
        rules::canAttach(document.topology(), nodes, {int(to.bus), int(to.slot), int(to.function)});
    if (!verdict.allowed)
        return false;
    pushMoves(&document, nodes, verdict.addresses);
    return true;
}

} // namespace

class tst_LibvirtSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testDriverListsDomainsAndHost();
    void testDriverRoundTripKeepsSecrets();
    void concurrentChangeIsDetected();
    void credentialsAreAskedThroughTheHandler();
    void refusedConnectionSaysWhy();
    void embeddedQemuAcceptsAndRejects();
    void hostCapabilitiesJudgeTheDomain();
    void remoteDaemonOverTcp();
    void saslAuthenticationAsksTheHandler();

private:
    void waitConnected(LibvirtSession &session);
};

void tst_LibvirtSession::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/host/demo-host.xml")),
             "demo host missing");
}

void tst_LibvirtSession::waitConnected(LibvirtSession &session)
{
    QTRY_VERIFY_WITH_TIMEOUT(session.state() != LibvirtSession::State::Connecting, 120000);
    QVERIFY2(session.state() == LibvirtSession::State::Connected, qPrintable(session.error()));
    QVERIFY(session.waitIdle(60000));
}

void tst_LibvirtSession::testDriverListsDomainsAndHost()
{
    LibvirtSession session(DemoHost, false);
    session.open();
    waitConnected(session);

    QStringList names;
    for (const DomainSummary &d : session.domains()) {
        names << d.name;
        QCOMPARE(d.state, QStringLiteral("shut off"));
    }
    QCOMPARE(names, (QStringList{"arm-virt", "legacy-pc", "power-pseries", "workstation-gpu"}));
    QCOMPARE(session.domains().at(0).arch, QStringLiteral("aarch64"));
    QCOMPARE(session.domains().at(2).machine, QStringLiteral("pseries-7.2"));
    QCOMPARE(session.domains().at(3).machine, QStringLiteral("pc-q35-7.2"));

    // The host: every PCI node device, grouped, with its link, NUMA node and users.
    const HostInventory &host = session.host();
    QCOMPARE(host.devices().size(), 32);
    const HostDevice *gpu = host.device({0, 1, 0, 0});
    QVERIFY(gpu);
    QCOMPARE(gpu->product, QStringLiteral("GA102 [GeForce RTX 3090]"));
    QCOMPARE(gpu->iommuGroup, 13);
    QCOMPARE(gpu->groupMembers, (QList<PciAddress>{{0, 1, 0, 0}, {0, 1, 0, 1}}));
    QCOMPARE(gpu->link, QStringLiteral("16 GT/s x16"));
    QCOMPARE(gpu->usedBy, QStringList{"workstation-gpu"});
    QCOMPARE(host.device({0, 2, 0, 0})->link, QStringLiteral("8 GT/s x16 (capable of 16 GT/s x16)"));
    QCOMPARE(host.device({0, 0x41, 0, 0})->numaNode, 1);
    QCOMPARE(host.device({0, 0x41, 0, 0})->usedBy, QStringList{"power-pseries"});
    const HostDevice *vf = host.device({0, 3, 2, 0});
    QVERIFY(vf->isVirtualFunction);
    QCOMPARE(vf->physicalFunction, (PciAddress{0, 3, 0, 0}));
    QCOMPARE(vf->usedBy, QStringList{"workstation-gpu"}); // an <interface type='hostdev'>
    QCOMPARE(host.device({0, 3, 0, 0})->virtualFunctions.size(), 4);
    QCOMPARE(host.groups().value(16).size(), 5); // the switch without ACS and what is behind it
    QVERIFY(host.device({0, 5, 0, 0})->isBridge());

    // Facts for one guest name the other guests only.
    QVERIFY(host.factsFor("workstation-gpu").function({0, 1, 0, 0})->usedByOtherGuests.isEmpty());
    QCOMPARE(host.factsFor("legacy-pc").function({0, 1, 0, 0})->usedByOtherGuests, QStringList{"workstation-gpu"});
    QCOMPARE(host.factsFor("legacy-pc").function({0, 7, 0, 0})->iommuGroup, 16);
}

void tst_LibvirtSession::testDriverRoundTripKeepsSecrets()
{
    LibvirtSession session(DemoHost, false);
    session.open();
    waitConnected(session);
    const QByteArray baseline = fetchAndWait(session, "workstation-gpu");
    QVERIFY(baseline.contains("passwd='Dem0-s3c'")); // fetched with VIR_DOMAIN_XML_SECURE

    QString error;
    auto document = DomainDocument::fromXml(baseline, &error);
    QVERIFY2(document, qPrintable(error));
    // Move the RNG from its root port to a free slot of pcie-root.
    QVERIFY(move(*document, {0, 7, 0, 0}, {0, 0, 3, 0}));
    const QByteArray edited = document->toXml();
    QCOMPARE(changedLines(DomainDiff::unifiedDiff(baseline, edited, "a", "b")).size(), 2);

    const SaveOutcome outcome = saveAndWait(session, "workstation-gpu", baseline, edited, false);
    QVERIFY2(outcome.status == SaveOutcome::Status::Saved, qPrintable(outcome.message));

    // Reopened: the change is there, nothing else changed, and the password survived.
    const QByteArray reopened = fetchAndWait(session, "workstation-gpu");
    QCOMPARE(reopened, outcome.serverXml);
    QVERIFY(reopened.contains("passwd='Dem0-s3c'"));
    const QStringList lines = changedLines(DomainDiff::unifiedDiff(baseline, reopened, "before", "after"));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains("bus='0x07' slot='0x00'"), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains("bus='0x00' slot='0x03'"), qPrintable(lines[1]));
    auto again = DomainDocument::fromXml(reopened, &error);
    QCOMPARE(again->topology().labelOf(again->topology().nodesAt({0, 0, 3, 0}).value(0)), QStringLiteral("rng"));

    // A read-only connection opens the domain without secrets and does not save.
    LibvirtSession readOnly(DemoHost, true);
    readOnly.open();
    waitConnected(readOnly);
    const QByteArray withoutSecrets = fetchAndWait(readOnly, "workstation-gpu");
    QVERIFY(withoutSecrets.contains("<graphics"));
    QVERIFY(!withoutSecrets.contains("Dem0-s3c"));
    const SaveOutcome refused = saveAndWait(readOnly, "workstation-gpu", withoutSecrets, withoutSecrets, false);
    QCOMPARE(refused.status, SaveOutcome::Status::Failed);
    QVERIFY2(refused.message.contains("read-only"), qPrintable(refused.message));
}

void tst_LibvirtSession::concurrentChangeIsDetected()
{
    LibvirtSession session(DemoHost, false);
    session.open();
    waitConnected(session);
    const QByteArray baseline = fetchAndWait(session, "legacy-pc");
    auto mine = DomainDocument::fromXml(baseline, nullptr);
    QVERIFY(move(*mine, {0, 0, 4, 0}, {0, 0, 7, 0})); // the sound card

    // Someone else changes the domain on the server meanwhile.
    auto theirs = DomainDocument::fromXml(baseline, nullptr);
    QVERIFY(move(*theirs, {0, 0, 3, 0}, {0, 0, 8, 0})); // the NIC
    const SaveOutcome other = saveAndWait(session, "legacy-pc", baseline, theirs->toXml(), false);
    QVERIFY2(other.status == SaveOutcome::Status::Saved, qPrintable(other.message));

    const SaveOutcome stale = saveAndWait(session, "legacy-pc", baseline, mine->toXml(), false);
    QCOMPARE(stale.status, SaveOutcome::Status::ChangedOnServer);
    QVERIFY2(stale.message.contains("changed"), qPrintable(stale.message));
    QCOMPARE(stale.serverXml, other.serverXml);
    QCOMPARE(fetchAndWait(session, "legacy-pc"), other.serverXml); // nothing was written

    // The user confirms: their version wins.
    const SaveOutcome forced = saveAndWait(session, "legacy-pc", baseline, mine->toXml(), true);
    QVERIFY2(forced.status == SaveOutcome::Status::Saved, qPrintable(forced.message));
    QVERIFY(forced.serverXml.contains("slot='0x07'"));
    QVERIFY(!forced.serverXml.contains("slot='0x08'"));
}

void tst_LibvirtSession::credentialsAreAskedThroughTheHandler()
{
    // The test driver asks for nothing; a handler must then not be called and the open works.
    int asked = 0;
    QString error;
    auto connection = VirtConnection::open(DemoHost, &error, false, [&](QList<Credential> &) {
        ++asked;
        return false;
    });
    QVERIFY2(connection, qPrintable(error));
    QCOMPARE(asked, 0);
    QVERIFY(connection->isAlive());
}

void tst_LibvirtSession::refusedConnectionSaysWhy()
{
    // Nothing listens on this port: a clear message, the session marked failed, no hang.
    LibvirtSession session(QStringLiteral("qemu+tcp://127.0.0.1:1/system"), false);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() != LibvirtSession::State::Connecting, 60000);
    QCOMPARE(session.state(), LibvirtSession::State::Failed);
    QVERIFY2(session.error().contains("127.0.0.1") || session.error().contains("onnect"), qPrintable(session.error()));
    QVERIFY(!session.wasCancelled());
    // Giving up on a connection being opened: failed, marked cancelled, its late result dropped.
    LibvirtSession cancelled(DemoHost, false);
    cancelled.open();
    cancelled.cancel();
    QCOMPARE(cancelled.state(), LibvirtSession::State::Failed);
    QVERIFY(cancelled.wasCancelled());
    QVERIFY(cancelled.waitIdle(30000));
    QCOMPARE(cancelled.state(), LibvirtSession::State::Failed);
    QVERIFY(cancelled.domains().isEmpty());
    QString error;
    QVERIFY(!VirtConnection::open(QStringLiteral("nosuchdriver:///x"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_LibvirtSession::embeddedQemuAcceptsAndRejects()
{
    const QString root = QStringLiteral("/tmp/pcitopo-embed-session");
    QDir().mkpath(root);
    const QString uri = QStringLiteral("qemu:///embed?root=") + root;
    QString error;
    auto admin = VirtConnection::open(uri, &error);
    QVERIFY2(admin, qPrintable(error));
    const QString name = QStringLiteral("pcitopo-embed-%1").arg(getpid());
    const VirtConnection::Result defined = admin->define(qemuGuest(name));
    QVERIFY2(defined.ok, qPrintable(defined.error));

    LibvirtSession session(uri, false);
    session.open();
    waitConnected(session);
    QByteArray baseline = fetchAndWait(session, name);
    QVERIFY(baseline.contains("passwd='Dem0-s3c'"));

    // A legal edit: libvirt's real validation accepts it.
    auto document = DomainDocument::fromXml(baseline, &error);
    QVERIFY(move(*document, {0, 7, 0, 0}, {0, 0, 3, 0}));
    SaveOutcome saved = saveAndWait(session, name, baseline, document->toXml(), false);
    QVERIFY2(saved.status == SaveOutcome::Status::Saved, qPrintable(saved.message));
    QVERIFY(saved.serverXml.contains("passwd='Dem0-s3c'"));
    baseline = saved.serverXml;

    // An illegal one (a root port has only slot 0): refused, with libvirt's message; the
    // server keeps its definition and the editor keeps the edit.
    document = DomainDocument::fromXml(baseline, &error);
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).value(0);
    QVERIFY(disk.isValid());
    document->undoStack()->push(new SetAddress(document.get(), disk, PciAddress{0, 4, 1, 0}));
    const QByteArray illegal = document->toXml();
    const SaveOutcome refused = saveAndWait(session, name, baseline, illegal, false);
    QCOMPARE(refused.status, SaveOutcome::Status::Rejected);
    QVERIFY2(refused.message.contains("0000:04:01.0") || refused.message.contains("slot"), qPrintable(refused.message));
    QVERIFY(document->isModified());
    QCOMPARE(document->toXml(), illegal);
    QCOMPARE(fetchAndWait(session, name), baseline);

    QVERIFY(admin->undefine(name).ok);
}

void tst_LibvirtSession::hostCapabilitiesJudgeTheDomain()
{
    // The real QEMU driver's capabilities: machine types per architecture, and for a guest's
    // machine type the video models, disk buses and PCI passthrough its QEMU offers.
    const QString root = QStringLiteral("/tmp/pcitopo-embed-session");
    QDir().mkpath(root);
    QString error;
    auto connection = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(connection, qPrintable(error));
    const QString name = QStringLiteral("pcitopo-caps-%1").arg(getpid());
    QVERIFY(connection->define(qemuGuest(name)).ok);
    const auto undefine = qScopeGuard([&] { connection->undefine(name); });
    const HostListing listing = listHost(*connection);
    const HostCapabilities &caps = listing.host.capabilities();
    QVERIFY2(caps.hypervisor.startsWith(QLatin1String("QEMU 7.2")), qPrintable(caps.hypervisor));
    QCOMPARE(listing.hypervisor, caps.hypervisor);
    QVERIFY(caps.machines.value("x86_64").contains("pc-q35-7.2"));
    QVERIFY(caps.machines.value("x86_64").contains("q35")); // the alias too
    QVERIFY(caps.machines.value("aarch64").contains("virt"));
    const GuestCapabilities *q35 = caps.guest("x86_64", "pc-q35-7.2");
    QVERIFY2(q35, "the listed domain's machine type has its domain capabilities");
    QCOMPARE(q35->machine, QStringLiteral("pc-q35-7.2"));
    QVERIFY(q35->videoModels.contains("virtio"));
    QVERIFY(q35->diskBuses.contains("sata"));
    QVERIFY(!q35->diskBuses.contains("ide")); // q35 has no IDE
    QVERIFY(q35->pciHostdev);
    // The guest on its connection: nothing to say about the host.
    auto guest = DomainDocument::fromXml(qemuGuest(name), &error);
    QVERIFY2(guest, qPrintable(error));
    rules::RuleOptions options;
    options.host = listing.host.factsFor(name);
    const auto hostFindings = [&](const QByteArray &xml) {
        auto document = DomainDocument::fromXml(xml, nullptr);
        QStringList found;
        for (const Diagnostic &d : rules::checkTopology(document->topology(), options))
            if (d.ruleId.startsWith(QLatin1String("host-machine")) || d.ruleId == QLatin1String("host-device-model"))
                found << d.ruleId + QStringLiteral(": ") + d.message;
        return found;
    };
    QCOMPARE(hostFindings(qemuGuest(name)), QStringList());
    // A machine type of a newer QEMU, a video model this QEMU lacks, an architecture it cannot run.
    QByteArray newer = qemuGuest(name);
    newer.replace("machine='pc-q35-7.2'", "machine='pc-q35-9.2'");
    QStringList found = hostFindings(newer);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith("host-machine: This host's QEMU 7.2") && found.first().contains("pc-q35-9.2")
                 && found.first().contains("pc-q35-7.2"),
             qPrintable(found.first()));
    QByteArray vbox = qemuGuest(name);
    QVERIFY(vbox.contains("<model type='virtio' heads='1'"));
    vbox.replace("<model type='virtio' heads='1'", "<model type='vbox' heads='1'");
    found = hostFindings(vbox);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith("host-device-model:") && found.first().contains("'vbox' video"),
             qPrintable(found.first()));
    QByteArray sparc = qemuGuest(name);
    sparc.replace("arch='x86_64'", "arch='sparc64'");
    found = hostFindings(sparc);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains("runs no sparc64 guests"), qPrintable(found.first()));
    // A file has no host: nothing is said.
    options.host = HostFacts();
    QCOMPARE(hostFindings(newer), QStringList());
    // The test driver lists no machine types: it judges nothing either.
    auto test = VirtConnection::open(QStringLiteral("test:///default"), &error);
    QVERIFY2(test, qPrintable(error));
    QVERIFY(listHost(*test).host.capabilities().isEmpty());
}

void tst_LibvirtSession::remoteDaemonOverTcp()
{
    QVERIFY2(geteuid() == 0, "the remote test starts a system libvirtd and must run as root (CI does)");
    QVERIFY2(QFile::exists("/usr/sbin/libvirtd"), "libvirtd is missing: run installer/install-deps.sh");
    Daemon daemon;
    QVERIFY(daemon.dir.isValid());
    QString error;
    QVERIFY2(daemon.start(QStringLiteral("auth_tcp = \"none\"\n"), QProcessEnvironment::systemEnvironment(), &error),
             qPrintable(error));
    const QString uri = daemon.uri;

    std::unique_ptr<VirtConnection> admin = daemon.connect(&error);
    QVERIFY2(admin, qPrintable(error + QLatin1Char('\n') + daemon.log()));
    const QString name = QStringLiteral("pcitopo-remote-%1").arg(getpid());
    const VirtConnection::Result defined = admin->define(qemuGuest(name));
    QVERIFY2(defined.ok, qPrintable(defined.error));
    const auto cleanup = qScopeGuard([&] {
        if (admin && admin->isAlive())
            admin->undefine(name);
    });

    LibvirtSession session(uri, false);
    session.open();
    waitConnected(session);
    bool listed = false;
    for (const DomainSummary &d : session.domains())
        listed = listed || (d.name == name && d.machine.startsWith(QLatin1String("pc-q35")));
    QVERIFY(listed);
    QByteArray baseline = fetchAndWait(session, name);
    QVERIFY(baseline.contains("passwd='Dem0-s3c'"));

    // The session follows the daemon's domain events: another client defines and undefines
    // a domain, and redefines this one; the list follows within a second each time.
    QTRY_VERIFY_WITH_TIMEOUT(session.followsServer(), 5000);
    QList<DomainEvent> events;
    connect(&session, &LibvirtSession::domainEvent, this, [&](const DomainEvent &e) { events.append(e); });
    const auto isListed = [&](const QString &domain) {
        return std::any_of(session.domains().cbegin(), session.domains().cend(),
                           [&](const DomainSummary &d) { return d.name == domain; });
    };
    const QString other = name + QStringLiteral("-other");
    QVERIFY(admin->define(qemuGuest(other)).ok);
    QTRY_VERIFY_WITH_TIMEOUT(isListed(other), 1000);
    QVERIFY(admin->undefine(other).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!isListed(other), 1000);
    QVERIFY(admin->define(baseline).ok);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                         [&](const DomainEvent &e) {
                                             return e.name == name && e.kind == DomainEvent::Kind::Defined
                                                 && e.redefined;
                                         }),
                             1000);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const DomainEvent &e) {
        return e.name == other && e.kind == DomainEvent::Kind::Undefined;
    }));

    // Edit and save over TCP; the secret survives.
    auto document = DomainDocument::fromXml(baseline, &error);
    QVERIFY(move(*document, {0, 7, 0, 0}, {0, 0, 3, 0}));
    SaveOutcome saved = saveAndWait(session, name, baseline, document->toXml(), false);
    QVERIFY2(saved.status == SaveOutcome::Status::Saved, qPrintable(saved.message));
    QVERIFY(saved.serverXml.contains("passwd='Dem0-s3c'"));
    QVERIFY(saved.serverXml.contains("bus='0x00' slot='0x03'"));
    baseline = saved.serverXml;

    // Another client (a second connection) changes the domain: detected before saving.
    document = DomainDocument::fromXml(baseline, &error);
    QVERIFY(move(*document, {0, 0, 3, 0}, {0, 0, 4, 0}));
    auto theirs = DomainDocument::fromXml(baseline, &error);
    QVERIFY(move(*theirs, {0, 0, 3, 0}, {0, 0, 5, 0}));
    QVERIFY(admin->define(theirs->toXml()).ok);
    const SaveOutcome stale = saveAndWait(session, name, baseline, document->toXml(), false);
    QCOMPARE(stale.status, SaveOutcome::Status::ChangedOnServer);
    QVERIFY(stale.serverXml.contains("bus='0x00' slot='0x05'"));

    // The daemon stops answering (SIGSTOP): a second session, with a short keepalive, says
    // so in words about keepalive, not about a call.
    VirtConnection::setKeepAlive(1, 2);
    LibvirtSession watcher(uri, true);
    watcher.open();
    waitConnected(watcher);
    VirtConnection::setKeepAlive(5, 3);
    const pid_t pid = pid_t(daemon.process.processId());
    QVERIFY(::kill(pid, SIGSTOP) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), LibvirtSession::State::Lost, 15000);
    ::kill(pid, SIGCONT);
    QVERIFY2(watcher.error().contains("keepalive"), qPrintable(watcher.error()));

    // The daemon goes away: the session says so, a save fails with a message, the edit stays.
    QVERIFY(admin->undefine(name).ok);
    admin.reset();
    daemon.process.kill();
    daemon.process.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == LibvirtSession::State::Lost, 30000);
    const QByteArray edited = document->toXml();
    const SaveOutcome lost = saveAndWait(session, name, baseline, edited, true);
    QCOMPARE(lost.status, SaveOutcome::Status::Failed);
    QVERIFY2(lost.message.contains("lost"), qPrintable(lost.message));
    QVERIFY(document->isModified());
    QCOMPARE(document->toXml(), edited);
}

void tst_LibvirtSession::saslAuthenticationAsksTheHandler()
{
    // libvirtd asking for a user name and password (SASL DIGEST-MD5 against its own user
    // database): libvirt's authentication callback reaches the handler, which a dialog answers
    // in the GUI.
    QVERIFY2(geteuid() == 0, "the SASL test starts a system libvirtd and must run as root (CI does)");
    Daemon daemon;
    QVERIFY(daemon.dir.isValid());
    QProcess passwd;
    passwd.start("saslpasswd2",
                 {"-p", "-c", "-a", "libvirt", "-f", daemon.dir.filePath("passwd.db"), "-u", "pcitopo", "tester"});
    QVERIFY2(passwd.waitForStarted(), "saslpasswd2 is missing: run installer/install-deps.sh");
    passwd.write("s3cret-pw");
    passwd.closeWriteChannel();
    QVERIFY(passwd.waitForFinished());
    QCOMPARE(passwd.exitCode(), 0);
    QFile sasl(daemon.dir.filePath("libvirt.conf"));
    QVERIFY(sasl.open(QIODevice::WriteOnly));
    sasl.write("mech_list: digest-md5\nsasldb_path: " + daemon.dir.filePath("passwd.db").toUtf8() + "\n");
    sasl.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SASL_CONF_PATH", daemon.dir.path());
    QString error;
    QVERIFY2(daemon.start(QStringLiteral("auth_tcp = \"sasl\"\n"), environment, &error), qPrintable(error));

    std::atomic<int> asked = 0;
    std::atomic<bool> passwordHidden = false;
    const auto answer = [&](const QString &password) {
        return [&, password](QList<Credential> &questions) {
            ++asked;
            for (Credential &q : questions) {
                if (q.kind == Credential::Kind::UserName)
                    q.answer = QStringLiteral("tester@pcitopo");
                else if (q.kind == Credential::Kind::Passphrase || q.kind == Credential::Kind::Password) {
                    passwordHidden = q.isSecret();
                    q.answer = password;
                }
            }
            return true;
        };
    };
    std::unique_ptr<VirtConnection> connection = daemon.connect(&error, answer(QStringLiteral("s3cret-pw")));
    QVERIFY2(connection, qPrintable(error + '\n' + daemon.log()));
    QVERIFY(asked > 0);
    QVERIFY(passwordHidden);
    QVERIFY(connection->isAlive());
    connection.reset();

    // Through a session, as the window does it: asked on the GUI thread, answered later.
    const auto prompt = [&](const QString &password) {
        return CredentialPrompt([&, password](const QList<Credential> &questions, auto reply) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            QList<Credential> answers = questions;
            answer(password)(answers);
            QTimer::singleShot(50, qApp, [reply, answers] { reply(answers); });
        });
    };
    asked = 0;
    LibvirtSession session(daemon.uri, false);
    session.open(prompt(QStringLiteral("s3cret-pw")));
    waitConnected(session);
    QVERIFY(asked > 0);

    // A wrong password and a cancelled dialog: refused, with a message.
    LibvirtSession wrong(daemon.uri, false);
    wrong.open(prompt(QStringLiteral("not-the-password")));
    QTRY_VERIFY_WITH_TIMEOUT(wrong.state() != LibvirtSession::State::Connecting, 60000);
    QCOMPARE(wrong.state(), LibvirtSession::State::Failed);
    QVERIFY2(wrong.error().contains("authentication", Qt::CaseInsensitive), qPrintable(wrong.error()));
    LibvirtSession cancelled(daemon.uri, false);
    cancelled.open([](const QList<Credential> &, auto reply) { reply(std::nullopt); });
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.state() != LibvirtSession::State::Connecting, 60000);
    QCOMPARE(cancelled.state(), LibvirtSession::State::Failed);

    // Giving up while a question waits for the user (the dialog is open): at once, without a
    // hop to the connecting thread, which is told "no" and lets go of its connection.
    LibvirtSession waiting(daemon.uri, false);
    waiting.setConnectTimeout(1000); // paused while the question waits
    const int threads = SerialWorker::liveThreads();
    std::function<void(std::optional<QList<Credential>>)> pending;
    QList<Credential> questions;
    bool withdrawn = false;
    connect(&waiting, &LibvirtSession::credentialsWithdrawn, this, [&] { withdrawn = true; });
    waiting.open([&](const QList<Credential> &given, auto reply) {
        questions = given;
        pending = reply;
    });
    QTRY_VERIFY_WITH_TIMEOUT(pending, 60000);
    QTest::qWait(1500);
    QCOMPARE(waiting.state(), LibvirtSession::State::Connecting); // the user is still typing
    QElapsedTimer clock;
    clock.start();
    waiting.cancel();
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(waiting.state(), LibvirtSession::State::Failed);
    QVERIFY(waiting.wasCancelled());
    QVERIFY(withdrawn);
    QTRY_COMPARE_WITH_TIMEOUT(SerialWorker::liveThreads(), threads, 30000);
    answer(QStringLiteral("s3cret-pw"))(questions);
    pending(questions); // too late: ignored
    QTest::qWait(200);
    QCOMPARE(waiting.state(), LibvirtSession::State::Failed);
}

QTEST_MAIN(tst_LibvirtSession)
#include "tst_libvirtsession.moc"
