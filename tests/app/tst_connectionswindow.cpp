// The editor window with libvirt: the demo host opened at start, host devices dragged into a
// guest, host facts in the live check, and saving through libvirt (accepted and refused).

#include "ConnectionsDock.h"
#include "DiagnosticsDock.h"
#include "DiagnosticsModel.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "NodeSelection.h"
#include "HostDevicesDock.h"
#include "LibvirtController.h"
#include "LiveChecker.h"
#include "MainWindow.h"
#include "MoveToDialog.h"
#include "ConvertDialog.h"
#include "commands/HostDeviceDrop.h"
#include "commands/SetAddress.h"
#include "items/NodeItem.h"
#include "libvirt/LibvirtSession.h"
#include "libvirt/VirtConnection.h"
#include "LibvirtDaemon.h"
#include "libvirt/LibvirtInfo.h"
#include "DocumentManager.h"
#include "rules/RuleChecker.h"

#include <QFile>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QComboBox>
#include <QTextBrowser>
#include <QSpinBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QToolButton>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace pcitopo;

class tst_ConnectionsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoHostOpensWithHostDevices();
    void hostDeviceDropBringsItsGroup();
    void hostFactsReachTheChecker();
    void hostDeviceMenuAddsAndSelects();
    void savesThroughLibvirt();
    void refusedSaveKeepsTheEditAndPointsAtIt();
    void placesUnplacedDevices();
    void disconnectWhileConnectingDoesNotWait();
    void closingWhileConnectingDoesNotWait();
    void quitWhileConnectingEndsTheProcess();
    void disconnectKeepsTheBinaryAnswering();
    void followsTheServer();
    void connectTimeoutAndRowMenu();
    void saveDoesNotBlockTheWindow();
    void recoveredEditSavesThroughLibvirt();
    void hungDaemonNeverHoldsTheWindow();
    void boxContextMenuOffersFixes();
    void moveToOffersFreePlaces();
    void convertsMachineTypeFromTheMenu();

private:
    QTemporaryDir m_data;
    static QTreeWidgetItem *findRow(QTreeWidget *tree, const QString &text);
    static bool dropHostDevices(GraphScene *scene, const QMimeData *data, const QPointF &pos);
};

namespace {

/**
 * A host that takes TCP connections and never answers, as a firewalled host or a hung ssh
 * does: the kernel completes the handshake into the listen backlog, and nothing is ever read
 * or written.
 */
class SilentHost
{
public:
    SilentHost()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_socket, 16) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentHost()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    bool isListening() const { return m_port > 0; }
    QString uri() const { return QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(m_port); }

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace

void tst_ConnectionsWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // where the demo host is written
    qputenv("XDG_CONFIG_HOME", m_data.path().toUtf8()); // settings of this test only
    qputenv("PCITOPO_CONFIRM", "yes");
}

QTreeWidgetItem *tst_ConnectionsWindow::findRow(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

bool tst_ConnectionsWindow::dropHostDevices(GraphScene *scene, const QMimeData *data, const QPointF &pos)
{
    for (QEvent::Type type :
         {QEvent::GraphicsSceneDragEnter, QEvent::GraphicsSceneDragMove, QEvent::GraphicsSceneDrop}) {
        QGraphicsSceneDragDropEvent event(type);
        event.setScenePos(pos);
        event.setMimeData(data);
        event.setPossibleActions(Qt::CopyAction);
        event.setProposedAction(Qt::CopyAction);
        event.ignore();
        QCoreApplication::sendEvent(scene, &event);
        if (type == QEvent::GraphicsSceneDrop)
            return event.isAccepted();
    }
    return false;
}

void tst_ConnectionsWindow::demoHostOpensWithHostDevices()
{
    MainWindow window;
    window.show();
    LibvirtSession *session = window.openDemoHost();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QVERIFY(window.currentTab()->isFromLibvirt());
    QCOMPARE(window.currentTab()->domainName(), QStringLiteral("workstation-gpu"));
    QVERIFY(window.windowTitle().startsWith("workstation-gpu — test://"));
    QVERIFY(window.document()->toXml().contains("passwd='Dem0-s3c'"));

    // The connection lists its four guests; the host dock its devices by IOMMU group.
    QTreeWidget *connections = window.connectionsDock()->tree();
    QCOMPARE(connections->topLevelItemCount(), 1);
    QCOMPARE(connections->topLevelItem(0)->childCount(), 4);
    // Which libvirt answers (the test driver's is this machine's 9.0: nothing more to say).
    QCOMPARE(connections->topLevelItem(0)->text(2), QStringLiteral("libvirt ") + libvirtLibraryVersion());
    QCOMPARE(session->libvirtVersion(), libvirtLibraryVersion());
    QVERIFY(!connections->topLevelItem(0)->toolTip(0).contains(QLatin1String("This host runs")));
    // And its hypervisor, as libvirt names it (the test driver lists no machine types).
    QVERIFY2(connections->topLevelItem(0)->toolTip(0).contains(QLatin1String("<br>TEST ")),
             qPrintable(connections->topLevelItem(0)->toolTip(0)));
    QTreeWidget *host = window.hostDevicesDock()->tree();
    QVERIFY(findRow(host, "IOMMU group 13"));
    QVERIFY(!findRow(host, "IOMMU group 0")); // the host bridge alone: nothing to pass
    QTreeWidgetItem *group16 = findRow(host, "IOMMU group 16");
    QVERIFY(group16);
    QCOMPARE(group16->childCount(), 5);
    QTreeWidgetItem *gpu = findRow(host, "0000:01:00.0");
    QVERIFY(gpu);
    QCOMPARE(gpu->text(5), QStringLiteral("workstation-gpu")); // used by
    QCOMPARE(gpu->text(4), QStringLiteral("16 GT/s x16"));
    // A bridge cannot be dragged; a group drags its endpoints only.
    QVERIFY(!(findRow(host, "0000:05:00.0")->flags() & Qt::ItemIsDragEnabled));
    QCOMPARE(HostDevicesDock::addressesOf({group16}), (QList<PciAddress>{{0, 7, 0, 0}, {0, 8, 0, 0}}));

    // Opening another guest from the list; opening it again shows the same tab.
    window.openDomain(session, "power-pseries");
    QTRY_COMPARE(window.tabCount(), 2);
    window.openDomain(session, "power-pseries");
    QTest::qWait(200);
    QCOMPARE(window.tabCount(), 2);
}

void tst_ConnectionsWindow::hostDeviceDropBringsItsGroup()
{
    MainWindow window;
    window.show();
    window.openDemoHost();
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QTreeWidget *host = window.hostDevicesDock()->tree();
    QTreeWidgetItem *radeon = findRow(host, "0000:02:00.0");
    QVERIFY(radeon);
    const QModelIndex index = host->indexFromItem(radeon);
    std::unique_ptr<QMimeData> data(host->model()->mimeData({index}));
    QVERIFY(data && data->hasFormat(HostDeviceMimeType));
    QCOMPARE(decodeHostDevices(data->data(HostDeviceMimeType)), (QList<PciAddress>{{0, 2, 0, 0}}));

    const Topology &t = window.document()->topology();
    NodeItem *busyPort = window.scene()->itemFor(t.controllerByIndex(1)->id);
    // Items are rebuilt after each edit: look the root up each time.
    const auto rootCentre = [&] {
        return window.scene()->itemFor(t.controllerByIndex(0)->id)->sceneBoundingRect().center();
    };
    // Onto a taken root port: refused, nothing changes.
    QVERIFY(!dropHostDevices(window.scene(), data.get(), busyPort->sceneBoundingRect().center()));
    QCOMPARE(window.document()->undoStack()->count(), 0);
    // Onto pcie-root: the GPU and (offered, accepted) its audio function share a slot.
    QVERIFY(dropHostDevices(window.scene(), data.get(), rootCentre()));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 0}).value(0)), QStringLiteral("hostdev 0000:02:00.0"));
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 1}).value(0)), QStringLiteral("hostdev 0000:02:00.1"));
    window.document()->undoStack()->undo();
    QVERIFY(t.nodesAt({0, 0, 3, 0}).isEmpty());

    // Declined: only the dragged function.
    qputenv("PCITOPO_CONFIRM", "no");
    QVERIFY(dropHostDevices(window.scene(), data.get(), rootCentre()));
    qputenv("PCITOPO_CONFIRM", "yes");
    QCOMPARE(t.nodesAt({0, 0, 3, 0}).size(), 1);
    QVERIFY(t.nodesAt({0, 0, 3, 1}).isEmpty());
    window.document()->undoStack()->setClean();
}

void tst_ConnectionsWindow::hostDeviceMenuAddsAndSelects()
{
    MainWindow window;
    window.show();
    window.openDemoHost();
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QTreeWidget *host = window.hostDevicesDock()->tree();
    const Topology &t = window.document()->topology();
    // Right-click on a row: its menu; each entry run as a click on it would.
    const auto runMenuEntry = [&](const char *row, const QString &entry) {
        QTreeWidgetItem *item = findRow(host, row);
        if (!item)
            return QStringList();
        host->scrollToItem(item);
        const QPoint at = host->visualItemRect(item).center();
        QStringList offered;
        QTimer::singleShot(200, &window, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    offered << action->text();
            for (QAction *action : menu->actions())
                if (action->text() == entry)
                    action->trigger();
            menu->close();
        });
        emit host->customContextMenuRequested(at);
        return offered;
    };
    // Add to Guest: the Radeon and (offered, accepted) its audio function, at the first place
    // that takes them (the demo guest has no empty port: pcie-root), as one step.
    const QStringList offered = runMenuEntry("0000:02:00.0", QStringLiteral("&Add to Guest"));
    QVERIFY2(offered.contains("&Select in Guest") && offered.contains("Copy Address (0000:02:00.0)"),
             qPrintable(offered.join(" | ")));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 0}).value(0)), QStringLiteral("hostdev 0000:02:00.0"));
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 1}).value(0)), QStringLiteral("hostdev 0000:02:00.1"));
    // Select in Guest: the guest's device of that host function.
    runMenuEntry("0000:01:00.0", QStringLiteral("&Select in Guest"));
    QCOMPARE(window.currentTab()->selection()->nodes(), QList<NodeId>{t.nodesAt({0, 5, 0, 0}).value(0)});
    window.document()->undoStack()->setClean();
}

void tst_ConnectionsWindow::hostFactsReachTheChecker()
{
    MainWindow window;
    LibvirtSession *session = window.openDemoHost();
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    // Properties says what a passed-through device is on the host.
    const NodeId gpu = window.document()->topology().nodesAt({0, 5, 0, 0}).value(0);
    QVERIFY(gpu.isValid());
    window.currentTab()->selection()->select({gpu});
    auto *facts = window.findChild<QLabel *>("HostFacts");
    QVERIFY(facts);
    QTRY_VERIFY(facts->text().contains("GA102 [GeForce RTX 3090]"));
    QVERIFY2(facts->text().contains("IOMMU group 13") && facts->text().contains("NUMA node 0")
                 && facts->text().contains("0000:01:00.0"),
             qPrintable(facts->text()));
    window.openDomain(session, "legacy-pc");
    QTRY_COMPARE(window.tabCount(), 2);
    // The I210 is alone from IOMMU group 16 (a switch without ACS): only the host can say so.
    bool partial = false;
    for (const Diagnostic &d : window.currentTab()->checker()->diagnostics())
        partial = partial || (d.ruleId == "iommu-group-partial" && d.message.contains("16"));
    QVERIFY(partial);
}

void tst_ConnectionsWindow::savesThroughLibvirt()
{
    MainWindow window;
    LibvirtSession *session = window.openDemoHost();
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QVERIFY(session->waitIdle(30000));
    DomainDocument *document = window.document();
    QVERIFY(window.addHostDevices({{0, 4, 0, 0}}, 0) == false); // already in the guest
    QVERIFY(window.addHostDevices({{0, 0x41, 0, 0}}, 0)); // the P4510 (used by power-pseries)
    QVERIFY(document->isModified());
    QVERIFY(window.windowTitle().contains("[*]"));

    QVERIFY(window.currentTab()->isFromLibvirt());
    // Save: diff confirmed (PCITOPO_CONFIRM=yes), defined, clean.
    const bool saved = [&] {
        QAction *save = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence::Save)
                save = a;
        if (!save)
            return false;
        save->trigger();
        return true;
    }();
    QVERIFY(saved);
    QTRY_VERIFY_WITH_TIMEOUT(!document->isModified(), 30000);
    QVERIFY(window.currentTab()->baseline().contains("bus='0x41'"));
    QVERIFY(window.currentTab()->baseline().contains("passwd='Dem0-s3c'"));
    // The host list is read again: the P4510 is now used by two guests.
    QTRY_VERIFY_WITH_TIMEOUT(session->host().device({0, 0x41, 0, 0})->usedBy.size() == 2, 30000);
}

void tst_ConnectionsWindow::refusedSaveKeepsTheEditAndPointsAtIt()
{
    const QString root = QStringLiteral("/tmp/pcitopo-embed-gui");
    const QString uri = QStringLiteral("qemu:///embed?root=") + root;
    QString error;
    auto admin = VirtConnection::open(uri, &error);
    QVERIFY2(admin, qPrintable(error));
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString name = QStringLiteral("pcitopo-gui-%1").arg(getpid());
    QByteArray xml = file.readAll();
    xml.replace("<domain type='kvm'>", "<domain type='qemu'>");
    xml.replace("<name>workstation-gpu</name>", "<name>" + name.toUtf8() + "</name>");
    xml.replace("<uuid>6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e10</uuid>\n", "");
    QVERIFY(admin->define(xml).ok);
    const auto cleanup = qScopeGuard([&] { admin->undefine(name); });

    MainWindow window;
    window.connectTo(uri, false, name);
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 120000);
    DomainDocument *document = window.document();
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).value(0);
    QVERIFY(disk.isValid());
    document->undoStack()->push(new SetAddress(document, disk, PciAddress{0, 4, 1, 0}));
    const QByteArray edited = document->toXml();
    QAction *save = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence::Save)
            save = a;
    QVERIFY(save);
    save->trigger();
    // libvirt's message is a finding on the disk; the edit stays; the server is unchanged.
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentTab()->checker()->diagnostics().isEmpty()
                                 && window.currentTab()->checker()->diagnostics().first().ruleId == "libvirt-define",
                             120000);
    const Diagnostic finding = window.currentTab()->checker()->diagnostics().first();
    QCOMPARE(finding.severity, Severity::LibvirtError);
    QVERIFY2(finding.message.contains("0000:04:01.0"), qPrintable(finding.message));
    QCOMPARE(finding.nodes, QList<NodeId>{disk});
    QVERIFY(document->isModified());
    QCOMPARE(document->toXml(), edited);
    QVERIFY(admin->domainXml(name, &error).contains("bus='0x04' slot='0x00'"));
    // The next edit clears libvirt's finding (it was about the previous definition).
    document->undoStack()->undo();
    QTRY_VERIFY(window.currentTab()->checker()->diagnostics().isEmpty()
                || window.currentTab()->checker()->diagnostics().first().ruleId != "libvirt-define");
    document->undoStack()->setClean();
}

void tst_ConnectionsWindow::placesUnplacedDevices()
{
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    // Two devices lose their address: the planner gives them libvirt's.
    xml.replace("      <address type='pci' domain='0x0000' bus='0x07' slot='0x00' function='0x0'/>\n", "");
    xml.replace("      <address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>\n", "");
    const QString path = m_data.filePath("unplaced.xml");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.placeUnplaced());
    QCOMPARE(window.document()->undoStack()->count(), 1);
    const Topology &t = window.document()->topology();
    for (const Device &d : t.devices())
        QVERIFY2(d.address || d.deviceClass == DeviceClass::None || !d.otherAddressType.isEmpty(), qPrintable(d.label));
    QVERIFY(!window.placeUnplaced()); // nothing left to place
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), xml);
    // The recommended placement with 3 spare ports: the two ports the devices left empty are
    // used again, and 3 empty ones added.
    const int before = int(window.document()->topology().controllers().size());
    QVERIFY(window.placeUnplaced(placement::Policy::Recommended, 3));
    QCOMPARE(int(window.document()->topology().controllers().size()), before + 3);
    QCOMPARE(window.document()->topology().nodesAt({0, 3, 0, 0}).size(), 1);
    QCOMPARE(window.document()->topology().nodesAt({0, 7, 0, 0}).size(), 1);
    // Re-place all as libvirt would, then undo: one step each, the document as it was.
    const QByteArray placed = window.document()->toXml();
    QVERIFY(window.placeUnplaced(placement::Policy::LibvirtCompatible, 0, true));
    QVERIFY(window.document()->toXml() != placed);
    for (const Diagnostic &d : rules::checkTopology(window.document()->topology()))
        QVERIFY2(d.severity < Severity::QemuError, qPrintable(d.message));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), placed);
}

void tst_ConnectionsWindow::disconnectWhileConnectingDoesNotWait()
{
    SilentHost host;
    QVERIFY(host.isListening());
    MainWindow window;
    QPointer<LibvirtSession> session = window.connectTo(host.uri());
    QTest::qWait(500);
    QCOMPARE(session->state(), LibvirtSession::State::Connecting); // stuck in the connect
    QElapsedTimer timer;
    timer.start();
    window.libvirt()->disconnectCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 2000); // deleted, without waiting for the call
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(window.sessions().isEmpty());
    // The window still answers at once.
    bool answered = false;
    QTimer::singleShot(0, &window, [&] { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 500);
}

void tst_ConnectionsWindow::closingWhileConnectingDoesNotWait()
{
    SilentHost host;
    QVERIFY(host.isListening());
    auto *window = new MainWindow;
    window->connectTo(host.uri());
    window->connectTo(host.uri(), true); // a second connection, read-only, stuck as well
    QTest::qWait(500);
    QCOMPARE(window->sessions().size(), 2);
    QElapsedTimer timer;
    timer.start();
    delete window;
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

namespace {

/** The real binary on a connection that hangs, driven by PCITOPO_SCRIPT, ticking every 50 ms. */
struct ScriptedRun
{
    QProcess app;
    QList<qint64> ticks;
    QHash<QString, qint64> actions; // name → ms after launch
    qint64 wall = 0; // ms from start to exit

    bool run(const QString &uri, const QString &script, const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("XDG_DATA_HOME", home);
        environment.insert("XDG_CONFIG_HOME", home);
        environment.insert("PCITOPO_CONFIRM", "no");
        environment.insert("PCITOPO_RECOVER", "no");
        environment.insert("PCITOPO_SCRIPT", script);
        environment.insert("PCITOPO_HEARTBEAT_MS", "50");
        app.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(PCITOPO_BINARY), {QStringLiteral("--connect"), uri});
        if (!app.waitForStarted())
            return false;
        const bool ended = app.waitForFinished(15000);
        wall = timer.elapsed();
        if (!ended)
            app.kill();
        for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.value(0) == "tick")
                ticks.append(fields.value(1).toLongLong());
            else if (fields.value(0) == "action")
                actions.insert(QString::fromUtf8(fields.value(1)), fields.value(2).toLongLong());
        }
        return ended;
    }
    /** The longest time the event loop did not tick between two moments. */
    qint64 longestGap(qint64 from, qint64 to) const
    {
        qint64 gap = 0;
        qint64 last = from;
        for (qint64 tick : ticks) {
            if (tick < from || tick > to)
                continue;
            gap = std::max(gap, tick - last);
            last = tick;
        }
        return std::max(gap, to - last);
    }
};

} // namespace

void tst_ConnectionsWindow::quitWhileConnectingEndsTheProcess()
{
    // The real binary, quitting (File › Quit) while its connection hangs: it must end at once,
    // not hold its instance until the peer goes away.
    SilentHost host;
    QVERIFY(host.isListening());
    ScriptedRun run;
    QVERIFY2(run.run(host.uri(), QStringLiteral("1500 Quit"), m_data.path()),
             "pcitopo was still running 15 s after Quit");
    QCOMPARE(run.app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.app.exitCode(), 0);
    QVERIFY(run.actions.contains("Quit"));
    QVERIFY2(run.wall < run.actions.value("Quit") + 2000, qPrintable(QString::number(run.wall)));
}

void tst_ConnectionsWindow::disconnectKeepsTheBinaryAnswering()
{
    // Connect to a host that never answers, then File › Disconnect: the event loop of the real
    // binary never stops (it ticks every 50 ms throughout), and Quit ends it within 2 s.
    SilentHost host;
    QVERIFY(host.isListening());
    ScriptedRun run;
    QVERIFY2(run.run(host.uri(), QStringLiteral("1200 Disconnect; 3200 Quit"), m_data.path()),
             "pcitopo was still running 15 s after Quit");
    QCOMPARE(run.app.exitCode(), 0);
    QVERIFY2(run.actions.contains("Disconnect"), run.app.readAllStandardError().constData());
    const qint64 disconnected = run.actions.value("Disconnect");
    const qint64 quit = run.actions.value("Quit");
    QVERIFY(quit > disconnected);
    const qint64 gap = run.longestGap(disconnected - 500, quit);
    qInfo("longest pause of the event loop around Disconnect: %lld ms", gap);
    QVERIFY2(gap < 500, qPrintable(QString::number(gap)));
    QVERIFY2(run.wall < quit + 2000, qPrintable(QString::number(run.wall)));
}

void tst_ConnectionsWindow::followsTheServer()
{
    // A second client (another connection to the same shared test driver) defines, starts,
    // undefines and redefines domains behind the window's back.
    MainWindow window;
    window.show();
    LibvirtSession *session = window.connectTo(QStringLiteral("test:///default"), false, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(session->followsServer(), 5000);
    QString error;
    std::unique_ptr<VirtConnection> other = VirtConnection::open(QStringLiteral("test:///default"), &error);
    QVERIFY2(other, qPrintable(error));
    QTreeWidget *dock = window.connectionsDock()->tree();
    QTreeWidgetItem *row = dock->topLevelItem(0);
    const auto rowOf = [&](const QString &name) -> QTreeWidgetItem * {
        for (int i = 0; i < row->childCount(); ++i)
            if (row->child(i)->text(0) == name)
                return row->child(i);
        return nullptr;
    };
    QVERIFY(rowOf("test"));
    dock->setCurrentItem(rowOf("test")); // stays current while the list changes around it

    const QString name = QStringLiteral("pcitopo-follow");
    const QByteArray guest = "<domain type='test'><name>" + name.toUtf8()
        + "</name><memory>1048576</memory><os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os></domain>";
    QElapsedTimer clock;
    clock.start();
    QVERIFY(other->define(guest).ok);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(name), 1000);
    QCOMPARE(rowOf(name)->text(1), QStringLiteral("shut off"));
    QCOMPARE(rowOf(name)->text(2), QStringLiteral("pc-q35-7.2"));
    QVERIFY(other->start(name).ok);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(name)->text(1), QStringLiteral("running"), 1000);
    const QString second = QStringLiteral("pcitopo-follow-2");
    QVERIFY(other->define(QByteArray(guest).replace(name.toUtf8(), second.toUtf8())).ok);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(second), 1000);
    const VirtConnection::Result undefined = other->undefine(second);
    QVERIFY2(undefined.ok, qPrintable(undefined.error));
    QTRY_VERIFY_WITH_TIMEOUT(!rowOf(second), 1000);
    QCOMPARE(dock->currentItem(), rowOf("test"));
    qInfo("the dock followed 5 changes in %lld ms", qint64(clock.elapsed()));

    // The open tab learns at once that its domain was redefined, and can reload it.
    DocumentTab *tab = window.currentTab();
    QVERIFY(tab->notice().isEmpty());
    QByteArray server = other->domainXml(QStringLiteral("test"), &error);
    QVERIFY(server.contains("<memory unit='KiB'>"));
    server.replace("<vcpu placement='static'>2</vcpu>", "<vcpu placement='static'>3</vcpu>");
    QVERIFY(other->define(server).ok);
    QTRY_VERIFY_WITH_TIMEOUT(tab->notice().contains("changed on"), 1000);
    QVERIFY2(tab->notice().contains("another client"), qPrintable(tab->notice()));
    // The bar shows its buttons once laid out (under load, a turn of the event loop later).
    const auto reloadButton = [tab]() -> QPushButton * {
        for (QPushButton *button : tab->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Reload") && button->isVisible())
                return button;
        return nullptr;
    };
    QTRY_VERIFY(reloadButton());
    // By QPointer: the new tab may well be allocated where the old one was.
    const QPointer<DocumentTab> replaced = tab;
    reloadButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!replaced, 15000);
    QTRY_COMPARE(window.tabCount(), 1);
    QVERIFY(window.currentTab());
    QVERIFY(window.currentTab()->baseline().contains("<vcpu placement='static'>3</vcpu>"));
    QVERIFY(window.document()->toXml().contains("<vcpu placement='static'>3</vcpu>"));
    QVERIFY(!window.document()->isModified());

    // Both sides change: here a device moves, there the vCPU count. Show Changes compares
    // the three and merges them (nothing conflicts); the tab holds both, unsaved.
    tab = window.currentTab();
    const NodeId balloon = window.document()->topology().nodesAt({0, 0, 2, 0}).value(0);
    QVERIFY(balloon.isValid());
    window.document()->undoStack()->push(new SetAddress(window.document(), balloon, PciAddress{0, 0, 7, 0}));
    server = other->domainXml(QStringLiteral("test"), &error);
    server.replace("<vcpu placement='static'>3</vcpu>", "<vcpu placement='static'>4</vcpu>");
    QVERIFY(other->define(server).ok);
    QTRY_VERIFY_WITH_TIMEOUT(tab->notice().contains("You have unsaved edits too"), 1000);
    QPushButton *compare = nullptr;
    for (QPushButton *button : tab->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Show Changes…") && button->isVisible())
            compare = button;
    QVERIFY(compare);
    QString seen;
    QTimer::singleShot(300, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->objectName();
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("&Merge Both") && button->isEnabled())
                button->click();
    });
    compare->click();
    QTRY_COMPARE(seen, QStringLiteral("ServerChangesDialog"));
    QTRY_VERIFY(window.currentTab() != tab);
    QVERIFY(window.document()->toXml().contains("<vcpu placement='static'>4</vcpu>"));
    QVERIFY(window.document()->toXml().contains("bus='0x00' slot='0x07'"));
    QVERIFY(window.document()->isModified());
    QVERIFY(window.currentTab()->baseline().contains("<vcpu placement='static'>4</vcpu>"));

    // Our own save is not "another client".
    tab = window.currentTab();
    window.document()->undoStack()->push(
        new SetAddress(window.document(), window.document()->topology().devices().first().id, PciAddress{0, 0, 9, 0}));
    window.documents()->save();
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isModified(), 5000);
    QTest::qWait(500);
    QVERIFY2(tab->notice().isEmpty(), qPrintable(tab->notice()));
}

void tst_ConnectionsWindow::connectTimeoutAndRowMenu()
{
    SilentHost host;
    QVERIFY(host.isListening());
    QSettings().setValue("connectTimeoutSeconds", 1);
    const auto restore = qScopeGuard([] { QSettings().remove("connectTimeoutSeconds"); });
    MainWindow window;
    window.show();
    QPointer<LibvirtSession> session = window.connectTo(host.uri());
    QCOMPARE(session->connectTimeout(), 1000);
    QTreeWidget *dock = window.connectionsDock()->tree();
    QTreeWidgetItem *row = dock->topLevelItem(0);
    // Connecting: a Cancel button on the row, and Cancel in its menu.
    auto *cancel = dock->itemWidget(row, 1)->findChild<QToolButton *>("CancelConnect");
    QVERIFY(cancel);
    std::unique_ptr<QMenu> menu(window.connectionsDock()->contextMenu(session));
    QStringList enabled;
    for (QAction *action : menu->actions())
        if (action->isEnabled() && !action->isSeparator())
            enabled << action->text();
    QCOMPARE(enabled.join(","), QStringLiteral("&Cancel,Re&move")); // a stuck row can go at once
    // The timeout gives up after a second, with a message that says so.
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), LibvirtSession::State::Failed, 3000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(session->timedOut());
    QVERIFY2(session->error().contains("No answer within 1 second"), qPrintable(session->error()));
    QVERIFY(!dock->itemWidget(row, 1));
    QVERIFY(row->toolTip(1).contains("No answer within 1 second"));
    // Failed: Reconnect, Remove and Copy Error; the error is copied whole.
    menu.reset(window.connectionsDock()->contextMenu(session));
    enabled.clear();
    for (QAction *action : menu->actions())
        if (action->isEnabled() && !action->isSeparator())
            enabled << action->text();
    QCOMPARE(enabled, (QStringList{"&Reconnect", "Re&move", "Copy &Error"}));
    menu->actions().last()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), session->error());
    // Reconnect tries again (a fresh worker: the stuck one is not waited for), Cancel stops it.
    emit window.connectionsDock()->reconnectRequested(session);
    QCOMPARE(session->state(), LibvirtSession::State::Connecting);
    cancel = dock->itemWidget(row, 1)->findChild<QToolButton *>("CancelConnect");
    QVERIFY(cancel);
    clock.restart();
    cancel->click();
    QCOMPARE(session->state(), LibvirtSession::State::Failed);
    QVERIFY(session->wasCancelled());
    QVERIFY(clock.elapsed() < 100);
    // Remove takes the row away.
    emit window.connectionsDock()->removeRequested(session);
    QCOMPARE(dock->topLevelItemCount(), 0);
    QTRY_VERIFY(session.isNull());
}

void tst_ConnectionsWindow::saveDoesNotBlockTheWindow()
{
    // A save runs while the window goes on: timers fire during it, and an edit made meanwhile
    // keeps the document modified (it is not on the server).
    MainWindow window;
    LibvirtSession *session = window.connectTo(QStringLiteral("test:///default"), false, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(window.tabCount() == 1, 30000);
    QVERIFY(session->waitIdle(5000));
    DomainDocument *document = window.document();
    const NodeId device = document->topology().devices().first().id;
    document->undoStack()->push(new SetAddress(document, device, PciAddress{0, 0, 0x0b, 0}));
    window.documents()->save();
    QVERIFY(window.currentTab()->isSaving());
    bool ticked = false;
    QTimer::singleShot(0, &window, [&] { ticked = true; });
    document->undoStack()->push(new SetAddress(document, device, PciAddress{0, 0, 0x0c, 0}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentTab()->isSaving(), 5000);
    QVERIFY(ticked);
    QVERIFY(window.currentTab()->baseline().contains("slot='0x0b'"));
    QVERIFY(!window.currentTab()->baseline().contains("slot='0x0c'"));
    QVERIFY(document->isModified());
    QVERIFY(document->toXml().contains("slot='0x0c'"));
}

void tst_ConnectionsWindow::recoveredEditSavesThroughLibvirt()
{
    // The real binary holds an unsaved edit of a domain on a remote libvirtd when it is killed
    // (SIGKILL: nothing is written on the way out). Started again, it recovers the edit, finds
    // the connection again and saves it to the same domain.
    QVERIFY2(geteuid() == 0, "the recovery test starts a system libvirtd and must run as root (CI does)");
    testing::Daemon daemon;
    QString error;
    std::unique_ptr<VirtConnection> admin = daemon.startOpen(&error);
    QVERIFY2(admin, qPrintable(error));
    const QString name = QStringLiteral("pcitopo-recover");
    QVERIFY(admin->define(testing::qemuGuest(name)).ok);
    const QByteArray original = admin->domainXml(name, &error);
    const int ports = int(original.count("model='pcie-root-port'"));
    QVERIFY(ports > 0);

    QTemporaryDir home;
    const QString autosave = home.filePath("pcitopo/pcitopo/autosave");
    const auto environment = [&](const QString &script, const char *recover) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", home.path());
        env.insert("XDG_CONFIG_HOME", home.path());
        env.insert("PCITOPO_AUTOSAVE_DELAY_MS", "100");
        env.insert("PCITOPO_CONFIRM", "yes");
        env.insert("PCITOPO_RECOVER", recover);
        env.insert("PCITOPO_SCRIPT", script);
        return env;
    };
    // 1. Open the domain, add two spare hotplug ports (the dialog's default, taken with
    //    Return), wait for the autosave, and die.
    QProcess first;
    first.setProcessEnvironment(environment("4000 Add Spare Hotplug Ports; 4500 key Return", "no"));
    first.start(QStringLiteral(PCITOPO_BINARY), {"--connect", daemon.uri, name});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(autosave).entryList({"*.json"}, QDir::Files).isEmpty(), 30000);
    QTest::qWait(300); // the record is written last; let a slow disk finish
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QVERIFY(admin->domainXml(name, &error) == original); // nothing reached the server

    // 2. Start again: recover, reconnect, Save (confirmed), Quit.
    QProcess second;
    second.setProcessEnvironment(environment("5000 Save; 8000 Quit", "yes"));
    second.start(QStringLiteral(PCITOPO_BINARY), QStringList());
    QVERIFY(second.waitForStarted());
    const bool ended = second.waitForFinished(30000);
    if (!ended)
        second.kill();
    QVERIFY2(ended, second.readAllStandardError().constData());
    QCOMPARE(second.exitCode(), 0);
    const QByteArray saved = admin->domainXml(name, &error);
    QCOMPARE(int(saved.count("model='pcie-root-port'")), ports + 2);
    QVERIFY(saved.contains("passwd='Dem0-s3c'")); // the secret went back too
    QVERIFY(QDir(autosave).entryList({"*.xml"}, QDir::Files).isEmpty()); // saved: nothing left
    QVERIFY(admin->undefine(name).ok);
}

void tst_ConnectionsWindow::hungDaemonNeverHoldsTheWindow()
{
    // A libvirtd that stops answering after the connection is made (SIGSTOP), then dies
    // (SIGKILL) in the middle of a save: the window answers throughout, the save fails with a
    // message, the edit stays, and closing the window does not wait for anything.
    QVERIFY2(geteuid() == 0, "the hung-daemon test starts a system libvirtd and must run as root (CI does)");
    testing::Daemon daemon;
    QString error;
    std::unique_ptr<VirtConnection> admin = daemon.startOpen(&error);
    QVERIFY2(admin, qPrintable(error));
    const QString name = QStringLiteral("pcitopo-hung");
    QVERIFY(admin->define(testing::qemuGuest(name)).ok);
    QVERIFY(admin->define(testing::qemuGuest(name + "-2")).ok);
    admin.reset();

    auto *window = new MainWindow;
    LibvirtSession *session = window->connectTo(daemon.uri, false, name);
    QTRY_VERIFY_WITH_TIMEOUT(window->tabCount() == 1, 30000);
    QVERIFY(session->waitIdle(10000));
    DomainDocument *document = window->document();
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).value(0);
    QVERIFY(disk.isValid());
    document->undoStack()->push(new SetAddress(document, disk, PciAddress{0, 0, 0x0b, 0}));
    const QByteArray edited = document->toXml();

    const pid_t pid = pid_t(daemon.process.processId());
    QVERIFY(::kill(pid, SIGSTOP) == 0);
    const auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    // Every kind of call, each stuck in the daemon: save, refresh, open another domain.
    window->documents()->save();
    QVERIFY(window->currentTab()->isSaving());
    window->libvirt()->refreshCurrent();
    window->openDomain(session, name + "-2");
    // The event loop keeps turning: a 20 ms timer never waits long.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(20);
    QTest::qWait(1500);
    qInfo("longest pause while libvirtd hangs: %lld ms", longest);
    QVERIFY2(longest < 300, qPrintable(QString::number(longest)));
    QVERIFY(window->currentTab()->isSaving());

    // It dies mid-save: the save fails with a message, the edit stays, the row says lost.
    QVERIFY(::kill(pid, SIGKILL) == 0);
    ::kill(pid, SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(!window->currentTab()->isSaving(), 10000);
    QCOMPARE(session->state(), LibvirtSession::State::Lost);
    QVERIFY(document->isModified());
    QCOMPARE(document->toXml(), edited);
    QVERIFY(!window->currentTab()->checker()->diagnostics().isEmpty());
    QCOMPARE(window->currentTab()->checker()->diagnostics().first().ruleId, QStringLiteral("libvirt-define"));
    QVERIFY2(session->error().contains("closed the connection") || session->error().contains("error"),
             qPrintable(session->error()));
    QCOMPARE(window->tabCount(), 1); // the other domain never arrived, and never will
    document->undoStack()->setClean();
    clock.restart();
    delete window;
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void tst_ConnectionsWindow::boxContextMenuOffersFixes()
{
    // The GPU's audio function on a port of its own (functions-split): right-click on its box
    // selects it and offers the edits and the Fix that rejoins it to the GPU's slot.
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    xml.replace("<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x1'/>",
                "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
    xml.replace("<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>\n    </interface>",
                "</interface>"); // port 8's NIC goes elsewhere (libvirt places it)
    const QString path = m_data.filePath("split.xml");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    DomainDocument *document = window.document();
    const NodeId audio = document->topology().nodesAt({0, 8, 0, 0}).value(0);
    QVERIFY(audio.isValid());
    QTRY_VERIFY(std::any_of(window.currentTab()->checker()->diagnostics().cbegin(),
                            window.currentTab()->checker()->diagnostics().cend(),
                            [](const Diagnostic &d) { return d.ruleId == "functions-split"; }));
    // The finding's own menu offers the same Fix, and the nodes it is about.
    DiagnosticsModel *findings = window.currentTab()->diagnostics();
    int split = -1;
    for (int row = 0; row < findings->rowCount(); ++row)
        if (findings->diagnostic(row).ruleId == "functions-split")
            split = row;
    QVERIFY(split >= 0);
    {
        std::unique_ptr<QMenu> menu(window.diagnosticsDock()->contextMenu(split));
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.filter("Fix: Join").size() == 1 && texts.contains("Select What It Is About"),
                 qPrintable(texts.join(" | ")));
    }
    GraphView *view = window.currentTab()->view();
    NodeItem *box = window.scene()->itemFor(audio);
    QVERIFY(box);
    view->resetZoom(); // zoomed by hand: a resize no longer fits the view again
    QCoreApplication::processEvents();
    view->centerOn(box);
    const QPoint at = view->mapFromScene(box->sceneBoundingRect().center());
    QStringList offered;
    QTimer::singleShot(200, &window, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                offered << action->text();
        for (QAction *action : menu->actions())
            if (action->text().startsWith("Fix: Join")) {
                action->trigger();
                break;
            }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QCOMPARE(window.currentTab()->selection()->nodes(), QList<NodeId>{audio}); // selected by the right-click
    QVERIFY2(offered.contains("&Move To…") && offered.contains("&Delete") && offered.contains("Copy Address (08:00.0)"),
             qPrintable(offered.join(" | ")));
    QVERIFY2(std::any_of(offered.cbegin(), offered.cend(), [](const QString &t) { return t.startsWith("Fix: Join"); }),
             qPrintable(offered.join(" | ")));
    QCOMPARE(document->topology().addressOf(audio), std::optional<PciAddress>(PciAddress{0, 5, 0, 1}));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->setClean();
}

void tst_ConnectionsWindow::moveToOffersFreePlaces()
{
    QString error;
    auto document = DomainDocument::fromFile(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml", &error);
    QVERIFY2(document, qPrintable(error));
    const Topology &t = document->topology();
    const NodeId disk = t.nodesAt({0, 4, 0, 0}).value(0);
    MoveToDialog dialog(document.get(), {disk});
    auto *address = dialog.findChild<QLineEdit *>("MoveToAddress");
    QVERIFY(address);
    QCOMPARE(address->text(), QStringLiteral("04:00.0")); // where it is, to edit
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // Every place offered takes the disk, and none is taken.
    const QStringList offered = dialog.offered();
    QVERIFY(offered.size() >= 2);
    for (const QString &place : offered) {
        const PciAddress at = *PciAddress::fromString(place);
        QVERIFY2(t.nodesAt(at).isEmpty(), qPrintable(place));
        QVERIFY2(rules::canAttach(t, {disk}, {int(at.bus), int(at.slot), int(at.function)}).allowed, qPrintable(place));
    }
    QVERIFY(!offered.contains("01:00.0"));
    // A taken address: refused with the reason, and OK stays off; a free one: OK.
    dialog.setAddressText("01:00.0");
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    const QString reason = dialog.findChild<QLabel *>("MoveToVerdict")->text();
    QVERIFY2(reason.contains("taken"), qPrintable(reason));
    dialog.setAddressText(offered.first());
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.addresses(), QList<PciAddress>{*PciAddress::fromString(offered.first())});
}

void tst_ConnectionsWindow::convertsMachineTypeFromTheMenu()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("guest.xml");
    QVERIFY(QFile::copy(PCITOPO_CORPUS_DIR "/libvirt-9.0/libvirt-output/argv--pci-bridge.xml", path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    QAction *convert = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (action->text() == QStringLiteral("Convert Machine T&ype…"))
                convert = action;
    QVERIFY(convert);
    // The dialog previews on a copy; recommended placement with two spare ports, then Convert.
    QString summary;
    QString preview;
    bool offered = false;
    QTimer::singleShot(200, &window, [&] {
        auto *dialog = qobject_cast<ConvertDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(window.document()->toXml(), original);
        dialog->findChild<QComboBox *>("ConvertPolicy")->setCurrentIndex(1);
        dialog->findChild<QSpinBox *>("ConvertSparePorts")->setValue(2);
        summary = dialog->findChild<QLabel *>("ConvertSummary")->text();
        preview = dialog->findChild<QTextBrowser *>("ConvertPreview")->toPlainText();
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        offered = ok->isEnabled();
        ok->click();
    });
    convert->trigger();
    QVERIFY2(offered, qPrintable(preview));
    QVERIFY2(summary.contains("pc-q35-7.2"), qPrintable(summary));
    QVERIFY2(preview.contains("CD-ROM hdc moves to SATA"), qPrintable(preview));
    QVERIFY2(preview.contains("Remove pci-bridge #1"), qPrintable(preview));
    DomainDocument *document = window.document();
    QCOMPARE(document->topology().family(), MachineFamily::Q35);
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Convert to q35"));
    // Recommended: each NIC on a root port of its own, and two empty ports to spare.
    int emptyPorts = 0;
    for (const Controller &c : document->topology().controllers())
        if (c.model == ControllerModel::PcieRootPort && document->topology().nodesOnBus(c.index).isEmpty())
            ++emptyPorts;
    QCOMPARE(emptyPorts, 2);
    QVERIFY(rules::worstSeverity(rules::checkTopology(document->topology())) < Severity::QemuError);
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), original);
}

QTEST_MAIN(tst_ConnectionsWindow)
#include "tst_connectionswindow.moc"
