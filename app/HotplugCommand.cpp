// pcitopo hotplug: plug a device into a running guest, or unplug one and wait until the guest
// has released it. Every plan is judged first (rules/LiveHotplug); libvirt is asked only when
// nothing would refuse it.

#include "CommandLineSupport.h"

#include "host/HostInventory.h"
#include "libvirt/VirtConnection.h"
#include "rules/LiveHotplug.h"
#include "xml/XmlDocument.h"

#include <QFile>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace pcitopo::cli {

namespace {

/** What one `pcitopo hotplug` run was asked to do, its options checked. */
struct HotplugRequest
{
    QString uri;
    QString name; // the domain
    QByteArray deviceXml; // --add: the device to plug; empty for --remove
    std::optional<PciAddress> address; // --at, or --remove's address
    bool adding = false;
    bool alsoConfig = false; // --config
    double seconds = 10; // --timeout
};

/** Reads the options into a request; prints why and returns nothing when they are wrong. */
std::optional<HotplugRequest> readRequest(Io &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption connect(QStringLiteral("connect"), tr("The libvirt connection."), tr("URI"));
    const QCommandLineOption add(QStringLiteral("add"), tr("Plug the device this XML describes (- reads it)."),
                                 tr("DEVICE.xml"));
    const QCommandLineOption at(QStringLiteral("at"), tr("With --add: the libvirt address to plug it at."), tr("ADDR"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Unplug the device at this libvirt address."),
                                    tr("ADDR"));
    const QCommandLineOption config(QStringLiteral("config"), tr("Change the next boot's definition too."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for the guest to release an unplugged device."), tr("SECONDS"),
                                     QStringLiteral("10"));
    parser.addOptions({connect, add, at, remove, config, timeout});
    if (!parse(io, parser, arguments, 1))
        return std::nullopt;
    const auto refuse = [&io](const QString &message) {
        io.fail(message);
        return std::nullopt;
    };
    if (!parser.isSet(connect) || parser.isSet(add) == parser.isSet(remove))
        return refuse(tr("hotplug needs --connect URI and one of --add DEVICE.xml or --remove ADDR\n%1").arg(usage()));
    if (parser.isSet(at) && !parser.isSet(add))
        return refuse(tr("--at goes with --add"));

    HotplugRequest request;
    request.uri = parser.value(connect);
    request.name = parser.positionalArguments().at(0);
    request.adding = parser.isSet(add);
    request.alsoConfig = parser.isSet(config);
    bool ok = false;
    request.seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || request.seconds <= 0 || request.seconds > 3600)
        return refuse(tr("--timeout takes seconds, more than 0 and at most 3600"));
    const QString addressText = parser.isSet(at) ? parser.value(at) : parser.value(remove);
    if (!addressText.isEmpty()) {
        request.address = PciAddress::fromString(addressText);
        if (!request.address)
            return refuse(tr("'%1' is not a PCI address ([dddd:]bb:ss.f, hex)").arg(addressText));
    }
    if (request.adding) {
        const QString path = parser.value(add);
        if (path == QLatin1String("-")) {
            request.deviceXml = io.in->read(XmlParseLimits().maxBytes + 1);
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return refuse(tr("cannot read %1: %2").arg(path, file.errorString()));
            request.deviceXml = file.read(XmlParseLimits().maxBytes + 1);
        }
    }
    return request;
}

/** What a refused live plan prints: each refusal, and the exit status of the worst. */
int reportRefusals(Io &io, const QString &what, const QList<rules::LiveRefusal> &refusals)
{
    Severity worst = Severity::Info;
    for (const rules::LiveRefusal &r : refusals) {
        io.err << "pcitopo: " << what << ": "
               << (r.severity == Severity::LibvirtError ? tr("libvirt would refuse: ") : tr("QEMU would refuse: "))
               << r.message << '\n';
        worst = std::max(worst, r.severity);
    }
    io.err << tr("(nothing was asked of libvirt)") << '\n';
    io.err.flush();
    return exitCodeFor(worst);
}

int plug(Io &io, VirtConnection &connection, const HotplugRequest &request, const QByteArray &live,
         const HostFacts &facts)
{
    QString error;
    const std::optional<rules::PlugPlan> plan =
        rules::planPlug(live, request.deviceXml, request.address, &error, facts);
    if (!plan)
        return io.fail(error);
    if (!plan->refusals.isEmpty())
        return reportRefusals(io, plan->label, plan->refusals);
    const VirtConnection::Result attached = connection.attachDevice(request.name, plan->deviceXml, request.alsoConfig);
    if (!attached.ok) {
        io.err << "pcitopo: " << tr("libvirt refused to plug %1: %2").arg(plan->label, attached.error) << '\n';
        io.err.flush();
        return LibvirtRefuses;
    }
    io.out << tr("plugged %1 into %2 at %3").arg(plan->label, request.name, plan->address->toString());
    if (plan->guestAddress)
        io.out << ' ' << tr("(the guest sees %1)").arg(plan->guestAddress->toShortString());
    io.out << '\n';
    if (request.alsoConfig)
        io.out << tr("the next boot's definition has it too") << '\n';
    io.out.flush();
    return Clean;
}

/** How the wait for an unplugged device ended. */
enum class Outcome { Waiting, Removed, Refused, Lost };

int unplug(Io &io, VirtConnection &connection, const HotplugRequest &request, const QByteArray &live)
{
    QString error;
    const std::optional<rules::UnplugPlan> plan = rules::planUnplug(live, *request.address, &error);
    if (!plan)
        return io.fail(tr("domain %1: %2").arg(request.name, error));
    if (!plan->refusals.isEmpty())
        return reportRefusals(io, plan->label, plan->refusals);

    // Only DEVICE_REMOVED proves an unplug: libvirt's detach returns once it has asked the guest.
    std::mutex mutex;
    std::condition_variable changed;
    Outcome outcome = Outcome::Waiting;
    QString lostReason;
    // A connection that dies meanwhile ends the wait at once: nothing more can be learnt.
    connection.setLostHandler([&](const QString &reason) {
        std::lock_guard lock(mutex);
        lostReason = reason;
        outcome = Outcome::Lost;
        changed.notify_all();
    });
    const bool watching = connection.watchDomains(
        [&](const DomainEvent &event) {
            if (event.name != request.name || event.device != plan->alias)
                return;
            std::lock_guard lock(mutex);
            if (event.kind == DomainEvent::Kind::DeviceRemoved)
                outcome = Outcome::Removed;
            else if (event.kind == DomainEvent::Kind::DeviceRemovalFailed)
                outcome = Outcome::Refused;
            changed.notify_all();
        },
        &error);
    const VirtConnection::Result detached = connection.detachDevice(request.name, plan->deviceXml, request.alsoConfig);
    if (!detached.ok) {
        connection.watchDomains({});
        connection.setLostHandler({});
        io.err << "pcitopo: " << tr("libvirt refused to unplug %1: %2").arg(plan->label, detached.error) << '\n';
        io.err.flush();
        return LibvirtRefuses;
    }
    const auto wait = std::chrono::duration<double>(request.seconds);
    Outcome result;
    bool byEvent = false;
    {
        std::unique_lock lock(mutex);
        if (watching)
            changed.wait_for(lock, wait, [&] { return outcome != Outcome::Waiting; });
        result = outcome;
        byEvent = outcome == Outcome::Removed || outcome == Outcome::Refused;
    }
    connection.watchDomains({});
    connection.setLostHandler({});
    if (result == Outcome::Lost) {
        io.err << "pcitopo: "
               << tr("the connection to %1 was lost while waiting for the guest (%2): whether it released %3 is "
                     "not known")
                      .arg(request.uri, lostReason, plan->label)
               << '\n';
        io.err.flush();
        return BadInput;
    }
    if (result == Outcome::Waiting) {
        // No event in time (or a driver without events, whose live definition is read until
        // the timeout): the live definition has the last word. One that cannot be read says
        // nothing either way.
        const auto released = [&]() -> std::optional<bool> {
            const QByteArray now = connection.liveXml(request.name, &error);
            if (now.isEmpty())
                return std::nullopt;
            const std::optional<rules::UnplugPlan> still = rules::planUnplug(now, *request.address, nullptr);
            return !still || still->alias != plan->alias;
        };
        const auto deadline = std::chrono::steady_clock::now() + wait;
        std::optional<bool> removed = released();
        while (!watching && removed == false && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            removed = released();
        }
        if (!removed) {
            io.err << "pcitopo: " << tr("cannot tell whether the guest released %1: %2").arg(plan->label, error)
                   << '\n';
            io.err.flush();
            return BadInput;
        }
        if (*removed)
            result = Outcome::Removed;
    }
    switch (result) {
    case Outcome::Removed:
        io.out << tr("unplugged %1 from %2 at %3").arg(plan->label, request.name, request.address->toString()) << ' '
               << (byEvent ? tr("(the guest released it: libvirt's DEVICE_REMOVED)")
                           : tr("(no event came; the live definition no longer has it)"))
               << '\n';
        if (request.alsoConfig)
            io.out << tr("the next boot's definition no longer has it") << '\n';
        io.out.flush();
        return Clean;
    case Outcome::Refused:
        io.err << "pcitopo: " << tr("the guest refused to release %1: it stays in the running guest").arg(plan->label)
               << '\n';
        break;
    case Outcome::Lost: // returned above
    case Outcome::Waiting:
        io.err << "pcitopo: "
               << tr("the guest has not released %1 after %2 s: the unplug is pending, and the device stays in the "
                     "running guest until the guest lets it go")
                      .arg(plan->label)
                      .arg(request.seconds)
               << '\n';
        break;
    }
    if (request.alsoConfig)
        io.err << tr("the next boot's definition no longer has it") << '\n';
    io.err.flush();
    return Pending;
}

} // namespace

int runHotplug(Io &io, const QStringList &arguments)
{
    const std::optional<HotplugRequest> request = readRequest(io, arguments);
    if (!request)
        return BadInput;
    QString error;
    HostInventory host; // the host's IOMMU groups: a group the guest would get only part of
    const std::unique_ptr<VirtConnection> connection = connectTo(io, request->uri, &host);
    if (!connection)
        return BadInput;
    if (!connection->isActive(request->name, &error))
        return io.fail(error.isEmpty()
                           ? tr("domain %1 is not running: hotplug needs a running guest").arg(request->name)
                           : tr("domain %1: %2").arg(request->name, error));
    const QByteArray live = connection->liveXml(request->name, &error);
    if (live.isEmpty())
        return io.fail(tr("domain %1: %2").arg(request->name, error));
    if (request->adding)
        return plug(io, *connection, *request, live, host.factsFor(request->name));
    return unplug(io, *connection, *request, live);
}

} // namespace pcitopo::cli
