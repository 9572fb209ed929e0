#pragma once

#include "../Topology.h"

#include <QList>
#include <QString>

#include <optional>

namespace pcitopo::placement {

/**
 * How to place. LibvirtCompatible: what libvirt's define would assign. Recommended (q35 and
 * virt): every PCIe device on a root port of its own (ports packed 8 to a pcie-root slot),
 * legacy PCI devices behind pcie-to-pci-bridges, and spare empty ports for hotplug; when one
 * port per device would exceed the 256 bus numbers of the PCI domain, devices share ports as
 * functions of one slot.
 */
enum class Policy { LibvirtCompatible, Recommended };

struct Options
{
    Policy policy = Policy::LibvirtCompatible;
    int sparePorts = 0; // Recommended: empty hotpluggable root ports to add
};

/** A PCI controller the plan adds, with where it goes. */
struct NewController
{
    int index = -1;
    ControllerModel model = ControllerModel::Unknown;
    PciAddress address;
    bool multifunction = false; // function 0 of a slot it shares
};

/** An address the plan gives a device or controller that has none. */
struct Placement
{
    NodeId node;
    PciAddress address;
    bool multifunction = false;
};

/** A plan, or why there is none. Pure data: PlanCommand applies it. */
struct Plan
{
    bool ok = false;
    QString reason;
    QList<NewController> controllers;
    QList<Placement> placements;
    bool isEmpty() const { return controllers.isEmpty() && placements.isEmpty(); }
    /** One line per change, for the preview and the command line. */
    QStringList describe(const Topology &topology) const;
};

/**
 * Addresses for every controller and device without one, and the controllers they need,
 * following libvirt 9.0's qemuDomainAssignPCIAddresses (reference §5): fixed chipset places
 * first, then a dry run that adds buses where none is free (pcie-root-port per PCIe device,
 * root port plus pcie-to-pci-bridge for legacy PCI on PCIe machines, pci-bridge on pc), then
 * the real pass, new controllers first, each taking the first free compatible slot. Pure.
 * Supported: pc, q35 and ARM/RISC-V virt; other machines are refused with the reason.
 */
Plan plan(const Topology &topology, const Options &options = {});

} // namespace pcitopo::placement
