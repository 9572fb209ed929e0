#include "../Corpus.h"
#include "DomainDocument.h"
#include "DropPolicy.h"
#include "TopologyTreeModel.h"
#include "NodeMime.h"
#include "DeviceCatalogue.h"
#include "commands/AddNode.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace pcitopo;

class tst_TopologyTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void moveUpdatesRowsWithoutReset();
    void testerOnCorpus_data();
    void testerOnCorpus();
    void unplacedGroup();
    void dropMovesDevice();
    void dropRefusedWithReason();
    void dropFromAnotherDocumentRefused();
    void paletteDrop();
};

static std::unique_ptr<DomainDocument> demo()
{
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return DomainDocument::fromXml(file.readAll(), nullptr);
}

/** Every row of a model, with every column, tooltip and node: two equal dumps show the same tree. */
static QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, const QString &indent = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        const QModelIndex index = model.index(row, 0, parent);
        cells << index.data(Qt::ToolTipRole).toString()
              << QString::number(index.data(TopologyTreeModel::NodeIdRole).value<NodeId>().value());
        lines << indent + cells.join(QLatin1Char('|'));
        lines << dump(model, index, indent + QLatin1Char(' '));
    }
    return lines;
}

/** The rows a model shows after following edits equal those of a model made anew. */
static bool sameAsFresh(const TopologyTreeModel &followed, DomainDocument *document)
{
    TopologyTreeModel fresh;
    fresh.setDocument(document);
    const QStringList a = dump(followed), b = dump(fresh);
    if (a != b) {
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            if (a[i] != b[i]) {
                qWarning("followed: %s\nfresh:    %s", qPrintable(a[i]), qPrintable(b[i]));
                break;
            }
        return false;
    }
    return true;
}

static QString path(const QModelIndex &index)
{
    QStringList parts;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        parts.prepend(i.data().toString());
    return parts.join(QStringLiteral(" / "));
}

void tst_TopologyTreeModel::structure()
{
    auto document = demo();
    QVERIFY(document);
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QCOMPARE(model.rowCount(), 1); // pcie-root, and nothing unconnected
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("pcie-root #0"));
    // pcie-root: slot 01 (video), slot 02 (eight root ports), slot 1f (SATA).
    QCOMPARE(model.rowCount(root), 3);
    const QModelIndex slot2 = model.index(1, 0, root);
    QCOMPARE(slot2.data().toString(), QStringLiteral("slot 02"));
    QCOMPARE(model.rowCount(slot2), 8);
    QCOMPARE(model.index(1, TopologyTreeModel::KindColumn, root).data().toString(),
             QStringLiteral("multifunction, 8 functions"));

    // The GPU's audio function: root / slot 02 / root port 5 / slot 00 (GPU and audio) / audio.
    const Topology &t = document->topology();
    const NodeId audio = t.nodesAt(PciAddress{0, 5, 0, 1}).first();
    const QModelIndex audioIndex = model.indexOf(audio);
    QVERIFY(audioIndex.isValid());
    QCOMPARE(path(audioIndex),
             QStringLiteral("pcie-root #0 / slot 02 / pcie-root-port #5 / slot 00 / hostdev 0000:01:00.1"));
    QCOMPARE(audioIndex.data(TopologyTreeModel::NodeIdRole).value<NodeId>(), audio);
    QCOMPARE(model.index(audioIndex.row(), TopologyTreeModel::AddressColumn, audioIndex.parent()).data().toString(),
             QStringLiteral("05:00.1"));
    // A slot with one function has no slot row: the disk is a row of its port's bus, with its address.
    const NodeId disk = t.nodesAt(PciAddress{0, 4, 0, 0}).first();
    QCOMPARE(model.indexOf(disk).parent(), model.indexOf(t.controllerByIndex(4)->id));
    QCOMPARE(model.index(model.indexOf(disk).row(), TopologyTreeModel::AddressColumn, model.indexOf(disk).parent())
                 .data()
                 .toString(),
             QStringLiteral("04:00.0"));
}

void tst_TopologyTreeModel::moveUpdatesRowsWithoutReset()
{
    auto document = demo();
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    const NodeId disk = document->topology().nodesAt(PciAddress{0, 4, 0, 0}).first();
    const QPersistentModelIndex rootIndex = model.index(0, 0);
    const QPersistentModelIndex diskRow = model.indexOf(disk);
    document->undoStack()->push(new SetAddress(document.get(), disk, PciAddress{0, 8, 0, 0}));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(moved.size(), 1); // the disk's row moved: a view keeps it selected
    QCOMPARE(QModelIndex(diskRow), model.indexOf(disk));
    QCOMPARE(removed.size(), 0); // from one port's bus to another's: no slot row comes or goes
    QCOMPARE(inserted.size(), 0);
    QVERIFY(rootIndex.isValid()); // untouched parts keep their indexes
    QCOMPARE(model.indexOf(disk).parent(), model.indexOf(document->topology().controllerByIndex(8)->id));

    document->undoStack()->undo();
    QCOMPARE(model.indexOf(disk).parent(), model.indexOf(document->topology().controllerByIndex(4)->id));
    QCOMPARE(resets.size(), 0);

    // Into the GPU's slot: under its slot row, which counts three functions now.
    const Topology &t = document->topology();
    const QModelIndex gpuSlot = model.indexOf(t.nodesAt(PciAddress{0, 5, 0, 0}).first()).parent();
    QCOMPARE(gpuSlot.data(TopologyTreeModel::ItemKindRole).toInt(), int(TopologyTreeModel::SlotItem));
    document->undoStack()->push(new SetAddress(document.get(), disk, PciAddress{0, 5, 0, 2}));
    QCOMPARE(model.indexOf(disk).parent(), gpuSlot);
    QCOMPARE(model.index(gpuSlot.row(), TopologyTreeModel::KindColumn, gpuSlot.parent()).data().toString(),
             QStringLiteral("multifunction, 3 functions"));
    document->undoStack()->undo();
    // The audio function away: the GPU alone in its slot, a row of the port's bus; the slot row goes.
    const NodeId gpu = t.nodesAt(PciAddress{0, 5, 0, 0}).first();
    const NodeId audio = t.nodesAt(PciAddress{0, 5, 0, 1}).first();
    document->undoStack()->push(new SetAddress(document.get(), audio, PciAddress{0, 8, 0, 0}));
    QCOMPARE(model.indexOf(gpu).parent(), model.indexOf(t.controllerByIndex(5)->id));
    QCOMPARE(model.rowCount(model.indexOf(t.controllerByIndex(5)->id)), 1);
    QCOMPARE(model.indexOf(audio).parent(), model.indexOf(t.controllerByIndex(8)->id));
    document->undoStack()->undo();
    QCOMPARE(model.indexOf(gpu).parent(), model.indexOf(audio).parent());
    QCOMPARE(model.indexOf(gpu).parent().data(TopologyTreeModel::ItemKindRole).toInt(),
             int(TopologyTreeModel::SlotItem));
    QCOMPARE(resets.size(), 0);
}

void tst_TopologyTreeModel::testerOnCorpus_data()
{
    QTest::addColumn<QString>("file");
    const QFileInfoList files = test::corpusFiles();
    QVERIFY2(!files.isEmpty(), "the corpus is missing");
    // Every tenth file: enough variety (all machine types) at a test-suite pace.
    for (int i = 0; i < files.size(); i += 10)
        QTest::newRow(test::rowName(files[i]).constData()) << files[i].absoluteFilePath();
}

void tst_TopologyTreeModel::testerOnCorpus()
{
    QFETCH(QString, file);
    QString error;
    auto document = DomainDocument::fromFile(file, &error);
    QVERIFY2(document, qPrintable(error));
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    // Every controller and device shows up exactly once.
    const Topology &t = document->topology();
    for (const Controller &c : t.controllers())
        QVERIFY2(model.indexOf(c.id).isValid(), qPrintable(c.label()));
    for (const Device &d : t.devices())
        QVERIFY2(model.indexOf(d.id).isValid(), qPrintable(d.label));
    // Edits that move nodes between parents keep the model consistent (the tester checks),
    // and show what a model made anew shows.
    QUndoStack *stack = document->undoStack();
    const QList<Controller> controllers = t.controllers(); // copies: edits rebuild the index
    const QList<Device> devices = t.devices();
    for (const Device &d : devices) {
        if (!d.address)
            continue;
        stack->push(new SetAddress(document.get(), d.id, PciAddress{0, 0, 0x1e, 7}));
        QVERIFY(sameAsFresh(model, document.get()));
        // Onto every controller's bus, at a function that may be taken; then off any bus.
        for (const Controller &c : controllers) {
            if (c.index < 0)
                continue;
            stack->push(new SetAddress(document.get(), d.id, PciAddress{0, quint32(c.index), 0, 1}));
            QVERIFY2(sameAsFresh(model, document.get()), qPrintable(c.label()));
        }
        stack->push(new SetAddress(document.get(), d.id, std::nullopt));
        QVERIFY(sameAsFresh(model, document.get()));
        while (stack->canUndo()) {
            stack->undo();
            QVERIFY(sameAsFresh(model, document.get()));
        }
        stack->clear();
        break;
    }
    if (!t.devices().isEmpty())
        stack->push(new RemoveNode(document.get(), t.devices().first().id));
    stack->push(new AddNode(document.get(), "<watchdog model='i6300esb'/>"));
    while (stack->canUndo())
        stack->undo();
    QVERIFY(sameAsFresh(model, document.get()));
    while (stack->canRedo())
        stack->redo();
    QVERIFY(sameAsFresh(model, document.get()));
    QVERIFY(!QTest::currentTestFailed());
}

void tst_TopologyTreeModel::unplacedGroup()
{
    auto document =
        DomainDocument::fromXml("<domain><name>u</name><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>\n"
                                "<rng model='virtio'/>\n"
                                "<watchdog model='i6300esb'><address type='pci' bus='7' slot='1'/></watchdog>\n"
                                "</devices></domain>",
                                nullptr);
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QCOMPARE(model.rowCount(), 2); // implicit pci-root, then the not-connected group
    const QModelIndex group = model.index(1, 0);
    QCOMPARE(group.data(TopologyTreeModel::ItemKindRole).toInt(), int(TopologyTreeModel::UnplacedGroupItem));
    QCOMPARE(model.rowCount(group), 2); // no address, and a bus that does not exist
    // Placing the rng on the root moves it out of the group.
    const NodeId rng = document->topology().devices().first().id;
    document->undoStack()->push(new SetAddress(document.get(), rng, PciAddress{0, 0, 3, 0}));
    QCOMPARE(model.rowCount(group), 1);
    QCOMPARE(model.indexOf(rng).parent(), model.index(0, 0)); // a row of pci-root's bus
    QCOMPARE(
        model.index(model.indexOf(rng).row(), TopologyTreeModel::AddressColumn, model.index(0, 0)).data().toString(),
        QStringLiteral("00:03.0"));
}

void tst_TopologyTreeModel::dropMovesDevice()
{
    auto document = demo();
    const QByteArray original = document->toXml();
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    const NodeId disk = document->topology().nodesAt(PciAddress{0, 4, 0, 0}).first();
    const QModelIndex diskIndex = model.indexOf(disk);
    QVERIFY(model.flags(diskIndex) & Qt::ItemIsDragEnabled);
    const QModelIndex emptyPort = model.indexOf(document->topology().controllerByIndex(8)->id);
    QVERIFY(model.flags(emptyPort) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData({diskIndex}));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, emptyPort));
    model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, emptyPort);
    QCOMPARE(document->topology().addressOf(disk), std::optional<PciAddress>(PciAddress{0, 8, 0, 0}));
    QByteArray expected = original;
    expected.replace("<address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
    QCOMPARE(document->toXml(), expected);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), original);
}

void tst_TopologyTreeModel::dropRefusedWithReason()
{
    auto document = demo();
    const QByteArray original = document->toXml();
    TopologyTreeModel model;
    model.setDocument(document.get());
    const NodeId disk = document->topology().nodesAt(PciAddress{0, 4, 0, 0}).first();
    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(disk)}));
    // Onto the NIC's root port: its only slot is taken.
    const QModelIndex nicPort = model.indexOf(document->topology().controllerByIndex(1)->id);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, nicPort));
    QVERIFY2(model.dropRefusal(DropPayload::ofNodes({disk}), nicPort).contains("is taken by interface"),
             qPrintable(model.dropRefusal(DropPayload::ofNodes({disk}), nicPort)));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, nicPort));
    QCOMPARE(document->toXml(), original);
    QCOMPARE(document->undoStack()->count(), 0);
    // Onto its own row: not a place to drop. Onto another device's row: into its slot, beside it.
    QVERIFY(!model.dropRefusal(DropPayload::ofNodes({disk}), model.indexOf(disk)).isEmpty());
    const NodeId nic = document->topology().nodesAt(PciAddress{0, 1, 0, 0}).first();
    QCOMPARE(model.dropRefusal(DropPayload::ofNodes({disk}), model.indexOf(nic)), QString());
}

void tst_TopologyTreeModel::dropFromAnotherDocumentRefused()
{
    auto first = demo();
    auto second = demo();
    TopologyTreeModel model;
    model.setDocument(first.get());
    std::unique_ptr<QMimeData> foreign(
        NodeMime::encode(quintptr(second.get()), {second->topology().devices().first().id}));
    QVERIFY(!model.canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, model.index(0, 0)));
    QVERIFY(NodeMime::decode(foreign.get(), quintptr(first.get())).isEmpty());
}

void tst_TopologyTreeModel::paletteDrop()
{
    auto document = demo();
    const QByteArray original = document->toXml();
    TopologyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QMimeData data;
    data.setData(CatalogueMimeType, "virtio-disk");
    const QModelIndex emptyPort = model.indexOf(document->topology().controllerByIndex(8)->id);
    const QModelIndex busyPort = model.indexOf(document->topology().controllerByIndex(1)->id);
    QVERIFY(!model.canDropMimeData(&data, Qt::CopyAction, -1, -1, busyPort));
    QVERIFY(model.canDropMimeData(&data, Qt::CopyAction, -1, -1, emptyPort));
    model.dropMimeData(&data, Qt::CopyAction, -1, -1, emptyPort);
    const QList<NodeId> added = document->topology().nodesAt({0, 8, 0, 0});
    QCOMPARE(added.size(), 1);
    QCOMPARE(document->topology().device(added.first())->label, QString("disk vdb")); // vda is taken
    QVERIFY(model.indexOf(added.first()).isValid());
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), original);
}

QTEST_GUILESS_MAIN(tst_TopologyTreeModel)
#include "tst_topologytreemodel.moc"
