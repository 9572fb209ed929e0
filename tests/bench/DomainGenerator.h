#pragma once

#include <QByteArray>

namespace pcitopo::bench {

/**
 * A legal q35 domain with `devices` PCI devices at explicit addresses, libvirt-formatted:
 * eight root ports on 00:02, a pcie-to-pci-bridge behind the first port, and pci-bridges on
 * it whose 31 slots × 8 functions hold the devices (multifunction on function 0), so that the
 * bus-number budget holds at 5000 devices. Deterministic for a given count.
 */
QByteArray generateQ35Domain(int devices);

/**
 * A q35 domain with `ports` root ports (eight functions to a slot of pcie-root from 00:02;
 * past 232, behind a pcie-expander-bus on 00:01), each holding one virtio disk: a wide, shallow
 * guest. Past about 250 ports the bus numbers run out, and the checker says so.
 */
QByteArray generateQ35PortsDomain(int ports);

/**
 * A q35 domain named `name` with `disks` virtio disks and `legacyNics` e1000 interfaces, none
 * with an address (and no implicit USB controller or memballoon): what placement starts from.
 */
QByteArray generateUnplacedQ35Domain(const QByteArray &name, int disks, int legacyNics);

} // namespace pcitopo::bench
