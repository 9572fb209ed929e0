// Hostile and broken input, through the real binary and the real window: each is refused (or
// reported) with a clear message, and nothing is written: an existing output file keeps its
// bytes, no tab opens, no half-written file appears.

#include "DocumentTab.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "LiveChecker.h"
#include "MainWindow.h"
#include "DeviceCatalogue.h"
#include "TopologyTreeModel.h"
#include "commands/RemoveNode.h"
#include "items/NodeItem.h"
#include "libvirt/VirtConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pcitopo;

namespace {

QByteArray demo()
{
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray replaced(QByteArray xml, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(xml.contains(from));
    return xml.replace(from, to);
}

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void reported_data();
    void reported();
    void twoDocumentsClaimingOneDomain();
    void paletteDropIntoHostileName();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void tst_HostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!demo().isEmpty());
    qputenv("PCITOPO_CONFIRM", "no"); // no modal boxes: messages go to the status bar
}

tst_HostileInput::Run tst_HostileInput::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PCITOPO_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return result; // a hang fails the test
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_HostileInput::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size"); // > 0: a file of this size made of spaces after `bytes`
    QTest::addColumn<QString>("message");

    QTest::newRow("external entity (XXE)")
        << QByteArray("<?xml version='1.0'?><!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                      "<domain><name>&x;</name></domain>")
        << qint64(0) << "document type declarations";
    QTest::newRow("entity expansion bomb")
        << QByteArray("<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>"
                      "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'>]><domain>&c;</domain>")
        << qint64(0) << "document type declarations";
    QTest::newRow("100 MB file") << QByteArray("<domain>") << qint64(100) * 1000 * 1000
                                 << "95.4 MiB, larger than the 32 MiB";
    QByteArray deep = "<domain>";
    for (int i = 0; i < 5000; ++i)
        deep += "<a>";
    QTest::newRow("deep nesting") << deep << qint64(0) << "nested more than 256 deep";
    QTest::newRow("not UTF-8") << QByteArray("<domain type='kvm'><name>caf\xe9</name></domain>") << qint64(0)
                               << "not UTF-8 text";
    QTest::newRow("truncated") << demo().left(demo().size() / 2) << qint64(0) << "line ";
    QTest::newRow("empty") << QByteArray("  \n") << qint64(0) << "empty";
    QTest::newRow("not a domain") << QByteArray("<network><name>x</name></network>") << qint64(0)
                                  << "not a libvirt <domain>";
}

void tst_HostileInput::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(QString, message);
    const QString input = m_dir.filePath(QStringLiteral("input.xml"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        if (size > 0) {
            const QByteArray block(1 << 20, ' ');
            while (file.size() < size)
                file.write(block.left(int(std::min<qint64>(block.size(), size - file.size()))));
        }
    }
    const QString output = m_dir.filePath(QStringLiteral("output.xml"));
    {
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("previous contents\n");
    }

    // The command line: exit status 4 and the message; the existing output is untouched.
    const Run check = run({"check", input});
    QCOMPARE(check.exitCode, 4);
    QVERIFY2(check.err.contains(message.toUtf8()), check.err.constData());
    const Run move = run({"move", input, "04:00.0", "--to", "08:00.0", "-o", output});
    QCOMPARE(move.exitCode, 4);
    QVERIFY2(move.err.contains(message.toUtf8()), move.err.constData());
    const Run exported = run({"export", input, "-o", output});
    QCOMPARE(exported.exitCode, 4);
    QFile out(output);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("previous contents\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left behind

    // The window: no tab, the message shown.
    MainWindow window;
    QVERIFY(!window.openFile(input));
    QCOMPARE(window.tabCount(), 0);
    QVERIFY2(window.statusBar()->currentMessage().contains(message), qPrintable(window.statusBar()->currentMessage()));
}

void tst_HostileInput::reported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");

    const QByteArray xml = demo();
    QTest::newRow("unknown controller model")
        << replaced(xml, "index='3' model='pcie-root-port'", "index='3' model='pcie-super-port'") << "controller-model"
        << "'pcie-super-port' is not a PCI controller model libvirt knows";
    QTest::newRow("bus out of range") << replaced(xml, "bus='0x03' slot='0x00' function='0x0'/>\n    </memballoon>",
                                                  "bus='0x1ff' slot='0x00' function='0x0'/>\n    </memballoon>")
                                      << "address-range"
                                      << "bus 0x1ff is above 0xff";
    QTest::newRow("slot and function out of range")
        << replaced(xml, "bus='0x03' slot='0x00' function='0x0'/>\n    </memballoon>",
                    "bus='0x03' slot='0x20' function='0x8'/>\n    </memballoon>")
        << "address-range"
        << "slot 0x20 is above 0x1f, function 8 is above 7";
    QTest::newRow("domain other than 0") << replaced(xml, "domain='0x0000' bus='0x00' slot='0x01'",
                                                     "domain='0x0001' bus='0x00' slot='0x01'")
                                         << "address-domain"
                                         << "PCI domain 1";
    QTest::newRow("negative bus") << replaced(xml, "bus='0x07' slot='0x00'", "bus='-1' slot='0x00'") << "address-syntax"
                                  << "not a number";
    QTest::newRow("controller index out of range")
        << replaced(xml, "index='8' model='pcie-root-port'", "index='300' model='pcie-root-port'") << "controller-index"
        << "is not a number from 0 to 255";
    QTest::newRow("hostdev without a source") << replaced(
        xml,
        "      <source>\n        <address domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>\n      </source>\n",
        "") << "hostdev-source"
                                              << "does not say which host device it passes";
}

void tst_HostileInput::reported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    const QString input = m_dir.filePath(QStringLiteral("reported.xml"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    // libvirt would refuse it: exit status 3, the rule and the message.
    const Run check = run({"check", input});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.contains(("[" + rule + "]").toUtf8()), check.out.constData());
    QVERIFY2(check.out.contains(message.toUtf8()), check.out.constData());
    // The window opens it to be fixed, with the finding listed; nothing is written.
    MainWindow window;
    QVERIFY(window.openFile(input));
    bool found = false;
    for (const Diagnostic &d : window.currentTab()->checker()->diagnostics())
        found = found || (d.ruleId == rule && d.message.contains(message));
    QVERIFY(found);
    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void tst_HostileInput::twoDocumentsClaimingOneDomain()
{
    // Two files with the same <uuid>: two tabs saving one domain would overwrite each other.
    const QString first = m_dir.filePath(QStringLiteral("first.xml"));
    const QString second = m_dir.filePath(QStringLiteral("second.xml"));
    for (const QString &path : {first, second}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(demo());
    }
    MainWindow window;
    QVERIFY(window.openFile(first));
    QVERIFY(!window.openFile(second));
    QCOMPARE(window.tabCount(), 1);
    QCOMPARE(window.document()->source(), QFileInfo(first).absoluteFilePath());
    QVERIFY2(window.statusBar()->currentMessage().contains("already open"),
             qPrintable(window.statusBar()->currentMessage()));
}

void tst_HostileInput::paletteDropIntoHostileName()
{
    // A domain whose name holds every character XML escapes: the new disk's image path is
    // made from that name, and the file saved after two drops is valid XML libvirt defines.
    const QByteArray name = "bob's \"vm\" & <co> \xc3\xa9t\xc3\xa9";
    QByteArray escapedName = name;
    escapedName.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    const QString path = m_dir.filePath(QStringLiteral("hostile-name.xml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(replaced(demo(), "<name>workstation-gpu</name>", "<name>" + escapedName + "</name>"));
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    DomainDocument *document = window.document();
    QCOMPARE(document->topology().domainName(), QString::fromUtf8(name));

    // Onto the empty root port 8 in the diagram, as the drop event of a real drag delivers it.
    QMimeData mime;
    mime.setData(QLatin1String(CatalogueMimeType), "virtio-disk");
    const NodeItem *port8 = window.scene()->itemFor(document->topology().controllerByIndex(8)->id);
    QVERIFY(port8);
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setScenePos(port8->sceneBoundingRect().center());
    drop.setMimeData(&mime);
    drop.setPossibleActions(Qt::CopyAction);
    drop.setProposedAction(Qt::CopyAction);
    QCoreApplication::sendEvent(window.scene(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(document->topology().nodesAt({0, 8, 0, 0}).size(), 1);
    // And a second one through the tree, onto root port 6 (emptied first by moving its device).
    QVERIFY(document->topology().nodesAt({0, 6, 0, 0}).size() == 1);
    document->undoStack()->push(new RemoveNode(document, document->topology().nodesAt({0, 6, 0, 0}).first()));
    TopologyTreeModel *tree = window.currentTab()->treeModel();
    const QModelIndex port6 = tree->indexOf(document->topology().controllerByIndex(6)->id);
    QVERIFY(tree->canDropMimeData(&mime, Qt::CopyAction, -1, -1, port6));
    QVERIFY(tree->dropMimeData(&mime, Qt::CopyAction, -1, -1, port6));
    QCOMPARE(document->topology().nodesAt({0, 6, 0, 0}).size(), 1);

    QVERIFY(window.saveTo(path));
    QString error;
    const auto saved = DomainDocument::fromFile(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->topology().domainName(), QString::fromUtf8(name));
    QStringList images;
    for (const Device &d : saved->topology().devices())
        if (d.key.startsWith(QLatin1String("disk vd")))
            images << saved->topology().element(d.id).firstChildElement("source").attribute("file");
    QCOMPARE(images.size(), 3);
    QVERIFY2(images.contains(QStringLiteral("/var/lib/libvirt/images/") + QString::fromUtf8(name)
                             + QStringLiteral("-vdb.qcow2")),
             qPrintable(images.join(", ")));
    // Real libvirt reads it (the test driver, with its schema validation).
    const std::unique_ptr<VirtConnection> libvirt = VirtConnection::open(QStringLiteral("test:///default"), &error);
    QVERIFY2(libvirt, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const VirtConnection::Result defined = libvirt->define(file.readAll());
    QVERIFY2(defined.ok, qPrintable(defined.error));
}

QTEST_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
