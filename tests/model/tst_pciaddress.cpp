#include "PciAddress.h"

#include <QTest>

using namespace pcitopo;

class tst_PciAddress : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data();
    void fromString();
    void toString();
    void parseAttribute_data();
    void parseAttribute();
};

void tst_PciAddress::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("short form") << "01:00.0" << true << "0000:01:00.0";
    QTest::newRow("with domain") << "0000:05:1f.7" << true << "0000:05:1f.7";
    QTest::newRow("upper-case hex") << "0A:1F.3" << true << "0000:0a:1f.3";
    QTest::newRow("single digits") << "1:2.3" << true << "0000:01:02.3";
    QTest::newRow("surrounding blanks") << "  02:03.1 " << true << "0000:02:03.1";
    QTest::newRow("function 8") << "00:01.8" << false << "";
    QTest::newRow("slot 0x20") << "00:20.0" << false << "";
    QTest::newRow("missing function") << "00:01" << false << "";
    QTest::newRow("not hex") << "0g:01.0" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("libvirt attribute form") << "bus='0x01'" << false << "";
}

void tst_PciAddress::fromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const std::optional<PciAddress> address = PciAddress::fromString(text);
    QCOMPARE(address.has_value(), valid);
    if (valid)
        QCOMPARE(address->toString(), canonical);
}

void tst_PciAddress::toString()
{
    const PciAddress address{0, 0x1f, 0x1e, 7};
    QCOMPARE(address.toString(), QStringLiteral("0000:1f:1e.7"));
    QCOMPARE(address.toShortString(), QStringLiteral("1f:1e.7"));
    QVERIFY(address.sameSlot(PciAddress{0, 0x1f, 0x1e, 0}));
    QVERIFY(!address.sameSlot(PciAddress{0, 0x1f, 0x1d, 7}));
    QVERIFY((PciAddress{0, 1, 2, 0}) < (PciAddress{0, 1, 3, 0}));
}

void tst_PciAddress::parseAttribute_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<uint>("expected");

    QTest::newRow("hex") << "0x1f" << true << 31u;
    QTest::newRow("decimal") << "31" << true << 31u;
    QTest::newRow("octal, as libvirt's base-0 parse reads it") << "037" << true << 31u;
    QTest::newRow("zero") << "0x0" << true << 0u;
    QTest::newRow("absent means 0 (A15)") << QString() << true << 0u;
    QTest::newRow("bus 0x100 parses; range rules reject it") << "0x100" << true << 256u;
    QTest::newRow("negative") << "-1" << false << 0u;
    QTest::newRow("empty") << "" << false << 0u;
    QTest::newRow("words") << "two" << false << 0u;
    QTest::newRow("over 32 bits") << "0x100000000" << false << 0u;
}

void tst_PciAddress::parseAttribute()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(uint, expected);
    const std::optional<quint32> parsed = PciAddress::parseAttribute(value);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

QTEST_GUILESS_MAIN(tst_PciAddress)
#include "tst_pciaddress.moc"
