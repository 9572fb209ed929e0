#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private:
    struct App
    {
        QProcess process;
        QHash<QString, QPoint> nodes;
    };
    bool start(App &app, const QString &file);
    static void xdotool(const QStringList &arguments);
    void drag(const QPoint &from, const QPoint &to);
    void save(App &app);
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

bool tst_E2eDrag::start(App &app, const QString &file)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.insert("PCITOPO_PRINT_NODE_GEOMETRY", "1");
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config")); // a first start: default layout
    app.process.setProcessEnvironment(env);
    app.process.start(PCITOPO_BINARY, {file});
    if (!app.process.waitForStarted())
        return false;
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (!app.process.waitForReadyRead(15000))
            return false;
        out += app.process.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() == 4 && cells[0] == "node")
            app.nodes.insert(QString::fromUtf8(cells[1]), QPoint(cells[2].toInt(), cells[3].toInt()));
    }
    return !app.nodes.isEmpty();
}

void tst_E2eDrag::xdotool(const QStringList &arguments)
{
    QProcess::execute("xdotool", arguments);
}

void tst_E2eDrag::drag(const QPoint &from, const QPoint &to)
{
    xdotool({"mousemove", QString::number(from.x()), QString::number(from.y()), "mousedown", "1"});
    for (int step = 1; step <= 12; ++step) {
        const QPoint p = from + (to - from) * step / 12;
        xdotool({"mousemove", QString::number(p.x()), QString::number(p.y())});
        QTest::qWait(40);
    }
    QTest::qWait(200);
    xdotool({"mouseup", "1"});
    QTest::qWait(400);
}

void tst_E2eDrag::save(App &)
{
    QProcess search;
    search.start("xdotool", {"search", "--name", "workstation-gpu"});
    search.waitForFinished();
    const QString window = QString::fromUtf8(search.readAllStandardOutput()).split('\n').value(0).trimmed();
    QVERIFY(!window.isEmpty());
    xdotool({"windowfocus", "--sync", window, "key", "ctrl+s"});
    QTest::qWait(800);
}

void tst_E2eDrag::dragDiskIntoEmptyPortAndSave()
{
    const QString file = m_dir.filePath("guest.xml");
    QFile::remove(file);
    QVERIFY(QFile::copy(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    App app;
    QVERIFY(start(app, file));
    QVERIFY(app.nodes.contains("disk vda") && app.nodes.contains("pcie-root-port #8"));
    drag(app.nodes["disk vda"], app.nodes["pcie-root-port #8"]);
    save(app);
    app.process.terminate();
    app.process.waitForFinished();

    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QByteArray expected = m_demo;
    expected.replace("<address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
    QCOMPARE(saved.readAll(), expected);
}

void tst_E2eDrag::refusedDragSavesNothingNew()
{
    const QString file = m_dir.filePath("guest2.xml");
    QFile::remove(file);
    QVERIFY(QFile::copy(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    App app;
    QVERIFY(start(app, file));
    // Onto root port 1, whose only slot holds the NIC: refused, nothing changes.
    drag(app.nodes["disk vda"], app.nodes["pcie-root-port #1"]);
    save(app);
    app.process.terminate();
    app.process.waitForFinished();
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_demo);
}

QTEST_GUILESS_MAIN(tst_E2eDrag)
#include "tst_e2edrag.moc"
