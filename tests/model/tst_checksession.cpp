// The checker that follows edits (CheckSession) against the full check as the oracle: after
// every move, undo and redo on every corpus domain, it finds exactly what checkTopology finds.

#include "../Corpus.h"

#include "DomainDocument.h"
#include "commands/AddNode.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "rules/RuleChecker.h"

#include <QTest>
#include <QUndoStack>

using namespace pcitopo;

namespace {

QList<Diagnostic> sorted(QList<Diagnostic> findings)
{
    std::sort(findings.begin(), findings.end(), rules::findingOrder);
    return findings;
}

/** Host facts made up from the domain, so that the host rules judge something too. */
HostFacts madeUpHost(const Topology &topology)
{
    HostFacts facts;
    int group = 0;
    for (const Device &d : topology.devices()) {
        if (!d.hostAddress)
            continue;
        HostFunction f;
        f.address = *d.hostAddress;
        f.iommuGroup = group++ % 2;
        f.pcie = true;
        f.driver = QStringLiteral("vfio-pci");
        facts.functions.insert(f.address, f);
    }
    return facts;
}

/** Why two lists of findings differ, for the failure message. */
QString difference(const QList<Diagnostic> &followed, const QList<Diagnostic> &full)
{
    for (const Diagnostic &d : followed)
        if (!full.contains(d))
            return QStringLiteral("kept but not found: %1 %2").arg(d.key, d.message);
    for (const Diagnostic &d : full)
        if (!followed.contains(d))
            return QStringLiteral("found but not kept: %1 %2").arg(d.key, d.message);
    return QStringLiteral("the same findings in another order");
}

} // namespace

class tst_CheckSession : public QObject
{
    Q_OBJECT

private slots:
    void followsMovesOnCorpus_data();
    void followsMovesOnCorpus();
    void reportsAddedAndRemoved();
};

void tst_CheckSession::followsMovesOnCorpus_data()
{
    QTest::addColumn<QString>("file");
    const QFileInfoList files = test::corpusFiles();
    QVERIFY2(!files.isEmpty(), "the corpus is missing");
    // Only the domains the parser reads: one it refuses has no index to follow
    // (tst_corpusverdicts covers those).
    int rows = 0;
    for (const QFileInfo &file : files) {
        if (!DomainDocument::fromFile(file.absoluteFilePath(), nullptr))
            continue;
        QTest::newRow(test::rowName(file).constData()) << file.absoluteFilePath();
        ++rows;
    }
    QVERIFY(rows > files.size() / 2);
}

void tst_CheckSession::followsMovesOnCorpus()
{
    QFETCH(QString, file);
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(file, nullptr);
    QVERIFY(document);
    rules::RuleOptions options;
    options.host = madeUpHost(document->topology());
    rules::CheckSession session(options);
    session.checkAll(document->topology());
    QCOMPARE(session.findings(), sorted(rules::checkTopology(document->topology(), options)));

    int incremental = 0;
    connect(document.get(), &DomainDocument::changed, this, [&](const TopologyChange &change) {
        incremental += session.update(document->topology(), change) ? 1 : 0;
        const QList<Diagnostic> full = sorted(rules::checkTopology(document->topology(), options));
        const QList<Diagnostic> followed = session.findings();
        QVERIFY2(followed == full, qPrintable(difference(followed, full)));
    });
    // Each device in turn (a few), onto its own bus, bus 0, and the bus of each controller:
    // conflicts, shared slots, slot ranges, wrong kinds of bus and missing buses all come and go.
    const QList<Device> devices = document->topology().devices();
    const QList<Controller> controllers = document->topology().controllers();
    int moved = 0;
    for (const Device &d : devices) {
        if (!d.address || moved++ >= 4)
            continue;
        // (Never 00:00.0: libvirt reads it as no address, and the device would leave the index.)
        QList<PciAddress> targets{{0, d.address->bus, d.address->bus ? 0u : 0x1eu, 0},
                                  {0, 0, d.address->slot, 1},
                                  {0, 0, 0x1f, 2},
                                  {0, 0x42, 0, 0}};
        for (const Controller &c : controllers)
            if (c.index > 0 && targets.size() < 10)
                targets.append({0, quint32(c.index), 0, 0});
        for (const PciAddress &to : std::as_const(targets)) {
            auto *move = new SetAddress(document.get(), d.id, to);
            if (!move->isValid()) {
                delete move;
                continue;
            }
            document->undoStack()->push(move);
            if (QTest::currentTestFailed())
                return;
        }
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        while (document->undoStack()->canRedo())
            document->undoStack()->redo();
        if (QTest::currentTestFailed())
            return;
    }
    document->undoStack()->clear();
    // Attribute edits of devices: multifunction, the bus of a disk (to IDE: a fact of the whole
    // domain, checked whole), the model of an interface, and one that changes no rule.
    int edited = 0;
    for (const Device &d : devices) {
        if (edited++ >= 6)
            break;
        const struct
        {
            const char *child, *attribute, *value;
        } edits[] = {{"address", "multifunction", "on"}, {"address", "multifunction", "off"},
                     {"target", "bus", "ide"},           {"target", "bus", "sata"},
                     {"model", "type", "e1000"},         {"driver", "iommu", "on"}};
        for (const auto &e : edits) {
            // (Not on a node the moves left at 00:00.0, which libvirt reads as no address.)
            auto *edit = new SetAttribute(document.get(), d.id, e.child, e.attribute, QString::fromLatin1(e.value));
            if (!edit->isValid()) {
                delete edit;
                continue;
            }
            document->undoStack()->push(edit);
            if (QTest::currentTestFailed())
                return;
        }
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        if (QTest::currentTestFailed())
            return;
    }
    // Devices removed and added (each with its undo and redo).
    int removed = 0;
    for (const Device &d : devices) {
        if (removed++ >= 4 || !document->topology().device(d.id))
            break;
        document->undoStack()->push(new RemoveNode(document.get(), d.id));
        document->undoStack()->undo();
        document->undoStack()->redo();
        document->undoStack()->undo();
        if (QTest::currentTestFailed())
            return;
    }
    for (const char *xml : {"<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>",
                            "<watchdog model='i6300esb'><address type='pci' domain='0x0000' bus='0x00' slot='0x05' "
                            "function='0x0'/></watchdog>"}) {
        document->undoStack()->push(new AddNode(document.get(), xml));
        document->undoStack()->undo();
        document->undoStack()->redo();
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(moved == 0 || incremental > 0);
}

void tst_CheckSession::reportsAddedAndRemoved()
{
    // Two disks on one address conflict; moving one away removes the finding by its key.
    const QByteArray xml =
        "<domain type='kvm'><name>s</name><os><type arch='x86_64' machine='q35'>hvm</type></os><devices>"
        "<controller type='pci' index='0' model='pcie-root'/>"
        "<disk type='file' device='disk'><target dev='vda' bus='virtio'/>"
        "<address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/></disk>"
        "<disk type='file' device='disk'><target dev='vdb' bus='virtio'/>"
        "<address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/></disk>"
        "</devices></domain>";
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(document);
    rules::CheckSession session;
    session.checkAll(document->topology());
    const auto conflict = [](const Diagnostic &d) {
        return d.ruleId == QLatin1String("address-conflict");
    };
    const QList<Diagnostic> before = session.findings();
    const auto found = std::find_if(before.cbegin(), before.cend(), conflict);
    QVERIFY(found != before.cend());
    const QString key = found->key;
    connect(document.get(), &DomainDocument::changed, this,
            [&](const TopologyChange &change) { QVERIFY(session.update(document->topology(), change)); });
    document->undoStack()->push(
        new SetAddress(document.get(), document->topology().devices().last().id, PciAddress{0, 0, 6, 0}));
    QVERIFY(session.removed().contains(key));
    QVERIFY(std::none_of(session.added().cbegin(), session.added().cend(), conflict));
    document->undoStack()->undo();
    QVERIFY(std::any_of(session.added().cbegin(), session.added().cend(),
                        [&](const Diagnostic &d) { return d.key == key; }));
    QVERIFY(session.removed().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CheckSession)
#include "tst_checksession.moc"
