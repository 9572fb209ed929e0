#include "DomainDocument.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"

#include <QFile>
#include <QTest>

using namespace pcitopo;
using rules::SlotRef;

/** canAttach (drag feedback) and the guest's bus numbering. */
class tst_CanAttach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drop_data();
    void drop();
    void groupKeepsItsFunctions();
    void guestNumbering_data();
    void guestNumbering();

private:
    std::unique_ptr<DomainDocument> m_demo;
    NodeId at(const char *address) const;
};

void tst_CanAttach::initTestCase()
{
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_demo = DomainDocument::fromXml(file.readAll(), nullptr);
    QVERIFY(m_demo);
}

NodeId tst_CanAttach::at(const char *address) const
{
    const QList<NodeId> nodes = m_demo->topology().nodesAt(*PciAddress::fromString(QLatin1String(address)));
    return nodes.isEmpty() ? NodeId() : nodes.first();
}

void tst_CanAttach::drop_data()
{
    QTest::addColumn<QString>("node"); // libvirt address of the dragged node
    QTest::addColumn<int>("bus");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("function");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");

    QTest::newRow("disk into the empty root port") << "04:00.0" << 8 << 0 << 0 << true << "";
    QTest::newRow("disk onto pcie-root as integrated device") << "04:00.0" << 0 << 5 << 0 << true << "";
    QTest::newRow("disk into slot 1 of a root port") << "04:00.0" << 8 << 1 << 0 << false << "offers only slot 0";
    QTest::newRow("disk onto the NIC") << "04:00.0" << 1 << 0 << 0 << false << "is taken by interface";
    QTest::newRow("disk onto the chipset's SMBus")
        << "04:00.0" << 0 << 0x1f << 3 << false << "reserved for the chipset";
    QTest::newRow("disk onto a bus that does not exist")
        << "04:00.0" << 42 << 0 << 0 << false << "No controller provides bus 42";
    QTest::newRow("disk onto slot 0 of pcie-root") << "04:00.0" << 0 << 0 << 0 << false << "offers slots 1 to 31";
    QTest::newRow("root port into another root port") << "00:02.7" << 7 << 0 << 1 << false << "pcie-root-port";
    QTest::newRow("root port to a free pcie-root slot") << "00:02.7" << 0 << 3 << 0 << true << "";
    QTest::newRow("disk onto itself") << "04:00.0" << 4 << 0 << 0 << true << "";
}

void tst_CanAttach::drop()
{
    QFETCH(QString, node);
    QFETCH(int, bus);
    QFETCH(int, slot);
    QFETCH(int, function);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const NodeId id = at(node.toLatin1().constData());
    QVERIFY(id.isValid());
    const rules::AttachVerdict verdict = rules::canAttach(m_demo->topology(), {id}, SlotRef{bus, slot, function});
    QCOMPARE(verdict.allowed, allowed);
    if (allowed) {
        QCOMPARE(verdict.addresses, (QList<PciAddress>{{0, quint32(bus), quint32(slot), quint32(function)}}));
        QVERIFY(verdict.reason.isEmpty());
    } else {
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
    }
}

void tst_CanAttach::groupKeepsItsFunctions()
{
    // The GPU (05:00.0) and its audio (05:00.1) dragged together into the empty port 8.
    const QList<NodeId> gpu{at("05:00.0"), at("05:00.1")};
    const rules::AttachVerdict verdict = rules::canAttach(m_demo->topology(), gpu, SlotRef{8, 0, 0});
    QVERIFY2(verdict.allowed, qPrintable(verdict.reason));
    QCOMPARE(verdict.addresses, (QList<PciAddress>{{0, 8, 0, 0}, {0, 8, 0, 1}}));
    // Anchored at function 7 the audio function would need function 8.
    QVERIFY(!rules::canAttach(m_demo->topology(), gpu, SlotRef{8, 0, 7}).allowed);
    // A controller cannot go behind itself: root port 5 into its own bus.
    const NodeId port5 = m_demo->topology().controllerByIndex(5)->id;
    const rules::AttachVerdict loop = rules::canAttach(m_demo->topology(), {port5}, SlotRef{5, 0, 2});
    QVERIFY(!loop.allowed);
}

void tst_CanAttach::guestNumbering_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("libvirtAddress");
    QTest::addColumn<QString>("guestAddress");
    const QByteArray q35 =
        "<domain type='kvm'><name>g</name><os><type arch='x86_64' machine='q35'>hvm</type></os><devices>\n";
    // Indexes in reverse order of the firmware's walk: guest numbers follow slots, not indexes.
    QTest::newRow("root ports numbered in slot order, not index order") << q35
            + "<controller type='pci' index='1' model='pcie-root-port'><address type='pci' bus='0' "
              "slot='3'/></controller>\n"
              "<controller type='pci' index='2' model='pcie-root-port'><address type='pci' bus='0' "
              "slot='2'/></controller>\n"
              "<rng model='virtio'><address type='pci' bus='1' slot='0'/></rng></devices></domain>"
                                                                        << "01:00.0"
                                                                        << "0000:02:00.0";
    QTest::newRow("behind a pcie-expander-bus: busNr and up") << q35
            + "<controller type='pci' index='1' model='pcie-expander-bus'><target busNr='200'/><address type='pci' "
              "bus='0' slot='4'/></controller>\n"
              "<controller type='pci' index='2' model='pcie-root-port'><address type='pci' bus='1' "
              "slot='0'/></controller>\n"
              "<rng model='virtio'><address type='pci' bus='2' slot='0'/></rng></devices></domain>"
                                                              << "02:00.0"
                                                              << "0000:c9:00.0";
    QTest::newRow("pxb on pc: devices on its hidden bridge, busNr + 1")
        << QByteArray("<domain type='kvm'><name>g</name><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>\n"
                      "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='252'/><address "
                      "type='pci' bus='0' slot='4'/></controller>\n"
                      "<rng model='virtio'><address type='pci' bus='1' slot='3'/></rng></devices></domain>")
        << "01:03.0"
        << "0000:fd:03.0";
    QTest::newRow("pseries: a PHB is its own PCI domain") << QByteArray(
        "<domain type='kvm'><name>g</name><os><type arch='ppc64' machine='pseries'>hvm</type></os><devices>\n"
        "<controller type='pci' index='1' model='pci-root'><target index='3'/></controller>\n"
        "<rng model='virtio'><address type='pci' bus='1' slot='2'/></rng></devices></domain>")
                                                          << "01:02.0"
                                                          << "0003:00:02.0";
}

void tst_CanAttach::guestNumbering()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, libvirtAddress);
    QFETCH(QString, guestAddress);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const QList<NodeId> nodes = document->topology().nodesAt(*PciAddress::fromString(libvirtAddress));
    QCOMPARE(nodes.size(), 1);
    const rules::GuestNumbering numbering = rules::numberGuestBuses(document->topology());
    QVERIFY(numbering.address.contains(nodes.first()));
    QCOMPARE(numbering.address.value(nodes.first()).toString(), guestAddress);
}

QTEST_GUILESS_MAIN(tst_CanAttach)
#include "tst_canattach.moc"
