#include "../Corpus.h"
#include "DomainDocument.h"
#include "commands/ChangeChipset.h"
#include "libvirt/VirtConnection.h"
#include "placement/Convert.h"
#include "rules/RuleChecker.h"
#include "xml/XmlDocument.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>
#include <QUndoStack>

using namespace pcitopo;
using namespace pcitopo::test;

/**
 * pc ↔ q35 conversion against real libvirt 9.0 (qemu:///embed): every pc domain of the corpus
 * that libvirt accepted, as libvirt wrote it back, is converted to q35 and the q35 libvirt
 * defines from it back to pc. libvirt must accept both, and keep every device: the device keys,
 * the disk targets and the count of every other device element are compared before and after
 * (the chipset's own controllers aside: IDE 0 on pc, SATA 0 on q35).
 */
class tst_Convert : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void machineNames();
    void diskNameIndex();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void recommendedPolicy();
    void disksChangeBus();
    void refusesWhatPcCannotHave();
    void oneUndoStepAndNothingHalfDone();
    void cleanupTestCase();

private:
    std::unique_ptr<VirtConnection> m_libvirt;
    int m_converted = 0;
};

namespace {

/** What must survive a conversion: device keys, disk targets, the count of each other element. */
QStringList inventory(const QByteArray &xml)
{
    QString error;
    const auto document = DomainDocument::fromXml(xml, &error);
    if (!document)
        return {QStringLiteral("unreadable: ") + error};
    QStringList keys;
    for (const Device &d : document->topology().devices()) {
        const bool chipset = d.element == QLatin1String("controller")
            && (d.controllerType == QLatin1String("ide")
                || (d.controllerType == QLatin1String("sata") && d.controllerIndex == 0));
        if (!chipset)
            keys << d.key;
    }
    XmlParseError parseError;
    const auto dom = XmlDocument::parse(xml, &parseError);
    QMap<QString, int> counts;
    for (XmlNode e = dom->root().firstChildElement("devices").firstChildElement(); e; e = e.nextSiblingElement()) {
        if (e.is("controller"))
            continue;
        if (e.is("disk"))
            keys << QStringLiteral("disk target ") + e.firstChildElement("target").attribute("dev");
        if (e.is("interface"))
            keys << QStringLiteral("mac ") + e.firstChildElement("mac").attribute("address");
        ++counts[e.name()];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        keys << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    keys.sort();
    return keys;
}

QStringList libvirtErrors(const DomainDocument &document)
{
    QStringList errors;
    for (const Diagnostic &d : rules::checkTopology(document.topology()))
        if (d.severity == Severity::LibvirtError)
            errors << d.ruleId + QStringLiteral(": ") + d.message;
    return errors;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isPcMachine(const QString &machine)
{
    return machine == QLatin1String("pc") || machine.startsWith(QLatin1String("pc-i440fx"))
        || machine.startsWith(QLatin1String("pc-0")) || machine.startsWith(QLatin1String("pc-1"));
}

} // namespace

void tst_Convert::initTestCase()
{
    const QString root = QStringLiteral("/tmp/pcitopo-embed-convert");
    QDir().mkpath(root);
    QString error;
    m_libvirt = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(m_libvirt, qPrintable(error));
    for (const QString &name : m_libvirt->domainNames())
        m_libvirt->undefine(name);
}

void tst_Convert::machineNames()
{
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("pc-i440fx-7.2"), MachineFamily::Q35),
             QStringLiteral("pc-q35-7.2"));
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("pc-i440fx-2.4"), MachineFamily::Q35),
             QStringLiteral("pc-q35-2.4"));
    // QEMU 7.2 has no q35 machine older than 2.4: the alias.
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("pc-i440fx-2.1"), MachineFamily::Q35),
             QStringLiteral("q35"));
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("pc"), MachineFamily::Q35), QStringLiteral("q35"));
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("pc-q35-4.2"), MachineFamily::Pc),
             QStringLiteral("pc-i440fx-4.2"));
    QCOMPARE(ChangeChipset::convertedMachine(QStringLiteral("q35"), MachineFamily::Pc), QStringLiteral("pc"));
}

void tst_Convert::diskNameIndex()
{
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("hda")), 0);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("hdc")), 2);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("sdz")), 25);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("sdaa")), 26);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("xvdb")), 1);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("hda1")), 0);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("cdrom")), -1);
    QCOMPARE(ChangeChipset::diskNameIndex(QStringLiteral("hd")), -1);
}

void tst_Convert::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(corpusDir());
    int rows = 0;
    for (const char *set : {"libvirt-9.0", "generated"}) {
        QFile verdicts(corpus.filePath(QLatin1String(set) + QStringLiteral("/verdicts.tsv")));
        QVERIFY2(verdicts.open(QIODevice::ReadOnly), qPrintable(verdicts.fileName()));
        const QStringList header = QString::fromUtf8(verdicts.readLine()).trimmed().split(QLatin1Char('\t'));
        const qsizetype machineColumn = header.indexOf(QStringLiteral("machine"));
        const qsizetype verdictColumn = header.indexOf(QStringLiteral("verdict"));
        QVERIFY(machineColumn >= 0 && verdictColumn >= 0);
        while (!verdicts.atEnd()) {
            const QStringList row = QString::fromUtf8(verdicts.readLine()).trimmed().split(QLatin1Char('\t'));
            if (row.size() <= verdictColumn || row.at(verdictColumn) != QLatin1String("ACCEPT")
                || !isPcMachine(row.at(machineColumn)))
                continue;
            const QString path = corpus.filePath(QLatin1String(set) + QStringLiteral("/libvirt-output/") + row.first());
            QTest::newRow(qPrintable(QLatin1String(set) + QLatin1Char('/') + row.first())) << path;
            ++rows;
        }
    }
    QVERIFY2(rows >= 400, "the corpus's accepted pc domains are missing");
}

void tst_Convert::corpusRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    QVERIFY2(!original.isEmpty(), qPrintable(path));
    const QStringList before = inventory(original);
    QString error;
    // libvirt's schema judges the results too, unless the input already fails it (a few of
    // libvirt's own test inputs do; the corpus was defined without --validate).
    VirtConnection::Result defined = m_libvirt->define(original, true);
    const bool validate = defined.ok;
    QVERIFY2(validate || defined.error.contains(QLatin1String("schema")), qPrintable(defined.error));
    if (validate)
        m_libvirt->undefine(DomainDocument::fromXml(original, &error)->topology().domainName());

    // pc → q35, defined by libvirt.
    auto document = DomainDocument::fromXml(original, &error);
    QVERIFY2(document, qPrintable(error));
    const placement::Conversion toQ35 = placement::convertMachine(document.get(), MachineFamily::Q35, {});
    QVERIFY2(toQ35.ok, qPrintable(toQ35.reason));
    QCOMPARE(document->topology().family(), MachineFamily::Q35);
    QCOMPARE(document->undoStack()->count(), 1);
    const QStringList ourErrors = libvirtErrors(*document);
    const QString name = document->topology().domainName();
    defined = m_libvirt->define(document->toXml(), validate);
    QVERIFY2(defined.ok,
             qPrintable(QStringLiteral("libvirt refuses the q35 result: ") + defined.error + "\n"
                        + QString::fromUtf8(document->toXml())));
    QVERIFY2(ourErrors.isEmpty(), qPrintable(ourErrors.join(QLatin1Char('\n'))));
    const QByteArray q35 = m_libvirt->domainXml(name, &error);
    m_libvirt->undefine(name);
    QVERIFY2(!q35.isEmpty(), qPrintable(error));
    QCOMPARE(inventory(q35), before);

    // q35 (as libvirt wrote it) → pc, defined by libvirt.
    auto back = DomainDocument::fromXml(q35, &error);
    QVERIFY2(back, qPrintable(error));
    const placement::Conversion toPc = placement::convertMachine(back.get(), MachineFamily::Pc, {});
    QVERIFY2(toPc.ok, qPrintable(toPc.reason));
    QCOMPARE(back->topology().family(), MachineFamily::Pc);
    defined = m_libvirt->define(back->toXml(), validate);
    QVERIFY2(defined.ok,
             qPrintable(QStringLiteral("libvirt refuses the pc result: ") + defined.error + "\n"
                        + QString::fromUtf8(back->toXml())));
    QVERIFY2(libvirtErrors(*back).isEmpty(), qPrintable(libvirtErrors(*back).join(QLatin1Char('\n'))));
    const QByteArray pc = m_libvirt->domainXml(name, &error);
    m_libvirt->undefine(name);
    QCOMPARE(inventory(pc), before);
    ++m_converted;
}

void tst_Convert::recommendedPolicy()
{
    // A pc guest with more NICs than pci-root has slots: recommended q35 gives each a port.
    QByteArray devices;
    for (int i = 0; i < 40; ++i)
        devices += QStringLiteral("<interface type='user'><mac address='52:54:00:00:00:%1'/><model type='virtio'/>"
                                  "</interface>\n")
                       .arg(i, 2, 16, QLatin1Char('0'))
                       .toUtf8();
    const QByteArray xml = "<domain type='qemu'><name>many-nics</name><memory unit='KiB'>131072</memory>"
                           "<os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os><devices>"
                           "<emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
        + devices + "</devices></domain>\n";
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    placement::Options options;
    options.policy = placement::Policy::Recommended;
    options.sparePorts = 4;
    const placement::Conversion conversion = placement::convertMachine(document.get(), MachineFamily::Q35, options);
    QVERIFY2(conversion.ok, qPrintable(conversion.reason));
    const Topology &t = document->topology();
    QSet<int> buses;
    for (const Device &d : t.devices()) {
        if (d.element != QLatin1String("interface"))
            continue;
        QVERIFY(d.address);
        const Controller *port = t.controllerByIndex(d.address->bus);
        QVERIFY(port);
        QVERIFY(port->model == ControllerModel::PcieRootPort
                || port->model == ControllerModel::PcieSwitchDownstreamPort);
        QVERIFY2(!buses.contains(d.address->bus), "two NICs share a port");
        buses.insert(d.address->bus);
    }
    QCOMPARE(buses.size(), 40);
    const VirtConnection::Result defined = m_libvirt->define(document->toXml(), true);
    QVERIFY2(defined.ok, qPrintable(defined.error));
    m_libvirt->undefine(QStringLiteral("many-nics"));
}

void tst_Convert::disksChangeBus()
{
    const QByteArray xml =
        "<domain type='qemu'><name>disks</name><memory unit='KiB'>131072</memory>"
        "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>\n"
        "<emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
        "<disk type='file' device='disk'><source file='/tmp/a.img'/><target dev='hda' bus='ide'/></disk>\n"
        "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/>"
        "<address type='drive' controller='0' bus='1' target='0' unit='0'/></disk>\n"
        "<disk type='file' device='disk'><source file='/tmp/b.img'/><target dev='vda' bus='virtio'/></disk>\n"
        "</devices></domain>\n";
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const placement::Conversion conversion = placement::convertMachine(document.get(), MachineFamily::Q35, {});
    QVERIFY2(conversion.ok, qPrintable(conversion.reason));
    const QByteArray q35 = document->toXml();
    QVERIFY(q35.contains("<target dev='hda' bus='sata'/>"));
    QVERIFY(q35.contains("<target dev='hdc' bus='sata'/>"));
    QVERIFY(q35.contains("<address type='drive' controller='0' bus='0' target='0' unit='2'/>"));
    QVERIFY(q35.contains("machine='q35'"));
    QVERIFY2(conversion.notes.join(QLatin1Char('\n')).contains(QLatin1String("hdc")), "the CD-ROM's move is stated");
    // Back: the two SATA places 0 and 2 fit IDE (bus 0 unit 0, bus 1 unit 0).
    const placement::Conversion back = placement::convertMachine(document.get(), MachineFamily::Pc, {});
    QVERIFY2(back.ok, qPrintable(back.reason));
    const QByteArray pc = document->toXml();
    QVERIFY(pc.contains("<target dev='hda' bus='ide'/>"));
    QVERIFY(pc.contains("<address type='drive' controller='0' bus='1' target='0' unit='0'/>"));
    QVERIFY(!pc.contains("type='sata'"));

    // Six SATA disks do not fit IDE's four places: they stay on SATA, and that is said.
    QByteArray six = "<domain type='qemu'><name>six</name><memory unit='KiB'>131072</memory>"
                     "<os><type arch='x86_64' machine='q35'>hvm</type></os><devices>\n"
                     "<emulator>/usr/bin/qemu-system-x86_64</emulator>\n";
    for (char c = 'a'; c <= 'f'; ++c)
        six += QByteArray("<disk type='file' device='disk'><source file='/tmp/") + c + ".img'/><target dev='sd" + c
            + "' bus='sata'/></disk>\n";
    six += "</devices></domain>\n";
    auto many = DomainDocument::fromXml(six, &error);
    QVERIFY2(many, qPrintable(error));
    const placement::Conversion stays = placement::convertMachine(many.get(), MachineFamily::Pc, {});
    QVERIFY2(stays.ok, qPrintable(stays.reason));
    QVERIFY(stays.notes.join(QLatin1Char('\n')).contains(QLatin1String("stay on SATA")));
    QCOMPARE(many->toXml().count("bus='sata'"), 6);
    const VirtConnection::Result defined = m_libvirt->define(many->toXml(), true);
    QVERIFY2(defined.ok, qPrintable(defined.error));
    m_libvirt->undefine(QStringLiteral("six"));
}

void tst_Convert::refusesWhatPcCannotHave()
{
    const QByteArray xml = "<domain type='qemu'><name>iommu</name><memory unit='KiB'>131072</memory>"
                           "<os><type arch='x86_64' machine='q35'>hvm</type></os><features><acpi/></features>"
                           "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
                           "<iommu model='intel'/></devices></domain>\n";
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const placement::Conversion conversion = placement::convertMachine(document.get(), MachineFamily::Pc, {});
    QVERIFY(!conversion.ok);
    QVERIFY2(conversion.reason.contains(QLatin1String("IOMMU")), qPrintable(conversion.reason));
    QCOMPARE(document->toXml(), xml);
    QCOMPARE(document->undoStack()->count(), 0);
    // Secure boot asked of firmware autoselection: no i440fx firmware offers it.
    const QByteArray efi = "<domain type='qemu'><name>efi</name><os firmware='efi'><type arch='x86_64' "
                           "machine='q35'>hvm</type><firmware><feature enabled='yes' name='secure-boot'/>"
                           "</firmware></os><devices/></domain>";
    auto secure = DomainDocument::fromXml(efi, &error);
    QVERIFY2(secure, qPrintable(error));
    const placement::Conversion refusedEfi = placement::convertMachine(secure.get(), MachineFamily::Pc, {});
    QVERIFY(!refusedEfi.ok);
    QVERIFY2(refusedEfi.reason.contains(QLatin1String("secure boot")), qPrintable(refusedEfi.reason));
    QVERIFY(!secure->undoStack()->canRedo() && !secure->undoStack()->canUndo());
    // Only pc and q35.
    const QByteArray virt = "<domain type='qemu'><name>arm</name><os><type arch='aarch64' machine='virt'>hvm</type>"
                            "</os><devices/></domain>";
    auto arm = DomainDocument::fromXml(virt, &error);
    QVERIFY2(arm, qPrintable(error));
    QVERIFY(!placement::convertMachine(arm.get(), MachineFamily::Q35, {}).ok);
}

void tst_Convert::oneUndoStepAndNothingHalfDone()
{
    const QString path = corpusDir() + QStringLiteral("/libvirt-9.0/libvirt-output/argv--pci-bridge.xml");
    const QByteArray original = readFile(path);
    QString error;
    auto document = DomainDocument::fromXml(original, &error);
    QVERIFY2(document, qPrintable(error));
    // The preview works on a copy: the document is untouched.
    const placement::Conversion preview =
        placement::previewConversion(*document, MachineFamily::Q35, placement::Options{});
    QVERIFY2(preview.ok, qPrintable(preview.reason));
    QCOMPARE(document->toXml(), original);
    QVERIFY(preview.changes.size() > 30);
    const placement::Conversion done = placement::convertMachine(document.get(), MachineFamily::Q35, {});
    QCOMPARE(done.changes, preview.changes);
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Convert to q35"));
    const QByteArray converted = document->toXml();
    document->undoStack()->undo();
    QCOMPARE(document->toXml(), original); // byte for byte
    QCOMPARE(document->topology(), document->builtTopology());
    document->undoStack()->redo();
    QCOMPARE(document->toXml(), converted);
    QCOMPARE(document->topology(), document->builtTopology());
}

void tst_Convert::cleanupTestCase()
{
    qInfo("%d corpus pc domains converted to q35 and back, each accepted by libvirt both ways", m_converted);
}

QTEST_GUILESS_MAIN(tst_Convert)
#include "tst_convert.moc"
