// What ships beside the code: the German catalogue (complete, consistent, and found at run
// time under the contexts lupdate gave it), the kind icons, and the symbols page.

#include "CommandLine.h"
#include "DiagramExporter.h"
#include "DomainDocument.h"
#include "KindIcons.h"
#include "MainWindow.h"
#include "SymbolsDialog.h"
#include "TopologyTreeModel.h"
#include "host/HostInventory.h"
#include "rules/RuleChecker.h"

#include <QBuffer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pcitopo;

class tst_Shipping : public QObject
{
    Q_OBJECT

private slots:
    // First: the rule registry is built once per process, in the language of that moment.
    void germanIsUsedAtRunTime();
    void catalogueIsComplete();
    void englishPluralsAreComplete();
    void kindIconsRender();
    void treeShowsKindIcons();
    void symbolsPageMatchesTheLegend();
    void legendNeverOverlaps();
};

void tst_Shipping::catalogueIsComplete()
{
    QFile file(PCITOPO_SOURCE_DIR "/translations/pcitopo_de.ts");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    int same = 0;
    QString source;
    QStringList forms;
    bool numerus = false;
    QString translationType;
    QString translation;
    const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
    const auto placeholders = [&](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
            found << m.captured();
        found.removeDuplicates();
        found.sort();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!numerus)
                translation = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            QVERIFY2(translationType.isEmpty(),
                     qPrintable(QStringLiteral("%1 translation: %2").arg(translationType, source)));
            if (numerus) {
                QCOMPARE(forms.size(), 2); // German: singular and plural
                for (const QString &form : std::as_const(forms)) {
                    QVERIFY2(!form.isEmpty(), qPrintable(source));
                    QVERIFY2(form.contains(QLatin1String("%n")) == source.contains(QLatin1String("%n"))
                                 || form.count(QLatin1Char('%')) <= source.count(QLatin1Char('%')),
                             qPrintable(source));
                }
            } else {
                QVERIFY2(!translation.isEmpty(), qPrintable(source));
                QVERIFY2(placeholders(translation) == placeholders(source),
                         qPrintable(QStringLiteral("placeholders differ: %1 → %2").arg(source, translation)));
                same += translation == source;
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 600, "the catalogue lost its messages");
    // Only technical terms stay as they are (PHB, NUMA %1, hostdev %1, shortcuts, …).
    QVERIFY2(same < messages / 10, qPrintable(QString::number(same)));
}

void tst_Shipping::englishPluralsAreComplete()
{
    // Every %n message has its English singular and plural, and they are used: without them
    // English said "1 second(s)".
    QStringList problems;
    const auto numerusSources = [&problems](const char *path) {
        QFile file(QString::fromUtf8(path));
        QStringList sources;
        if (!file.open(QIODevice::ReadOnly))
            return sources;
        QXmlStreamReader xml(&file);
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (xml.isStartElement() && xml.name() == QLatin1String("source") && numerus)
                sources << xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")
                     && !xml.attributes().value(QLatin1String("type")).isEmpty())
                problems << QStringLiteral("%1: unfinished").arg(QString::fromUtf8(path));
            else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")
                     && xml.readElementText().isEmpty())
                problems << QStringLiteral("%1: an empty plural form").arg(QString::fromUtf8(path));
        }
        sources.sort();
        return sources;
    };
    const QStringList english = numerusSources(PCITOPO_SOURCE_DIR "/translations/pcitopo_en.ts");
    QVERIFY(english.size() > 10);
    QCOMPARE(english, numerusSources(PCITOPO_SOURCE_DIR "/translations/pcitopo_de.ts"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QTranslator plurals;
    QVERIFY(plurals.load(QStringLiteral(PCITOPO_QM_DIR "/pcitopo_en.qm")));
    const char *text = "no answer within %n second(s) (the host may be down, or a firewall may drop the connection)";
    QVERIFY(plurals.translate("pcitopo::VirtConnection", text, nullptr, 1).startsWith("no answer within %n second ("));
    QVERIFY(plurals.translate("pcitopo::VirtConnection", text, nullptr, 3).startsWith("no answer within %n seconds ("));
}

void tst_Shipping::kindIconsRender()
{
    const QList<KindIcons::Meaning> meanings = KindIcons::meanings();
    QCOMPARE(meanings.size(), 18);
    QSet<QString> paths;
    for (const KindIcons::Meaning &m : meanings) {
        paths.insert(m.path);
        const QIcon icon = KindIcons::icon(m.path);
        QVERIFY2(!icon.isNull(), qPrintable(m.path));
        // Scalable: sharp at 16 and at 64 pixels (high DPI), and not blank.
        for (int size : {16, 64}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            int painted = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted > size * size / 20, qPrintable(m.path));
        }
    }
    QCOMPARE(paths.size(), meanings.size()); // one icon per meaning
}

void tst_Shipping::treeShowsKindIcons()
{
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto document = DomainDocument::fromXml(file.readAll(), nullptr);
    TopologyTreeModel model;
    model.setDocument(document.get());
    int withIcon = 0;
    for (const Device &d : document->topology().devices()) {
        const QModelIndex index = model.indexOf(d.id);
        QVERIFY(index.isValid());
        withIcon += !index.data(Qt::DecorationRole).value<QIcon>().isNull();
    }
    QCOMPARE(withIcon, document->topology().devices().size());
    const NodeId disk = document->topology().nodesAt({0, 4, 0, 0}).first();
    QCOMPARE(KindIcons::devicePath(*document->topology().device(disk)), QStringLiteral(":/icons/device-disk.svg"));
    model.setDocument(nullptr);
}

void tst_Shipping::symbolsPageMatchesTheLegend()
{
    SymbolsDialog dialog;
    QStringList pageTexts;
    for (QGraphicsItem *item : dialog.legendScene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            pageTexts << text->text();
    }
    // Every legend line of an exported SVG is on the page, and the other way round.
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto document = DomainDocument::fromXml(file.readAll(), nullptr);
    QString error;
    const QByteArray svg = DiagramExporter::render(document.get(), DiagramExporter::Format::Svg, {}, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QVERIFY(pageTexts.size() > 25);
    for (const QString &text : std::as_const(pageTexts))
        QVERIFY2(svg.contains(text.toHtmlEscaped().toUtf8()), qPrintable(text));
    for (const KindIcons::Meaning &m : KindIcons::meanings())
        QVERIFY2(pageTexts.contains(m.brief), qPrintable(m.brief));
    QVERIFY(!svg.contains("<image")); // icons are vectors in exports
    // The page's icon list has every kind.
    auto *icons = dialog.findChild<QListWidget *>(QStringLiteral("KindIcons"));
    QVERIFY(icons);
    QCOMPARE(icons->count(), KindIcons::meanings().size());
}

void tst_Shipping::germanIsUsedAtRunTime()
{
    // The registry is built in English first; its texts must still follow the language.
    QCOMPARE(rules::findRule(QStringLiteral("address-syntax"))->title(), QStringLiteral("Unreadable address"));
    auto *translator = new QTranslator(qApp);
    QVERIFY(translator->load(QStringLiteral(PCITOPO_QM_DIR "/pcitopo_de.qm")));
    QCoreApplication::installTranslator(translator);

    // One string from each context kind: a widget class, namespaced helpers, rule registry.
    MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"}));
    QCOMPARE(rules::findRule(QStringLiteral("address-syntax"))->title(), QStringLiteral("Unlesbare Adresse"));
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("Warnung"));
    SymbolsDialog symbols;
    QCOMPARE(symbols.windowTitle(), QStringLiteral("Was bedeuten diese Symbole?"));
    QCOMPARE(KindIcons::meanings().first().brief, QStringLiteral("Wurzelbus"));
    HostDevice gpu;
    gpu.classCode = 0x030000;
    QCOMPARE(gpu.className(), QStringLiteral("VGA-kompatibler Controller"));

    // The checker's findings (pcitopo::rules) and labels (pcitopo::Topology).
    QFile file(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    xml.replace("bus='0x04' slot='0x00' function='0x0'/>\n    </disk>",
                "bus='0x04' slot='0x03' function='0x0'/>\n    </disk>");
    auto document = DomainDocument::fromXml(xml, nullptr);
    QVERIFY(document);
    const QList<Diagnostic> findings = rules::checkTopology(document->topology());
    QVERIFY(!findings.isEmpty());
    QVERIFY2(findings.first().message.contains(QStringLiteral("Steckplatz")), qPrintable(findings.first().message));
    bool usbLabel = false;
    for (const Device &d : document->topology().devices())
        usbLabel = usbLabel || d.label == QStringLiteral("usb-Controller 0");
    QVERIFY(usbLabel);

    // The command line (pcitopo::cli).
    QBuffer in, out, err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    QCOMPARE(cli::run({"check"}, &in, &out, &err), 4);
    QVERIFY2(err.data().contains("check braucht mindestens eine Datei"), err.data().constData());
    QCoreApplication::removeTranslator(translator);
}

namespace {

/** Pairs of legend items whose areas overlap: text on text, or text on a sample. */
QStringList legendOverlaps(const QString &language)
{
    QGraphicsScene scene;
    DiagramExporter::drawLegend(scene, 0, QPointF(0, 0));
    QList<QGraphicsItem *> items = scene.items();
    QStringList overlaps;
    auto name = [](QGraphicsItem *item) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        return text
            ? text->text()
            : QStringLiteral("a sample at %1,%2").arg(item->sceneBoundingRect().x()).arg(item->sceneBoundingRect().y());
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            // A sample's pen may touch the next: only a real overlap counts.
            const QRectF a = items[i]->sceneBoundingRect().adjusted(1, 1, -1, -1);
            const QRectF b = items[j]->sceneBoundingRect().adjusted(1, 1, -1, -1);
            if (a.intersects(b))
                overlaps << QStringLiteral("%1: \"%2\" over \"%3\"").arg(language, name(items[i]), name(items[j]));
        }
    }
    return overlaps;
}

} // namespace

void tst_Shipping::legendNeverOverlaps()
{
    // The columns are laid out from measured text widths: German is a fifth longer.
    QStringList overlaps = legendOverlaps(QStringLiteral("en"));
    auto *translator = new QTranslator(qApp);
    QVERIFY(translator->load(QStringLiteral(PCITOPO_QM_DIR "/pcitopo_de.qm")));
    QCoreApplication::installTranslator(translator);
    overlaps << legendOverlaps(QStringLiteral("de"));
    {
        QGraphicsScene scene;
        DiagramExporter::drawLegend(scene, 0, QPointF(0, 0));
        bool german = false;
        for (QGraphicsItem *item : scene.items()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                german |= text->text() == QStringLiteral("Legende");
        }
        QVERIFY(german); // the German catalogue was really used
    }
    QCoreApplication::removeTranslator(translator);
    delete translator;
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Shipping)
#include "tst_shipping.moc"
