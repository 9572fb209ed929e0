#include "../Corpus.h"
#include "DomainDocument.h"
#include "commands/SetAddress.h"

#include <QFile>
#include <QTest>

using namespace pcitopo;

/**
 * Every domain of shared/corpus: loading and saving gives the same bytes; moving one addressed
 * device changes only its address line; undo gives the original bytes, redo the edited ones.
 */
class tst_XmlRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    int m_moved = 0;
};

void tst_XmlRoundTrip::initTestCase()
{
    QVERIFY2(test::corpusFiles().size() > 1000,
             qPrintable(QStringLiteral("the corpus is missing or incomplete at %1").arg(test::corpusDir())));
}

void tst_XmlRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QFileInfo &file : test::corpusFiles())
        QTest::newRow(test::rowName(file).constData()) << file.absoluteFilePath();
}

/** A different slot on the same bus, still inside 0–31. */
static PciAddress elsewhere(PciAddress address)
{
    address.slot = address.slot == 0x1f ? 0x1e : address.slot + 1;
    return address;
}

void tst_XmlRoundTrip::roundTrip()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();

    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(original, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->toXml(), original);

    // The first node with a PCI address, device or controller.
    NodeId moved;
    for (const Device &device : document->topology().devices()) {
        if (device.address) {
            moved = device.id;
            break;
        }
    }
    for (const Controller &controller : document->topology().controllers()) {
        if (!moved.isValid() && controller.address)
            moved = controller.id;
    }
    if (!moved.isValid())
        return; // nothing addressed to move: the byte round trip above is the whole check

    const PciAddress from = *document->topology().addressOf(moved);
    const PciAddress to = elsewhere(from);
    const int addressLine = document->topology().element(moved).firstChildElement("address").line();
    auto *command = new SetAddress(document.get(), moved, to);
    QVERIFY2(command->isValid(), qPrintable(command->error()));
    document->undoStack()->push(command);
    const QByteArray edited = document->toXml();
    QCOMPARE(document->topology().addressOf(moved), std::optional<PciAddress>(to));

    const QList<QByteArray> before = original.split('\n');
    const QList<QByteArray> after = edited.split('\n');
    QCOMPARE(after.size(), before.size());
    QList<int> changed;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i] != after[i])
            changed.append(i + 1);
    }
    QCOMPARE(changed, QList<int>{addressLine});
    QVERIFY2(after[addressLine - 1].contains("<address"), after[addressLine - 1].constData());

    document->undoStack()->undo();
    QCOMPARE(document->toXml(), original);
    QCOMPARE(document->topology().addressOf(moved), std::optional<PciAddress>(from));
    document->undoStack()->redo();
    QCOMPARE(document->toXml(), edited);
    ++m_moved;
}

QTEST_GUILESS_MAIN(tst_XmlRoundTrip)
#include "tst_xmlroundtrip.moc"
