#pragma once

#include "VirtConnection.h"
#include "host/HostInventory.h"

namespace pcitopo {

/**
 * What a connection says about its host: its domains, its PCI devices with their users, and
 * what its hypervisor offers (machine types; the domain capabilities of each machine type its
 * domains use).
 */
struct HostListing
{
    QList<DomainSummary> domains; // their definitions read and dropped
    HostInventory host;
    QString libvirtVersion; // of the daemon, "10.0.0"; "" when it did not say
    QString hypervisor; // "QEMU 7.2.0"; "" when it did not say
    QString error; // the first thing that could not be read, "" when all was
};

/**
 * Lists a connection's domains and host PCI devices, recording which guest uses which device.
 * A driver without node devices (a remote host without the nodedev driver) still lists its
 * domains; the host stays empty then. Blocks: call it off the GUI thread.
 */
HostListing listHost(VirtConnection &connection);

} // namespace pcitopo
