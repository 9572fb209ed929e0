#include "../Corpus.h"
#include "DomainDocument.h"
#include "commands/SetAddress.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pcitopo;

/** The command-line contract of DESIGN.md, through the real binary. */
class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tree();
    void treeFromStandardInput();
    void badInput_data();
    void badInput();
    void moveToStandardOutput();
    void failedMoveKeepsExistingOutput();
    void moveCorpus_data();
    void moveCorpus();
    void version();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_demo;
};


tst_CommandLine::Result tst_CommandLine::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProgram(QStringLiteral(PCITOPO_BINARY));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(QFile::exists(QStringLiteral(PCITOPO_BINARY)));
}

void tst_CommandLine::tree()
{
    const Result result = run({QStringLiteral("tree"), m_demo});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.startsWith(QStringLiteral("workstation-gpu (q35, x86_64, machine pc-q35-7.2)\n")));
    QVERIFY(out.contains(QStringLiteral("pcie-root #0\n")));
    QVERIFY(out.contains(QStringLiteral("├─ 00:02.4  pcie-root-port #5 [pcie-root-port] (chassis 5, port 0x14)\n"
                                        "│  ├─ 05:00.0  hostdev 0000:01:00.0 [vfio-pci]\n"
                                        "│  └─ 05:00.1  hostdev 0000:01:00.1 [vfio-pci]\n")));
    QVERIFY(out.contains(QStringLiteral("└─ 00:1f.2  sata controller 0\n")));
}

void tst_CommandLine::treeFromStandardInput()
{
    QFile demo(m_demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const Result fromFile = run({QStringLiteral("tree"), m_demo});
    const Result fromStdin = run({QStringLiteral("tree"), QStringLiteral("-")}, demo.readAll());
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, fromFile.out);
}

void tst_CommandLine::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QString demo = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QTest::newRow("tree: malformed XML on stdin")
        << QStringList{QStringLiteral("tree"), QStringLiteral("-")}
        << QByteArray("<domain>\n  <devices>\n</domain>\n") << "standard input: line 3, column";
    QTest::newRow("tree: not a domain") << QStringList{QStringLiteral("tree"), QStringLiteral("-")}
                                        << QByteArray("<network/>") << "not a libvirt <domain>";
    QTest::newRow("tree: missing file") << QStringList{QStringLiteral("tree"), QStringLiteral("/nonexistent.xml")}
                                        << QByteArray() << "cannot read /nonexistent.xml";
    QTest::newRow("tree: a directory") << QStringList{QStringLiteral("tree"), QStringLiteral("/")}
                                       << QByteArray() << "is a directory";
    QTest::newRow("tree: no file") << QStringList{QStringLiteral("tree")} << QByteArray()
                                   << "wrong number of arguments";
    QTest::newRow("move: no --to") << QStringList{QStringLiteral("move"), demo, QStringLiteral("04:00.0"),
                                                  QStringLiteral("-o"), QStringLiteral("-")}
                                   << QByteArray() << "needs --to";
    QTest::newRow("move: bad address") << QStringList{QStringLiteral("move"), demo, QStringLiteral("04:00.9"),
                                                      QStringLiteral("--to"), QStringLiteral("04:01.0"),
                                                      QStringLiteral("-o"), QStringLiteral("-")}
                                       << QByteArray() << "'04:00.9' is not a PCI address";
    QTest::newRow("move: nothing there") << QStringList{QStringLiteral("move"), demo, QStringLiteral("09:00.0"),
                                                        QStringLiteral("--to"), QStringLiteral("04:01.0"),
                                                        QStringLiteral("-o"), QStringLiteral("-")}
                                         << QByteArray() << "no device or controller is at 0000:09:00.0";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray()
                                     << "unknown command 'frobnicate'";
    QTest::newRow("command not built yet") << QStringList{QStringLiteral("place"), demo} << QByteArray()
                                           << "unknown command 'place'";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("tree"), QStringLiteral("--bogus"), demo}
                                    << QByteArray() << "bogus";
}

void tst_CommandLine::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Result result = run(arguments, input);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
}

void tst_CommandLine::moveToStandardOutput()
{
    const Result result = run({QStringLiteral("move"), m_demo, QStringLiteral("0000:04:00.0"),
                               QStringLiteral("--to"), QStringLiteral("08:00.0"), QStringLiteral("-o"),
                               QStringLiteral("-")});
    QCOMPARE(result.exitCode, 0);
    QFile demo(m_demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray expected = demo.readAll();
    expected.replace("<address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
    QCOMPARE(result.out, expected);
    QVERIFY(result.err.contains("moved disk vda from 04:00.0 to 08:00.0"));
}

void tst_CommandLine::failedMoveKeepsExistingOutput()
{
    const QString out = m_dir.filePath(QStringLiteral("kept.xml"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const Result result = run({QStringLiteral("move"), QStringLiteral("-"), QStringLiteral("01:00.0"),
                               QStringLiteral("--to"), QStringLiteral("02:00.0"), QStringLiteral("-o"), out},
                              "<domain><devices>");
    QCOMPARE(result.exitCode, 4);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
    // And no temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.xml")});
}

void tst_CommandLine::moveCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = test::corpusFiles();
    QVERIFY2(files.size() > 1000, qPrintable(QStringLiteral("the corpus is missing at %1").arg(test::corpusDir())));
    for (const QFileInfo &file : files)
        QTest::newRow(test::rowName(file).constData()) << file.absoluteFilePath();
}

/**
 * For every corpus file with an addressed node: `pcitopo move` to a free slot of the same bus
 * changes only that node's address line, and moving it back gives the original bytes.
 */
void tst_CommandLine::moveCorpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    auto document = DomainDocument::fromXml(original, nullptr);
    QVERIFY(document);
    const Topology &t = document->topology();

    // The first addressed node alone at its address, and a free slot on its bus.
    NodeId node;
    std::optional<PciAddress> to;
    QList<NodeId> candidates;
    for (const Device &d : t.devices())
        candidates.append(d.id);
    for (const Controller &c : t.controllers())
        candidates.append(c.id);
    for (NodeId id : std::as_const(candidates)) {
        const std::optional<PciAddress> at = t.addressOf(id);
        if (!at || t.nodesAt(*at).size() != 1 || at->slot > 0x1f || at->function > 7 || at->bus > 0xff
            || at->domain > 0xffff)
            continue;
        for (quint32 slot = 0x1f; slot > 0; --slot) {
            const PciAddress candidate{at->domain, at->bus, slot, at->function};
            if (t.nodesAt(candidate).isEmpty()) {
                to = candidate;
                break;
            }
        }
        if (to) {
            node = id;
            break;
        }
    }
    if (!node.isValid())
        return; // nothing addressed: tst_xmlroundtrip covers the byte round trip
    const PciAddress from = *t.addressOf(node);
    const int addressLine = t.element(node).firstChildElement("address").line();
    const bool canonicalSlot = t.element(node).firstChildElement("address").attribute("slot")
        == SetAddress::formatAttribute("slot", from.slot);

    const QString moved = m_dir.filePath(QStringLiteral("moved.xml"));
    const QString back = m_dir.filePath(QStringLiteral("back.xml"));
    Result result = run({QStringLiteral("move"), path, from.toString(), QStringLiteral("--to"),
                         to->toString(), QStringLiteral("-o"), moved});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile movedFile(moved);
    QVERIFY(movedFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> before = original.split('\n');
    const QList<QByteArray> after = movedFile.readAll().split('\n');
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        if (i + 1 != addressLine)
            QCOMPARE(after[i], before[i]);
    }
    QVERIFY(after[addressLine - 1] != before[addressLine - 1]);

    result = run({QStringLiteral("move"), moved, to->toString(), QStringLiteral("--to"),
                  from.toString(), QStringLiteral("-o"), back});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile backFile(back);
    QVERIFY(backFile.open(QIODevice::ReadOnly));
    const QByteArray restored = backFile.readAll();
    // Moving back restores the value; the text is the same unless the original spelled the
    // slot differently from libvirt ("3" or "0x3" rather than "0x03"): only that line shows it.
    const QList<QByteArray> restoredLines = restored.split('\n');
    for (int i = 0; i < before.size(); ++i) {
        if (i + 1 != addressLine)
            QCOMPARE(restoredLines[i], before[i]);
    }
    if (canonicalSlot)
        QCOMPARE(restored, original);
}

void tst_CommandLine::version()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("pcitopo 0.1.0 (Qt 6."), result.out.constData());
    QVERIFY2(result.out.contains(", libvirt 9."), result.out.constData());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
