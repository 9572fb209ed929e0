// The save confirmation's diff: the unified diff applies back, and topology changes are named.

#include "DomainDiff.h"
#include "DomainDocument.h"
#include "commands/HostDeviceDrop.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "host/HostInventory.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pcitopo;

namespace {

/** Applies a unified diff to `before`; empty optional when a hunk does not match. */
std::optional<QStringList> applyPatch(const QStringList &before, const QString &diff)
{
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@$"));
    QStringList out;
    qsizetype next = 0; // index into before of the first line not yet copied
    const QStringList lines = diff.split(QLatin1Char('\n'));
    for (qsizetype k = 2; k < lines.size(); ++k) {
        const QRegularExpressionMatch m = header.match(lines[k]);
        if (!m.hasMatch())
            continue;
        const qsizetype start = m.captured(1).toLongLong() - 1;
        while (next < start)
            out << before[next++];
        for (++k; k < lines.size() && !lines[k].startsWith(QLatin1String("@@")) && !lines[k].isEmpty(); ++k) {
            const QChar op = lines[k].at(0);
            const QString text = lines[k].mid(1);
            if (op == QLatin1Char('+')) {
                out << text;
                continue;
            }
            if (next >= before.size() || before[next] != text)
                return std::nullopt;
            ++next;
            if (op == QLatin1Char(' '))
                out << text;
        }
        --k;
    }
    while (next < before.size())
        out << before[next++];
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_DomainDiff : public QObject
{
    Q_OBJECT

private slots:
    void diffAppliesBack();
    void equalTextsGiveNoDiff();
    void topologyChangesInWords();
    void hostDevicesKeepTheirFunctions();
    void threeWayMergeKeepsBothSides();
};

void tst_DomainDiff::diffAppliesBack()
{
    // libvirt's own rewrites of its test inputs: every kind of insertion, deletion and change.
    const QString dir = QStringLiteral(PCITOPO_CORPUS_DIR "/libvirt-9.0");
    const QStringList names = QDir(dir + "/libvirt-output").entryList({"*.xml"}, QDir::Files);
    QVERIFY2(names.size() > 100, "the corpus is missing");
    int differing = 0;
    for (const QString &name : names) {
        const QByteArray a = readFile(dir + "/input/" + name);
        const QByteArray b = readFile(dir + "/libvirt-output/" + name);
        if (a.isEmpty())
            continue;
        const QString diff = DomainDiff::unifiedDiff(a, b, "a", "b");
        if (a == b) {
            QVERIFY(diff.isEmpty());
            continue;
        }
        ++differing;
        QVERIFY2(diff.startsWith("--- a\n+++ b\n@@ -"), qPrintable(name));
        const std::optional<QStringList> patched = applyPatch(QString::fromUtf8(a).split('\n'), diff);
        QVERIFY2(patched, qPrintable(name + ": a hunk does not apply"));
        QVERIFY2(patched->join('\n') == QString::fromUtf8(b), qPrintable(name + ": patched text differs"));
    }
    QVERIFY(differing > 100);
}

void tst_DomainDiff::equalTextsGiveNoDiff()
{
    QVERIFY(DomainDiff::unifiedDiff("<a/>\n", "<a/>\n", "x", "y").isEmpty());
    const QString diff =
        DomainDiff::unifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n", "x", "y");
    QCOMPARE(diff, QStringLiteral("--- x\n+++ y\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
}

void tst_DomainDiff::topologyChangesInWords()
{
    const QByteArray xml = readFile(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    auto before = DomainDocument::fromXml(xml, nullptr);
    auto after = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(DomainDiff::topologyChanges(before->topology(), after->topology()).isEmpty());
    const NodeId disk = after->topology().nodesAt({0, 4, 0, 0}).first();
    after->undoStack()->push(new SetAddress(after.get(), disk, PciAddress{0, 8, 0, 0}));
    const NodeId rng = after->topology().nodesAt({0, 7, 0, 0}).first();
    after->undoStack()->push(new RemoveNode(after.get(), rng));
    const QStringList changes = DomainDiff::topologyChanges(before->topology(), after->topology());
    QCOMPARE(changes, (QStringList{"Remove rng (at 07:00.0).", "Move disk vda from 04:00.0 to 08:00.0."}));
}

void tst_DomainDiff::hostDevicesKeepTheirFunctions()
{
    const QByteArray xml = readFile(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    auto document = DomainDocument::fromXml(xml, nullptr);
    const QList<PciAddress> gpu{{0, 2, 0, 0}, {0, 2, 0, 1}};
    // A root port that is taken: refused, with the reason; nothing changes.
    QString reason;
    QVERIFY(!pushHostDevices(document.get(), gpu, 1, &reason));
    QVERIFY2(reason.contains("taken"), qPrintable(reason));
    QCOMPARE(document->undoStack()->count(), 0);
    // A device already in the guest is refused.
    QVERIFY(!pushHostDevices(document.get(), {{0, 1, 0, 0}}, 0, &reason));
    QVERIFY2(reason.contains("already"), qPrintable(reason));
    // pcie-root: the GPU and its audio function share 00:03, functions 0 and 1, one undo step.
    QVERIFY2(pushHostDevices(document.get(), gpu, 0, &reason), qPrintable(reason));
    QCOMPARE(document->undoStack()->count(), 1);
    const Topology &t = document->topology();
    QCOMPARE(t.nodesAt({0, 0, 3, 0}).size(), 1);
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 0}).first()), QStringLiteral("hostdev 0000:02:00.0"));
    QCOMPARE(t.labelOf(t.nodesAt({0, 0, 3, 1}).first()), QStringLiteral("hostdev 0000:02:00.1"));
    QVERIFY(document->toXml().contains(
        "<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0' multifunction='on'/>"));
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), xml);
    // One VF from the middle of a host slot becomes function 0 of its own slot.
    QVERIFY(pushHostDevices(document.get(), {{0, 3, 2, 3}}, 0, &reason));
    QCOMPARE(t.labelOf(document->topology().nodesAt({0, 0, 3, 0}).value(0)), QStringLiteral("hostdev 0000:03:02.3"));
}

void tst_DomainDiff::threeWayMergeKeepsBothSides()
{
    const QByteArray opened = readFile(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(!opened.isEmpty());
    // Here: the disk moves from 04:00.0 to 04:01.0. On the server: more memory.
    auto mine = DomainDocument::fromXml(opened, nullptr);
    const NodeId disk = mine->topology().nodesAt({0, 4, 0, 0}).value(0);
    QVERIFY(disk.isValid());
    mine->undoStack()->push(new SetAddress(mine.get(), disk, PciAddress{0, 4, 1, 0}));
    const QByteArray ours = mine->toXml();
    QByteArray theirs = opened;
    theirs.replace("<memory unit='GiB'>16</memory>", "<memory unit='GiB'>32</memory>");
    QVERIFY(theirs != opened);
    DomainDiff::MergeResult merged = DomainDiff::mergeThreeWay(opened, ours, theirs);
    QVERIFY2(merged.ok, qPrintable(merged.conflicts.join('\n')));
    QVERIFY(merged.merged.contains("<memory unit='GiB'>32</memory>"));
    QVERIFY(merged.merged.contains("bus='0x04' slot='0x01'"));
    QCOMPARE(merged.merged.size(), ours.size() + (theirs.size() - opened.size()));
    auto document = DomainDocument::fromXml(merged.merged, nullptr);
    QVERIFY(document);
    // The same change on both sides is taken once; one side unchanged gives the other.
    QCOMPARE(DomainDiff::mergeThreeWay(opened, ours, ours).merged, ours);
    QCOMPARE(DomainDiff::mergeThreeWay(opened, opened, theirs).merged, theirs);
    QCOMPARE(DomainDiff::mergeThreeWay(opened, ours, opened).merged, ours);
    // Both sides moving the same disk: a conflict, named by line, and no merge.
    auto other = DomainDocument::fromXml(opened, nullptr);
    other->undoStack()->push(
        new SetAddress(other.get(), other->topology().nodesAt({0, 4, 0, 0}).value(0), PciAddress{0, 4, 2, 0}));
    merged = DomainDiff::mergeThreeWay(opened, ours, other->toXml());
    QVERIFY(!merged.ok);
    QCOMPARE(merged.conflicts.size(), 1);
    QVERIFY2(merged.conflicts.first().contains("Line "), qPrintable(merged.conflicts.first()));
    QVERIFY(merged.merged.isEmpty());
}

QTEST_MAIN(tst_DomainDiff)
#include "tst_domaindiff.moc"
