#pragma once

#include "../Topology.h"
#include "../rules/HostFacts.h"

#include <QList>
#include <QString>

#include <optional>

namespace pcitopo::placement {

/**
 * How to place. LibvirtCompatible: what libvirt's define would assign. Recommended: on q35 and
 * virt every PCIe device on a root port of its own (ports packed 8 to a pcie-root slot),
 * legacy PCI devices behind pcie-to-pci-bridges, and spare empty ports for hotplug; when one
 * port per device would exceed the 256 bus numbers of the PCI domain, devices share ports as
 * functions of one slot. On pseries every host PE (IOMMU group) on a PHB of its own, emulated
 * devices on the default PHB, and spare empty PHBs (reference §5.6).
 */
enum class Policy { LibvirtCompatible, Recommended };

struct Options
{
    Policy policy = Policy::LibvirtCompatible;
    int sparePorts = 0; // Recommended: empty hotpluggable root ports (PHBs on pseries) to add
    /** Re-place everything: plan as if no device or controller had an address yet. */
    bool everything = false;
    /** The host's IOMMU groups and NUMA nodes, when a connection knows them (pseries). */
    const HostFacts *host = nullptr;
    /**
     * Follow pcitopo's placement constraints (<metadata>). Off: what libvirt itself assigns,
     * knowing nothing of them (the checker judges that).
     */
    bool constraints = true;
    /**
     * Only whether the plan succeeds, and why not (the checker asks): the values written into
     * existing elements that cannot make it fail are left out.
     */
    bool verdictOnly = false;
};

/** A PCI controller the plan adds, with where it goes. */
struct NewController
{
    int index = -1;
    ControllerModel model = ControllerModel::Unknown;
    PciAddress address;
    bool multifunction = false; // function 0 of a slot it shares
    int targetIndex = -1; // pseries PHB: <target index>
    int numaNode = -1; // pseries PHB, expander bus: <target><node>
    int busNr = -1; // expander bus: <target busNr>
    QString modelName; // <model name>, the QEMU device ("" for a root without one)
    NodeId neededBy; // libvirt's placement: the node it was added for, if one of the XML
    /** Roots (a pseries PHB, or the root libvirt writes when the XML has none) have no address. */
    bool hasAddress() const { return model != ControllerModel::PciRoot && model != ControllerModel::PcieRoot; }
};

/**
 * A device libvirt adds by itself at define when the XML lacks it (reference §5): a virtio
 * memballoon, USB controller 0, a video for graphics, virtio-serial controllers for virtio
 * channels, q35's SATA controller. The plan adds it so that it shows what libvirt will define.
 */
struct NewDevice
{
    QString element; // memballoon, controller, video
    QString type; // controller type: usb, sata, virtio-serial
    QString model; // virtio, qemu-xhci, piix3-uhci, pci-ohci, cirrus, vga, …
    int index = -1; // controller index
    PciAddress address;
    bool multifunction = false;
    bool pci = true; // false: it takes no PCI address (pseries' ibmvscsi SCSI controller)
    QString label() const;
};

/**
 * A value libvirt's define writes into an element the XML already has (§5.1 step 9): a
 * controller's index, its <model name>, <target> chassisNr, chassis, port, busNr or PHB index,
 * or the attributes a partly written <address> lacks. `child` is "" for the element itself.
 */
struct FilledValue
{
    NodeId node;
    QByteArray child;
    QByteArray attribute;
    QString value;
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
    /** When refused: the device or controller being placed when the policy gave up (null for one libvirt adds). */
    NodeId refused;
    QList<NewController> controllers;
    QList<NewDevice> devices;
    QList<Placement> placements;
    QList<FilledValue> filled;
    /** What the plan had to give up, said before its changes ("devices share ports"). */
    QStringList notes;
    bool isEmpty() const
    {
        return controllers.isEmpty() && devices.isEmpty() && placements.isEmpty() && filled.isEmpty();
    }
    /** One line per change, for the preview and the command line. */
    QStringList describe(const Topology &topology) const;
};

/**
 * Addresses for every controller and device without one, and the controllers they need,
 * following libvirt 9.0's qemuDomainAssignPCIAddresses (reference §5): fixed chipset places
 * first, then a dry run that adds buses where none is free (pcie-root-port per PCIe device,
 * root port plus pcie-to-pci-bridge for legacy PCI on PCIe machines, pci-bridge on pc), then
 * the real pass, new controllers first, each taking the first free compatible slot. On pseries,
 * libvirt's isolation groups: a PHB per host IOMMU group, new PHBs instead of bridges. Pure.
 * Supported: pc, q35, ARM/RISC-V virt and pseries; other machines are refused with the reason.
 */
Plan plan(const Topology &topology, const Options &options = {});

/**
 * Whether libvirt's define would assign any PCI address: a PCI controller or a PCI device
 * without one, or a device libvirt adds by itself (a memballoon, USB controller 0, …).
 */
bool needsPlacement(const Topology &topology);

/**
 * The QEMU device libvirt names in <model name> for a PCI controller model
 * (qemuDomainPCIControllerSetDefaultModelName); empty for roots that have none.
 */
QString defaultModelName(ControllerModel model, MachineFamily family);

/**
 * The <target> values libvirt fills in from a controller's index and address
 * (qemuDomainAssignPCIAddresses): chassisNr of a pci-bridge; chassis and port of a root port
 * (slot×8+function) or a downstream port (its slot). -1 where the model has none.
 */
struct TargetDefaults
{
    int chassisNr = -1;
    int chassis = -1;
    int port = -1;
};
TargetDefaults targetDefaults(ControllerModel model, int index, const std::optional<PciAddress> &address);

} // namespace pcitopo::placement
