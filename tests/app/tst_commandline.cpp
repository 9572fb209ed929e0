#include "../Corpus.h"
#include "LibvirtDaemon.h"
#include "CommandLine.h"
#include "libvirt/LibvirtInfo.h"
#include "DomainDocument.h"
#include "commands/SetAddress.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>

#include <sys/socket.h>

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
    void convertThroughTheBinary();
    void moveToStandardOutput();
    void failedMoveKeepsExistingOutput();
    void moveCorpus_data();
    void moveCorpus();
    void version();
    void newerLibvirtIsNamed();
    void check_data();
    void check();
    void checkJsonAndSarif();
    void sarifFingerprintsAreStable();
    void checkSeveralInputs();
    void explain();
    void exportHeadless();
    void checkAndExportAConnection();
    void checkGivesUpOnASilentHost();
    void checkManyHostsAtOnce();

private:
    using Result = testing::ProgramRun;
    Result run(const QStringList &arguments, const QByteArray &input = {}, const QStringList &environment = {});
    /** The same command through cli::run in this process. */
    static Result runInProcess(const QStringList &arguments, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_demo;
};

tst_CommandLine::Result tst_CommandLine::run(const QStringList &arguments, const QByteArray &input,
                                             const QStringList &environment)
{
    return testing::runProgram(QStringLiteral(PCITOPO_BINARY), arguments, input, environment);
}

tst_CommandLine::Result tst_CommandLine::runInProcess(const QStringList &arguments, const QByteArray &input)
{
    QByteArray in = input;
    QBuffer inBuffer(&in);
    inBuffer.open(QIODevice::ReadOnly);
    Result result;
    QBuffer out(&result.out);
    QBuffer err(&result.err);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    result.exitCode = cli::run(arguments, &inBuffer, &out, &err);
    return result;
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
        << QStringList{QStringLiteral("tree"), QStringLiteral("-")} << QByteArray("<domain>\n  <devices>\n</domain>\n")
        << "standard input: line 3, column";
    QTest::newRow("tree: not a domain") << QStringList{QStringLiteral("tree"), QStringLiteral("-")}
                                        << QByteArray("<network/>") << "not a libvirt <domain>";
    QTest::newRow("tree: missing file") << QStringList{QStringLiteral("tree"), QStringLiteral("/nonexistent.xml")}
                                        << QByteArray() << "cannot read /nonexistent.xml";
    QTest::newRow("tree: a directory") << QStringList{QStringLiteral("tree"), QStringLiteral("/")} << QByteArray()
                                       << "is a directory";
    QTest::newRow("tree: no file") << QStringList{QStringLiteral("tree")} << QByteArray()
                                   << "wrong number of arguments";
    QTest::newRow("move: no --to") << QStringList{QStringLiteral("move"), demo, QStringLiteral("04:00.0"),
                                                  QStringLiteral("-o"), QStringLiteral("-")}
                                   << QByteArray() << "needs --to";
    QTest::newRow("move: bad address") << QStringList{QStringLiteral("move"),    demo,
                                                      QStringLiteral("04:00.9"), QStringLiteral("--to"),
                                                      QStringLiteral("04:01.0"), QStringLiteral("-o"),
                                                      QStringLiteral("-")}
                                       << QByteArray() << "'04:00.9' is not a PCI address";
    QTest::newRow("move: nothing there") << QStringList{QStringLiteral("move"),    demo,
                                                        QStringLiteral("09:00.0"), QStringLiteral("--to"),
                                                        QStringLiteral("04:01.0"), QStringLiteral("-o"),
                                                        QStringLiteral("-")}
                                         << QByteArray() << "no device or controller is at 0000:09:00.0";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray()
                                     << "unknown command 'frobnicate'";
    QTest::newRow("place: no output") << QStringList{QStringLiteral("place"), demo} << QByteArray()
                                      << "place needs -o OUT";
    QTest::newRow("place: unknown policy") << QStringList{QStringLiteral("place"),    demo,
                                                          QStringLiteral("--policy"), QStringLiteral("best"),
                                                          QStringLiteral("-o"),       QStringLiteral("-")}
                                           << QByteArray() << "unknown policy 'best'";
    QTest::newRow("place: spare ports with libvirt's policy") << QStringList{
        QStringLiteral("place"), demo, QStringLiteral("--spare-ports"), QStringLiteral("4"), QStringLiteral("-o"),
        QStringLiteral("-")} << QByteArray() << "--spare-ports goes with --policy recommended";
    QTest::newRow("convert: no target") << QStringList{QStringLiteral("convert"), demo, QStringLiteral("-o"),
                                                       QStringLiteral("-")}
                                        << QByteArray() << "convert needs --to q35|pc";
    QTest::newRow("convert: unknown target") << QStringList{
        QStringLiteral("convert"), demo, QStringLiteral("--to"), QStringLiteral("sparc"), QStringLiteral("-o"),
        QStringLiteral("-")} << QByteArray() << "cannot convert to 'sparc'";
    QTest::newRow("convert: already q35") << QStringList{QStringLiteral("convert"), demo,
                                                         QStringLiteral("--to"),    QStringLiteral("q35"),
                                                         QStringLiteral("-o"),      QStringLiteral("-")}
                                          << QByteArray() << "The machine is q35 already";
    QTest::newRow("convert: pc cannot have the IOMMU")
        << QStringList{QStringLiteral("convert"), QStringLiteral("-"),  QStringLiteral("--to"),
                       QStringLiteral("pc"),      QStringLiteral("-o"), QStringLiteral("-")}
        << QByteArray("<domain type='kvm'><name>i</name><os><type arch='x86_64' machine='q35'>hvm</type></os>"
                      "<devices><iommu model='intel'/></devices></domain>")
        << "the intel IOMMU needs q35";
    QTest::newRow("check: no file") << QStringList{QStringLiteral("check")} << QByteArray()
                                    << "check needs at least one file";
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

void tst_CommandLine::convertThroughTheBinary()
{
    // q35 → pc into a file, then back through standard input and output.
    QTemporaryDir dir;
    const QString pc = dir.filePath(QStringLiteral("converted-pc.xml"));
    Result result = run(
        {QStringLiteral("convert"), m_demo, QStringLiteral("--to"), QStringLiteral("pc"), QStringLiteral("-o"), pc});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData()); // a warning: the GPU's split
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("Machine type pc-q35-7.2 \u2192 pc-i440fx-7.2"), result.err.constData());
    QFile file(pc);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray converted = file.readAll();
    QVERIFY(converted.contains("machine='pc-i440fx-7.2'"));
    QVERIFY(!converted.contains("pcie-root-port"));
    QVERIFY(converted.contains("<source>\n        <address domain='0x0000' bus='0x01' slot='0x00' function='0x1'/>"));
    result = run({QStringLiteral("convert"), QStringLiteral("-"), QStringLiteral("--to"), QStringLiteral("q35"),
                  QStringLiteral("--policy"), QStringLiteral("recommended"), QStringLiteral("--spare-ports"),
                  QStringLiteral("2"), QStringLiteral("-o"), QStringLiteral("-")},
                 converted);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("machine='pc-q35-7.2'"));
    QVERIFY(result.out.contains("model='pcie-root-port'"));
    // A refused conversion writes nothing: the existing output stays.
    const QString kept = dir.filePath(QStringLiteral("kept.xml"));
    QFile existing(kept);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    result = run({QStringLiteral("convert"), m_demo, QStringLiteral("--to"), QStringLiteral("pc"),
                  QStringLiteral("--policy"), QStringLiteral("recommended"), QStringLiteral("-o"), kept});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("use the libvirt policy for pc"), result.err.constData());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{"converted-pc.xml", "kept.xml"}));
}

void tst_CommandLine::moveToStandardOutput()
{
    const Result result = run({QStringLiteral("move"), m_demo, QStringLiteral("0000:04:00.0"), QStringLiteral("--to"),
                               QStringLiteral("08:00.0"), QStringLiteral("-o"), QStringLiteral("-")});
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

namespace {

/** The first addressed node alone at its address, and a free slot on its bus; none if nothing is. */
std::optional<std::pair<PciAddress, PciAddress>> movableNode(const Topology &t)
{
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
            if (t.nodesAt(candidate).isEmpty())
                return std::pair{*at, candidate};
        }
    }
    return std::nullopt;
}

} // namespace

void tst_CommandLine::moveCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = test::corpusFiles();
    QVERIFY2(files.size() > 1000, qPrintable(QStringLiteral("the corpus is missing at %1").arg(test::corpusDir())));
    // Only files with a node that can move are rows: one with nothing addressed has nothing to
    // show here (tst_xmlroundtrip covers its byte round trip). Most files must qualify.
    int rows = 0;
    for (const QFileInfo &file : files) {
        QFile in(file.absoluteFilePath());
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const auto document = DomainDocument::fromXml(in.readAll(), nullptr);
        if (!document || !movableNode(document->topology()))
            continue;
        QTest::newRow(test::rowName(file).constData()) << file.absoluteFilePath();
        ++rows;
    }
    QVERIFY2(rows > files.size() / 2,
             qPrintable(QStringLiteral("only %1 of %2 files have a node to move").arg(rows).arg(files.size())));
}

/**
 * For every corpus file with an addressed node: `pcitopo move` to a free slot of the same bus
 * changes only that node's address line, and moving it back gives the original bytes. The
 * command runs in this process (cli::run, what main() calls): the binary's start-up, timed by
 * the tests above, would cost more than the corpus itself.
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
    const auto move = movableNode(t);
    QVERIFY(move);
    const auto [from, to] = *move;
    const NodeId node = t.nodesAt(from).first();
    const int addressLine = t.element(node).firstChildElement("address").line();
    const bool canonicalSlot = t.element(node).firstChildElement("address").attribute("slot")
        == SetAddress::formatAttribute("slot", from.slot);

    const QString moved = m_dir.filePath(QStringLiteral("moved.xml"));
    const QString back = m_dir.filePath(QStringLiteral("back.xml"));
    Result result = runInProcess({QStringLiteral("move"), path, from.toString(), QStringLiteral("--to"), to.toString(),
                                  QStringLiteral("-o"), moved});
    // The status is the verdict on the result (0–3); 4 alone means nothing was written.
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 3, result.err.constData());
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

    result = runInProcess({QStringLiteral("move"), moved, to.toString(), QStringLiteral("--to"), from.toString(),
                           QStringLiteral("-o"), back});
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 3, result.err.constData());
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

void tst_CommandLine::newerLibvirtIsNamed()
{
    // Said once for a libvirt newer than the 9.0 the rules follow, and only then.
    for (const char *newer : {"9.1.0", "10.0.0", "11.4.0"}) {
        const QString note = newerLibvirtNote(QLatin1String(newer));
        QVERIFY2(note.contains(QLatin1String(newer)) && note.contains(QLatin1String("9.0")), qPrintable(note));
    }
    for (const char *known : {"9.0.0", "8.0.0", "7.10.0", "", "garbage"})
        QVERIFY2(newerLibvirtNote(QLatin1String(known)).isEmpty(), known);
    QCOMPARE(libvirtVersionText(10002003), QStringLiteral("10.2.3"));
}

void tst_CommandLine::check_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    const QString corpus = test::corpusDir();
    QTest::newRow("the demo is clean") << m_demo << 0 << "0 libvirt errors, 0 QEMU errors, 0 warnings";
    QTest::newRow("libvirt refuses: 3") << corpus + "/generated/input/gen-q35-s1-12.xml" << 3
                                        << "libvirt refuses: pcie-switch-downstream-port";
    QTest::newRow("libvirt accepts, QEMU refuses: 2")
        << corpus + "/libvirt-9.0/input/argv--q35-multifunction.xml" << 2 << "[multifunction-off]";
    QTest::newRow("only pcie-root: libvirt adds a spare port, no warning")
        << corpus + "/libvirt-9.0/input/argv--cpu-host-model.xml" << 0 << "0 warnings";
    QTest::newRow("warnings only: 1") << corpus + "/generated/input/gen-pc-s1-125.xml" << 1 << "warning:";
}

void tst_CommandLine::check()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Result result = run({"check", file});
    QVERIFY2(result.exitCode == exitCode, result.out.constData());
    QVERIFY2(QString::fromUtf8(result.out).contains(output), result.out.constData());
}

void tst_CommandLine::checkJsonAndSarif()
{
    const QString rejected = test::corpusDir() + "/generated/input/gen-q35-s1-12.xml";
    Result result = run({"check", "--format", "json", rejected});
    QCOMPARE(result.exitCode, 3);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(!json.isNull(), qPrintable(error.errorString()));
    QCOMPARE(json["worst"].toString(), QString("libvirt-error"));
    const QJsonObject first = json["inputs"][0]["diagnostics"][0].toObject();
    QCOMPARE(first["rule"].toString(), QString("connection"));
    QCOMPARE(first["severity"].toString(), QString("libvirt-error"));
    QCOMPARE(first["line"].toInt(), 49);

    result = run({"check", "--format", "sarif", rejected});
    QCOMPARE(result.exitCode, 3);
    const QJsonDocument sarif = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(!sarif.isNull(), qPrintable(error.errorString()));
    QCOMPARE(sarif["version"].toString(), QString("2.1.0"));
    const QJsonObject run0 = sarif["runs"][0].toObject();
    QCOMPARE(run0["tool"]["driver"]["name"].toString(), QString("pcitopo"));
    QVERIFY(run0["tool"]["driver"]["rules"].toArray().size() >= 40);
    const QJsonObject sarifResult = run0["results"][0].toObject();
    QCOMPARE(sarifResult["ruleId"].toString(), QString("connection"));
    QCOMPARE(sarifResult["level"].toString(), QString("error"));
    QCOMPARE(sarifResult["locations"][0]["physicalLocation"]["region"]["startLine"].toInt(), 49);
    // ruleIndex points at the rule's entry.
    const int index = sarifResult["ruleIndex"].toInt();
    QCOMPARE(run0["tool"]["driver"]["rules"][index]["id"].toString(), QString("connection"));

    QVERIFY(run({"check", "--format", "yaml", m_demo}).exitCode == 4);
}

namespace {

/** "ruleId key" of every SARIF result, sorted. */
QStringList fingerprints(const QByteArray &sarif)
{
    QStringList result;
    for (const QJsonValue &r : QJsonDocument::fromJson(sarif)["runs"][0]["results"].toArray())
        result << r["ruleId"].toString() + QLatin1Char(' ') + r["partialFingerprints"]["pcitopoKey/v1"].toString();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void tst_CommandLine::sarifFingerprintsAreStable()
{
    // A disk on pcie-root (not hot-unpluggable: one finding for the bus), a USB controller
    // (whose label is translated) and a disk on a bus no controller provides.
    const QByteArray domain = "<domain type='kvm'><name>fp</name><memory>1048576</memory>"
                              "<os><type arch='x86_64' machine='q35'>hvm</type></os><devices>"
                              "<controller type='pci' index='0' model='pcie-root'/>"
                              "<controller type='usb' index='1' model='qemu-xhci'><address type='pci' domain='0x0000' "
                              "bus='0x07' slot='0x01' function='0x0'/></controller>"
                              "<disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/>"
                              "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/></disk>"
                              "<disk type='file' device='disk'><source file='/b.img'/><target dev='vdb' bus='virtio'/>"
                              "<address type='pci' domain='0x0000' bus='0x07' slot='0x00' function='0x0'/></disk>"
                              "</devices></domain>\n";
    const QString file = m_dir.filePath("fingerprints.xml");
    const auto write = [&](const QByteArray &xml) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(xml);
    };
    write(domain);
    const Result english = run({"check", "--format", "sarif", file}, {}, {"PCITOPO_LANG=en"});
    const Result german = run({"check", "--format", "sarif", file}, {}, {"PCITOPO_LANG=de"});
    QCOMPARE(english.exitCode, german.exitCode);
    QVERIFY(english.out != german.out); // the messages are translated …
    const QStringList before = fingerprints(english.out);
    QVERIFY2(before.size() >= 2, qPrintable(before.join('\n')));
    QVERIFY2(before.contains("not-hot-unpluggable not-hot-unpluggable:controller pci 0"),
             qPrintable(before.join('\n')));
    QVERIFY2(before.filter(":controller usb 1").size() == 1,
             qPrintable(before.join('\n'))); // "usb-Controller 1" in German
    QCOMPARE(fingerprints(german.out), before); // … the fingerprints are not

    // A device added to the same bus leaves every earlier finding's fingerprint as it was.
    QByteArray grown = domain;
    grown.replace("</devices>",
                  "<disk type='file' device='disk'><source file='/c.img'/><target dev='vdc' bus='virtio'/>"
                  "<address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/></disk></devices>");
    write(grown);
    const QStringList after = fingerprints(run({"check", "--format", "sarif", file}, {}, {"PCITOPO_LANG=de"}).out);
    for (const QString &fingerprint : before)
        QVERIFY2(after.contains(fingerprint), qPrintable(fingerprint + " is gone from:\n" + after.join('\n')));
}

void tst_CommandLine::checkSeveralInputs()
{
    const QString corpus = test::corpusDir();
    // The worst input counts; an unreadable one is worst of all but the others are still checked.
    Result result = run({"check", m_demo, corpus + "/libvirt-9.0/input/argv--q35-multifunction.xml"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains("q35-gpu-passthrough.xml: 0 libvirt errors"));
    result = run({"check", m_demo, "/nonexistent.xml"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.contains("q35-gpu-passthrough.xml: 0 libvirt errors"));
    QVERIFY(result.err.contains("cannot read /nonexistent.xml"));
    QFile demo(m_demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    result = run({"check", "-"}, demo.readAll());
    QCOMPARE(result.exitCode, 0);
}

void tst_CommandLine::explain()
{
    Result result = run({"explain", "multifunction-off"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("multifunction-off: "));
    QVERIFY(result.out.contains("Severity: QEMU would refuse"));
    QVERIFY(result.out.contains("Source: A7"));
    result = run({"explain"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.count('\n') >= 40);
    result = run({"explain", "no-such-rule"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("no rule 'no-such-rule'"));
}

void tst_CommandLine::exportHeadless()
{
    // No display at all: export uses the offscreen platform by itself.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    for (const char *suffix : {"svg", "png", "pdf", "dot"}) {
        const QString out = m_dir.filePath(QStringLiteral("demo.") + QLatin1String(suffix));
        process.start(PCITOPO_BINARY, {"export", m_demo, "-o", out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(process.readAllStandardError().isEmpty(), "export should be quiet");
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (QByteArray(suffix) == "png")
            QVERIFY(head.startsWith("\x89PNG"));
        else if (QByteArray(suffix) == "pdf")
            QVERIFY(head.startsWith("%PDF-"));
        else if (QByteArray(suffix) == "svg")
            QVERIFY(head.startsWith("<?xml"));
        else
            QVERIFY(head.startsWith("// PCI"));
    }
    const Result wrong = run({"export", m_demo, "-o", m_dir.filePath("demo.jpg")});
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY(wrong.err.contains(".svg, .png, .pdf or .dot"));
    QVERIFY(!QFile::exists(m_dir.filePath("demo.jpg")));
    const Result broken = run({"export", "-", "-o", m_dir.filePath("broken.svg")}, "<domain>");
    QCOMPARE(broken.exitCode, 4);
    QVERIFY(!QFile::exists(m_dir.filePath("broken.svg")));
}

void tst_CommandLine::checkAndExportAConnection()
{
    const QString uri = QStringLiteral("test://" PCITOPO_SOURCE_DIR "/resources/demo/host/demo-host.xml");
    // Every domain, with the host's IOMMU groups: legacy-pc passes part of group 16.
    Result all = run({"check", "--connect", uri, "--all"});
    QCOMPARE(all.exitCode, 1);
    for (const char *name : {"arm-virt:", "legacy-pc:", "power-pseries:", "workstation-gpu:"})
        QVERIFY2(all.out.contains(name), all.out.constData());
    QVERIFY2(all.out.contains("IOMMU group 16") && all.out.contains("[iommu-group-partial]"), all.out.constData());
    // Which libvirt answered, as it said (the test driver's is this machine's 9.0): no note.
    const QByteArray version = libvirtLibraryVersion().toUtf8();
    QVERIFY(version.startsWith("9.0."));
    // And its hypervisor: the test driver's own.
    QVERIFY2(all.out.startsWith("== " + uri.toUtf8() + " (libvirt " + version + ", TEST "), all.out.constData());
    QVERIFY(!all.out.contains("note: This host runs libvirt"));
    Result one = run({"check", "--connect", uri, "power-pseries", "--format", "json"});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("\"power-pseries\""));
    QVERIFY2(one.out.contains("\"libvirt\": \"" + version + "\""), one.out.constData());
    QVERIFY(!one.out.contains("legacy-pc"));
    // Wrong use: a clear message and 4.
    QCOMPARE(run({"check", "--connect", uri}).exitCode, 4);
    QCOMPARE(run({"check", "--connect", uri, "--all", "legacy-pc"}).exitCode, 4);
    QCOMPARE(run({"check", "--all", "x.xml"}).exitCode, 4);
    Result missing = run({"check", "--connect", uri, "no-such-guest"});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.err.contains("no-such-guest"), missing.err.constData());
    Result refused = run({"check", "--connect", "qemu+tcp://127.0.0.1:1/system", "--all"});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("cannot connect"), refused.err.constData());

    // export: the diagram, with IOMMU group colours, never the VNC password.
    const QString svg = m_dir.filePath("connected.svg");
    Result exported = run({"export", "--connect", uri, "workstation-gpu", "-o", svg});
    QCOMPARE(exported.exitCode, 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("id=\"device-hostdev-0000-01-00-0\""));
    // What each passed-through device is, from the host, with its IOMMU group and NUMA node.
    QVERIFY(bytes.contains(">GA102 [GeForce RTX 3090]<"));
    QVERIFY(bytes.contains(">GA102 High Definition Audio Controller<"));
    QVERIFY(bytes.contains(">NVMe SSD Controller PM9A1/PM9A3/980PRO<"));
    QCOMPARE(bytes.count("IOMMU group 13 · NUMA node 0"), 2); // the GPU and its audio function
    QCOMPARE(bytes.count("IOMMU group 15 · NUMA node 0"), 1); // the NVMe drive
    QVERIFY(!bytes.contains("Dem0-s3c"));
}

void tst_CommandLine::checkGivesUpOnASilentHost()
{
    // A host that takes the connection and never answers (a firewall dropping packets, a hung
    // ssh): check gives up after --timeout and says so, with status 4.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(listener >= 0 && ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::listen(listener, 16) == 0
            && ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const auto closeListener = qScopeGuard([&] { ::close(listener); });
    const QString silent = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(ntohs(address.sin_port));
    QElapsedTimer clock;
    clock.start();
    const Result result = run({"check", "--connect", silent, "--all", "--timeout", "3"});
    const qint64 took = clock.elapsed();
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("no answer within 3 seconds"), result.err.constData());
    QVERIFY2(result.err.contains(silent.toUtf8()), result.err.constData());
    QVERIFY2(took >= 2900 && took < 5000, qPrintable(QString::number(took)));
    // Wrong values are refused before anything is tried.
    QCOMPARE(run({"check", "--connect", silent, "--all", "--timeout", "soon"}).exitCode, 4);
    QCOMPARE(run({"check", "--connect", silent, "--all", "--jobs", "0"}).exitCode, 4);
    QCOMPARE(run({"check", "x.xml", "--jobs", "2"}).exitCode, 4);
}

void tst_CommandLine::checkManyHostsAtOnce()
{
    QVERIFY2(geteuid() == 0, "the fleet test starts two system libvirtd and must run as root (CI does)");
    testing::Daemon first;
    testing::Daemon second;
    QString error;
    std::unique_ptr<VirtConnection> a = first.startOpen(&error);
    QVERIFY2(a, qPrintable(error));
    std::unique_ptr<VirtConnection> b = second.startOpen(&error);
    QVERIFY2(b, qPrintable(error));
    // A guest on each host; both lack an empty hotplug port (a warning).
    QVERIFY(a->define(testing::qemuGuest("fleet-a")).ok);
    QVERIFY(b->define(testing::qemuGuest("fleet-b")).ok);
    const QString dead = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(testing::freePort());
    const QStringList hosts{"--connect", first.uri, "--connect", dead, "--connect", second.uri, "--all"};

    // Text: each host under its URI, the dead one with its error; 4 for the dead host.
    Result text = run(QStringList{"check"} + hosts);
    QCOMPARE(text.exitCode, 4);
    const QByteArray out = text.out;
    // The daemons say which libvirt and QEMU they run; the dead host says nothing.
    const QByteArray daemon = " (libvirt " + libvirtLibraryVersion().toUtf8() + ", QEMU 7.2.";
    const qsizetype atFirst = out.indexOf("== " + first.uri.toUtf8() + daemon);
    const qsizetype atDead = out.indexOf("== " + dead.toUtf8() + " ==");
    const qsizetype atSecond = out.indexOf("== " + second.uri.toUtf8() + daemon);
    QVERIFY2(atFirst >= 0 && atFirst < atDead && atDead < atSecond, out.constData());
    QVERIFY2(out.indexOf("fleet-a:") > atFirst && out.indexOf("fleet-a:") < atDead, out.constData());
    QVERIFY2(out.indexOf("fleet-b:") > atSecond, out.constData());
    QVERIFY2(out.contains("[no-hotplug-slot]"), out.constData());
    QVERIFY2(text.err.contains(dead.toUtf8() + ": cannot connect"), text.err.constData());
    QVERIFY(text.err.contains("Connection refused"));

    // JSON: one entry per host, in order; the findings of both, the dead host's error.
    Result json = run(QStringList{"check", "--format", "json", "--jobs", "2"} + hosts);
    QCOMPARE(json.exitCode, 4);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray list = root["hosts"].toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0]["uri"].toString(), first.uri);
    QCOMPARE(list[1]["uri"].toString(), dead);
    QCOMPARE(list[2]["uri"].toString(), second.uri);
    QVERIFY(list[1]["error"].toString().contains("Connection refused"));
    QCOMPARE(list[1]["inputs"].toArray().size(), 0);
    for (int i : {0, 2}) {
        QVERIFY(!list[i].toObject().contains("error"));
        QCOMPARE(list[i]["worst"].toString(), QStringLiteral("warning"));
        QVERIFY2(list[i]["hypervisor"].toString().startsWith("QEMU 7.2."), json.out.constData());
        QVERIFY(!list[1].toObject().contains("hypervisor"));
        bool found = false;
        for (const QJsonValue input : list[i]["inputs"].toArray())
            found = found
                || (input["input"].toString() == QLatin1String(i == 0 ? "fleet-a" : "fleet-b")
                    && !input["diagnostics"].toArray().isEmpty());
        QVERIFY2(found, json.out.constData());
    }
    QCOMPARE(root["worst"].toString(), QStringLiteral("unreadable"));

    // SARIF: a run per host, the dead host's run unsuccessful with its reason.
    Result sarif = run(QStringList{"check", "--format", "sarif", "--jobs", "1"} + hosts);
    QCOMPARE(sarif.exitCode, 4);
    const QJsonArray runs = QJsonDocument::fromJson(sarif.out).object()["runs"].toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[1]["properties"]["libvirtUri"].toString(), dead);
    QCOMPARE(runs[1]["invocations"][0]["executionSuccessful"].toBool(), false);
    QVERIFY(runs[1]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].toString().contains(
        "Connection refused"));
    for (int i : {0, 2}) {
        QCOMPARE(runs[i]["invocations"][0]["executionSuccessful"].toBool(), true);
        QVERIFY(!runs[i]["results"].toArray().isEmpty());
    }

    // Without the dead host the worst finding decides: warnings, 1.
    QCOMPARE(run({"check", "--connect", first.uri, "--connect", second.uri, "--all"}).exitCode, 1);
    QVERIFY(a->undefine("fleet-a").ok);
    QVERIFY(b->undefine("fleet-b").ok);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
