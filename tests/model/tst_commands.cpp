#include "DomainDocument.h"
#include "commands/AddNode.h"
#include "commands/RemoveNode.h"
#include "commands/ReplaceNode.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pcitopo;

/** Every command: exact edit, exact undo, exact redo, stable ids. */
class tst_Commands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void moveChangesOnlyTheAddressLine();
    void moveControllerCarriesItsSubtree();
    void addAddressToUnplacedDevice();
    void clearAddress();
    void setAttributeCreatesTarget();
    void setAttributeMergesWhileTyping();
    void setNumaNodeText();
    void addAndRemoveKeepIds();
    void manyCommandsUndoAll();
    void invalidCommands_data();
    void invalidCommands();
    void changedSignal();
    void elementXmlIsDedented();
    void replaceNodeChangesOnlyItsElement();
    void replaceNodeKeepsComments();
    void replaceNodeRefusesBadXml_data();
    void replaceNodeRefusesBadXml();

private:
    std::unique_ptr<DomainDocument> m_document;
    QByteArray m_original;
    NodeId deviceAt(const char *address) const;
};

static const char DomainText[] = "<domain type='kvm'>\n"
                                 "  <name>cmd</name>\n"
                                 "  <os>\n    <type arch='x86_64' machine='q35'>hvm</type>\n  </os>\n"
                                 "  <devices>\n"
                                 "    <controller type='pci' index='0' model='pcie-root'/>\n"
                                 "    <controller type='pci' index='1' model='pcie-root-port'>\n"
                                 "      <model name='pcie-root-port'/>\n"
                                 "      <target chassis='1' port='0x10'/>\n"
                                 "      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>\n"
                                 "    </controller>\n"
                                 "    <controller type='pci' index='2' model='pcie-root-port'>\n"
                                 "      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x1'/>\n"
                                 "    </controller>\n"
                                 "    <disk type='file' device='disk'>\n"
                                 "      <target dev='vda' bus='virtio'/>\n"
                                 "      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>\n"
                                 "    </disk>\n"
                                 "    <!-- a comment that must survive -->\n"
                                 "    <rng model='virtio'>\n"
                                 "      <backend model='random'>/dev/urandom</backend>\n"
                                 "    </rng>\n"
                                 "  </devices>\n"
                                 "</domain>\n";

void tst_Commands::init()
{
    m_original = DomainText;
    QString error;
    m_document = DomainDocument::fromXml(m_original, &error);
    QVERIFY2(m_document, qPrintable(error));
}

NodeId tst_Commands::deviceAt(const char *address) const
{
    const QList<NodeId> nodes = m_document->topology().nodesAt(*PciAddress::fromString(QLatin1String(address)));
    return nodes.isEmpty() ? NodeId() : nodes.first();
}

void tst_Commands::moveChangesOnlyTheAddressLine()
{
    const NodeId disk = deviceAt("01:00.0");
    QVERIFY(disk.isValid());
    m_document->undoStack()->push(new SetAddress(m_document.get(), disk, PciAddress{0, 2, 0, 0}));
    QByteArray expected = m_original;
    expected.replace("<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>",
                     "<address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>");
    QCOMPARE(m_document->toXml(), expected);
    QCOMPARE(m_document->topology().nodesOnBus(2), QList<NodeId>{disk});
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move disk vda to 02:00.0"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->toXml(), expected);
}

void tst_Commands::moveControllerCarriesItsSubtree()
{
    const NodeId port = m_document->topology().controllerByIndex(1)->id;
    const NodeId disk = deviceAt("01:00.0");
    m_document->undoStack()->push(new SetAddress(m_document.get(), port, PciAddress{0, 0, 3, 0}));
    QCOMPARE(m_document->topology().addressOf(port), std::optional<PciAddress>(PciAddress{0, 0, 3, 0}));
    // The disk still hangs off bus 1, which is now in slot 3.
    QCOMPARE(m_document->topology().addressOf(disk), std::optional<PciAddress>(PciAddress{0, 1, 0, 0}));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
}

void tst_Commands::addAddressToUnplacedDevice()
{
    const Device &rng = m_document->topology().devices().last();
    QVERIFY(!rng.address);
    m_document->undoStack()->push(new SetAddress(m_document.get(), rng.id, PciAddress{0, 2, 0, 0}));
    QByteArray expected = m_original;
    expected.replace("/dev/urandom</backend>\n",
                     "/dev/urandom</backend>\n"
                     "      <address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>\n");
    QCOMPARE(m_document->toXml(), expected);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->toXml(), expected);
}

void tst_Commands::clearAddress()
{
    const NodeId disk = deviceAt("01:00.0");
    m_document->undoStack()->push(new SetAddress(m_document.get(), disk, std::nullopt));
    QVERIFY(!m_document->topology().device(disk)->address);
    QVERIFY(!m_document->toXml().contains("bus='0x01'"));
    QCOMPARE(m_document->toXml().count('\n'), m_original.count('\n') - 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
}

void tst_Commands::setAttributeCreatesTarget()
{
    const NodeId port2 = m_document->topology().controllerByIndex(2)->id;
    m_document->undoStack()->push(
        new SetAttribute(m_document.get(), port2, "target", "hotplug", QStringLiteral("off")));
    QCOMPARE(m_document->topology().controller(port2)->hotplug, std::optional<bool>(false));
    // Where libvirt writes it: <target> before <address>, indented like its siblings.
    QVERIFY(m_document->toXml().contains(
        "    <controller type='pci' index='2' model='pcie-root-port'>\n"
        "      <target hotplug='off'/>\n"
        "      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x1'/>\n"
        "    </controller>\n"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->topology().controller(port2)->hotplug, std::optional<bool>(false));
}

void tst_Commands::setAttributeMergesWhileTyping()
{
    const NodeId port1 = m_document->topology().controllerByIndex(1)->id;
    QUndoStack *stack = m_document->undoStack();
    stack->push(new SetAttribute(m_document.get(), port1, "target", "chassis", QStringLiteral("1")));
    stack->push(new SetAttribute(m_document.get(), port1, "target", "chassis", QStringLiteral("12")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_document->topology().controller(port1)->chassis, std::optional<int>(12));
    stack->push(new SetAttribute(m_document.get(), port1, "target", "chassis", QStringLiteral("1")));
    // Back at the original value: the merged command is obsolete and leaves the stack.
    QCOMPARE(stack->count(), 0);
    QCOMPARE(m_document->toXml(), m_original);
}

void tst_Commands::setNumaNodeText()
{
    const NodeId port1 = m_document->topology().controllerByIndex(1)->id;
    m_document->undoStack()->push(
        new SetAttribute(m_document.get(), port1, "target/node", QByteArray(), QStringLiteral("1")));
    QCOMPARE(m_document->topology().controller(port1)->numaNode, std::optional<int>(1));
    QVERIFY(m_document->toXml().contains("<target chassis='1' port='0x10'>\n"
                                         "        <node>1</node>\n"
                                         "      </target>\n"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
}

void tst_Commands::addAndRemoveKeepIds()
{
    auto *add = new AddNode(m_document.get(),
                            "<controller type='pci' index='3' model='pcie-root-port'>"
                            "<target chassis='3' port='0x12'/></controller>");
    QVERIFY2(add->isValid(), qPrintable(add->error()));
    const NodeId added = add->node();
    m_document->undoStack()->push(add);
    QCOMPARE(m_document->topology().controllerByIndex(3)->id, added);
    // Grouped with the other controllers, before the disk.
    QVERIFY(m_document->toXml().contains("    </controller>\n"
                                         "    <controller type='pci' index='3' model='pcie-root-port'>\n"
                                         "      <target chassis='3' port='0x12'/>\n"
                                         "    </controller>\n    <disk"));
    const QByteArray withPort = m_document->toXml();

    const NodeId disk = deviceAt("01:00.0");
    m_document->undoStack()->push(new RemoveNode(m_document.get(), disk));
    QVERIFY(!m_document->topology().device(disk));
    QVERIFY(m_document->toXml().contains("    </controller>\n    <!-- a comment that must survive -->"));
    m_document->undoStack()->undo();
    QVERIFY(m_document->topology().device(disk));
    QCOMPARE(m_document->toXml(), withPort);
    m_document->undoStack()->undo();
    QVERIFY(!m_document->topology().controller(added));
    QCOMPARE(m_document->toXml(), m_original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->topology().controllerByIndex(3)->id, added);
}

void tst_Commands::manyCommandsUndoAll()
{
    QUndoStack *stack = m_document->undoStack();
    const NodeId disk = deviceAt("01:00.0");
    const NodeId port1 = m_document->topology().controllerByIndex(1)->id;
    const NodeId rng = m_document->topology().devices().last().id;
    stack->push(new SetAddress(m_document.get(), disk, PciAddress{0, 2, 0, 0}));
    stack->push(new SetAttribute(m_document.get(), port1, "target", "hotplug", QStringLiteral("off")));
    stack->push(new SetAddress(m_document.get(), rng, PciAddress{0, 1, 0, 0}));
    stack->push(new AddNode(m_document.get(), "<watchdog model='i6300esb'/>"));
    stack->push(new RemoveNode(m_document.get(), port1));
    stack->push(new SetAddress(m_document.get(), disk, PciAddress{0, 0, 5, 0}));
    QCOMPARE(stack->count(), 6);
    const QByteArray edited = m_document->toXml();
    QVERIFY(edited != m_original);
    QVERIFY(DomainDocument::fromXml(edited, nullptr)); // still well-formed
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_document->toXml(), m_original);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(m_document->toXml(), edited);
}

void tst_Commands::invalidCommands_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("move the implicit root") << 0 << "implicit";
    QTest::newRow("clear a missing address") << 1 << "no address";
    QTest::newRow("add malformed XML") << 2 << "invalid device XML";
    QTest::newRow("remove the implicit root") << 3 << "added by libvirt";
}

void tst_Commands::invalidCommands()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    auto document = DomainDocument::fromXml("<domain><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                                            "<rng model='virtio'/></devices></domain>",
                                            nullptr);
    QVERIFY(document);
    const NodeId root = document->topology().controllerByIndex(0)->id;
    const NodeId rng = document->topology().devices().first().id;
    std::unique_ptr<TopologyCommand> command;
    switch (which) {
    case 0: command.reset(new SetAddress(document.get(), root, PciAddress{0, 0, 3, 0})); break;
    case 1: command.reset(new SetAddress(document.get(), rng, std::nullopt)); break;
    case 2: command.reset(new AddNode(document.get(), "<rng><oops></rng>")); break;
    case 3: command.reset(new RemoveNode(document.get(), root)); break;
    }
    QVERIFY(!command->isValid());
    QVERIFY2(command->error().contains(message), qPrintable(command->error()));
}

void tst_Commands::changedSignal()
{
    QSignalSpy spy(m_document.get(), &DomainDocument::changed);
    const NodeId disk = deviceAt("01:00.0");
    m_document->undoStack()->push(new SetAddress(m_document.get(), disk, PciAddress{0, 2, 0, 0}));
    QCOMPARE(spy.size(), 1);
    const auto change = spy.takeFirst().at(0).value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::NodesMoved);
    QCOMPARE(change.nodes, QList<NodeId>{disk});
    QCOMPARE(change.buses, (QList<int>{1, 2})); // where it was, where it is
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());
}

void tst_Commands::elementXmlIsDedented()
{
    const NodeId disk = deviceAt("01:00.0");
    QCOMPARE(m_document->elementXml(disk),
             QByteArray("<disk type='file' device='disk'>\n"
                        "  <target dev='vda' bus='virtio'/>\n"
                        "  <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>\n"
                        "</disk>"));
    // A node libvirt adds by itself has no XML.
    QVERIFY(m_document->elementXml(NodeId()).isEmpty());
}

void tst_Commands::replaceNodeChangesOnlyItsElement()
{
    // The XML pane's Apply: the disk's element replaced in place, indented like its siblings;
    // the comment after it and every other byte stay; undo gives the original bytes back.
    const NodeId disk = deviceAt("01:00.0");
    auto *command = new ReplaceNode(m_document.get(), disk,
                                    "<disk type='file' device='disk'>\n"
                                    "<target dev='vdb'   bus='virtio'/>\n"
                                    "  <address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>\n"
                                    "</disk>");
    QVERIFY2(command->isValid(), qPrintable(command->error()));
    const NodeId replaced = command->node();
    m_document->undoStack()->push(command);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QByteArray expected = m_original;
    expected.replace("<target dev='vda' bus='virtio'/>\n"
                     "      <address type='pci' domain='0x0000' bus='0x01'",
                     "<target dev='vdb' bus='virtio'/>\n"
                     "      <address type='pci' domain='0x0000' bus='0x02'");
    QCOMPARE(m_document->toXml(), expected);
    QCOMPARE(m_document->topology().labelOf(replaced), QStringLiteral("disk vdb"));
    QCOMPARE(m_document->topology().addressOf(replaced), std::optional<PciAddress>(PciAddress{0, 2, 0, 0}));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->toXml(), expected);
}

void tst_Commands::replaceNodeKeepsComments()
{
    // A comment inside the edited element stays, on a line of its own like its siblings.
    const NodeId disk = deviceAt("01:00.0");
    auto *command = new ReplaceNode(m_document.get(), disk,
                                    "<disk type='file' device='disk'><!-- the boot disk -->"
                                    "<target dev='vda' bus='virtio'/>"
                                    "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"
                                    "</disk>");
    QVERIFY2(command->isValid(), qPrintable(command->error()));
    m_document->undoStack()->push(command);
    QByteArray expected = m_original;
    expected.replace("<disk type='file' device='disk'>\n",
                     "<disk type='file' device='disk'>\n"
                     "      <!-- the boot disk -->\n");
    QCOMPARE(m_document->toXml(), expected);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toXml(), m_original);
}

void tst_Commands::replaceNodeRefusesBadXml_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("not closed") << QByteArray("<disk type='file'>\n  <target dev='vda'>\n</disk>") << 3 << "";
    QTest::newRow("another element") << QByteArray("<rng model='virtio'/>") << 0 << "<disk>";
    QTest::newRow("two elements") << QByteArray("<disk/><disk/>") << 1 << "";
}

void tst_Commands::replaceNodeRefusesBadXml()
{
    QFETCH(QByteArray, fragment);
    QFETCH(int, line);
    QFETCH(QString, says);
    ReplaceNode command(m_document.get(), deviceAt("01:00.0"), fragment);
    QVERIFY(!command.isValid());
    QCOMPARE(command.errorLine(), line);
    QVERIFY2(command.error().contains(says), qPrintable(command.error()));
    QCOMPARE(m_document->toXml(), m_original);
}

QTEST_GUILESS_MAIN(tst_Commands)
#include "tst_commands.moc"
