#include "DomainDocument.h"
#include "TopologyGenerator.h"
#include "libvirt/VirtConnection.h"
#include "rules/RuleChecker.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>

using namespace pcitopo;
using namespace pcitopo::test;

/**
 * The checker against real libvirt 9.0: generated domains of every machine type, legal and
 * with one mistake of each kind, defined through the in-process QEMU driver
 * (qemu:///embed?root=DIR, the qemu-system binaries probed for real). The checker must report a
 * libvirt error exactly when libvirt refuses, and where libvirt accepts what QEMU would refuse
 * (multifunction off, duplicate chassis, controller order, duplicate PHB index) it must say so.
 */
class tst_LibvirtDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void cleanupTestCase();

private:
    std::unique_ptr<VirtConnection> m_libvirt;
    QMap<QString, QPair<int, int>> m_byMutation; // mutation → (cases, libvirt rejected)
    int m_cases = 0;
    int m_agreed = 0;
};

static const Mutation QemuOnly[] = {Mutation::MultifunctionOff, Mutation::DuplicateChassis,
                                    Mutation::ControllerIndexOrder, Mutation::PhbIndexDuplicate};

void tst_LibvirtDifferential::initTestCase()
{
    // The embedded QEMU driver needs the libvirt-qemu user, and a /dev/kvm it can open, or it
    // re-probes QEMU on every call (installer/prepare-test-env.sh sets both up).
    QVERIFY2(getpwnam("libvirt-qemu"), "the libvirt-qemu user is missing: run installer/prepare-test-env.sh");
    struct stat kvm
    {
    };
    if (stat("/dev/kvm", &kvm) == 0)
        QVERIFY2((kvm.st_mode & 0006) == 0006, "/dev/kvm is not 0666: run installer/prepare-test-env.sh");
    for (const char *binary : {"x86_64", "aarch64", "ppc64"}) {
        const QString path = QStringLiteral("/usr/bin/qemu-system-") + QLatin1String(binary);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + " is missing: run installer/install-deps.sh"));
    }
    // One root for the whole run and across runs, so QEMU's capabilities are probed once. Its
    // path must stay short: libvirt puts sockets under it.
    const QString root = QDir::tempPath() + QStringLiteral("/pcitopo-embed");
    QDir().mkpath(root);
    QString error;
    m_libvirt = VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
    QVERIFY2(m_libvirt, qPrintable(error));
    for (const QString &name : m_libvirt->domainNames())
        m_libvirt->undefine(name);
}

void tst_LibvirtDifferential::verdict_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("name");
    TopologyGenerator generator(20261122);
    const GenMachine machines[] = {GenMachine::Q35, GenMachine::Pc, GenMachine::ArmVirt, GenMachine::Pseries};
    int n = 0;
    for (int round = 0; round < 5; ++round) {
        for (GenMachine machine : machines) {
            for (Mutation mutation : TopologyGenerator::allMutations()) {
                const QString name = QStringLiteral("gen%1").arg(++n);
                const GeneratedDomain domain = generator.generate(machine, mutation, name);
                if (!domain.mutated)
                    continue;
                const QString row =
                    QStringLiteral("%1 %2 #%3")
                        .arg(TopologyGenerator::machineName(machine), TopologyGenerator::mutationName(mutation))
                        .arg(round + 1);
                QTest::newRow(qPrintable(row)) << domain.xml << TopologyGenerator::mutationName(mutation) << name;
            }
        }
    }
}

void tst_LibvirtDifferential::verdict()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mutation);
    QFETCH(QString, name);
    QString error;
    auto document = DomainDocument::fromXml(xml, &error);
    QVERIFY2(document, qPrintable(error));
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    QStringList libvirtErrors;
    QStringList qemuErrors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::LibvirtError)
            libvirtErrors << d.ruleId + QStringLiteral(": ") + d.message;
        else if (d.severity == Severity::QemuError)
            qemuErrors << d.ruleId;
    }

    const VirtConnection::Result defined = m_libvirt->define(xml, true);
    if (defined.ok)
        m_libvirt->undefine(name);
    ++m_cases;
    auto &counts = m_byMutation[mutation];
    ++counts.first;
    if (!defined.ok)
        ++counts.second;
    // libvirt refusing for a reason of this host (not PCI) would make the row meaningless.
    QVERIFY2(defined.ok || !defined.error.contains(QLatin1String("binary")), qPrintable(defined.error));

    if (defined.ok) {
        QVERIFY2(libvirtErrors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt accepts; pcitopo: ") + libvirtErrors.join(QStringLiteral("; "))));
        bool qemuOnly = false;
        for (Mutation m : QemuOnly)
            qemuOnly = qemuOnly || mutation == TopologyGenerator::mutationName(m);
        if (qemuOnly)
            QVERIFY2(!qemuErrors.isEmpty(), "libvirt accepts what QEMU refuses: pcitopo must say so");
    } else {
        QVERIFY2(!libvirtErrors.isEmpty(),
                 qPrintable(QStringLiteral("libvirt refuses (%1); pcitopo finds no libvirt error").arg(defined.error)));
    }
    ++m_agreed;
}

void tst_LibvirtDifferential::cleanupTestCase()
{
    for (auto it = m_byMutation.cbegin(); it != m_byMutation.cend(); ++it)
        qInfo("%-24s %d cases, libvirt refused %d", qPrintable(it.key()), it->first, it->second);
    qInfo("agreement with libvirt: %d of %d generated domains", m_agreed, m_cases);
}

QTEST_GUILESS_MAIN(tst_LibvirtDifferential)
#include "tst_libvirtdifferential.moc"
