#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DomainGenerator.h"
#include "XInput.h"

/**
 * End to end, as a user: the real pcitopo on a real X server (CTest runs this under xvfb-run),
 * a real mouse drag made of X11 input events (xdotool), Ctrl+S, and the saved file checked.
 */
class tst_E2eDrag : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragDiskIntoEmptyPortAndSave();
    void refusedDragSavesNothingNew();
    void gpuSlotMovesAsOne();
    void killedAppRecoversUnsavedEdit();
    /** CTest runs this one again on screens of 1280x800 and 1366x768. */
    void bigGuestFitsTheScreen();

private:
    struct App
    {
        QProcess process;
        QHash<QString, QPoint> nodes;
        QRect window; // its frame, on the screen
        QRect screen; // the screen's free area
    };
    bool start(App &app, const QString &file, const QStringList &extraEnvironment = {});
    /** A mouse drag; the caller checks QTest::currentTestFailed() (an xdotool that failed). */
    void drag(const QPoint &from, const QPoint &to);
    void save(App &app);
    /** Keys pressed in the app's window (focused first), as xdotool names them. */
    void key(const QString &keys);
    /** A fresh, writable copy of the demo domain in the test folder; empty on failure. */
    QString writableDemo(const QString &name);
    /** The demo with the disk moved from root port 4 to root port 8: its bytes after that drag. */
    QByteArray diskOnPort8() const;
    QTemporaryDir m_dir;
    QByteArray m_demo;
};

void tst_E2eDrag::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "no X display: run under xvfb-run (CTest does)");
    QVERIFY2(!QStandardPaths::findExecutable("xdotool").isEmpty(), "xdotool is missing: run installer/install-deps.sh");
    QFile demo(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(demo.open(QIODevice::ReadOnly));
    m_demo = demo.readAll();
}

bool tst_E2eDrag::start(App &app, const QString &file, const QStringList &extraEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.insert("PCITOPO_PRINT_NODE_GEOMETRY", "1");
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config")); // a first start: default layout
    env.insert("XDG_DATA_HOME", m_dir.filePath("data")); // autosaves of this test only
    for (const QString &assignment : extraEnvironment)
        env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    app.process.setProcessEnvironment(env);
    app.process.start(PCITOPO_BINARY, file.isEmpty() ? QStringList() : QStringList{file});
    if (!app.process.waitForStarted())
        return false;
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (!app.process.waitForReadyRead(15000))
            return false;
        out += app.process.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        if (readNodeLine(line, &app.nodes))
            continue;
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() == 5 && (cells[0] == "window" || cells[0] == "screen"))
            (cells[0] == "window" ? app.window : app.screen) =
                QRect(cells[1].toInt(), cells[2].toInt(), cells[3].toInt(), cells[4].toInt());
    }
    return !app.nodes.isEmpty();
}

void tst_E2eDrag::drag(const QPoint &from, const QPoint &to)
{
    QVERIFY(xdotool({"mousemove", QString::number(from.x()), QString::number(from.y()), "mousedown", "1"}));
    for (int step = 1; step <= 12; ++step) {
        const QPoint p = from + (to - from) * step / 12;
        QVERIFY(xdotool({"mousemove", QString::number(p.x()), QString::number(p.y())}));
        QTest::qWait(40);
    }
    QTest::qWait(200);
    QVERIFY(xdotool({"mouseup", "1"}));
    QTest::qWait(400);
}

void tst_E2eDrag::key(const QString &keys)
{
    QProcess search;
    search.start("xdotool", {"search", "--name", "workstation-gpu"});
    search.waitForFinished();
    const QString window = QString::fromUtf8(search.readAllStandardOutput()).split('\n').value(0).trimmed();
    QVERIFY(!window.isEmpty());
    QVERIFY(xdotool({"windowfocus", "--sync", window, "key", keys}));
    QTest::qWait(800);
}

void tst_E2eDrag::save(App &)
{
    key(QStringLiteral("ctrl+s"));
}

QString tst_E2eDrag::writableDemo(const QString &name)
{
    const QString file = m_dir.filePath(name);
    QFile::remove(file);
    if (!QFile::copy(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml", file))
        return {};
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return file;
}

QByteArray tst_E2eDrag::diskOnPort8() const
{
    return QByteArray(m_demo).replace("<address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
                                      "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
}

void tst_E2eDrag::dragDiskIntoEmptyPortAndSave()
{
    const QString file = writableDemo("guest.xml");
    QVERIFY(!file.isEmpty());
    App app;
    QVERIFY(start(app, file));
    QVERIFY(app.nodes.contains("disk vda") && app.nodes.contains("pcie-root-port #8"));
    drag(app.nodes["disk vda"], app.nodes["pcie-root-port #8"]);
    save(app);
    app.process.terminate();
    app.process.waitForFinished();

    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray expected = diskOnPort8();
    QCOMPARE(saved.readAll(), expected);
}

void tst_E2eDrag::refusedDragSavesNothingNew()
{
    const QString file = writableDemo("guest2.xml");
    QVERIFY(!file.isEmpty());
    App app;
    QVERIFY(start(app, file));
    const auto stop = qScopeGuard([&] {
        app.process.terminate();
        app.process.waitForFinished();
    });
    // Onto root port 1, whose only slot holds the NIC: refused, nothing changes.
    drag(app.nodes["disk vda"], app.nodes["pcie-root-port #1"]);
    if (QTest::currentTestFailed())
        return;
    save(app);
    if (QTest::currentTestFailed())
        return;
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_demo);
    saved.close();
    // The positive control, in the same window: a legal drag does change the file. Without it,
    // a run where no event reached the app would pass the check above.
    drag(app.nodes["disk vda"], app.nodes["pcie-root-port #8"]);
    if (QTest::currentTestFailed())
        return;
    save(app);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray expected = diskOnPort8();
    QCOMPARE(saved.readAll(), expected);
}

void tst_E2eDrag::gpuSlotMovesAsOne()
{
    // The GPU (function 0 of slot 05:00) dragged onto the empty root port 8 with real X input
    // brings its audio function along as function 1; Ctrl+Z undoes both at once.
    const QString file = writableDemo("gpu.xml");
    QVERIFY(!file.isEmpty());
    App app;
    QVERIFY(start(app, file));
    const auto stop = qScopeGuard([&] {
        app.process.terminate();
        app.process.waitForFinished();
    });
    QVERIFY(app.nodes.contains("hostdev 0000:01:00.0") && app.nodes.contains("pcie-root-port #8"));
    drag(app.nodes["hostdev 0000:01:00.0"], app.nodes["pcie-root-port #8"]);
    if (QTest::currentTestFailed())
        return;
    save(app);
    if (QTest::currentTestFailed())
        return;
    QByteArray expected = m_demo;
    expected.replace("<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0' multifunction='on'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0' multifunction='on'/>");
    expected.replace("<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x1'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x1'/>");
    QVERIFY(expected != m_demo);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), expected);
    saved.close();
    // One undo step takes both back.
    key(QStringLiteral("ctrl+z"));
    if (QTest::currentTestFailed())
        return;
    save(app);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_demo);
}

void tst_E2eDrag::killedAppRecoversUnsavedEdit()
{
    const QString file = writableDemo("guest3.xml");
    QVERIFY(!file.isEmpty());
    {
        App app;
        QVERIFY(start(app, file, {"PCITOPO_AUTOSAVE_DELAY_MS=200"}));
        drag(app.nodes["disk vda"], app.nodes["pcie-root-port #8"]);
        QTest::qWait(1500); // past the autosave delay
        app.process.kill(); // SIGKILL: no chance to save or clean up
        app.process.waitForFinished();
        QCOMPARE(app.process.exitStatus(), QProcess::CrashExit);
    }
    auto autosaves = [this] {
        QStringList found;
        QDirIterator it(m_dir.filePath("data"), {"*.xml"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    };
    QCOMPARE(autosaves().size(), 1); // the edit was autosaved before the kill
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), m_demo); // nothing was saved before the kill
    original.close();

    // The next start recovers the edit (answered yes without a dialog) into a modified tab
    // that still belongs to the file; Ctrl+S writes it there.
    App second;
    QVERIFY(start(second, QString(), {"PCITOPO_RECOVER=yes"}));
    save(second);
    second.process.terminate();
    second.process.waitForFinished();
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray expected = diskOnPort8();
    QCOMPARE(original.readAll(), expected);
    // Recovered once: nothing is offered again.
    QVERIFY2(autosaves().isEmpty(), qPrintable(autosaves().join(", ")));
}

QTEST_GUILESS_MAIN(tst_E2eDrag)
#include "tst_e2edrag.moc"

void tst_E2eDrag::bigGuestFitsTheScreen()
{
    // 300 root ports with a disk each, opened on this screen at its first start, fitted.
    const QString path = m_dir.filePath("q35-ports-300.xml");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pcitopo::bench::generateQ35PortsDomain(300));
    file.close();
    App app;
    QVERIFY(start(app, path));
    auto quit = qScopeGuard([&] {
        app.process.kill();
        app.process.waitForFinished();
    });
    // The window, status bar included, is on the screen.
    QVERIFY(!app.screen.isEmpty());
    QVERIFY2(app.screen.contains(app.window),
             qPrintable(QString("window %1,%2 %3x%4 is not inside the screen's %5x%6")
                            .arg(app.window.x())
                            .arg(app.window.y())
                            .arg(app.window.width())
                            .arg(app.window.height())
                            .arg(app.screen.width())
                            .arg(app.screen.height())));
    QCOMPARE(app.nodes.size(), 602); // pcie-root, 300 ports, the expander, 300 disks
    // The diagram uses both dimensions: the box centres span at least 0.4 times as wide as tall.
    QRect centres;
    for (const QPoint &p : std::as_const(app.nodes)) {
        centres |= QRect(p, QSize(1, 1));
        QVERIFY(app.window.contains(p));
    }
    const double ratio = double(centres.width()) / centres.height();
    qInfo("box centres span %dx%d px (width/height %.2f) in a window of %dx%d", centres.width(), centres.height(),
          ratio, app.window.width(), app.window.height());
    QVERIFY2(ratio >= 0.4, qPrintable(QString::number(ratio)));
    // And the view: the diagram is fitted to it, not a sliver in its middle.
    QVERIFY(centres.width() > app.window.width() / 3);
}
