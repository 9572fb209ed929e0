#include "FleetCheck.h"

#include "DomainDocument.h"
#include "libvirt/HostListing.h"
#include "libvirt/SerialWorker.h"
#include "libvirt/VirtConnection.h"
#include "rules/RuleChecker.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace pcitopo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::FleetCheck)
};

/** One domain as read from its host: its persistent XML, or why it could not be read. */
struct DomainRead
{
    QString name;
    QByteArray xml;
    QString error;
};

/** What one host's reader brings back: its facts and the domains asked for, in order. */
struct HostRead
{
    QString error;
    QString libvirtVersion;
    QString hypervisor;
    HostInventory host;
    QList<DomainRead> domains;
};

HostRead readHost(const QString &uri, const FleetCheck &fleet)
{
    HostRead read;
    // Several hosts at once cannot share a terminal for passwords: questions are declined
    // then (use keys or an agent); one host may ask on the terminal.
    std::unique_ptr<VirtConnection> connection;
    if (fleet.uris.size() > 1)
        connection = VirtConnection::openWithin(uri, fleet.timeoutMs, &read.error, false,
                                                [](QList<Credential> &) { return false; });
    else
        connection = VirtConnection::openWithin(uri, fleet.timeoutMs, &read.error);
    if (!connection) {
        read.error = Text::tr("cannot connect: %1").arg(read.error);
        return read;
    }
    const HostListing listing = listHost(*connection);
    read.host = listing.host;
    read.libvirtVersion = listing.libvirtVersion;
    read.hypervisor = listing.hypervisor;
    QStringList names = fleet.domains;
    if (fleet.all) {
        if (!listing.error.isEmpty() && listing.domains.isEmpty())
            read.error = listing.error;
        names.clear();
        for (const DomainSummary &domain : listing.domains)
            names.append(domain.name);
    }
    for (const QString &name : std::as_const(names)) {
        DomainRead domain{name, {}, {}};
        domain.xml = connection->domainXml(name, &domain.error);
        read.domains.append(domain);
    }
    return read;
}

CheckedHost check(const QString &uri, const HostRead &read)
{
    CheckedHost checked;
    checked.uri = uri;
    checked.libvirtVersion = read.libvirtVersion;
    checked.hypervisor = read.hypervisor;
    checked.error = read.error;
    for (const DomainRead &domain : read.domains) {
        QString error = domain.error;
        const std::unique_ptr<DomainDocument> document =
            domain.xml.isEmpty() ? nullptr : DomainDocument::fromXml(domain.xml, &error);
        if (!document) {
            CheckedInput input;
            input.name = domain.name;
            input.error = error;
            checked.inputs.append(input);
            continue;
        }
        rules::RuleOptions options;
        options.host = read.host.factsFor(domain.name);
        checked.inputs.append(CheckedInput::fromTopology(domain.name, document->topology(),
                                                         rules::checkTopology(document->topology(), options)));
    }
    return checked;
}

} // namespace

QList<CheckedHost> FleetCheck::run(const std::function<void(int, int)> &progress) const
{
    // Hosts are read on worker threads (libvirt calls block); the checking is done here.
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable changed;
        QList<std::optional<HostRead>> reads;
        QList<std::chrono::steady_clock::time_point> started; // when a reader took each host
        int next = 0; // the next host nobody reads yet
    };
    auto shared = std::make_shared<Shared>();
    shared->reads.resize(uris.size());
    shared->started.resize(uris.size());
    const int total = int(uris.size());
    // A reader takes the next host when done with one: a slow host holds up only its reader.
    const std::function<void()> reader = [shared, fleet = *this] {
        for (;;) {
            int i;
            {
                std::lock_guard lock(shared->mutex);
                if (shared->next == int(fleet.uris.size()))
                    return;
                i = shared->next++;
                shared->started[i] = std::chrono::steady_clock::now();
            }
            HostRead read = readHost(fleet.uris[i], fleet);
            std::lock_guard lock(shared->mutex);
            if (!shared->reads[i]) // not given up on meanwhile
                shared->reads[i] = std::move(read);
            shared->changed.notify_all();
        }
    };
    for (int w = 0; w < std::min(std::max(1, jobs), total); ++w)
        SerialWorker().post(reader);

    // A host that connected but then stalls in a call (its keepalive still answered) is given
    // up after four times the connect timeout; a fresh reader takes its place.
    const auto limit = std::chrono::milliseconds(qint64(timeoutMs) * 4);
    std::unique_lock lock(shared->mutex);
    int done = 0;
    for (;;) {
        const auto now = std::chrono::steady_clock::now();
        for (int i = 0; i < shared->next && timeoutMs > 0; ++i) {
            if (!shared->reads[i] && now - shared->started[i] > limit) {
                HostRead stalled;
                stalled.error = Text::tr("no answer within %n second(s) while reading the host", nullptr,
                                         int(limit.count() / 1000));
                shared->reads[i] = stalled;
                SerialWorker().post(reader);
            }
        }
        const int now_done = int(std::count_if(shared->reads.cbegin(), shared->reads.cend(),
                                               [](const std::optional<HostRead> &r) { return r.has_value(); }));
        if (now_done != done && progress) {
            done = now_done;
            lock.unlock();
            progress(done, total);
            lock.lock();
        }
        done = now_done;
        if (done == total)
            break;
        shared->changed.wait_for(lock, std::chrono::milliseconds(200));
    }
    QList<CheckedHost> hosts;
    for (int i = 0; i < total; ++i)
        hosts.append(check(uris[i], *shared->reads[i]));
    return hosts;
}

} // namespace pcitopo
