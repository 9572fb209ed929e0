#include "DiagnosticsDock.h"
#include "DiagnosticsModel.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "DeviceCatalogue.h"
#include "DropPolicy.h"
#include "EditOperations.h"
#include "NodeSelection.h"
#include "XmlPane.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveLayer.h"
#include "MainWindow.h"
#include "PropertiesPanel.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "NodeMime.h"
#include "TopologyTreeModel.h"
#include "TopologyTreeView.h"
#include "items/NodeItem.h"
#include "layout/GraphLayout.h"
#include "rules/RuleChecker.h"
#include "DomainGenerator.h"
#include "DiagramExporter.h"
#include "NodeSearch.h"
#include "OverviewWidget.h"
#include "commands/SetAttribute.h"

#include <QFile>
#include <cmath>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QPainter>
#include <QImage>
#include <QTest>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QScrollBar>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QStyleOptionGraphicsItem>

using namespace pcitopo;

/** The diagram and the window, driven through real widgets and events (offscreen). */
class tst_GraphScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveDropPlugsInsteadOfAdding();
    void liveTabTakesBackEdits();
    void layersCompared();
    void layoutHasNoOverlaps();
    void sceneShowsEveryNode();
    void dragOverShowsVerdict();
    void dropMovesDevice();
    void slotMovesAsOne();
    void keyboardMovesBetweenBoxes();
    void collisionIsNoMultifunctionSlot();
    void treeDragShowsVerdict();
    void editsKeepBoxes();
    void editsKeepViewAndSelection();
    void findingsFollowByKey();
    void iommuGroupsShown();
    void refusedDropChangesNothing();
    void selectionStaysInStep();
    void selectionIsOnePerDocument();
    void diagnosticsFix();
    void spareportsFixSelectsThePorts();
    void propertiesRefuseInvalidAddress();
    void propertiesEditTargetOptions();
    void paletteAddsController();
    void treeAndDiagramShareDropPolicy();
    void findSelectsMatches();
    void tabsPerDocument();
    void deleteIsOneNamedStep();
    void xmlPaneEditsTheSelection();
    void movedBoxDrawsItsText();
    void wideBusIsLaidOutInBands_data();
    void wideBusIsLaidOutInBands();
    void layoutIsStable();
    void collapseHidesASubtree();
    void findStepsAndMovesTheView();
    void overviewSteersTheView();
    void zoomedOutBoxesKeepReadableTitles();
    void ctrlWheelZoomsAroundTheCursor();

private:
    QByteArray m_demoXml;
    /** Writes the XML to guest.xml in the directory and opens it in the window, as a user would. */
    static bool openAsFile(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml);
    /** openAsFile, then the window shown at 1280x800. */
    static bool openShown(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml);
    static bool sendDrag(GraphScene &scene, QEvent::Type type, const QList<NodeId> &nodes, DomainDocument *source,
                         const QPointF &pos);
};

bool tst_GraphScene::openShown(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml)
{
    if (!openAsFile(window, dir, xml))
        return false;
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

bool tst_GraphScene::openAsFile(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml)
{
    QFile file(dir.filePath(QStringLiteral("guest.xml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return false;
    file.close();
    return window.openFile(file.fileName());
}

void tst_GraphScene::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's and the dialogs' settings stay out of ~/.config
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_demoXml = file.readAll();
}

namespace {

std::unique_ptr<DomainDocument> runningGuest()
{
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/tests/app/data/hotplug-guest.xml"));
    return file.open(QIODevice::ReadOnly) ? DomainDocument::fromXml(file.readAll(), nullptr) : nullptr;
}

} // namespace

void tst_GraphScene::liveDropPlugsInsteadOfAdding()
{
    // A running guest's diagram judges a palette entry by the live rules, and a drop asks for a
    // plug (the document, the live topology as read, does not change).
    std::unique_ptr<DomainDocument> document = runningGuest();
    QVERIFY(document);
    const QByteArray before = document->toXml();
    GraphScene scene;
    scene.setDocument(document.get());
    scene.setReadOnly(true, QStringLiteral("live"));
    scene.setLive(true);
    const Topology &t = document->topology();
    const auto port = [&](int index) {
        return scene.itemFor(t.controllerByIndex(index)->id);
    };
    const DropPayload nic = DropPayload::ofEntry(t, QStringLiteral("virtio-net"));
    QCOMPARE(nic.kind, DropPayload::Kind::CatalogueItem);

    const GraphScene::LivePlug off = scene.livePlug(nic, port(3));
    QVERIFY(!off.allowed);
    QVERIFY2(off.text.contains("index='3' doesn't support hotplug"), qPrintable(off.text));
    const GraphScene::LivePlug root = scene.livePlug(nic, port(0));
    QVERIFY2(!root.allowed && root.text.contains("index='0' doesn't support hotplug"), qPrintable(root.text));
    const GraphScene::LivePlug taken = scene.livePlug(nic, port(1));
    QVERIFY2(!taken.allowed && taken.text.contains("no free slot"), qPrintable(taken.text));
    const GraphScene::LivePlug free = scene.livePlug(nic, port(2));
    QVERIFY2(free.allowed, qPrintable(free.text));
    QCOMPARE(free.text, QStringLiteral("Hot-plug at 02:00.0"));
    QCOMPARE(*free.at, (PciAddress{0, 2, 0, 0}));
    const GraphScene::LivePlug expander = scene.livePlug(nic, port(5));
    QCOMPARE(expander.text, QStringLiteral("Hot-plug at 05:00.0 (the guest sees 65:00.0)"));
    const GraphScene::LivePlug twoFunctions =
        scene.livePlug(DropPayload::ofHostDevices({{0, 3, 0, 0}, {0, 3, 0, 1}}), port(2));
    QVERIFY2(!twoFunctions.allowed && twoFunctions.text.contains("one function at a time"),
             qPrintable(twoFunctions.text));
    const GraphScene::LivePlug controller =
        scene.livePlug(DropPayload::ofEntry(t, QStringLiteral("pcie-root-port")), port(2));
    QVERIFY2(!controller.allowed && controller.text.contains("cannot be hot plugged"), qPrintable(controller.text));

    // The drop: a request with the device XML at the place, nothing added to the document.
    QSignalSpy requested(&scene, &GraphScene::livePlugRequested);
    QMimeData data;
    data.setData(QLatin1String(CatalogueMimeType), "virtio-net");
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setScenePos(port(5)->sceneBoundingRect().center());
    drop.setMimeData(&data);
    drop.setPossibleActions(Qt::CopyAction);
    drop.setProposedAction(Qt::CopyAction);
    QCoreApplication::sendEvent(&scene, &drop);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).value<PciAddress>(), (PciAddress{0, 5, 0, 0}));
    QVERIFY(requested.first().at(0).toByteArray().contains("<model type='virtio'/>"));
    QCOMPARE(document->toXml(), before);
    // Dragging a box of a live diagram moves nothing either.
    QVERIFY(!sendDrag(scene, QEvent::GraphicsSceneDragEnter, {t.nodesAt({0, 1, 0, 0}).first()}, document.get(),
                      port(2)->sceneBoundingRect().center()));
}

void tst_GraphScene::liveTabTakesBackEdits()
{
    std::unique_ptr<DomainDocument> document = runningGuest();
    QVERIFY(document);
    DomainDocument *raw = document.get();
    const QByteArray before = raw->toXml();
    DocumentTab tab(std::move(document));
    tab.setLive(true);
    QVERIFY(tab.tabTitle().endsWith("(live)"));
    QSignalSpy refused(&tab, &DocumentTab::editRefused);
    const NodeId nic = raw->topology().nodesAt({0, 1, 0, 0}).first();
    raw->undoStack()->push(new SetAddress(raw, nic, PciAddress{0, 2, 0, 0}));
    QVERIFY(refused.wait(2000));
    QCOMPARE(raw->toXml(), before);
    QCOMPARE(raw->undoStack()->count(), 0);
    QVERIFY(!raw->isModified());
    // The next boot's tab of the same guest: editable as ever, and says which layer it is.
    std::unique_ptr<DomainDocument> next = runningGuest();
    DomainDocument *nextRaw = next.get();
    DocumentTab nextTab(std::move(next));
    nextTab.setBesideLive(true);
    QVERIFY(nextTab.tabTitle().endsWith("(next boot)"));
    nextRaw->undoStack()->push(
        new SetAddress(nextRaw, nextRaw->topology().nodesAt({0, 1, 0, 0}).first(), PciAddress{0, 2, 0, 0}));
    QTest::qWait(50);
    QVERIFY(nextRaw->isModified());
}

void tst_GraphScene::layersCompared()
{
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/tests/app/data/hotplug-guest.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray next = file.readAll();
    QVERIFY(LiveLayer::layerDifferences(next, next).lines.isEmpty());
    // Now: a NIC plugged on port 5, the boot NIC moved to port 2; the next boot has an RNG.
    QByteArray live = next;
    live.replace("<address type='pci' bus='1' slot='0' function='0'/></interface>",
                 "<address type='pci' bus='2' slot='0' function='0'/></interface>\n"
                 "    <interface type='user'><mac address='52:54:00:19:00:09'/><model type='virtio'/>"
                 "<address type='pci' bus='5' slot='0' function='0'/></interface>");
    QByteArray later = next;
    later.replace("  </devices>",
                  "    <rng model='virtio'><backend model='random'>/dev/urandom</backend>"
                  "<address type='pci' bus='3' slot='0' function='0'/></rng>\n  </devices>");
    const LiveLayer::LayerDifferences d = LiveLayer::layerDifferences(live, later);
    QCOMPARE(d.lines.size(), 3);
    QVERIFY2(d.lines.at(0).startsWith("only now: interface 52:54:00:19:00:09 at 05:00.0"), qPrintable(d.lines.at(0)));
    QVERIFY2(d.lines.at(1).startsWith("only at next boot: rng"), qPrintable(d.lines.at(1)));
    QVERIFY2(d.lines.at(2).contains("interface 52:54:00:19:00:01 (now 02:00.0, at next boot 01:00.0)"),
             qPrintable(d.lines.at(2)));
    QCOMPARE(d.liveNotes.size(), 2);
    QVERIFY(d.liveNotes.value("interface 52:54:00:19:00:01").contains("01:00.0"));
}

void tst_GraphScene::layoutHasNoOverlaps()
{
    {
        auto document = DomainDocument::fromXml(m_demoXml, nullptr);
        const GraphLayout layout = GraphLayout::compute(document->topology());
        const QList<QRectF> rects = layout.nodes.values();
        QCOMPARE(rects.size(), document->topology().controllers().size() + document->topology().devices().size());
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), "two boxes overlap");
        // Children are to the right of their parent.
        for (const GraphLayout::Edge &e : layout.edges)
            QVERIFY(layout.nodes[e.child].left() > layout.nodes[e.parent].right());
    }
}

void tst_GraphScene::sceneShowsEveryNode()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    for (const Controller &c : document->topology().controllers())
        QVERIFY(scene.itemFor(c.id));
    for (const Device &d : document->topology().devices())
        QVERIFY(scene.itemFor(d.id));
    // The edge into a root port's slot is drawn hotpluggable, into pcie-root not: see GraphLayout.
    const GraphLayout layout = GraphLayout::compute(document->topology());
    int fixed = 0, hot = 0;
    for (const GraphLayout::Edge &e : layout.edges)
        (e.hotplug ? hot : fixed)++;
    QCOMPARE(fixed, 10); // everything on pcie-root: 8 ports, video, SATA
    QCOMPARE(hot, 8); // behind root ports 1–7, port 5 holding two functions
}

bool tst_GraphScene::sendDrag(GraphScene &scene, QEvent::Type type, const QList<NodeId> &nodes, DomainDocument *source,
                              const QPointF &pos)
{
    std::unique_ptr<QMimeData> data(NodeMime::encode(quintptr(source), nodes));
    QGraphicsSceneDragDropEvent event(type);
    event.setScenePos(pos);
    event.setMimeData(data.get());
    event.setPossibleActions(Qt::MoveAction);
    event.setProposedAction(Qt::MoveAction);
    event.setDropAction(Qt::MoveAction);
    event.ignore();
    QCoreApplication::sendEvent(&scene, &event);
    return event.isAccepted();
}

void tst_GraphScene::dragOverShowsVerdict()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    NodeItem *emptyPort = scene.itemFor(document->topology().controllerByIndex(8)->id);
    NodeItem *busyPort = scene.itemFor(document->topology().controllerByIndex(1)->id);
    QVERIFY(sendDrag(scene, QEvent::GraphicsSceneDragMove, {disk}, document.get(),
                     emptyPort->sceneBoundingRect().center()));
    QCOMPARE(emptyPort->dropState(), NodeItem::DropState::Allowed);
    // The GPU without its audio function: legal, but it splits the host slot: amber.
    const NodeId gpu = document->topology().nodesAt({0, 5, 0, 0}).first();
    sendDrag(scene, QEvent::GraphicsSceneDragMove, {}, document.get(), QPointF(-1000, -1000)); // off any box
    QVERIFY(
        sendDrag(scene, QEvent::GraphicsSceneDragMove, {gpu}, document.get(), emptyPort->sceneBoundingRect().center()));
    QCOMPARE(emptyPort->dropState(), NodeItem::DropState::Warned);
    sendDrag(scene, QEvent::GraphicsSceneDragMove, {disk}, document.get(), QPointF(-1000, -1000));
    QVERIFY(!sendDrag(scene, QEvent::GraphicsSceneDragMove, {disk}, document.get(),
                      busyPort->sceneBoundingRect().center()));
    QCOMPARE(busyPort->dropState(), NodeItem::DropState::Refused);
    // Every controller shows its verdict from the moment the drag enters.
    QVERIFY(sendDrag(scene, QEvent::GraphicsSceneDragEnter, {disk}, document.get(), QPointF()));
    QCOMPARE(emptyPort->dropState(), NodeItem::DropState::Allowed);
    QCOMPARE(busyPort->dropState(), NodeItem::DropState::Refused);
    QCOMPARE(scene.itemFor(document->topology().controllerByIndex(0)->id)->dropState(), NodeItem::DropState::Allowed);
    sendDrag(scene, QEvent::GraphicsSceneDragLeave, {disk}, document.get(), QPointF());
    QCOMPARE(emptyPort->dropState(), NodeItem::DropState::None);
    QVERIFY(scene.dropVerdict(DropPayload::ofNodes({disk}), busyPort).reason.contains("is taken by interface"));
    // A device box takes a drop into its slot, beside it; host devices go onto controllers.
    const rules::AttachVerdict beside = scene.dropVerdict(
        DropPayload::ofNodes({disk}), scene.itemFor(document->topology().nodesAt({0, 7, 0, 0}).first()));
    QVERIFY2(beside.allowed, qPrintable(beside.reason));
    QCOMPARE(beside.addresses, (QList<PciAddress>{{0, 7, 0, 1}}));
    QVERIFY(!scene
                 .dropVerdict(DropPayload::ofHostDevices({{0, 3, 0, 0}}),
                              scene.itemFor(document->topology().nodesAt({0, 7, 0, 0}).first()))
                 .allowed);
}

void tst_GraphScene::iommuGroupsShown()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const NodeId gpu = document->topology().nodesAt({0, 5, 0, 0}).first();
    QCOMPARE(scene.itemFor(gpu)->group(), -1); // a file alone has no host facts
    HostFacts host;
    host.functions.insert({0, 1, 0, 0}, {{0, 1, 0, 0}, 13, 0, true, false, "vfio-pci", 0x030000, {}, {}});
    scene.setHostFacts(host);
    QCOMPARE(scene.itemFor(gpu)->group(), 13);
    QVERIFY(scene.itemFor(gpu)->toolTip().contains("IOMMU group 13"));
    const auto groupFrames = [&scene] {
        QList<QGraphicsRectItem *> frames;
        for (QGraphicsItem *item : scene.items())
            if (item->data(0) == QStringLiteral("iommu-group") && item->type() == QGraphicsRectItem::Type)
                frames.append(static_cast<QGraphicsRectItem *>(item));
        return frames;
    };
    QVERIFY(groupFrames().isEmpty()); // one device of group 13 in the guest: its stripe says it

    // The GPU's audio function in the same group: one frame around both, which encloses them.
    host.functions.insert({0, 1, 0, 1}, {{0, 1, 0, 1}, 13, 0, true, false, "vfio-pci", 0x040300, {}, {}});
    scene.setHostFacts(host);
    const NodeId audio = document->topology().nodesAt({0, 5, 0, 1}).first();
    QCOMPARE(scene.itemFor(audio)->group(), 13);
    const QList<QGraphicsRectItem *> frames = groupFrames();
    QCOMPARE(frames.size(), 1);
    QVERIFY(frames.first()->rect().contains(scene.itemFor(gpu)->rect()));
    QVERIFY(frames.first()->rect().contains(scene.itemFor(audio)->rect()));
    QCOMPARE(frames.first()->pen().color(), NodeItem::groupColor(13));
}

void tst_GraphScene::dropMovesDevice()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    NodeItem *emptyPort = scene.itemFor(document->topology().controllerByIndex(8)->id);
    QVERIFY(
        sendDrag(scene, QEvent::GraphicsSceneDrop, {disk}, document.get(), emptyPort->sceneBoundingRect().center()));
    QByteArray expected = m_demoXml;
    expected.replace("<address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
                     "<address type='pci' domain='0x0000' bus='0x08' slot='0x00' function='0x0'/>");
    QCOMPARE(document->toXml(), expected);
    QCOMPARE(scene.selectedNodes(), QList<NodeId>{disk}); // what was dropped is selected
    // The scene rebuilt itself; the disk now hangs off port 8.
    NodeItem *diskItem = scene.itemFor(disk);
    NodeItem *portItem = scene.itemFor(document->topology().controllerByIndex(8)->id);
    QVERIFY(diskItem->sceneBoundingRect().left() > portItem->sceneBoundingRect().right());
    QCOMPARE(diskItem->sceneBoundingRect().center().y(), portItem->sceneBoundingRect().center().y());
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), m_demoXml);
    document->undoStack()->redo();
    QCOMPARE(document->toXml(), expected);
}

void tst_GraphScene::slotMovesAsOne()
{
    // The GPU (05:00.0) and its audio function (05:00.1): dragging function 0 carries both,
    // keeping their numbers, in one undo step; Alt carries one; a function dropped onto a
    // device joins that device's slot.
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const Topology &t = document->topology();
    const NodeId gpu = t.nodesAt({0, 5, 0, 0}).first();
    const NodeId audio = t.nodesAt({0, 5, 0, 1}).first();
    QCOMPARE(slotUnitOf(t, {gpu}), (QList<NodeId>{gpu, audio}));
    QCOMPARE(slotUnitOf(t, {gpu}, true), QList<NodeId>{gpu});
    QCOMPARE(slotUnitOf(t, {audio}), QList<NodeId>{audio}); // not function 0: itself
    // The tree drags the same: function 0 with its sibling, and the slot row as a whole.
    TopologyTreeModel tree;
    tree.setDocument(document.get());
    const auto dragged = [&](const QModelIndex &index) {
        std::unique_ptr<QMimeData> data(tree.mimeData({index}));
        return data ? DropPayload::decode(data.get(), document.get()).nodes : QList<NodeId>();
    };
    QCOMPARE(dragged(tree.indexOf(gpu)), (QList<NodeId>{gpu, audio}));
    QCOMPARE(dragged(tree.indexOf(audio)), QList<NodeId>{audio});
    QCOMPARE(dragged(tree.indexOf(gpu).parent()), (QList<NodeId>{gpu, audio})); // slot row
    NodeItem *emptyPort = scene.itemFor(t.controllerByIndex(8)->id);
    QVERIFY(sendDrag(scene, QEvent::GraphicsSceneDrop, slotUnitOf(t, {gpu}), document.get(),
                     emptyPort->sceneBoundingRect().center()));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(t.addressOf(gpu), std::optional<PciAddress>(PciAddress{0, 8, 0, 0}));
    QCOMPARE(t.addressOf(audio), std::optional<PciAddress>(PciAddress{0, 8, 0, 1}));
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), m_demoXml);

    // Alt: the GPU alone; then its audio function dropped onto the GPU's box follows it.
    QVERIFY(sendDrag(scene, QEvent::GraphicsSceneDrop, slotUnitOf(t, {gpu}, true), document.get(),
                     scene.itemFor(t.controllerByIndex(8)->id)->sceneBoundingRect().center()));
    QCOMPARE(t.addressOf(gpu), std::optional<PciAddress>(PciAddress{0, 8, 0, 0}));
    QCOMPARE(t.addressOf(audio), std::optional<PciAddress>(PciAddress{0, 5, 0, 1}));
    QVERIFY(sendDrag(scene, QEvent::GraphicsSceneDrop, {audio}, document.get(),
                     scene.itemFor(gpu)->sceneBoundingRect().center()));
    QCOMPARE(t.addressOf(audio), std::optional<PciAddress>(PciAddress{0, 8, 0, 1}));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), m_demoXml);
}

void tst_GraphScene::keyboardMovesBetweenBoxes()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    GraphView view;
    view.setScene(&scene);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Topology &t = document->topology();
    const auto selected = [&] {
        return scene.selectedNodes();
    };
    NodeItem *port4 = scene.itemFor(t.controllerByIndex(4)->id);
    port4->setSelected(true);
    // Right: into the port's device; Left: back; Down: the next port.
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(selected(), QList<NodeId>{t.nodesAt({0, 4, 0, 0}).first()});
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(selected(), QList<NodeId>{t.controllerByIndex(4)->id});
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(selected(), QList<NodeId>{t.controllerByIndex(5)->id});
    // Tab steps to another box instead of dropping the selection; Enter asks for Properties.
    QTest::keyClick(&view, Qt::Key_Tab);
    QCOMPARE(selected().size(), 1);
    QVERIFY(selected() != QList<NodeId>{t.controllerByIndex(5)->id});
    QSignalSpy properties(&view, &GraphView::propertiesRequested);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(properties.count(), 1);
}

void tst_GraphScene::collisionIsNoMultifunctionSlot()
{
    // Two devices on 01:00.0 of a root port: a collision, reported as such; not drawn as a
    // multifunction slot, and no note about unplugging "its functions".
    const QByteArray xml =
        "<domain type='kvm'><name>c</name><os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>"
        "<devices><controller type='pci' index='1' model='pcie-root-port'><target chassis='1' "
        "port='0x10'/><address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>"
        "</controller><rng model='virtio'><backend model='random'>/dev/urandom</backend>"
        "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></rng>"
        "<memballoon model='virtio'><address type='pci' domain='0x0000' bus='0x01' slot='0x00' "
        "function='0x0'/></memballoon></devices></domain>";
    auto document = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(document);
    GraphScene scene;
    scene.setDocument(document.get());
    int frames = 0;
    for (QGraphicsItem *item : scene.items())
        frames += item->data(0).toString() == QLatin1String("multifunction");
    QCOMPARE(frames, 0);
    const QList<Diagnostic> findings = rules::checkTopology(document->topology());
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Diagnostic &d) { return d.ruleId == "address-conflict"; }));
    QVERIFY(std::none_of(findings.cbegin(), findings.cend(),
                         [](const Diagnostic &d) { return d.message.contains("functions of slot"); }));
}

void tst_GraphScene::treeDragShowsVerdict()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    TopologyTreeModel model;
    model.setDocument(document.get());
    TopologyTreeView view;
    view.setModel(&model);
    view.setDragDropMode(QAbstractItemView::DragDrop);
    view.resize(600, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Topology &t = document->topology();
    const NodeId disk = t.nodesAt({0, 4, 0, 0}).first();
    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(disk)}));
    const auto hover = [&](NodeId over) {
        const QModelIndex row = model.indexOf(over);
        view.scrollTo(row);
        const QPoint at = view.visualRect(row).center();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        return row;
    };
    // The empty root port 8 takes it: its row is green; root port 1 (taken) red.
    const QModelIndex free = hover(t.controllerByIndex(8)->id);
    QCOMPARE(view.dropRow(), free);
    QVERIFY(view.dropAllowed());
    const QModelIndex taken = hover(t.controllerByIndex(1)->id);
    QCOMPARE(view.dropRow(), taken);
    QVERIFY(!view.dropAllowed());
}

void tst_GraphScene::editsKeepBoxes()
{
    // An edit keeps every box and link of the nodes it did not remove: the same items, moved
    // where the layout puts them, so only what changed is painted again. A removed node's box
    // goes, and undo brings a box back.
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const Topology &t = document->topology();
    QHash<NodeId, NodeItem *> before;
    for (const Controller &c : t.controllers())
        before.insert(c.id, scene.itemFor(c.id));
    for (const Device &d : t.devices())
        before.insert(d.id, scene.itemFor(d.id));
    // A mark a new item would not carry (a pointer alone could be reused by the allocator).
    for (NodeItem *item : std::as_const(before))
        item->setData(1, QStringLiteral("kept"));
    const qsizetype items = scene.items().size();
    const NodeId disk = t.nodesAt({0, 4, 0, 0}).first();
    document->undoStack()->push(new SetAddress(document.get(), disk, PciAddress{0, 8, 0, 0}));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(scene.itemFor(it.key()), it.value());
        QCOMPARE(scene.itemFor(it.key())->data(1).toString(), QStringLiteral("kept"));
    }
    QCOMPARE(scene.items().size(), items);
    NodeItem *port = scene.itemFor(document->topology().controllerByIndex(8)->id);
    QCOMPARE(scene.itemFor(disk)->sceneBoundingRect().center().y(), port->sceneBoundingRect().center().y());

    const NodeId video = document->topology().nodesAt({0, 0, 1, 0}).first();
    document->undoStack()->push(new RemoveNode(document.get(), video));
    QVERIFY(!scene.itemFor(video));
    QCOMPARE(scene.items().size(), items - 3); // its box, its link and the link's slot label
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (it.key() != video)
            QCOMPARE(scene.itemFor(it.key()), it.value());
    document->undoStack()->undo();
    QVERIFY(scene.itemFor(video));
    QCOMPARE(scene.items().size(), items);
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), m_demoXml);
}

void tst_GraphScene::editsKeepViewAndSelection()
{
    // In a real window: zoomed in, scrolled, a box selected. A move of another device keeps the
    // zoom, the scroll position and the selection, in the diagram and the tree; the tree's row
    // of the moved device moves (it is not re-made), and undo keeps them too.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_demoXml);
    file.close();
    QVERIFY(window.openFile(path));
    DomainDocument *document = window.document();
    auto *view = window.findChild<GraphView *>();
    QVERIFY(view);
    auto *scene = static_cast<GraphScene *>(view->scene());
    view->resetZoom();
    view->zoomIn();
    view->zoomIn();
    const NodeId port = document->topology().controllerByIndex(3)->id;
    scene->selectNodes({port});
    view->centerOn(scene->itemFor(port));
    QCoreApplication::processEvents();
    const QTransform zoom = view->transform();
    const int h = view->horizontalScrollBar()->value(), v = view->verticalScrollBar()->value();
    QCOMPARE(scene->selectedNodes(), QList<NodeId>{port});

    auto *tree = window.findChild<TopologyTreeView *>();
    QVERIFY(tree);
    auto *model = qobject_cast<TopologyTreeModel *>(tree->model());
    QVERIFY(model);
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    const QPersistentModelIndex diskRow = model->indexOf(disk);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    document->undoStack()->push(new SetAddress(document, disk, PciAddress{0, 8, 0, 0}));
    QCoreApplication::processEvents();
    QCOMPARE(view->transform(), zoom);
    QCOMPARE(view->horizontalScrollBar()->value(), h);
    QCOMPARE(view->verticalScrollBar()->value(), v);
    QCOMPARE(scene->selectedNodes(), QList<NodeId>{port});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(QModelIndex(diskRow), model->indexOf(disk));
    document->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(view->transform(), zoom);
    QCOMPARE(view->horizontalScrollBar()->value(), h);
    QCOMPARE(view->verticalScrollBar()->value(), v);
    QCOMPARE(scene->selectedNodes(), QList<NodeId>{port});
}

void tst_GraphScene::findingsFollowByKey()
{
    // New findings change only the rows that changed: no reset, and the selected finding stays
    // selected while others come and go.
    const auto finding = [](const char *key, Severity severity, const char *message) {
        Diagnostic d;
        d.key = QString::fromLatin1(key);
        d.ruleId = d.key.section(QLatin1Char(':'), 0, 0);
        d.severity = severity;
        d.message = QString::fromLatin1(message);
        return d;
    };
    DiagnosticsModel model;
    model.setDiagnostics({finding("a:1", Severity::LibvirtError, "one"), finding("b:2", Severity::Warning, "two"),
                          finding("c:3", Severity::Info, "three")});
    QTreeView view;
    view.setModel(&model);
    view.setCurrentIndex(model.index(1, 0));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDiagnostics({finding("b:2", Severity::Warning, "two, reworded"), finding("d:4", Severity::Warning, "four"),
                          finding("c:3", Severity::Info, "three")});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1); // "two" reworded; "three" is the same
    QCOMPARE(model.rowCount(), 3);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.diagnostic(row).key;
    QCOMPARE(keys, (QStringList{"b:2", "d:4", "c:3"}));
    QCOMPARE(view.currentIndex().data(DiagnosticsModel::KeyRole).toString(), QString("b:2"));
    QCOMPARE(model.diagnostic(0).message, QString("two, reworded"));
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void tst_GraphScene::refusedDropChangesNothing()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    auto other = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    NodeItem *busyPort = scene.itemFor(document->topology().controllerByIndex(1)->id);
    QVERIFY(
        !sendDrag(scene, QEvent::GraphicsSceneDrop, {disk}, document.get(), busyPort->sceneBoundingRect().center()));
    // Another window's nodes are refused too, even onto a free port.
    NodeItem *emptyPort = scene.itemFor(document->topology().controllerByIndex(8)->id);
    QVERIFY(!sendDrag(scene, QEvent::GraphicsSceneDrop, {other->topology().devices().first().id}, other.get(),
                      emptyPort->sceneBoundingRect().center()));
    QCOMPARE(document->toXml(), m_demoXml);
    QCOMPARE(document->undoStack()->count(), 0);
}

void tst_GraphScene::selectionStaysInStep()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAsFile(window, dir, m_demoXml));
    window.show();
    const Topology &t = window.document()->topology();
    const NodeId disk = t.nodesAt({0, 4, 0, 0}).first();

    // Diagram → tree.
    window.scene()->itemFor(disk)->setSelected(true);
    const QModelIndexList rows = window.treeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(TopologyTreeModel::NodeIdRole).value<NodeId>(), disk);

    // Tree → diagram, by a real click on the row.
    const NodeId rng = t.nodesAt({0, 7, 0, 0}).first();
    auto *model = static_cast<TopologyTreeModel *>(window.treeView()->model());
    const QModelIndex rngIndex = model->indexOf(rng);
    window.treeView()->scrollTo(rngIndex);
    QTest::mouseClick(window.treeView()->viewport(), Qt::LeftButton, {},
                      window.treeView()->visualRect(rngIndex).center());
    QCOMPARE(window.scene()->selectedNodes(), QList<NodeId>{rng});

    // The selection survives an edit (the scene rebuilds itself).
    window.document()->undoStack()->push(new SetAddress(window.document(), disk, PciAddress{0, 8, 0, 0}));
    QCOMPARE(window.scene()->selectedNodes(), QList<NodeId>{rng});
}

void tst_GraphScene::selectionIsOnePerDocument()
{
    QTemporaryDir dir;
    QStringList paths;
    for (const char *name : {"one", "two"}) {
        QByteArray xml = m_demoXml;
        xml.replace("<name>workstation-gpu</name>", "<name>" + QByteArray(name) + "</name>");
        xml.replace("6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e10",
                    "6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e1" + QByteArray(1, name[1]));
        QFile file(dir.filePath(QString::fromLatin1(name) + ".xml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        paths << file.fileName();
    }
    MainWindow window;
    auto *properties = window.findChild<PropertiesPanel *>();
    QVERIFY(properties);
    QVERIFY(window.openFile(paths[0]));
    DocumentTab *one = window.currentTab();
    const NodeId disk = one->document()->topology().nodesAt({0, 4, 0, 0}).first();
    one->scene()->itemFor(disk)->setSelected(true);
    QCOMPARE(one->selection()->nodes(), QList<NodeId>{disk});
    QCOMPARE(properties->node(), disk);

    // Another document has a selection of its own; coming back shows the first one's again.
    QVERIFY(window.openFile(paths[1]));
    QVERIFY(window.currentTab() != one);
    QVERIFY(window.currentTab()->selection()->isEmpty());
    QVERIFY(window.treeView()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!properties->node().isValid());
    QVERIFY(window.openFile(paths[0]));
    QCOMPARE(window.currentTab(), one);
    const QModelIndexList rows = window.treeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(TopologyTreeModel::NodeIdRole).value<NodeId>(), disk);
    QCOMPARE(properties->node(), disk);

    // A finding's nodes, activated in the findings list, become the selection everywhere.
    const NodeId rng = one->document()->topology().nodesAt({0, 7, 0, 0}).first();
    emit window.diagnosticsDock()->nodesActivated({rng, disk});
    QCOMPARE(one->selection()->nodes(), (QList<NodeId>{rng, disk}));
    QCOMPARE(one->scene()->selectedNodes().size(), 2);
    QCOMPARE(window.treeView()->selectionModel()->selectedRows().size(), 2);
    QVERIFY(!properties->node().isValid()); // two nodes: no single one to show

    // Deleting the selection leaves nothing selected that is gone; undo does not bring it back.
    window.edits()->deleteSelection();
    QVERIFY(!one->document()->topology().device(disk));
    QVERIFY(one->selection()->isEmpty());
    QVERIFY(one->scene()->selectedNodes().isEmpty());
    QVERIFY(window.treeView()->selectionModel()->selectedRows().isEmpty());
    one->document()->undoStack()->undo();
    QVERIFY(one->document()->topology().device(disk));
    QVERIFY(one->selection()->isEmpty());
}

void tst_GraphScene::diagnosticsFix()
{
    QByteArray xml = m_demoXml;
    xml.replace("function='0x0' multifunction='on'/>\n    </hostdev>",
                "function='0x0' multifunction='off'/>\n    </hostdev>");
    QVERIFY(xml != m_demoXml);
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAsFile(window, dir, xml));
    DiagnosticsDock *dock = window.diagnosticsDock();
    auto *model = static_cast<DiagnosticsModel *>(dock->view()->model());
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->diagnostic(0).ruleId, QString("multifunction-off"));
    // Clicking the finding selects the GPU in the diagram.
    dock->view()->setCurrentIndex(model->index(0, 1));
    const NodeId gpu = window.document()->topology().nodesAt({0, 5, 0, 0}).first();
    QCOMPARE(window.scene()->selectedNodes(), QList<NodeId>{gpu});
    QCOMPARE(window.scene()->itemFor(gpu)->severity(), std::optional<Severity>(Severity::QemuError));
    // Fix: one command, the finding is gone after the live re-check.
    QVERIFY(dock->applyFix(0));
    QTRY_VERIFY(model->rowCount() == 0 || model->diagnostic(0).ruleId != QString("multifunction-off"));
    QCOMPARE(window.document()->toXml(), m_demoXml);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), xml);
    window.document()->undoStack()->setClean(); // no "unsaved changes" question at close
}

void tst_GraphScene::spareportsFixSelectsThePorts()
{
    // The demo with its last empty port taken: the finding's Fix, "Add 2 spare root ports",
    // adds them as one step, selects them, and the finding goes.
    QByteArray xml = m_demoXml;
    xml.replace("  </devices>",
                "  <interface type='user'><model type='virtio'/><address type='pci' domain='0x0000' "
                "bus='0x08' slot='0x00' function='0x0'/></interface>\n  </devices>");
    QVERIFY(xml != m_demoXml);
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAsFile(window, dir, xml));
    DiagnosticsDock *dock = window.diagnosticsDock();
    auto *model = static_cast<DiagnosticsModel *>(dock->view()->model());
    const auto rowOfFinding = [model] {
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->diagnostic(i).ruleId == QLatin1String("no-hotplug-slot"))
                return i;
        return -1;
    };
    QTRY_VERIFY(rowOfFinding() >= 0); // the checker runs after the window shows the domain
    const int row = rowOfFinding();
    QCOMPARE(model->diagnostic(row).fixes.first().text, QStringLiteral("Add 2 spare root ports"));
    const qsizetype controllers = window.document()->topology().controllers().size();
    QVERIFY(dock->applyFix(row));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(window.document()->topology().controllers().size(), controllers + 2);
    const QList<NodeId> selected = window.scene()->selectedNodes();
    QCOMPARE(selected.size(), 2);
    for (NodeId id : selected) {
        QCOMPARE(window.document()->topology().controller(id)->model, ControllerModel::PcieRootPort);
        QVERIFY(
            window.document()->topology().nodesOnBus(window.document()->topology().controller(id)->index).isEmpty());
    }
    QTRY_COMPARE(rowOfFinding(), -1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), xml);
    window.document()->undoStack()->setClean();
}

void tst_GraphScene::propertiesRefuseInvalidAddress()
{
    MainWindow window;
    window.openDemo();
    const NodeId disk = window.document()->topology().nodesAt({0, 4, 0, 0}).first();
    window.scene()->itemFor(disk)->setSelected(true);
    auto *panel = window.findChild<PropertiesPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->node(), disk);
    QVERIFY(!panel->applyAddress("08:01.0")); // a root port has only slot 0
    QVERIFY(!panel->applyAddress("garbage"));
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(panel->applyAddress("08:00.0"));
    QCOMPARE(window.document()->topology().addressOf(disk), std::optional<PciAddress>(PciAddress{0, 8, 0, 0}));
    window.document()->undoStack()->setClean();
}

void tst_GraphScene::propertiesEditTargetOptions()
{
    MainWindow window;
    window.openDemo();
    window.show();
    const NodeId port = window.document()->topology().controllerByIndex(8)->id;
    window.scene()->itemFor(port)->setSelected(true);
    auto *panel = window.findChild<PropertiesPanel *>();
    QCOMPARE(panel->node(), port);
    QVERIFY(panel->setTargetOption("chassis", 42));
    QCOMPARE(window.document()->topology().controller(port)->chassis, std::optional<int>(42));
    QVERIFY(window.document()->toXml().contains("<target chassis='42' port='0x17'/>"));
    QVERIFY(!panel->setTargetOption("chassis", 256)); // out of libvirt's range: refused
    QVERIFY(!panel->setTargetOption("busNr", 10)); // not an option of a root port
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), m_demoXml);
    window.document()->undoStack()->setClean();
}

void tst_GraphScene::paletteAddsController()
{
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    NodeItem *root = scene.itemFor(document->topology().controllerByIndex(0)->id);
    NodeItem *port = scene.itemFor(document->topology().controllerByIndex(1)->id);
    // A root port onto a root port: refused, with the reason.
    const rules::AttachVerdict refused =
        scene.dropVerdict(DropPayload::ofEntry(document->topology(), "pcie-root-port"), port);
    QVERIFY(!refused.allowed);
    QVERIFY2(refused.reason.contains("pcie-root-port"), qPrintable(refused.reason));
    QVERIFY(!scene.drop(DropPayload::ofEntry(document->topology(), "pcie-root-port"), port));
    // Onto pcie-root: the first free slot, 00:03.0, index 9, chassis 9.
    const rules::AttachVerdict verdict =
        scene.dropVerdict(DropPayload::ofEntry(document->topology(), "pcie-root-port"), root);
    QVERIFY2(verdict.allowed, qPrintable(verdict.reason));
    QCOMPARE(verdict.addresses.first(), (PciAddress{0, 0, 3, 0}));
    QVERIFY(scene.drop(DropPayload::ofEntry(document->topology(), "pcie-root-port"), root));
    const Controller *added = document->topology().controllerByIndex(9);
    QVERIFY(added);
    QCOMPARE(added->model, ControllerModel::PcieRootPort);
    QCOMPARE(added->chassis, std::optional<int>(9));
    QVERIFY(scene.itemFor(added->id));
    for (const Diagnostic &d : rules::checkTopology(document->topology()))
        QVERIFY2(d.severity < Severity::QemuError, qPrintable(d.message));
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), m_demoXml);
}

void tst_GraphScene::treeAndDiagramShareDropPolicy()
{
    // One policy: for every controller, the tree row and the diagram box give the same answer,
    // for a move, a catalogue entry and a catalogue root alike.
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    QVERIFY(document);
    GraphScene scene;
    scene.setDocument(document.get());
    TopologyTreeModel tree;
    tree.setDocument(document.get());
    const Topology &t = document->topology();
    const QList<DropPayload> payloads{DropPayload::ofNodes({t.nodesAt({0, 4, 0, 0}).first()}),
                                      DropPayload::ofEntry(t, "pcie-root-port"),
                                      DropPayload::ofEntry(t, "virtio-disk")};
    int allowed = 0, refused = 0;
    for (const DropPayload &payload : payloads) {
        QVERIFY(payload.kind != DropPayload::Kind::Nothing);
        for (const Controller &c : t.controllers()) {
            const rules::AttachVerdict diagram = scene.dropVerdict(payload, scene.itemFor(c.id));
            const QString treeRefusal = tree.dropRefusal(payload, tree.indexOf(c.id));
            QCOMPARE(treeRefusal, diagram.allowed ? QString() : diagram.reason);
            (diagram.allowed ? allowed : refused)++;
        }
    }
    QVERIFY(allowed > 0 && refused > 0); // both answers were compared
    // The tree leaves host devices to the diagram, and says so.
    const QString hostRefusal = tree.dropRefusal(DropPayload::ofHostDevices({PciAddress{0, 1, 0, 0}}),
                                                 tree.indexOf(t.controllerByIndex(8)->id));
    QVERIFY2(hostRefusal.contains("diagram"), qPrintable(hostRefusal));
}

void tst_GraphScene::findSelectsMatches()
{
    MainWindow window;
    window.openDemo();
    QCOMPARE(window.find("hostdev"), 3);
    QCOMPARE(window.scene()->selectedNodes().size(), 3);
    QCOMPARE(window.treeView()->selectionModel()->selectedRows().size(), 3);
    QCOMPARE(window.find("05:00"), 2); // the GPU and its audio function
    QCOMPARE(window.find("no such thing"), 0);
    QVERIFY(window.scene()->selectedNodes().isEmpty());
    // Finding what is selected already shows it again: the tree scrolls back to it.
    window.show();
    QScrollBar *scroll = window.treeView()->verticalScrollBar();
    QCOMPARE(window.find("rng"), 1);
    QTRY_VERIFY(scroll->value() > 0); // rng is far down the tree
    window.treeView()->scrollToTop();
    QCOMPARE(scroll->value(), 0);
    QCOMPARE(window.find("rng"), 1);
    QTRY_VERIFY(scroll->value() > 0);
}

void tst_GraphScene::tabsPerDocument()
{
    QTemporaryDir dir;
    QStringList paths;
    for (const char *name : {"one.xml", "two.xml"}) {
        QByteArray xml = m_demoXml;
        xml.replace("<name>workstation-gpu</name>", "<name>" + QByteArray(name).chopped(4) + "</name>");
        xml.replace("6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e10",
                    "6f1c2a7e-3d4b-4c1a-9e0f-2b7d5a8c9e1" + QByteArray(1, name[1]));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        paths << file.fileName();
    }
    MainWindow window;
    QVERIFY(window.openFile(paths[0]));
    QVERIFY(window.openFile(paths[1]));
    QCOMPARE(window.tabCount(), 2);
    QCOMPARE(window.document()->displayName(), QString("two"));
    auto *tree = static_cast<TopologyTreeModel *>(window.treeView()->model());
    QCOMPARE(tree->document(), window.document());
    // Opening a file that is open already shows its tab.
    QVERIFY(window.openFile(paths[0]));
    QCOMPARE(window.tabCount(), 2);
    QCOMPARE(window.document()->displayName(), QString("one"));
    QCOMPARE(static_cast<TopologyTreeModel *>(window.treeView()->model())->document(), window.document());
    // An edit in one tab leaves the other alone; undo follows the current tab.
    DomainDocument *one = window.document();
    one->undoStack()->push(new SetAddress(one, one->topology().nodesAt({0, 4, 0, 0}).first(), PciAddress{0, 8, 0, 0}));
    QVERIFY(one->isModified());
    one->undoStack()->setClean();
    QVERIFY(window.closeCurrentTab());
    QCOMPARE(window.tabCount(), 1);
    QCOMPARE(window.document()->displayName(), QString("two"));
    QVERIFY(!window.document()->isModified());
}

void tst_GraphScene::deleteIsOneNamedStep()
{
    MainWindow window;
    window.openDemo();
    QAction *remove = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence::Delete)
            remove = a;
    QVERIFY(remove);
    // One node: a step named after it.
    const NodeId disk = window.document()->topology().nodesAt({0, 4, 0, 0}).first();
    window.scene()->itemFor(disk)->setSelected(true);
    remove->trigger();
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(window.document()->undoStack()->text(0), QStringLiteral("Remove disk vda"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), m_demoXml);
    // Several: one step for all.
    for (const PciAddress &a : {PciAddress{0, 3, 0, 0}, PciAddress{0, 7, 0, 0}})
        window.scene()->itemFor(window.document()->topology().nodesAt(a).first())->setSelected(true);
    remove->trigger();
    QCOMPARE(window.document()->undoStack()->index(), 1);
    QCOMPARE(window.document()->undoStack()->text(0), QStringLiteral("Delete 2 Nodes"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toXml(), m_demoXml);
    window.document()->undoStack()->setClean();
}

void tst_GraphScene::xmlPaneEditsTheSelection()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAsFile(window, dir, m_demoXml));
    window.show();
    DomainDocument *document = window.document();
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    window.scene()->itemFor(disk)->setSelected(true);
    XmlPane *pane = window.xmlPane();
    QCOMPARE(pane->node(), disk);
    const QString shown = pane->editor()->toPlainText();
    QVERIFY2(shown.startsWith(QLatin1String("<disk")) && shown.endsWith(QLatin1String("</disk>")), qPrintable(shown));

    // Typed into the editor: a broken tag is refused with its line and column, and nothing changes.
    const QByteArray before = document->toXml();
    QPlainTextEdit *editor = pane->editor();
    editor->setFocus();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfLine);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("<boot order='1'>"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(pane->problem().startsWith(QLatin1String("Line ")));
    QVERIFY(!pane->apply());
    QCOMPARE(document->toXml(), before);
    // A click on another box does not throw the text away: the pane stays on its element.
    const QString typed = editor->toPlainText();
    window.scene()->clearSelection();
    window.scene()->itemFor(document->topology().nodesAt({0, 7, 0, 0}).first())->setSelected(true);
    QCOMPARE(pane->node(), disk);
    QCOMPARE(editor->toPlainText(), typed);
    window.scene()->clearSelection();
    window.scene()->itemFor(disk)->setSelected(true);

    // Made whole, applied with Ctrl+Return: one undo step, the new element stays selected.
    cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfLine);
    cursor.movePosition(QTextCursor::Left);
    editor->setTextCursor(cursor);
    cursor.movePosition(QTextCursor::StartOfLine, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("<boot order='1'/>"));
    QTRY_VERIFY2(pane->problem().isEmpty(), qPrintable(pane->problem()));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->toXml().contains("<boot order='1'/>"));
    QVERIFY(!document->topology().device(disk));
    const NodeId edited = pane->node();
    QVERIFY(document->topology().device(edited));
    QCOMPARE(window.scene()->selectedNodes(), QList<NodeId>{edited});
    QVERIFY(pane->editor()->toPlainText().contains(QLatin1String("<boot order='1'/>")));
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), before);
}

void tst_GraphScene::movedBoxDrawsItsText()
{
    // A box that only moves (a fix adds ports, the root bus re-centres) keeps its laid-out
    // lines, and draws them where it now is.
    QGraphicsScene scene;
    auto *item = new NodeItem(NodeId(), NodeItem::Kind::Device, QRectF(0, 0, 200, 60));
    item->setLines(
        {QStringLiteral("pcie-root #0"), QStringLiteral("libvirt root bus"), QStringLiteral("guest bus 00")});
    scene.addItem(item);
    const auto render = [&scene] {
        QImage image(400, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 400, 200), QRectF(0, 0, 400, 200));
        return image;
    };
    const QImage before = render();
    item->setRect(QRectF(150, 100, 200, 60));
    const QImage after = render();
    QVERIFY(before.copy(0, 0, 200, 60) != QImage(200, 60, QImage::Format_ARGB32)); // something was drawn
    QCOMPARE(after.copy(150, 100, 200, 60), before.copy(0, 0, 200, 60));
}

void tst_GraphScene::ctrlWheelZoomsAroundTheCursor()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openShown(window, dir, bench::generateQ35PortsDomain(300)));
    GraphView *view = window.currentTab()->view();
    view->fitToWindow();
    QVERIFY(view->isFitting());
    // A point away from the middle: zooming around the centre would move it.
    const QRect diagram =
        view->mapFromScene(window.scene()->sceneRect()).boundingRect().intersected(view->viewport()->rect());
    const QPoint cursor = diagram.topLeft() + QPoint(diagram.width() / 5, diagram.height() / 3);
    const qreal before = view->transform().m11();
    auto wheel = [&](int steps) {
        for (int i = 0; i < steps; ++i) {
            QWheelEvent event(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(view->viewport(), &event);
        }
    };
    // While the diagram is smaller than the view one way, Qt centres it that way: the point
    // can stay put only once it fills the view.
    int steps = 0;
    while (steps < 20 && (view->horizontalScrollBar()->maximum() == 0 || view->verticalScrollBar()->maximum() == 0)) {
        wheel(1);
        ++steps;
    }
    QVERIFY(steps > 0 && steps < 20);
    const QPointF under = view->mapToScene(cursor);
    wheel(4);
    QVERIFY(view->transform().m11() > before * std::pow(1.15, steps + 4) * 0.99);
    QVERIFY(!view->isFitting()); // zoomed by hand: a resize no longer refits
    const QPointF still = view->mapFromScene(under);
    QVERIFY2(
        QLineF(still, cursor).length() < 3,
        qPrintable(
            QStringLiteral("moved from %1,%2 to %3,%4").arg(cursor.x()).arg(cursor.y()).arg(still.x()).arg(still.y())));
}

QTEST_MAIN(tst_GraphScene)
#include "tst_graphscene.moc"

namespace {

/** Checks what every layout must hold; the first broken rule, "" when none is. */
QString layoutFault(const GraphLayout &layout)
{
    const bool topDown = layout.orientation == GraphLayout::Orientation::TopDown;
    QList<QRectF> boxes = layout.nodes.values();
    for (const GraphLayout::EmptySlot &slot : layout.emptySlots)
        boxes.append(slot.rect);
    // No two boxes overlap (a grid on the along axis makes this quadratic check cheap enough).
    QList<QRectF> sorted = boxes;
    std::sort(sorted.begin(), sorted.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (int i = 0; i < sorted.size(); ++i)
        for (int j = i + 1; j < sorted.size() && sorted[j].left() < sorted[i].right(); ++j)
            if (sorted[i].intersects(sorted[j]))
                return QStringLiteral("two boxes overlap");
    const QFont font = [] {
        QFont f;
        f.setPointSizeF(7.5);
        return f;
    }();
    const QFontMetricsF metrics(font);
    for (const GraphLayout::Edge &e : layout.edges) {
        const QRectF parent = layout.nodes.value(e.parent), child = layout.nodes.value(e.child);
        // Parents before children, along the orientation.
        if (topDown ? child.top() <= parent.bottom() : child.left() <= parent.right())
            return QStringLiteral("a child before its parent");
        // The link runs from the parent's box to the child's.
        if (e.route.size() < 2 || !parent.adjusted(-1, -1, 1, 1).contains(e.route.first())
            || !child.adjusted(-1, -1, 1, 1).contains(e.route.last()))
            return QStringLiteral("a link that does not join its boxes");
        // The slot label lies on no box.
        const QRectF label(e.labelAt, metrics.size(0, GraphScene::linkLabel(e.address)));
        for (const QRectF &box : std::as_const(boxes))
            if (box.intersects(label))
                return QStringLiteral("the label of %1 lies on a box").arg(e.address.toShortString());
    }
    // A multifunction slot's caption lies on no box either.
    QHash<QPair<quint32, quint32>, QRectF> frames;
    QHash<QPair<quint32, quint32>, QSet<quint32>> functions;
    for (const GraphLayout::Edge &e : layout.edges) {
        frames[{e.address.bus, e.address.slot}] |= layout.nodes.value(e.child);
        functions[{e.address.bus, e.address.slot}].insert(e.address.function);
    }
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        if (functions.value(it.key()).size() < 2)
            continue;
        const QString text = GraphScene::frameCaption(it.key().first, it.key().second);
        const QRectF caption(it->topLeft() - QPointF(0, 14), metrics.size(0, text));
        for (const QRectF &box : std::as_const(boxes))
            if (box.intersects(caption))
                return QStringLiteral("the caption \"%1\" lies on a box").arg(text);
    }
    return {};
}

QRectF centresOf(const GraphLayout &layout)
{
    QRectF centres;
    for (const QRectF &box : layout.nodes)
        centres |= QRectF(box.center(), QSizeF(0.01, 0.01));
    return centres;
}

} // namespace

void tst_GraphScene::wideBusIsLaidOutInBands_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("topDown");
    QTest::addColumn<bool>("emptySlots");
    QTest::addColumn<double>("shapeAtLeast"); // width / height of the box centres
    QTest::newRow("300 root ports") << bench::generateQ35PortsDomain(300) << false << false << 0.9;
    QTest::newRow("300 root ports, empty slots") << bench::generateQ35PortsDomain(300) << false << true << 0.9;
    QTest::newRow("300 root ports, top down") << bench::generateQ35PortsDomain(300) << true << false << 0.9;
    QTest::newRow("5000 devices") << bench::generateQ35Domain(5000) << false << false << 0.7;
    QTest::newRow("5000 devices, top down") << bench::generateQ35Domain(5000) << true << false << 0.7;
    QTest::newRow("demo") << m_demoXml << false << true << 0.0;
}

void tst_GraphScene::wideBusIsLaidOutInBands()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, topDown);
    QFETCH(bool, emptySlots);
    QFETCH(double, shapeAtLeast);
    auto document = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(document);
    const Topology &t = document->topology();
    const GraphLayout layout = GraphLayout::compute(
        t, topDown ? GraphLayout::Orientation::TopDown : GraphLayout::Orientation::LeftRight, emptySlots);
    QCOMPARE(layout.nodes.size(), t.controllers().size() + t.devices().size());
    const QString fault = layoutFault(layout);
    QVERIFY2(fault.isEmpty(), qPrintable(fault));
    // Not one long column: the centres spread over both dimensions, about as a screen is shaped.
    const QRectF centres = centresOf(layout);
    QVERIFY2(centres.width() >= shapeAtLeast * centres.height(),
             qPrintable(QStringLiteral("%1 x %2").arg(centres.width()).arg(centres.height())));
    QVERIFY(centres.width() <= 4 * centres.height() || shapeAtLeast == 0);
}

void tst_GraphScene::layoutIsStable()
{
    auto document = DomainDocument::fromXml(bench::generateQ35PortsDomain(100), nullptr);
    const Topology &t = document->topology();
    const GraphLayout before = GraphLayout::compute(t);
    // Another model for a disk changes what its box says, never where any box is.
    const Device &disk = t.devices().at(40);
    document->undoStack()->push(new SetAttribute(document.get(), disk.id, "source", "file",
                                                 QStringLiteral("/var/lib/libvirt/images/other.img")));
    const GraphLayout after = GraphLayout::compute(document->topology());
    QCOMPARE(after.nodes, before.nodes);
    // Collapsing a port (its disk hidden) moves no other box: its band keeps its width.
    const Controller *port = document->topology().controllerByIndex(50);
    const GraphLayout collapsed =
        GraphLayout::compute(document->topology(), GraphLayout::Orientation::LeftRight, false, {port->id});
    QCOMPARE(collapsed.hiddenBelow.value(port->id), 1);
    QCOMPARE(collapsed.nodes.size(), before.nodes.size() - 1);
    for (auto it = collapsed.nodes.cbegin(); it != collapsed.nodes.cend(); ++it)
        QCOMPARE(*it, before.nodes.value(it.key()));
    // A disk more on the last port moves nothing on the ports before it.
    QByteArray grown = bench::generateQ35PortsDomain(100);
    grown.replace("</devices>",
                  "<disk type='file' device='disk'><target dev='vdzz' bus='virtio'/>"
                  "<address type='pci' domain='0x0000' bus='0x64' slot='0x00' function='0x1'/>"
                  "</disk></devices>");
    auto bigger = DomainDocument::fromXml(grown, nullptr);
    QVERIFY(bigger);
    const GraphLayout more = GraphLayout::compute(bigger->topology());
    int same = 0;
    for (const Controller &c : bigger->topology().controllers())
        same += c.index > 0 && c.index < 90
            && more.nodes.value(c.id) == before.nodes.value(t.controllerByIndex(c.index)->id);
    QCOMPARE(same, 89);
}

void tst_GraphScene::collapseHidesASubtree()
{
    MainWindow window;
    QTemporaryDir dir;
    QVERIFY(openAsFile(window, dir, bench::generateQ35Domain(1000)));
    GraphScene *scene = window.scene();
    const Topology &t = window.document()->topology();
    const Controller *bridge = t.controllerByIndex(9); // the pcie-to-pci-bridge, with the pci-bridges and devices
    QVERIFY(scene->canCollapse(bridge->id));
    QVERIFY(!scene->canCollapse(t.devices().first().id));
    const int before = int(scene->items().size());
    QSignalSpy changed(scene, &GraphScene::collapsedChanged);
    scene->setCollapsed({bridge->id}, true);
    QCOMPARE(changed.size(), 1);
    // The 1000 devices and 5 bridges below it are gone from the diagram; its badge counts them.
    QCOMPARE(scene->itemFor(bridge->id)->hiddenCount(), 1005);
    QVERIFY(!scene->itemFor(t.devices().first().id));
    QVERIFY(scene->items().size() < before / 10);
    // Selecting a hidden device (the tree, Find) opens what hides it.
    window.currentTab()->selection()->select({t.devices().last().id});
    QVERIFY(!scene->isCollapsed(bridge->id));
    QVERIFY(scene->itemFor(t.devices().last().id)->isSelected());
    QCOMPARE(scene->itemFor(bridge->id)->hiddenCount(), 0);
    // A click on the badge expands: the box menu's Collapse, then the badge.
    scene->setCollapsed({bridge->id}, true);
    GraphView *view = window.currentTab()->view();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->focusOn(scene->itemFor(bridge->id)->sceneBoundingRect());
    const QRectF box = scene->itemFor(bridge->id)->rect();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(QPointF(box.right(), box.center().y())));
    QTRY_VERIFY(!scene->isCollapsed(bridge->id));
    QVERIFY(scene->itemFor(t.devices().first().id));
}

void tst_GraphScene::findStepsAndMovesTheView()
{
    MainWindow window;
    QTemporaryDir dir;
    QVERIFY(openShown(window, dir, bench::generateQ35Domain(5000)));
    GraphView *view = window.currentTab()->view();
    view->fitToWindow();
    const Topology &t = window.document()->topology();
    // A device among 5000, far from the view's middle, is found and brought into view, readable.
    const Device &wanted = t.devices().at(3777);
    auto field = window.findChild<QLineEdit *>(QStringLiteral("FindField"));
    auto count = window.findChild<QLabel *>(QStringLiteral("FindCount"));
    QVERIFY(field && count);
    const QList<NodeId> matches = findNodes(t, wanted.label);
    QVERIFY(matches.contains(wanted.id));
    field->setFocus();
    QTest::keyClicks(field, wanted.label);
    // Enter steps to the matches one by one until the one wanted.
    int at = 0;
    for (int step = 0; step < matches.size() && window.currentTab()->selection()->nodes() != QList{wanted.id}; ++step) {
        QTest::keyClick(field, Qt::Key_Return);
        ++at;
    }
    QCOMPARE(window.currentTab()->selection()->nodes(), QList<NodeId>{wanted.id});
    QCOMPARE(count->text(), QStringLiteral("%1 of %2").arg(at).arg(matches.size()));
    const QRect box = view->mapFromScene(window.scene()->itemFor(wanted.id)->sceneBoundingRect()).boundingRect();
    QVERIFY2(view->viewport()->rect().contains(box),
             qPrintable(QStringLiteral("the match at %1,%2 %3x%4 is not inside the visible viewport of %5x%6")
                            .arg(box.x())
                            .arg(box.y())
                            .arg(box.width())
                            .arg(box.height())
                            .arg(view->viewport()->width())
                            .arg(view->viewport()->height())));
    QVERIFY(view->transform().m11() >= NodeItem::FullBelowScale); // zoomed in to read it
    // F3 goes on, Shift+F3 back; the count follows.
    const QString search = QStringLiteral("disk vda");
    field->setText(search);
    const int all = int(findNodes(t, search).size());
    QVERIFY(all > 10);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(all));
    QTest::keyClick(&window, Qt::Key_F3);
    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(count->text(), QStringLiteral("3 of %1").arg(all));
    const NodeId third = window.currentTab()->selection()->nodes().value(0);
    QVERIFY(view->viewport()->rect().contains(
        view->mapFromScene(window.scene()->itemFor(third)->sceneBoundingRect()).boundingRect()));
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(all));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(all));
    field->setText(QStringLiteral("no such device"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("No match"));
}

void tst_GraphScene::overviewSteersTheView()
{
    MainWindow window;
    QTemporaryDir dir;
    QVERIFY(openShown(window, dir, bench::generateQ35Domain(1000)));
    GraphView *view = window.currentTab()->view();
    auto overview = window.findChild<OverviewWidget *>(QStringLiteral("Overview"));
    QVERIFY(overview && overview->isVisible());
    // Fitted, the frame covers the whole picture; zoomed in, a part of it.
    view->fitToWindow();
    QVERIFY(view->isFitting());
    view->resetZoom();
    QVERIFY(!view->isFitting());
    QTRY_VERIFY(!overview->visibleFrame().isEmpty());
    const QRectF frame = overview->visibleFrame();
    QVERIFY(frame.width() < overview->width() / 2.0);
    // A press elsewhere in the overview moves the view there; the frame follows.
    const QPoint target(overview->width() * 3 / 4, overview->height() * 3 / 4);
    QTest::mousePress(overview, Qt::LeftButton, {}, target);
    QTest::mouseRelease(overview, Qt::LeftButton, {}, target);
    QTRY_VERIFY((overview->visibleFrame().center() - QPointF(target)).manhattanLength() < 12
                || !overview->visibleFrame().contains(frame.center()));
    QVERIFY(overview->visibleFrame().center() != frame.center());
    // Resizing a fitted view fits it again; a view zoomed by hand is left alone.
    view->fitToWindow();
    const qreal fitted = view->transform().m11();
    window.resize(1000, 700);
    QTRY_VERIFY(view->transform().m11() < fitted);
    view->zoomIn();
    const qreal zoomed = view->transform().m11();
    window.resize(1280, 800);
    QTest::qWait(50);
    QCOMPARE(view->transform().m11(), zoomed);
}

void tst_GraphScene::zoomedOutBoxesKeepReadableTitles()
{
    // The title of a box drawn at a small zoom stays at least 9 px tall on screen; the other
    // lines are left out. Measured on the pixels: the title's ink at 0.4 is as tall as at 1.
    auto document = DomainDocument::fromXml(m_demoXml, nullptr);
    GraphScene scene;
    scene.setDocument(document.get());
    NodeItem *item = scene.itemFor(document->topology().devices().first().id);
    const auto inkRows = [&](qreal scale) {
        const QRectF rect = item->rect();
        QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(-rect.topLeft());
        QStyleOptionGraphicsItem option;
        item->paint(&painter, &option, nullptr);
        painter.end();
        int rows = 0; // rows with dark text pixels, the border aside
        for (int y = 3; y < image.height() - 3; ++y) {
            bool ink = false;
            for (int x = 3 + int(25 * scale); x < image.width() - 3 - int(25 * scale) && !ink; ++x)
                ink = qGray(image.pixel(x, y)) < 110;
            rows += ink;
        }
        return rows;
    };
    const int full = inkRows(1.0), small = inkRows(0.4), tiny = inkRows(0.12);
    QVERIFY2(full > 20, qPrintable(QString::number(full))); // three lines
    QVERIFY2(small >= 7 && small < full, qPrintable(QString::number(small))); // the title alone, readable
    QCOMPARE(tiny, 0); // a coloured block
}
