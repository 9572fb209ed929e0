#include "HostListing.h"

#include "DomainDocument.h"

namespace pcitopo {

HostListing listHost(VirtConnection &connection)
{
    HostListing listing;
    listing.libvirtVersion = connection.libvirtVersion();
    listing.domains = connection.domains(&listing.error);
    QString deviceError;
    const QList<QByteArray> devices = connection.pciNodeDevices(&deviceError);
    if (!listing.host.addNodeDevices(devices, &deviceError) && listing.error.isEmpty())
        listing.error = deviceError;
    for (DomainSummary &domain : listing.domains) {
        QString ignored;
        if (const auto document = DomainDocument::fromXml(domain.definition, &ignored))
            listing.host.addGuest(domain.name, document->topology());
        domain.definition.clear();
    }
    return listing;
}

} // namespace pcitopo
