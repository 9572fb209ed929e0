#include "CheckReport.h"

#include "Topology.h"
#include "libvirt/LibvirtInfo.h"
#include "rules/RuleChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace pcitopo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::CheckReport", text);
}

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::QemuError: return QStringLiteral("qemu-error");
    case Severity::LibvirtError: return QStringLiteral("libvirt-error");
    }
    return QString();
}

} // namespace

CheckedInput CheckedInput::fromTopology(const QString &name, const Topology &topology,
                                        const QList<Diagnostic> &diagnostics)
{
    CheckedInput input;
    input.name = name;
    input.domain = topology.domainName();
    input.machine = topology.machine();
    input.diagnostics = diagnostics;
    for (const Diagnostic &d : diagnostics) {
        int line = 0;
        if (!d.nodes.isEmpty()) {
            if (const Device *device = topology.device(d.nodes.first()))
                line = device->line;
            else if (const Controller *controller = topology.controller(d.nodes.first()))
                line = controller->line;
        }
        input.lines.append(line);
    }
    return input;
}

namespace CheckReport {

QByteArray text(const QList<CheckedInput> &inputs, bool notes)
{
    QString out;
    for (const CheckedInput &input : inputs) {
        if (!input.error.isEmpty()) {
            out += tr("%1: cannot be checked: %2\n").arg(input.name, input.error);
            continue;
        }
        int counts[4] = {0, 0, 0, 0};
        for (int i = 0; i < input.diagnostics.size(); ++i) {
            const Diagnostic &d = input.diagnostics[i];
            ++counts[int(d.severity)];
            if (d.severity == Severity::Info && !notes)
                continue;
            out += input.name;
            if (input.lines[i] > 0)
                out += QLatin1Char(':') + QString::number(input.lines[i]);
            out += QStringLiteral(": %1: %2 [%3]\n").arg(severityName(d.severity), d.message, d.ruleId);
            for (const Fix &fix : d.fixes)
                out += QStringLiteral("    ") + tr("fix: %1").arg(fix.text) + QLatin1Char('\n');
        }
        out += tr("%1: %2 libvirt errors, %3 QEMU errors, %4 warnings, %5 notes\n")
                   .arg(input.name)
                   .arg(counts[3])
                   .arg(counts[2])
                   .arg(counts[1])
                   .arg(counts[0]);
    }
    return out.toUtf8();
}

QByteArray text(const QList<CheckedHost> &hosts, bool notes)
{
    QByteArray out;
    for (const CheckedHost &host : hosts) {
        QStringList versions;
        if (!host.libvirtVersion.isEmpty())
            versions << QStringLiteral("libvirt ") + host.libvirtVersion;
        if (!host.hypervisor.isEmpty())
            versions << host.hypervisor;
        out +=
            (versions.isEmpty() ? QStringLiteral("== %1 ==\n").arg(host.uri)
                                : QStringLiteral("== %1 (%2) ==\n").arg(host.uri, versions.join(QStringLiteral(", "))))
                .toUtf8();
        if (const QString note = newerLibvirtNote(host.libvirtVersion); !note.isEmpty())
            out += tr("%1: note: %2\n").arg(host.uri, note).toUtf8();
        if (!host.error.isEmpty())
            out += tr("%1: cannot be checked: %2\n").arg(host.uri, host.error).toUtf8();
        out += text(host.inputs, notes);
    }
    return out;
}

namespace {

/** The inputs as JSON; raises `worst` and sets `unreadable` as it goes. */
QJsonArray jsonInputs(const QList<CheckedInput> &inputs, Severity &worst, bool &unreadable)
{
    QJsonArray array;
    for (const CheckedInput &input : inputs) {
        QJsonObject object{{QStringLiteral("input"), input.name}};
        if (!input.error.isEmpty()) {
            unreadable = true;
            object.insert(QStringLiteral("error"), input.error);
            array.append(object);
            continue;
        }
        object.insert(QStringLiteral("domain"), input.domain);
        object.insert(QStringLiteral("machine"), input.machine);
        QJsonArray diagnostics;
        for (int i = 0; i < input.diagnostics.size(); ++i) {
            const Diagnostic &d = input.diagnostics[i];
            worst = std::max(worst, d.severity);
            QJsonArray fixes;
            for (const Fix &fix : d.fixes)
                fixes.append(fix.text);
            QJsonObject entry{
                {QStringLiteral("rule"), d.ruleId},     {QStringLiteral("severity"), severityKey(d.severity)},
                {QStringLiteral("message"), d.message}, {QStringLiteral("key"), d.key},
                {QStringLiteral("source"), d.source},   {QStringLiteral("fixes"), fixes}};
            if (input.lines[i] > 0)
                entry.insert(QStringLiteral("line"), input.lines[i]);
            diagnostics.append(entry);
        }
        object.insert(QStringLiteral("diagnostics"), diagnostics);
        array.append(object);
    }
    return array;
}

QString worstKey(Severity worst, bool unreadable)
{
    return unreadable ? QStringLiteral("unreadable") : severityKey(worst);
}

} // namespace

QByteArray json(const QList<CheckedInput> &inputs)
{
    Severity worst = Severity::Info;
    bool unreadable = false;
    const QJsonArray array = jsonInputs(inputs, worst, unreadable);
    const QJsonObject root{{QStringLiteral("inputs"), array}, {QStringLiteral("worst"), worstKey(worst, unreadable)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray json(const QList<CheckedHost> &hosts)
{
    QJsonArray array;
    Severity worstOfAll = Severity::Info;
    bool anyUnreadable = false;
    for (const CheckedHost &host : hosts) {
        Severity worst = Severity::Info;
        bool unreadable = !host.error.isEmpty();
        QJsonObject object{{QStringLiteral("uri"), host.uri},
                           {QStringLiteral("inputs"), jsonInputs(host.inputs, worst, unreadable)}};
        if (!host.libvirtVersion.isEmpty())
            object.insert(QStringLiteral("libvirt"), host.libvirtVersion);
        if (!host.hypervisor.isEmpty())
            object.insert(QStringLiteral("hypervisor"), host.hypervisor);
        if (const QString note = newerLibvirtNote(host.libvirtVersion); !note.isEmpty())
            object.insert(QStringLiteral("note"), note);
        if (!host.error.isEmpty())
            object.insert(QStringLiteral("error"), host.error);
        object.insert(QStringLiteral("worst"), worstKey(worst, unreadable));
        array.append(object);
        worstOfAll = std::max(worstOfAll, worst);
        anyUnreadable = anyUnreadable || unreadable;
    }
    const QJsonObject root{{QStringLiteral("hosts"), array},
                           {QStringLiteral("worst"), worstKey(worstOfAll, anyUnreadable)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

QJsonArray sarifRules(QHash<QString, int> &ruleIndex)
{
    QJsonArray rules;
    for (const rules::RuleInfo &rule : rules::allRules()) {
        ruleIndex.insert(rule.id, int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), rule.id},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule.title()}}},
            {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rule.explanation()}}},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(rule.severity)}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("source"), rule.source},
                         {QStringLiteral("pcitopoSeverity"), severityKey(rule.severity)}}},
        });
    }
    return rules;
}

/** One SARIF run over `inputs`; `failure`, when given, is a notification of its own. */
QJsonObject sarifRun(const QList<CheckedInput> &inputs, const QString &failure = QString())
{
    QHash<QString, int> ruleIndex;
    const QJsonArray rules = sarifRules(ruleIndex);
    QJsonArray results;
    QJsonArray notifications;
    if (!failure.isEmpty())
        notifications.append(QJsonObject{{QStringLiteral("level"), QStringLiteral("error")},
                                         {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), failure}}}});
    for (const CheckedInput &input : inputs) {
        QString uri = QStringLiteral("stdin");
        if (input.name != QLatin1String("-")) {
            if (QDir::isAbsolutePath(input.name)) {
                uri = QUrl::fromLocalFile(input.name).toString(QUrl::FullyEncoded);
            } else {
                QUrl relative; // a relative reference, resolved against the checkout by viewers
                relative.setPath(input.name);
                uri = relative.toString(QUrl::FullyEncoded);
            }
        }
        if (!input.error.isEmpty()) {
            notifications.append(
                QJsonObject{{QStringLiteral("level"), QStringLiteral("error")},
                            {QStringLiteral("message"),
                             QJsonObject{{QStringLiteral("text"), input.name + QStringLiteral(": ") + input.error}}}});
            continue;
        }
        for (int i = 0; i < input.diagnostics.size(); ++i) {
            const Diagnostic &d = input.diagnostics[i];
            QJsonObject location{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), uri}}}};
            if (input.lines[i] > 0)
                location.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), input.lines[i]}});
            results.append(QJsonObject{
                {QStringLiteral("ruleId"), d.ruleId},
                {QStringLiteral("ruleIndex"), ruleIndex.value(d.ruleId)},
                {QStringLiteral("level"), sarifLevel(d.severity)},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), d.message}}},
                {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), location}}}},
                {QStringLiteral("partialFingerprints"), QJsonObject{{QStringLiteral("pcitopoKey/v1"), d.key}}},
            });
        }
    }
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), notifications.isEmpty()}};
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);
    const QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("pcitopo")},
                                  {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                  {QStringLiteral("rules"), rules}}}}},
        {QStringLiteral("invocations"), QJsonArray{invocation}},
        {QStringLiteral("results"), results},
    };
    return run;
}

QByteArray sarifLog(const QJsonArray &runs)
{
    const QJsonObject root{{QStringLiteral("version"), QStringLiteral("2.1.0")},
                           {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                           {QStringLiteral("runs"), runs}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray sarif(const QList<CheckedInput> &inputs)
{
    return sarifLog(QJsonArray{sarifRun(inputs)});
}

QByteArray sarif(const QList<CheckedHost> &hosts)
{
    QJsonArray runs;
    for (const CheckedHost &host : hosts) {
        QJsonObject run =
            sarifRun(host.inputs, host.error.isEmpty() ? QString() : host.uri + QStringLiteral(": ") + host.error);
        run.insert(QStringLiteral("automationDetails"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("pcitopo/check/") + host.uri}});
        run.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("libvirtUri"), host.uri}});
        runs.append(run);
    }
    return sarifLog(runs);
}

} // namespace CheckReport

} // namespace pcitopo
