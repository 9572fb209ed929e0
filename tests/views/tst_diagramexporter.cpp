#include "../Corpus.h"
#include "DiagramExporter.h"
#include "DomainDocument.h"
#include "layout/GraphLayout.h"
#include "rules/RuleChecker.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QBuffer>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pcitopo;

/** Every format, checked the way a reader of the file would: parsed, measured, counted. */
class tst_DiagramExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svg_data();
    void svg();
    void png();
    void pdf();
    void dot_data();
    void dot();
    void noSecrets();
    void goldenKeysAndIds();
    void smallScaleIsAMiniature();

private:
    static std::unique_ptr<DomainDocument> load(const QString &path);
    QByteArray render(DomainDocument *d, DiagramExporter::Format f, qreal scale = 2.0);
    void domains();
};

void tst_DiagramExporter::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable("dot").isEmpty(),
             "Graphviz (dot) is missing: run installer/install-deps.sh");
    QVERIFY2(!test::corpusFiles().isEmpty(), "the corpus is missing");
}

std::unique_ptr<DomainDocument> tst_DiagramExporter::load(const QString &path)
{
    return DomainDocument::fromFile(path, nullptr);
}

QByteArray tst_DiagramExporter::render(DomainDocument *d, DiagramExporter::Format f, qreal scale)
{
    DiagramExporter::Options options;
    options.scale = scale;
    QString error;
    const QByteArray bytes = DiagramExporter::render(d, f, options, &error);
    if (bytes.isEmpty())
        qWarning("render failed: %s", qPrintable(error));
    return bytes;
}

/** The demo and one domain of each machine type. */
void tst_DiagramExporter::domains()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("demo q35 GPU passthrough") << PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml";
    const QString c = test::corpusDir();
    QTest::newRow("pc with bridges and pxb") << c + "/generated/input/gen-pc-s1-1.xml";
    QTest::newRow("q35 with switch and expander") << c + "/generated/input/gen-q35-s1-12.xml";
    QTest::newRow("aarch64 virt") << c + "/generated/input/gen-virt-s1-119.xml";
    QTest::newRow("pseries with PHBs") << c + "/generated/input/gen-pseries-s1-10.xml";
    QTest::newRow("libvirt pci-expander-bus, placed by libvirt")
        << c + "/libvirt-9.0/libvirt-output/argv--pci-expander-bus.xml";
    QTest::newRow("libvirt pcie-expander-bus on aarch64")
        << c + "/libvirt-9.0/libvirt-output/argv--pcie-expander-bus-aarch64.xml";
}

void tst_DiagramExporter::svg_data()
{
    domains();
}

void tst_DiagramExporter::svg()
{
    QFETCH(QString, path);
    auto document = load(path);
    QVERIFY2(document, qPrintable(path));
    const QByteArray svg = render(document.get(), DiagramExporter::Format::Svg);
    QXmlStreamReader reader(svg);
    QSet<QString> ids;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.attributes().hasAttribute("id"))
            ids.insert(reader.attributes().value("id").toString());
        if (reader.isCharacters())
            text += reader.text().toString() + ' ';
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    // Each kind icon is defined once and every box refers to one that is.
    QStringList defined;
    int uses = 0;
    QXmlStreamReader icons(svg);
    while (!icons.atEnd()) {
        icons.readNext();
        if (!icons.isStartElement())
            continue;
        const QString id = icons.attributes().value("id").toString();
        if (id.startsWith(QLatin1String("icon-"))) {
            QVERIFY2(!defined.contains(id), qPrintable("defined twice: " + id));
            defined << id;
        }
        if (icons.name() == QLatin1String("use")) {
            ++uses;
            const QString href = icons.attributes().value("http://www.w3.org/1999/xlink", "href").toString();
            QVERIFY2(defined.contains(href.mid(1)), qPrintable("refers to an undefined icon: " + href));
        }
    }
    QVERIFY(!defined.isEmpty());
    QVERIFY(uses >= defined.size());
    // Written as it goes onto a device, the same bytes.
    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(DiagramExporter::write(document.get(), DiagramExporter::Format::Svg, {}, &streamed, &error));
    QCOMPARE(streamed.data(), svg);
    const Topology &t = document->topology();
    const GraphLayout layout = GraphLayout::compute(t);
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
        const QString id = DiagramExporter::elementId(t, it.key());
        QVERIFY2(ids.contains(id), qPrintable("missing element " + id));
        QVERIFY2(text.contains(t.labelOf(it.key())), qPrintable("missing label " + t.labelOf(it.key())));
    }
    QVERIFY(text.contains("Legend"));
    QVERIFY(text.contains(document->displayName()));
    // Stable: the same domain gives the same SVG.
    auto again = load(path);
    QCOMPARE(render(again.get(), DiagramExporter::Format::Svg), svg);
}

void tst_DiagramExporter::png()
{
    auto document = load(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QImage one = QImage::fromData(render(document.get(), DiagramExporter::Format::Png, 1.0), "PNG");
    QImage two = QImage::fromData(render(document.get(), DiagramExporter::Format::Png, 2.0), "PNG");
    QVERIFY(!one.isNull() && !two.isNull());
    QVERIFY(one.width() > 500 && one.height() > 500);
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 1);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 1);
    // Not blank: the diagram's ink is there.
    int dark = 0;
    for (int y = 0; y < one.height(); y += 4)
        for (int x = 0; x < one.width(); x += 4)
            dark += qGray(one.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 100);
}

void tst_DiagramExporter::pdf()
{
    auto document = load(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    const QByteArray pdf = render(document.get(), DiagramExporter::Format::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void tst_DiagramExporter::dot_data()
{
    domains();
}

void tst_DiagramExporter::dot()
{
    QFETCH(QString, path);
    auto document = load(path);
    QVERIFY(document);
    const QByteArray dot = render(document.get(), DiagramExporter::Format::Dot);
    QProcess graphviz;
    graphviz.start("dot", {"-Tplain"});
    graphviz.write(dot);
    graphviz.closeWriteChannel();
    QVERIFY(graphviz.waitForFinished(30000));
    QVERIFY2(graphviz.exitCode() == 0, graphviz.readAllStandardError().constData());
    int nodes = 0, edges = 0;
    for (const QByteArray &line : graphviz.readAllStandardOutput().split('\n')) {
        nodes += line.startsWith("node ") ? 1 : 0;
        edges += line.startsWith("edge ") ? 1 : 0;
    }
    const GraphLayout layout = GraphLayout::compute(document->topology());
    QCOMPARE(nodes, int(layout.nodes.size()));
    QCOMPARE(edges, int(layout.edges.size()));
}

void tst_DiagramExporter::noSecrets()
{
    QByteArray xml =
        "<domain type='kvm'><name>secretive</name><os><type arch='x86_64' machine='q35'>hvm</type></os><devices>"
        "<graphics type='vnc' passwd='hunter2-password'/>"
        "<disk type='network' device='disk'><source protocol='rbd' name='pool/vol'><auth username='u'>"
        "<secret type='ceph' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></auth></source>"
        "<target dev='vda' bus='virtio'/><address type='pci' bus='0' slot='5'/></disk></devices></domain>";
    auto document = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(document);
    for (auto format : {DiagramExporter::Format::Svg, DiagramExporter::Format::Dot, DiagramExporter::Format::Pdf}) {
        const QByteArray bytes = render(document.get(), format);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("hunter2"));
        QVERIFY(!bytes.contains("0a81f5b2"));
    }
}

/**
 * The identities users and tools keep across runs: every finding's key (SARIF's fingerprint)
 * and every exported element id, for a few corpus domains, pinned in tests/golden. They are made
 * from untranslated keys, so they must not change with the language or with other nodes. After a
 * deliberate change, PCITOPO_UPDATE_GOLDEN=1 rewrites the file; review its diff.
 */
void tst_DiagramExporter::goldenKeysAndIds()
{
    const QStringList domains{"libvirt-9.0/input/argv--q35-pcie.xml", "libvirt-9.0/input/argv--pseries-hostdevs-2.xml",
                              "libvirt-9.0/input/argv--pci-bridge.xml", "generated/input/gen-q35-s1-12.xml",
                              "libvirt-9.0/input/argv--usb-ich9-autoassign.xml"};
    QByteArray lines;
    for (const QString &name : domains) {
        QFile file(test::corpusDir() + QLatin1Char('/') + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto document = DomainDocument::fromXml(file.readAll(), nullptr);
        QVERIFY2(document, qPrintable(name));
        const Topology &t = document->topology();
        for (const Diagnostic &d : rules::checkTopology(t))
            lines += (name + QStringLiteral("\tfinding\t") + d.key + QLatin1Char('\n')).toUtf8();
        for (const Controller &c : t.controllers())
            lines +=
                (name + QStringLiteral("\tid\t") + DiagramExporter::elementId(t, c.id) + QLatin1Char('\n')).toUtf8();
        for (const Device &d : t.devices())
            lines +=
                (name + QStringLiteral("\tid\t") + DiagramExporter::elementId(t, d.id) + QLatin1Char('\n')).toUtf8();
    }
    QFile golden(QStringLiteral(PCITOPO_SOURCE_DIR "/tests/golden/keys-and-ids.tsv"));
    if (qEnvironmentVariableIsSet("PCITOPO_UPDATE_GOLDEN")) {
        QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(lines);
        golden.close();
    }
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QList<QByteArray> expected = golden.readAll().split('\n');
    const QList<QByteArray> actual = lines.split('\n');
    for (const QByteArray &line : actual)
        if (!expected.contains(line))
            qWarning("not in the golden file: %s", line.constData());
    QCOMPARE(actual, expected);
    QVERIFY(actual.size() > 60);

    // The same in German: keys and ids are not translated.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(PCITOPO_QM_DIR "/pcitopo_de.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(rules::findRule(QStringLiteral("address-syntax"))->title(), QStringLiteral("Unlesbare Adresse"));
    QFile file(test::corpusDir() + QLatin1Char('/') + domains.at(3));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto document = DomainDocument::fromXml(file.readAll(), nullptr);
    QByteArray german;
    for (const Diagnostic &d : rules::checkTopology(document->topology()))
        german += (domains.at(3) + QStringLiteral("\tfinding\t") + d.key + QLatin1Char('\n')).toUtf8();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!german.isEmpty());
    QVERIFY2(lines.contains(german), german.constData());
}

void tst_DiagramExporter::smallScaleIsAMiniature()
{
    // A PNG at scale 0.5 is the scale-1 picture made smaller, every line of every box in it,
    // not the zoomed-out view (titles alone, drawn big enough to read on screen).
    auto document = load(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    QVERIFY(document);
    QImage full, half;
    QVERIFY(full.loadFromData(render(document.get(), DiagramExporter::Format::Png, 1.0)));
    QVERIFY(half.loadFromData(render(document.get(), DiagramExporter::Format::Png, 0.5)));
    QVERIFY(qAbs(half.width() - full.width() / 2) <= 1);
    const QImage shrunk = full.scaled(half.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Grayscale8);
    const QImage small = half.convertToFormat(QImage::Format_Grayscale8);
    double difference = 0;
    for (int y = 0; y < small.height(); ++y) {
        const uchar *a = small.constScanLine(y), *b = shrunk.constScanLine(y);
        for (int x = 0; x < small.width(); ++x)
            difference += qAbs(int(a[x]) - int(b[x]));
    }
    difference /= 255.0 * small.width() * small.height();
    // Measured: 0.01 as a miniature; 0.04 when boxes drew their titles alone.
    QVERIFY2(difference < 0.02, qPrintable(QString::number(difference)));

    // The Export dialog's preview is that miniature too (the PNG's default scale is 2).
    QSizeF units;
    const QImage preview = DiagramExporter::preview(document.get(), {}, half.size(), &units);
    QVERIFY(qAbs(preview.width() - half.width()) <= 1 && qAbs(preview.height() - half.height()) <= 1);
    QVERIFY(qAbs(units.width() - full.width()) <= 1);
    const QImage previewGrey = preview.convertToFormat(QImage::Format_Grayscale8);
    double previewDifference = 0;
    const int w = std::min(previewGrey.width(), small.width()), h = std::min(previewGrey.height(), small.height());
    for (int y = 0; y < h; ++y) {
        const uchar *a = previewGrey.constScanLine(y), *b = small.constScanLine(y);
        for (int x = 0; x < w; ++x)
            previewDifference += qAbs(int(a[x]) - int(b[x]));
    }
    previewDifference /= 255.0 * w * h;
    QVERIFY2(previewDifference < 0.02, qPrintable(QString::number(previewDifference)));
}

QTEST_MAIN(tst_DiagramExporter)
#include "tst_diagramexporter.moc"
