#pragma once

#include "../PciAddress.h"
#include "../Topology.h"
#include "Diagnostic.h"
#include "HostFacts.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pcitopo::rules {

/**
 * Why libvirt or QEMU would refuse a live plug or unplug, in their words where they have some
 * (reference §4): LibvirtError when libvirt refuses before QEMU is asked, QemuError when QEMU
 * does.
 */
struct LiveRefusal
{
    Severity severity = Severity::LibvirtError;
    QString message;
};

/** A device to plug into a running guest, judged against its live definition. */
struct PlugPlan
{
    QByteArray deviceXml; // what to give virDomainAttachDeviceFlags: the address chosen written in
    QString label; // "interface 52:54:00:…", or the element's name when it has no identity yet
    std::optional<PciAddress> address; // libvirt's (bus = controller index)
    std::optional<PciAddress> guestAddress; // what the guest will see, from the live numbering
    QList<LiveRefusal> refusals; // empty: libvirt and QEMU would take it
};

/**
 * Plans plugging `deviceXml` (one element as for virsh attach-device) into the running guest
 * whose live XML is `liveXml`: at `at` (libvirt bus index, slot, function) when given, else at
 * the first free place that can take it while the guest runs, controllers in index order, the
 * way libvirt picks one. Judges the result: no hotplug on the bus (pcie-root, expander buses,
 * dmi-to-pci-bridge, hotplug='off'), a function other than 0, an occupied place, an element
 * libvirt cannot plug live, and every error the checker finds on the device where it would sit
 * (with `host`, the host's IOMMU groups too: a group the guest would get only part of).
 * Returns nothing, with `error`, when either XML cannot be read.
 */
std::optional<PlugPlan> planPlug(const QByteArray &liveXml, const QByteArray &deviceXml,
                                 const std::optional<PciAddress> &at, QString *error, const HostFacts &host = {});

/**
 * The first free function-0 place on a controller's own bus, for a plug there (whether it takes
 * one is planPlug's to say); none when every slot is taken.
 */
std::optional<PciAddress> freePlugPlace(const Topology &topology, const Controller &controller);

/** A device to take out of a running guest. */
struct UnplugPlan
{
    QByteArray deviceXml; // the element as the live XML has it, for virDomainDetachDeviceFlags
    QString label;
    QString alias; // what DEVICE_REMOVED names
    QList<LiveRefusal> refusals;
};

/**
 * Plans unplugging what sits at libvirt address `at` of the running guest: refused for a PCI
 * controller, a device sharing its slot with other functions, a bus without hotplug, and an
 * element libvirt cannot detach live. Nothing, with `error`, when the XML cannot be read or
 * nothing is at `at`.
 */
std::optional<UnplugPlan> planUnplug(const QByteArray &liveXml, const PciAddress &at, QString *error);

} // namespace pcitopo::rules
