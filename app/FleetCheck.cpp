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

/** What one host's reader brings back: its facts and the definitions asked for. */
struct HostRead
{
    QString error;
    HostInventory host;
    QList<std::pair<QString, QByteArray>> definitions; // name, persistent XML
    QList<std::pair<QString, QString>> missing; // name, why
};

HostRead readHost(const QString &uri, const FleetCheck &fleet)
{
    HostRead read;
    const std::unique_ptr<VirtConnection> connection = VirtConnection::openWithin(uri, fleet.timeoutMs, &read.error);
    if (!connection) {
        read.error = Text::tr("cannot connect: %1").arg(read.error);
        return read;
    }
    const HostListing listing = listHost(*connection);
    read.host = listing.host;
    QStringList names = fleet.domains;
    if (fleet.all) {
        if (!listing.error.isEmpty() && listing.domains.isEmpty())
            read.error = listing.error;
        names.clear();
        for (const DomainSummary &domain : listing.domains)
            names.append(domain.name);
    }
    for (const QString &name : std::as_const(names)) {
        QString error;
        const QByteArray xml = connection->domainXml(name, &error);
        if (xml.isEmpty())
            read.missing.append({name, error});
        else
            read.definitions.append({name, xml});
    }
    return read;
}

CheckedHost check(const QString &uri, const HostRead &read)
{
    CheckedHost checked;
    checked.uri = uri;
    checked.error = read.error;
    for (const auto &[name, xml] : read.definitions) {
        QString error;
        const std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(xml, &error);
        if (!document) {
            CheckedInput input;
            input.name = name;
            input.error = error;
            checked.inputs.append(input);
            continue;
        }
        rules::RuleOptions options;
        options.host = read.host.factsFor(name);
        checked.inputs.append(CheckedInput::fromTopology(name, document->topology(),
                                                         rules::checkTopology(document->topology(), options)));
    }
    for (const auto &[name, why] : read.missing) {
        CheckedInput input;
        input.name = name;
        input.error = why;
        checked.inputs.append(input);
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
        int next = 0; // the next host nobody reads yet
    };
    auto shared = std::make_shared<Shared>();
    shared->reads.resize(uris.size());
    const int total = int(uris.size());
    // `jobs` readers, each taking the next host when done with one: a slow host holds up
    // only its reader.
    for (int w = 0; w < std::min(std::max(1, jobs), total); ++w) {
        SerialWorker().post([shared, fleet = *this] {
            for (;;) {
                int i;
                {
                    std::lock_guard lock(shared->mutex);
                    if (shared->next == int(fleet.uris.size()))
                        return;
                    i = shared->next++;
                }
                HostRead read = readHost(fleet.uris[i], fleet);
                std::lock_guard lock(shared->mutex);
                shared->reads[i] = std::move(read);
                shared->changed.notify_all();
            }
        });
    }

    QList<CheckedHost> hosts;
    std::unique_lock lock(shared->mutex);
    int done = 0;
    for (;;) {
        const int now = int(std::count_if(shared->reads.cbegin(), shared->reads.cend(),
                                          [](const std::optional<HostRead> &r) { return r.has_value(); }));
        if (now != done && progress) {
            done = now;
            lock.unlock();
            progress(done, total);
            lock.lock();
        }
        done = now;
        if (done == total)
            break;
        shared->changed.wait_for(lock, std::chrono::milliseconds(200));
    }
    for (int i = 0; i < total; ++i)
        hosts.append(check(uris[i], *shared->reads[i]));
    return hosts;
}

} // namespace pcitopo
