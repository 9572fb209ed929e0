#include "CommandLine.h"
#include "CommandLineSupport.h"

#include "AtomicFile.h"
#include "CheckReport.h"
#include "FleetCheck.h"
#include "DiagramExporter.h"
#include "DomainDocument.h"
#include "rules/GuestAddressing.h"
#include "rules/RuleChecker.h"
#include "commands/SetAddress.h"
#include "libvirt/HostListing.h"
#include "placement/ApplyPlan.h"
#include "placement/Convert.h"
#include "placement/Planner.h"
#include "host/HostInventory.h"
#include "libvirt/LibvirtInfo.h"
#include "libvirt/VirtConnection.h"
#include "xml/XmlDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

#include <cmath>
#include <functional>

#include <unistd.h>

namespace pcitopo::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::cli", text);
}

namespace {

/** Loads FILE or "-" (standard input); on failure prints why and returns null. */
std::unique_ptr<DomainDocument> load(Io &io, const QString &path)
{
    QString error;
    std::unique_ptr<DomainDocument> document;
    if (path == QLatin1String("-")) {
        const QByteArray bytes = io.in->read(XmlParseLimits().maxBytes + 1);
        document = DomainDocument::fromXml(bytes, &error);
        if (!document)
            error = tr("standard input: %1").arg(error);
    } else {
        document = DomainDocument::fromFile(path, &error);
    }
    if (!document)
        io.fail(error);
    return document;
}

/** Writes bytes to OUT atomically ("-": standard output); nothing is written on failure. */
bool save(Io &io, const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        io.out.flush();
        return io.outDevice->write(bytes) == bytes.size();
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        io.fail(tr("cannot write %1: %2").arg(path, error));
        return false;
    }
    return true;
}

} // namespace

QString usage()
{
    return tr("Usage:\n"
              "  pcitopo [FILE | --connect URI [DOMAIN]]    open FILE, a connection (or the demo)\n"
              "  pcitopo tree FILE|-                        print the PCI topology as a tree\n"
              "  pcitopo tree --connect URI DOMAIN [--live] the same for a domain of a connection;\n"
              "                                             --live: the running guest as it is now\n"
              "  pcitopo move FILE|- ADDR --to ADDR -o OUT  move the device at libvirt address\n"
              "                                             ADDR ([dddd:]bb:ss.f, hex) and save\n"
              "  pcitopo check FILE...|- [--format text|json|sarif] [--verbose]\n"
              "                                             check the PCI rules\n"
              "  pcitopo check --connect URI [--connect URI…] (--all | DOMAIN...)\n"
              "                [--jobs N] [--timeout SECONDS] [--format …]\n"
              "                                             check domains of libvirt hosts, N at\n"
              "                                             once (default 4), each given SECONDS\n"
              "                                             to answer (default 15)\n"
              "  pcitopo explain [RULE-ID]                  explain a rule (without: list them)\n"
              "  pcitopo place FILE|- [--policy libvirt|recommended] [--spare-ports N] -o OUT\n"
              "                                             give devices without an address the\n"
              "                                             addresses (and controllers) libvirt would,\n"
              "                                             or a port each and spare hotplug ports\n"
              "  pcitopo convert FILE|- --to q35|pc [--policy libvirt|recommended]\n"
              "                  [--spare-ports N] -o OUT\n"
              "                                             change the machine type between pc and\n"
              "                                             q35: chipset devices, IDE/SATA, and every\n"
              "                                             device placed anew\n"
              "  pcitopo export (FILE|- | --connect URI DOMAIN) -o OUT.svg|.png|.pdf|.dot\n"
              "                 [--orientation lr|tb]\n"
              "                 [--palette light|dark|print] [--empty-slots] [--scale N]\n"
              "                                             draw the topology (PNG: N pixels per unit)\n"
              "  pcitopo hotplug --connect URI DOMAIN (--add DEVICE.xml [--at ADDR] |\n"
              "                  --remove ADDR) [--config] [--timeout SECONDS]\n"
              "                                             plug a device into a running guest, or\n"
              "                                             unplug one and wait until the guest has\n"
              "                                             released it (default 10 s); checked first\n"
              "  pcitopo --version | --help\n"
              "\n"
              "Exit status: 0 clean, 1 warnings, 2 QEMU would refuse to start the guest,\n"
              "3 libvirt would refuse to define it, 4 unreadable input or wrong arguments,\n"
              "5 (hotplug) the guest has not released the device.\n");
}

bool parse(Io &io, QCommandLineParser &parser, const QStringList &arguments, int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        io.fail(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        io.fail(tr("wrong number of arguments\n%1").arg(usage()));
        return false;
    }
    return true;
}

int exitCodeFor(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Clean;
    case Severity::Warning: return Warnings;
    case Severity::QemuError: return QemuRefuses;
    case Severity::LibvirtError: return LibvirtRefuses;
    }
    return Clean;
}

namespace {

// -- tree ------------------------------------------------------------------------------------

void printTree(QTextStream &out, const Topology &topology)
{
    out << topology.domainName() << " (" << Topology::familyName(topology.family());
    if (!topology.arch().isEmpty())
        out << ", " << topology.arch();
    if (!topology.machine().isEmpty())
        out << ", machine " << topology.machine();
    out << ")\n";

    const rules::GuestNumbering guest = rules::numberGuestBuses(topology);
    auto guestAddress = [&](NodeId id) {
        const auto it = guest.address.constFind(id);
        if (it == guest.address.cend())
            return QString();
        const std::optional<PciAddress> libvirt = topology.addressOf(id);
        if (libvirt && it->bus == libvirt->bus && it->domain == 0)
            return QString(); // the guest sees the same numbers
        return QStringLiteral("  {guest %1}").arg(it->toString());
    };
    auto describe = [&](NodeId id) {
        if (const Controller *c = topology.controller(id)) {
            const QStringList facts = c->facts();
            QString text = c->label();
            if (!c->modelName.isEmpty())
                text += QStringLiteral(" [%1]").arg(c->modelName);
            if (!facts.isEmpty())
                text += QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", ")));
            return text;
        }
        const Device *d = topology.device(id);
        QString text = d->label;
        if (!d->model.isEmpty())
            text += QStringLiteral(" [%1]").arg(d->model);
        return text;
    };

    const TopologyForest forest = topology.forest();
    std::function<void(NodeId, const QString &)> printChildren = [&](NodeId parent, const QString &indent) {
        const QList<NodeId> nodes = forest.childrenOf(parent);
        for (int i = 0; i < nodes.size(); ++i) {
            const NodeId id = nodes[i];
            const bool last = i == nodes.size() - 1;
            out << indent << (last ? "└─ " : "├─ ") << topology.addressOf(id)->toShortString() << "  " << describe(id)
                << guestAddress(id) << '\n';
            printChildren(id, indent + (last ? QStringLiteral("   ") : QStringLiteral("│  ")));
        }
    };
    for (NodeId root : forest.roots) {
        out << describe(root) << '\n';
        printChildren(root, QString());
    }

    QStringList loose;
    for (NodeId id : forest.unconnected) {
        const std::optional<PciAddress> address = topology.addressOf(id);
        loose << describe(id) + (address ? tr(" at %1").arg(address->toShortString()) : QString());
    }
    if (!loose.isEmpty()) {
        out << tr("not connected (no address yet, or on a bus no controller provides):") << '\n';
        for (const QString &line : std::as_const(loose))
            out << "   " << line << '\n';
    }
}

int runTree(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption connect(QStringLiteral("connect"), tr("Print a domain of a libvirt connection."),
                                     tr("URI"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  tr("With --connect: the running guest's live definition, not the next boot's."));
    parser.addOptions({connect, live});
    if (!parse(io, parser, arguments, 1))
        return BadInput;
    if (parser.isSet(live) && !parser.isSet(connect))
        return io.fail(tr("--live goes with --connect URI DOMAIN"));
    std::unique_ptr<DomainDocument> document;
    if (parser.isSet(connect)) {
        const QString name = parser.positionalArguments().at(0);
        QString error;
        const std::unique_ptr<VirtConnection> connection =
            VirtConnection::openWithin(parser.value(connect), 15000, &error, true); // printing needs no secrets
        if (!connection)
            return io.fail(tr("cannot connect to %1: %2").arg(parser.value(connect), error));
        QByteArray xml;
        if (parser.isSet(live)) {
            if (!connection->isActive(name, &error))
                return io.fail(error.isEmpty() ? tr("domain %1 is not running: --live needs a running guest").arg(name)
                                               : tr("domain %1: %2").arg(name, error));
            xml = connection->liveXml(name, &error);
        } else {
            xml = connection->domainXml(name, &error);
        }
        document = xml.isEmpty() ? nullptr : DomainDocument::fromXml(xml, &error);
        if (!document)
            return io.fail(tr("domain %1: %2").arg(name, error));
        if (parser.isSet(live))
            io.out << tr("live topology of the running guest; {guest …} is the address the guest sees") << '\n';
    } else {
        document = load(io, parser.positionalArguments().at(0));
    }
    if (!document)
        return BadInput;
    printTree(io.out, document->topology());
    io.out.flush();
    return Clean;
}

// -- move ------------------------------------------------------------------------------------

int runMove(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("Target address."), tr("ADDR"));
    const QCommandLineOption output(QStringLiteral("o"), tr("Output file, - for standard output."), tr("OUT"));
    parser.addOption(to);
    parser.addOption(output);
    if (!parse(io, parser, arguments, 2))
        return BadInput;
    if (!parser.isSet(to) || !parser.isSet(output))
        return io.fail(tr("move needs --to ADDR and -o OUT\n%1").arg(usage()));
    const QString fromText = parser.positionalArguments().at(1);
    const std::optional<PciAddress> from = PciAddress::fromString(fromText);
    const std::optional<PciAddress> target = PciAddress::fromString(parser.value(to));
    if (!from)
        return io.fail(tr("'%1' is not a PCI address ([dddd:]bb:ss.f, hex)").arg(fromText));
    if (!target)
        return io.fail(tr("'%1' is not a PCI address ([dddd:]bb:ss.f, hex)").arg(parser.value(to)));

    std::unique_ptr<DomainDocument> document = load(io, parser.positionalArguments().at(0));
    if (!document)
        return BadInput;
    const QList<NodeId> nodes = document->topology().nodesAt(*from);
    if (nodes.isEmpty())
        return io.fail(tr("no device or controller is at %1").arg(from->toString()));
    if (nodes.size() > 1) {
        QStringList labels;
        for (NodeId id : nodes)
            labels << document->topology().labelOf(id);
        return io.fail(tr("%1 is used by %2 nodes (%3); fix the conflict first")
                           .arg(from->toString())
                           .arg(nodes.size())
                           .arg(labels.join(QStringLiteral(", "))));
    }
    auto *command = new SetAddress(document.get(), nodes.first(), *target);
    if (!command->isValid()) {
        const QString why = command->error();
        delete command;
        return io.fail(why);
    }
    document->undoStack()->push(command);
    if (!save(io, parser.value(output), document->toXml()))
        return BadInput;
    io.err << tr("moved %1 from %2 to %3")
                  .arg(document->topology().labelOf(nodes.first()), from->toShortString(), target->toShortString())
           << '\n';
    // The exit status is the verdict on the result, as `check` would give it.
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    QList<Diagnostic> shown;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity >= Severity::Warning)
            shown.append(d);
    }
    if (!shown.isEmpty()) {
        const QString name = parser.value(output) == QLatin1String("-") ? tr("result") : parser.value(output);
        io.err << QString::fromUtf8(CheckReport::text({CheckedInput::fromTopology(name, document->topology(), shown)}));
    }
    io.err.flush();
    return exitCodeFor(rules::worstSeverity(diagnostics));
}

// -- place -----------------------------------------------------------------------------------

/** --policy and --spare-ports of place and convert; prints why and returns false when wrong. */
bool readPlacementOptions(Io &io, const QString &policy, const QString &spare, placement::Options *options)
{
    if (policy == QLatin1String("recommended"))
        options->policy = placement::Policy::Recommended;
    else if (policy != QLatin1String("libvirt")) {
        io.fail(tr("unknown policy '%1': use libvirt or recommended").arg(policy));
        return false;
    }
    bool ok = false;
    options->sparePorts = spare.toInt(&ok);
    if (!ok || options->sparePorts < 0 || options->sparePorts > 240) {
        io.fail(tr("--spare-ports takes a number from 0 to 240"));
        return false;
    }
    if (options->sparePorts > 0 && options->policy != placement::Policy::Recommended) {
        io.fail(tr("--spare-ports goes with --policy recommended (libvirt adds no spare ports)"));
        return false;
    }
    return true;
}

int runPlace(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("o"), tr("Output file, - for standard output."), tr("OUT"));
    const QCommandLineOption policy(QStringLiteral("policy"), tr("libvirt (what libvirt would assign) or recommended."),
                                    tr("POLICY"), QStringLiteral("libvirt"));
    const QCommandLineOption spare(QStringLiteral("spare-ports"), tr("Spare hotpluggable ports (recommended policy)."),
                                   tr("N"), QStringLiteral("0"));
    parser.addOptions({output, policy, spare});
    if (!parse(io, parser, arguments, 1))
        return BadInput;
    if (!parser.isSet(output))
        return io.fail(tr("place needs -o OUT\n%1").arg(usage()));
    placement::Options options;
    if (!readPlacementOptions(io, parser.value(policy), parser.value(spare), &options))
        return BadInput;
    std::unique_ptr<DomainDocument> document = load(io, parser.positionalArguments().at(0));
    if (!document)
        return BadInput;
    const placement::Plan plan = placement::plan(document->topology(), options);
    if (!plan.ok)
        return io.fail(tr("cannot place: %1").arg(plan.reason));
    QString error;
    const QStringList changes = plan.describe(document->topology());
    if (!plan.isEmpty() && !placement::applyPlan(document.get(), plan, &error))
        return io.fail(tr("cannot place: %1").arg(error));
    if (!save(io, parser.value(output), document->toXml()))
        return BadInput;
    for (const QString &line : changes)
        io.err << line << '\n';
    if (changes.isEmpty())
        io.err << tr("every device has an address already") << '\n';
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    io.err.flush();
    return exitCodeFor(rules::worstSeverity(diagnostics));
}

// -- convert ---------------------------------------------------------------------------------

int runConvert(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("o"), tr("Output file, - for standard output."), tr("OUT"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The machine type to convert to: q35 or pc."), tr("MACHINE"));
    const QCommandLineOption policy(QStringLiteral("policy"), tr("libvirt (what libvirt would assign) or recommended."),
                                    tr("POLICY"), QStringLiteral("libvirt"));
    const QCommandLineOption spare(QStringLiteral("spare-ports"), tr("Spare hotpluggable ports (recommended policy)."),
                                   tr("N"), QStringLiteral("0"));
    parser.addOptions({output, to, policy, spare});
    if (!parse(io, parser, arguments, 1))
        return BadInput;
    if (!parser.isSet(output) || !parser.isSet(to))
        return io.fail(tr("convert needs --to q35|pc and -o OUT\n%1").arg(usage()));
    MachineFamily family = MachineFamily::Other;
    if (parser.value(to) == QLatin1String("q35"))
        family = MachineFamily::Q35;
    else if (parser.value(to) == QLatin1String("pc") || parser.value(to) == QLatin1String("i440fx"))
        family = MachineFamily::Pc;
    else
        return io.fail(tr("cannot convert to '%1': use q35 or pc").arg(parser.value(to)));
    placement::Options options;
    if (!readPlacementOptions(io, parser.value(policy), parser.value(spare), &options))
        return BadInput;
    std::unique_ptr<DomainDocument> document = load(io, parser.positionalArguments().at(0));
    if (!document)
        return BadInput;
    const placement::Conversion conversion = placement::convertMachine(document.get(), family, options);
    if (!conversion.ok)
        return io.fail(tr("cannot convert: %1").arg(conversion.reason));
    if (!save(io, parser.value(output), document->toXml()))
        return BadInput;
    for (const QString &line : conversion.notes)
        io.err << tr("note: %1").arg(line) << '\n';
    for (const QString &line : conversion.changes)
        io.err << line << '\n';
    const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
    io.err.flush();
    return exitCodeFor(rules::worstSeverity(diagnostics));
}

} // namespace

// -- check -----------------------------------------------------------------------------------

std::unique_ptr<VirtConnection> connectTo(Io &io, const QString &uri, HostInventory *host)
{
    QString error;
    std::unique_ptr<VirtConnection> connection = VirtConnection::openWithin(uri, 15000, &error);
    if (!connection) {
        io.fail(tr("cannot connect to %1: %2").arg(uri, error));
        return nullptr;
    }
    *host = listHost(*connection).host;
    return connection;
}

namespace {

/** Progress on a terminal's standard error ("3/20 hosts checked"), erased when done. */
std::function<void(int, int)> progressOnTerminal(Io &io)
{
    if (!isatty(STDERR_FILENO) || io.err.device() == nullptr)
        return {};
    return [&io](int done, int total) {
        io.err << '\r' << tr("%1/%2 hosts checked").arg(done).arg(total) << (done == total ? "\r\x1b[K" : "");
        io.err.flush();
    };
}

int runCheckHosts(Io &io, const QCommandLineParser &parser, const FleetCheck &fleet, const QString &kind)
{
    const QList<CheckedHost> hosts = fleet.run(progressOnTerminal(io));
    int status = Clean;
    for (const CheckedHost &host : hosts) {
        if (!host.error.isEmpty()) {
            io.err << "pcitopo: " << tr("%1: %2").arg(host.uri, host.error) << '\n';
            status = BadInput;
        }
        for (const CheckedInput &input : host.inputs) {
            if (!input.error.isEmpty()) {
                io.err << "pcitopo: " << tr("%1: domain %2: %3").arg(host.uri, input.name, input.error) << '\n';
                status = BadInput;
            } else {
                status = std::max(status, exitCodeFor(rules::worstSeverity(input.diagnostics)));
            }
        }
    }
    io.err.flush();
    io.out.flush();
    io.outDevice->write(kind == QLatin1String("json") ? CheckReport::json(hosts)
                            : kind == QLatin1String("sarif")
                            ? CheckReport::sarif(hosts)
                            : CheckReport::text(hosts, parser.isSet(QStringLiteral("verbose"))));
    return status;
}

int runCheck(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json or sarif."), tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Also print notes (text format)."));
    const QCommandLineOption connect(QStringLiteral("connect"),
                                     tr("Check domains of a libvirt connection (repeat for more hosts)."), tr("URI"));
    const QCommandLineOption all(QStringLiteral("all"), tr("With --connect: every domain."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("With --connect: hosts read at once."), tr("N"),
                                  QStringLiteral("4"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("With --connect: seconds to wait for a host to answer (0: no limit)."),
                                     tr("SECONDS"), QStringLiteral("15"));
    parser.addOptions({format, verbose, connect, all, jobs, timeout});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return io.fail(parser.errorText());
    const QStringList files = parser.positionalArguments(); // parse() took "check" as argv[0]
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("json") && kind != QLatin1String("sarif"))
        return io.fail(tr("unknown format '%1': use text, json or sarif").arg(kind));
    if (parser.isSet(connect) && parser.isSet(all) == !files.isEmpty())
        return io.fail(tr("check --connect needs --all or domain names, not both\n%1").arg(usage()));
    if (!parser.isSet(connect) && (parser.isSet(all) || parser.isSet(jobs) || parser.isSet(timeout)))
        return io.fail(tr("--all, --jobs and --timeout go with --connect URI\n%1").arg(usage()));
    if (!parser.isSet(connect) && files.isEmpty())
        return io.fail(tr("check needs at least one file (or - for standard input)\n%1").arg(usage()));

    if (parser.isSet(connect)) {
        FleetCheck fleet;
        fleet.uris = parser.values(connect);
        fleet.uris.removeDuplicates();
        fleet.all = parser.isSet(all);
        fleet.domains = files;
        bool ok = false;
        fleet.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || fleet.jobs < 1)
            return io.fail(tr("--jobs needs a number of 1 or more, not '%1'").arg(parser.value(jobs)));
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return io.fail(tr("--timeout needs a number of seconds, not '%1'").arg(parser.value(timeout)));
        fleet.timeoutMs = int(std::ceil(seconds * 1000)); // 0.0004 s is 1 ms, not "no limit"
        return runCheckHosts(io, parser, fleet, kind);
    }

    QList<CheckedInput> inputs;
    int status = Clean;
    for (const QString &file : files) {
        QString error;
        std::unique_ptr<DomainDocument> document;
        if (file == QLatin1String("-"))
            document = DomainDocument::fromXml(io.in->read(XmlParseLimits().maxBytes + 1), &error);
        else
            document = DomainDocument::fromFile(file, &error);
        if (!document) {
            CheckedInput input;
            input.name = file;
            input.error = error;
            inputs.append(input);
            io.err << "pcitopo: " << (file == QLatin1String("-") ? tr("standard input: %1").arg(error) : error) << '\n';
            status = BadInput;
            continue;
        }
        const QList<Diagnostic> diagnostics = rules::checkTopology(document->topology());
        inputs.append(CheckedInput::fromTopology(file, document->topology(), diagnostics));
        status = std::max(status, exitCodeFor(rules::worstSeverity(diagnostics)));
    }
    io.err.flush();
    io.out.flush();
    const QByteArray report = kind == QLatin1String("json") ? CheckReport::json(inputs)
        : kind == QLatin1String("sarif")                    ? CheckReport::sarif(inputs)
                                                            : CheckReport::text(inputs, parser.isSet(verbose));
    io.outDevice->write(report);
    return status;
}

// -- export --------------------------------------------------------------------------------

int runExport(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("o"), tr("Output file."), tr("OUT"));
    const QCommandLineOption orientation(QStringLiteral("orientation"), tr("lr or tb."), tr("ORIENTATION"),
                                         QStringLiteral("lr"));
    const QCommandLineOption palette(QStringLiteral("palette"), tr("light, dark or print."), tr("PALETTE"),
                                     QStringLiteral("light"));
    const QCommandLineOption emptySlots(QStringLiteral("empty-slots"), tr("Draw empty slots."));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("PNG pixels per unit."), tr("N"), QStringLiteral("2"));
    const QCommandLineOption connect(QStringLiteral("connect"), tr("Draw a domain of a libvirt connection."),
                                     tr("URI"));
    parser.addOptions({output, orientation, palette, emptySlots, scale, connect});
    if (!parse(io, parser, arguments, 1))
        return BadInput;
    if (!parser.isSet(output))
        return io.fail(tr("export needs -o OUT.svg, .png, .pdf or .dot\n%1").arg(usage()));
    const QString out = parser.value(output);
    const std::optional<DiagramExporter::Format> format = DiagramExporter::formatFor(out);
    if (!format)
        return io.fail(tr("'%1': the output must end in .svg, .png, .pdf or .dot").arg(out));
    DiagramExporter::Options options;
    const QString o = parser.value(orientation);
    if (o != QLatin1String("lr") && o != QLatin1String("tb"))
        return io.fail(tr("unknown orientation '%1': use lr or tb").arg(o));
    options.scene.orientation =
        o == QLatin1String("tb") ? GraphLayout::Orientation::TopDown : GraphLayout::Orientation::LeftRight;
    const QString p = parser.value(palette);
    if (p == QLatin1String("dark"))
        options.scene.palette = GraphScene::Options::Palette::Dark;
    else if (p == QLatin1String("print"))
        options.scene.palette = GraphScene::Options::Palette::Print;
    else if (p != QLatin1String("light"))
        return io.fail(tr("unknown palette '%1': use light, dark or print").arg(p));
    options.scene.emptySlots = parser.isSet(emptySlots);
    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || options.scale <= 0 || options.scale > 16)
        return io.fail(tr("--scale takes a number from 0 to 16"));

    std::unique_ptr<DomainDocument> document;
    QString error;
    if (parser.isSet(connect)) {
        // The diagram shows the host's IOMMU groups and NUMA nodes, never the domain's secrets.
        HostInventory host;
        const QString name = parser.positionalArguments().at(0);
        const std::unique_ptr<VirtConnection> connection = connectTo(io, parser.value(connect), &host);
        if (!connection)
            return BadInput;
        const QByteArray xml = connection->domainXml(name, &error);
        document = xml.isEmpty() ? nullptr : DomainDocument::fromXml(xml, &error);
        if (!document)
            return io.fail(tr("domain %1: %2").arg(name, error));
        options.host = host.factsFor(name);
    } else {
        document = load(io, parser.positionalArguments().at(0));
    }
    if (!document)
        return BadInput;
    // Written as it is made (an SVG of thousands of devices is never held whole), into a
    // QSaveFile: a failed export leaves no file, and an existing one untouched.
    if (out == QLatin1String("-")) {
        io.out.flush();
        if (!DiagramExporter::write(document.get(), *format, options, io.outDevice, &error))
            return io.fail(tr("cannot export: %1").arg(error));
        return Clean;
    }
    bool exported = true;
    const bool written = writeFileAtomically(
        out,
        [&](QIODevice *device, QString *why) {
            exported = DiagramExporter::write(document.get(), *format, options, device, why);
            return exported;
        },
        &error);
    if (!written)
        return io.fail(exported ? tr("cannot write %1: %2").arg(out, error) : tr("cannot export: %1").arg(error));
    return Clean;
}

// -- explain ---------------------------------------------------------------------------------

int runExplain(Io &io, const QStringList &arguments)
{
    if (arguments.size() > 2)
        return io.fail(tr("explain takes one rule id\n%1").arg(usage()));
    if (arguments.size() == 1) {
        for (const rules::RuleInfo &rule : rules::allRules())
            io.out << QStringLiteral("%1  %2 (%3)\n").arg(rule.id, -26).arg(rule.title(), severityName(rule.severity));
        io.out.flush();
        return Clean;
    }
    const rules::RuleInfo *rule = rules::findRule(arguments.at(1));
    if (!rule)
        return io.fail(tr("no rule '%1'; 'pcitopo explain' lists them").arg(arguments.at(1)));
    io.out << rule->id << ": " << rule->title() << '\n'
           << tr("Severity: %1").arg(severityName(rule->severity)) << '\n'
           << tr("Source: %1").arg(rule->source) << "\n\n"
           << rule->explanation() << '\n';
    io.out.flush();
    return Clean;
}

} // namespace

bool isCommand(const QString &argument)
{
    static const QStringList commands = {
        QStringLiteral("tree"),   QStringLiteral("move"),  QStringLiteral("check"),     QStringLiteral("explain"),
        QStringLiteral("export"), QStringLiteral("place"), QStringLiteral("convert"),   QStringLiteral("hotplug"),
        QStringLiteral("--help"), QStringLiteral("-h"),    QStringLiteral("--version"), QStringLiteral("-v")};
    if (commands.contains(argument))
        return true;
    // A bare word that is no file ("pcitopo chek") is a mistyped command, not a file to open:
    // answer on the terminal instead of opening a window with an error.
    return !argument.isEmpty() && !argument.startsWith(QLatin1Char('-')) && !argument.contains(QLatin1Char('/'))
        && !argument.contains(QLatin1Char('.')) && !QFileInfo::exists(argument);
}

int run(const QStringList &arguments, QIODevice *in, QIODevice *out, QIODevice *err)
{
    Io io(in, out, err);
    const QString command = arguments.value(0);
    if (command == QLatin1String("tree"))
        return runTree(io, arguments);
    if (command == QLatin1String("move"))
        return runMove(io, arguments);
    if (command == QLatin1String("check"))
        return runCheck(io, arguments);
    if (command == QLatin1String("explain"))
        return runExplain(io, arguments);
    if (command == QLatin1String("export"))
        return runExport(io, arguments);
    if (command == QLatin1String("place"))
        return runPlace(io, arguments);
    if (command == QLatin1String("convert"))
        return runConvert(io, arguments);
    if (command == QLatin1String("hotplug"))
        return runHotplug(io, arguments);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        io.out << usage();
        return Clean;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        const QString libvirt = libvirtLibraryVersion();
        io.out << "pcitopo " << QCoreApplication::applicationVersion() << " (Qt " << qVersion() << ", libvirt "
               << (libvirt.isEmpty() ? tr("unknown") : libvirt) << ")\n";
        return Clean;
    }
    return io.fail(tr("unknown command '%1'\n%2").arg(command, usage()));
}

} // namespace pcitopo::cli
