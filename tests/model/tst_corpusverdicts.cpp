#include "../Corpus.h"
#include "DomainDocument.h"
#include "rules/RuleChecker.h"

#include <QFile>
#include <QTest>

using namespace pcitopo;

/**
 * Agreement with real libvirt 9.0 over shared/corpus/SET/verdicts.tsv: every REJECT gets a
 * libvirt-error diagnostic about the same problem, every ACCEPT gets none (QEMU errors and
 * warnings are fine: libvirt accepts things QEMU refuses, reference §10). ENV and OTHER rows
 * are not PCI verdicts.
 */
class tst_CorpusVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void cleanupTestCase();

private:
    int m_accept = 0, m_acceptAgreed = 0, m_reject = 0, m_rejectAgreed = 0;
};

struct Row
{
    QString set;
    QString file;
    QString verdict;
    QString message;
};

static QList<Row> readVerdicts()
{
    QList<Row> rows;
    for (const char *set : {"libvirt-9.0", "generated"}) {
        QFile file(test::corpusDir() + QLatin1Char('/') + QLatin1String(set) + QStringLiteral("/verdicts.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QList<QByteArray> header = lines.value(0).split('\t');
        const int verdictColumn = int(header.indexOf("verdict"));
        const int messageColumn = int(header.indexOf("libvirt_message"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split('\t');
            if (cells.size() <= verdictColumn)
                continue;
            rows.append({QLatin1String(set), QString::fromUtf8(cells[0]), QString::fromUtf8(cells[verdictColumn]),
                         QString::fromUtf8(cells.value(messageColumn))});
        }
    }
    return rows;
}

/**
 * The rule that must fire for libvirt's message (reference §8), so that a REJECT is matched by
 * a finding about the same problem, not by any error.
 */
static QStringList expectedRules(const QString &message)
{
    const std::pair<const char *, QStringList> table[] = {
        {"must be <= 7", {QStringLiteral("address-range")}},
        {"must be <= 0x1F", {QStringLiteral("address-range")}},
        {"must be <= 0xFF", {QStringLiteral("address-range")}},
        {"slot must be >=", {QStringLiteral("slot-range")}},
        {"slot must be <=", {QStringLiteral("slot-range")}},
        {"busNr", {QStringLiteral("busnr-range")}},
        {"double use of PCI Address", {QStringLiteral("address-conflict")}},
        {"Multiple 'pci' controllers", {QStringLiteral("controller-index")}},
        {"must be model=", {QStringLiteral("root-controller")}},
        {"should not have an address", {QStringLiteral("root-controller")}},
        {"target index", {QStringLiteral("phb-target-index")}},
        {"index must be larger than bus", {QStringLiteral("bridge-index-order")}},
        {"cannot be plugged into", {QStringLiteral("connection")}},
        {"only supported on 440fx", {QStringLiteral("controller-machine")}},
        {"not supported with this machine type", {QStringLiteral("controller-machine")}},
        {"NUMA node", {QStringLiteral("controller-numa")}},
        {"Hostdev already exists", {QStringLiteral("hostdev-duplicate")}},
        {"Invalid address type 'pci'", {QStringLiteral("address-type")}},
        {"Unsupported address type", {QStringLiteral("address-type")}},
        {"needs to be an integrated device", {QStringLiteral("integrated-device")}},
        {"No more available PCI slots", {QStringLiteral("placement-refused")}},
        {"a PCI slot is needed to connect", {QStringLiteral("placement-refused")}},
        {"Cannot automatically add a new PCI bus", {QStringLiteral("placement-refused")}},
    };
    for (const auto &[fragment, rules] : table) {
        if (message.contains(QLatin1String(fragment)))
            return rules;
    }
    return {};
}

void tst_CorpusVerdicts::initTestCase()
{
    QVERIFY2(readVerdicts().size() > 800,
             qPrintable(QStringLiteral("the corpus verdicts are missing at %1").arg(test::corpusDir())));
}

void tst_CorpusVerdicts::verdict_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<QString>("message");
    for (const Row &row : readVerdicts()) {
        if (row.verdict != QLatin1String("ACCEPT") && row.verdict != QLatin1String("REJECT"))
            continue; // ENV, OTHER: not PCI verdicts
        const QString path = test::corpusDir() + QLatin1Char('/') + row.set + QStringLiteral("/input/") + row.file;
        QTest::newRow(qPrintable(row.set + QLatin1Char('/') + row.file))
            << path << (row.verdict == QLatin1String("REJECT")) << row.message;
    }
}

void tst_CorpusVerdicts::verdict()
{
    QFETCH(QString, path);
    QFETCH(bool, rejected);
    QFETCH(QString, message);
    QString error;
    auto document = DomainDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error));
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    QStringList errors;
    QSet<QString> errorRules;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::LibvirtError) {
            errors << d.ruleId + QStringLiteral(": ") + d.message;
            errorRules.insert(d.ruleId);
        }
    }
    if (rejected) {
        ++m_reject;
        const QStringList expected = expectedRules(message);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no rule known for libvirt's message: ") + message));
        bool matched = false;
        for (const QString &rule : expected)
            matched = matched || errorRules.contains(rule);
        QVERIFY2(
            matched,
            qPrintable(QStringLiteral("libvirt: %1\nexpected rule %2, pcitopo said: %3")
                           .arg(message, expected.join(QLatin1Char('|')),
                                errors.isEmpty() ? QStringLiteral("(no error)") : errors.join(QStringLiteral("; ")))));
        ++m_rejectAgreed;
    } else {
        ++m_accept;
        QVERIFY2(errors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt accepts it, pcitopo said: ") + errors.join(QStringLiteral("; "))));
        ++m_acceptAgreed;
    }
}

void tst_CorpusVerdicts::cleanupTestCase()
{
    qInfo("agreement: REJECT %d/%d, ACCEPT %d/%d", m_rejectAgreed, m_reject, m_acceptAgreed, m_accept);
}

QTEST_GUILESS_MAIN(tst_CorpusVerdicts)
#include "tst_corpusverdicts.moc"
