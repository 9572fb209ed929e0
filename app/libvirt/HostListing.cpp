#include "HostListing.h"

#include "DomainDocument.h"

namespace pcitopo {

HostListing listHost(VirtConnection &connection)
{
    HostListing listing;
    listing.libvirtVersion = connection.libvirtVersion();
    listing.hypervisor = connection.hypervisorVersion();
    listing.domains = connection.domains(&listing.error);
    HostCapabilities capabilities;
    capabilities.hypervisor = listing.hypervisor;
    QString ignored;
    // Without them (a driver that has none) the rules about the host stay silent.
    capabilities.readCapabilities(connection.capabilities(&ignored), &ignored);
    QString deviceError;
    const QList<QByteArray> devices = connection.pciNodeDevices(&deviceError);
    if (!listing.host.addNodeDevices(devices, &deviceError) && listing.error.isEmpty())
        listing.error = deviceError;
    for (DomainSummary &domain : listing.domains) {
        if (const auto document = DomainDocument::fromXml(domain.definition, &ignored)) {
            const Topology &t = document->topology();
            listing.host.addGuest(domain.name, t);
            // Each machine type once; one the host lacks has none (host-machine says so).
            if (!capabilities.isEmpty() && !capabilities.guest(t.arch(), t.machine())
                && capabilities.machines.value(t.arch()).contains(t.machine()))
                capabilities.readDomainCapabilities(
                    t.arch(), t.machine(), connection.domainCapabilities(t.arch(), t.machine(), &ignored), &ignored);
        }
        domain.definition.clear();
    }
    listing.host.setCapabilities(capabilities);
    return listing;
}

} // namespace pcitopo
