// The index kept up to date edit by edit (Topology::update) against the full build as the
// oracle: every command kind, its undo and its redo, on every corpus domain.

#include "../Corpus.h"

#include "DomainDocument.h"
#include "commands/HostDeviceDrop.h"
#include "commands/AddNode.h"
#include "commands/FixCommands.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "commands/SetConstraint.h"
#include "commands/TopologyCommand.h"
#include "placement/ApplyPlan.h"
#include "placement/Planner.h"
#include "rules/RuleChecker.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pcitopo;

namespace {

/** Where two indexes differ, for the failure message (empty when only private parts do). */
QString difference(const Topology &kept, const Topology &built)
{
    if (kept.controllers() != built.controllers())
        return QStringLiteral("controllers");
    if (kept.devices() != built.devices()) {
        for (qsizetype i = 0; i < std::min(kept.devices().size(), built.devices().size()); ++i)
            if (!(kept.devices()[i] == built.devices()[i]))
                return QStringLiteral("device %1 (%2 / %3)").arg(i).arg(kept.devices()[i].key, built.devices()[i].key);
        return QStringLiteral("the number of devices");
    }
    if (kept.hostdevSources() != built.hostdevSources())
        return QStringLiteral("host device sources");
    if (kept.otherControllers() != built.otherControllers())
        return QStringLiteral("other controllers");
    if (!(kept.omissions() == built.omissions()))
        return QStringLiteral("omissions");
    if (kept.constraints() != built.constraints())
        return QStringLiteral("constraints");
    for (const Controller &c : built.controllers())
        if (kept.nodesOnBus(c.index) != built.nodesOnBus(c.index))
            return QStringLiteral("the nodes on bus %1").arg(c.index);
    return QStringLiteral("the private lookups");
}

} // namespace

class tst_IncrementalIndex : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandOnCorpus_data();
    void everyCommandOnCorpus();
    void movesAreIncremental();
    void changesNameTheirBuses();

private:
    /** Pushes, undoes and redoes `command`, comparing the kept index with a fresh build each time. */
    void exercise(DomainDocument *document, const char *what, const std::function<bool()> &push);
    /** Pushes a command when it is valid; false (and nothing) when it is not. */
    static bool pushValid(DomainDocument *document, TopologyCommand *command);
};

void tst_IncrementalIndex::exercise(DomainDocument *document, const char *what, const std::function<bool()> &push)
{
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    if (!push())
        return; // this domain has nothing this command can do
    const auto same = [&](const char *step) {
        const Topology built = document->builtTopology();
        QVERIFY2(
            document->topology() == built,
            qPrintable(QStringLiteral("%1, %2: the kept index differs from a fresh build in %3")
                           .arg(QLatin1String(what), QLatin1String(step), difference(document->topology(), built))));
    };
    same("done");
    while (stack->index() > before)
        stack->undo();
    same("undone");
    while (stack->canRedo())
        stack->redo();
    same("redone");
    while (stack->index() > before)
        stack->undo();
    stack->clear();
}

bool tst_IncrementalIndex::pushValid(DomainDocument *document, TopologyCommand *command)
{
    if (!command->isValid()) {
        delete command;
        return false;
    }
    document->undoStack()->push(command);
    return true;
}

void tst_IncrementalIndex::everyCommandOnCorpus_data()
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

void tst_IncrementalIndex::everyCommandOnCorpus()
{
    QFETCH(QString, file);
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(file, &error);
    QVERIFY2(document, qPrintable(error));
    DomainDocument *doc = document.get();
    const Topology t = doc->topology();

    for (const Device &d : t.devices()) {
        // Move a device to a free function of its bus, clear its address, and set one again.
        exercise(doc, "move a device", [&] {
            if (!d.address)
                return false;
            return pushValid(doc, new SetAddress(doc, d.id, PciAddress{d.address->domain, d.address->bus, 0x1d, 5}));
        });
        exercise(doc, "clear a device's address",
                 [&] { return pushValid(doc, new SetAddress(doc, d.id, std::nullopt)); });
        exercise(doc, "set a device attribute",
                 [&] { return pushValid(doc, new SetAttribute(doc, d.id, "driver", "iommu", QStringLiteral("on"))); });
        exercise(doc, "set a constraint", [&] {
            PlacementConstraint c;
            c.device = d.key;
            c.hotplug = true;
            return pushValid(doc, new SetConstraint(doc, c));
        });
        exercise(doc, "remove a device", [&] { return pushValid(doc, new RemoveNode(doc, d.id)); });
    }
    for (const Controller &c : t.controllers()) {
        if (c.implicit)
            continue;
        exercise(doc, "move a controller", [&] {
            return pushValid(doc, new SetAddress(doc, c.id, PciAddress{0, 0, 0x1c, 3}));
        });
        exercise(doc, "set a controller's target", [&] {
            return pushValid(doc, new SetAttribute(doc, c.id, "target", "chassis", QStringLiteral("77")));
        });
        exercise(doc, "set a controller's index", [&] {
            return pushValid(doc, new SetAttribute(doc, c.id, QByteArray(), "index", QStringLiteral("99")));
        });
        exercise(doc, "add host devices", [&] {
            QString reason;
            return c.index >= 0 && pushHostDevices(doc, {{0, 0x42, 0, 0}, {0, 0x42, 0, 1}}, c.index, &reason);
        });
    }
    for (const ControllerElement &c : t.otherControllers()) {
        exercise(doc, "set another controller's index", [&] {
            return pushValid(doc, new SetAttribute(doc, c.id, QByteArray(), "index", QStringLiteral("3")));
        });
    }
    exercise(doc, "add a device", [&] {
        return pushValid(doc,
                         new AddNode(doc, "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>"));
    });
    exercise(doc, "apply the first fix", [&] {
        for (const Diagnostic &d : rules::checkTopology(doc->topology())) {
            for (const Fix &fix : d.fixes) {
                if (TopologyCommand *command = createFixCommand(doc, fix))
                    return pushValid(doc, command);
            }
        }
        return false;
    });
    exercise(doc, "place", [&] {
        placement::Options options;
        options.policy = placement::Policy::Recommended;
        options.sparePorts = 1;
        const placement::Plan plan = placement::plan(doc->topology(), options);
        QString placeError;
        return plan.ok && !plan.isEmpty() && placement::applyPlan(doc, plan, &placeError);
    });
}

void tst_IncrementalIndex::movesAreIncremental()
{
    // Moves, attribute edits, adds and removes of devices are indexed without a full build:
    // the document reports them as what they are, not as a Reset (which it does when
    // Topology::update declines).
    const QFileInfoList files = test::corpusFiles();
    QHash<TopologyChange::Kind, int> followed;
    for (const QFileInfo &file : files) {
        std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(file.absoluteFilePath(), nullptr);
        if (!document)
            continue;
        QList<TopologyChange::Kind> kinds;
        connect(document.get(), &DomainDocument::changed, this, [&](const TopologyChange &c) { kinds.append(c.kind); });
        for (const Device &d : document->topology().devices()) {
            if (!d.address || d.element != QLatin1String("interface"))
                continue;
            const NodeId id = d.id;
            QUndoStack *stack = document->undoStack();
            stack->push(new SetAddress(document.get(), id, PciAddress{0, d.address->bus, 0x1d, 0}));
            stack->push(new SetAttribute(document.get(), id, "model", "type", QStringLiteral("e1000e")));
            stack->push(new RemoveNode(document.get(), id));
            stack->undo();
            stack->push(new AddNode(document.get(),
                                    "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>"));
            QVERIFY(document->topology() == document->builtTopology());
            break;
        }
        for (TopologyChange::Kind kind : std::as_const(kinds))
            ++followed[kind];
    }
    QVERIFY2(followed.value(TopologyChange::NodesMoved) > 50, "moves are followed");
    QVERIFY2(followed.value(TopologyChange::NodesChanged) > 50, "attribute edits are followed");
    QVERIFY2(followed.value(TopologyChange::NodesRemoved) > 50, "removals are followed");
    QVERIFY2(followed.value(TopologyChange::NodesAdded) > 100, "adds are followed");
}

void tst_IncrementalIndex::changesNameTheirBuses()
{
    // The first corpus domain with a device below the root bus.
    std::unique_ptr<DomainDocument> document;
    const Device *moved = nullptr;
    for (const QFileInfo &file : test::corpusFiles()) {
        document = DomainDocument::fromFile(file.absoluteFilePath(), nullptr);
        for (const Device &d : document ? document->topology().devices() : QList<Device>())
            if (!moved && d.address && d.address->bus != 0
                && document->topology().controllerByIndex(int(d.address->bus)))
                moved = &d;
        if (moved)
            break;
    }
    QVERIFY(moved);
    const NodeId id = moved->id;
    const int from = int(moved->address->bus);
    QSignalSpy spy(document.get(), &DomainDocument::changed);
    document->undoStack()->push(new SetAddress(document.get(), id, PciAddress{0, 0, 0x1d, 0}));
    QCOMPARE(spy.size(), 1);
    auto change = spy.takeFirst().first().value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::NodesMoved);
    QCOMPARE(change.nodes, QList<NodeId>{id});
    QVERIFY(change.buses.contains(from));
    QVERIFY(change.buses.contains(0));
    document->undoStack()->undo();
    change = spy.takeFirst().first().value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::NodesMoved);
    QVERIFY(change.buses.contains(from));
}

QTEST_GUILESS_MAIN(tst_IncrementalIndex)
#include "tst_incrementalindex.moc"
