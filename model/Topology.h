#pragma once

#include "NodeId.h"
#include "PciAddress.h"
#include "xml/XmlDocument.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace pcitopo {

struct TopologyChange;

/** Machine families with distinct PCI rules (reference/pci-rules.md §1.1, §5, §11). */
enum class MachineFamily {
    Pc, // i440fx: pci-root
    Q35, // pcie-root
    ArmVirt, // aarch64/armv7l virt: pcie-root (gpex)
    RiscvVirt, // riscv64 virt: pcie-root (gpex)
    Pseries, // ppc64 pseries: pci-root PHBs
    S390, // s390x zPCI
    Xen, // Xen HVM: one emulated PCI bus, guest slots chosen by libxl
    Other,
};

/** Every <controller type='pci'> model libvirt 9.0 knows (§1.1). */
enum class ControllerModel {
    PciRoot,
    PcieRoot,
    PciBridge,
    DmiToPciBridge,
    PcieToPciBridge,
    PcieRootPort,
    PcieSwitchUpstreamPort,
    PcieSwitchDownstreamPort,
    PciExpanderBus,
    PcieExpanderBus,
    Unknown,
};

/**
 * What kind of slot a device needs when libvirt places it (§2). Explicit addresses ignore
 * the class; it matters for automatic placement and the guideline warnings.
 */
enum class DeviceClass {
    PciEndpoint, // conventional PCI
    PcieEndpoint, // PCI Express (PCI on machines without pcie-root)
    Either, // a host device whose PCIe capability is not known yet
    None, // never takes a PCI address
};

/** A <controller type='pci'>, or the root libvirt adds when the XML has none. */
struct Controller
{
    NodeId id;
    int index = -1; // -1 when the attribute is missing or unreadable
    QString indexText;
    ControllerModel model = ControllerModel::Unknown;
    QString modelText; // the model attribute as written
    QString modelName; // <model name='...'/>, the QEMU device
    std::optional<PciAddress> address;
    bool addressValid = true; // false: an attribute of <address> could not be read
    std::optional<bool> multifunction;
    std::optional<int> chassisNr, chassis, port, busNr, targetIndex, numaNode;
    std::optional<bool> hotplug;
    bool hasPciAddressElement = false; // even 00:00.0, which libvirt reads as "none yet"
    bool implicit = false;
    bool indexAuto = false; // the XML has no index: libvirt assigns the lowest unused one
    int line = 0;

    bool isRoot() const { return model == ControllerModel::PciRoot || model == ControllerModel::PcieRoot; }
    /** "pcie-root-port #3" */
    QString label() const;
    /**
     * What its <target> and origin say, as shown wherever a controller is described: "chassis
     * 3", "port 0x10", "busNr 2", "PHB 1", "NUMA node 0", "hotplug off", "implicit".
     */
    QStringList facts() const;
    friend bool operator==(const Controller &, const Controller &) = default;
};

/** An element under <devices> that has, or may take, a PCI address (§2). */
struct Device
{
    NodeId id;
    /**
     * What names the device across edits and saves, untranslated: "disk vda", "interface
     * 52:54:00:12:34:56", "hostdev 0000:01:00.0", "controller usb 0", "rng #1" (the first
     * <rng>). Placement constraints refer to devices by it.
     */
    QString key;
    QString element; // disk, interface, hostdev, controller, video, ...
    QString label; // what a user recognises: "disk vda", "hostdev 0000:01:00.0"
    QString model; // bus, model or type that decides the class
    DeviceClass deviceClass = DeviceClass::None;
    bool virtio = false;
    bool integratedOnly = false; // virtio-iommu: bus 0 only
    bool pciAddressOnly = false; // no other address type allowed (PCI hostdev, vfio-pci mdev)
    std::optional<PciAddress> address;
    bool addressValid = true;
    QString otherAddressType; // a non-PCI <address type>, which keeps the device off PCI
    std::optional<bool> multifunction;
    std::optional<PciAddress> hostAddress; // <hostdev type='pci'> source
    bool managed = true; // <hostdev managed>: libvirt rebinds to vfio-pci
    bool missingSource = false; // a PCI <hostdev> without <source><address/>
    QString diskBus; // <disk><target bus>, for disks
    QString controllerType; // <controller type> of non-PCI controllers (usb, sata, …)
    int controllerIndex = -1;
    bool controllerIndexAuto = false; // written without index: libvirt picks one
    std::optional<quint32> zpciUid, zpciFid; // s390 <address><zpci uid fid/>
    bool zpciValid = true;
    int line = 0;
    friend bool operator==(const Device &, const Device &) = default;
};

/** A <controller> of any type but pci, whether it takes a PCI address or not. */
struct ControllerElement
{
    NodeId id;
    QString type; // usb, scsi, sata, ide, virtio-serial, ccid, …
    QString model;
    int index = -1; // -1: written without one (libvirt picks one)
    friend bool operator==(const ControllerElement &, const ControllerElement &) = default;
};

/** Any <hostdev> (PCI or not) or hostdev-backed <interface>, by what it takes from the host. */
struct HostdevSource
{
    NodeId id;
    QString key; // "pci 0000:01:00.0", "scsi scsi_host0 0:0:0", "usb 046d:c52b"
    QString label;
    int line = 0;
    std::optional<PciAddress> pciAddress; // the host function, for a PCI source
    friend bool operator==(const HostdevSource &, const HostdevSource &) = default;
};

/**
 * The PCI address an <address domain bus slot function/> element names, absent attributes
 * read as 0 (the host side of a <hostdev>, an <iommuGroup> member of a node device).
 */
PciAddress pciAddressOf(const XmlNode &element);

/**
 * A user's placement constraint for one device, kept in the domain's <metadata> under
 * pcitopo's namespace (so it survives a define through libvirt):
 *
 *   <metadata><pcitopo:placement xmlns:pcitopo="https://pcitopo.org/xmlns/placement/1.0">
 *     <pcitopo:device key="hostdev 0000:01:00.0" hotplug="yes" bus="pcie" numa-node="1"
 *                     controller="pcie-root-port"/>
 *   </pcitopo:placement></metadata>
 */
struct PlacementConstraint
{
    enum class Bus { Any, Pcie, Pci };
    QString device; // Device::key
    bool hotplug = false; // must sit where it can be hot-unplugged
    Bus bus = Bus::Any; // PCIe only (a port) or conventional PCI only (a PCI bus)
    int numaNode = -1; // on a bus of this guest NUMA node (expander bus or PHB)
    ControllerModel controller = ControllerModel::Unknown; // preferred kind of parent bus
    bool isEmpty() const
    {
        return !hotplug && bus == Bus::Any && numaNode < 0 && controller == ControllerModel::Unknown;
    }
    friend bool operator==(const PlacementConstraint &, const PlacementConstraint &) = default;
};

/** pcitopo's XML namespace in <metadata>. */
inline constexpr char PlacementNamespace[] = "https://pcitopo.org/xmlns/placement/1.0";

/**
 * The nodes as every view shows them: trees hanging from the roots, each node once (under the
 * first parent that reaches it, should controllers form a loop), and what no tree reaches.
 */
struct TopologyForest
{
    QList<NodeId> roots; // by index
    QHash<NodeId, QList<NodeId>> children; // a controller's nodes on its bus, in bus order
    QList<NodeId> unconnected; // no address, or on a bus no controller provides: controllers, then devices

    QList<NodeId> childrenOf(NodeId id) const { return children.value(id); }
};

/** Where a node is attached, for views that walk the tree. */
struct NodeRef
{
    enum Kind { None, ControllerNode, DeviceNode } kind = None;
    int row = -1; // index into controllers() or devices()
    friend bool operator==(const NodeRef &, const NodeRef &) = default;
};

/**
 * A read-only index of a domain's PCI topology: every PCI controller and every device that
 * has or may take a PCI address, built from the document and rebuilt after each edit. It
 * holds no copy of the XML: its handles point into the document it was built from.
 */
class Topology
{
public:
    Topology() = default;
    static Topology build(const XmlDocument &document);
    /**
     * This topology as libvirt would see it with every PCI address removed from devices and
     * controllers (the roots keep theirs: they have none): "re-place everything".
     */
    Topology withoutAddresses() const;
    /** A copy in which these nodes have no address (a Fix that re-places them plans on it). */
    Topology withoutAddressesOf(const QList<NodeId> &nodes) const;
    /**
     * Brings the index up to date with an edit of the document it was built from, re-reading
     * only the elements the change names: devices and controllers moved or edited, devices
     * added or removed. Returns false, and leaves the index unusable, when the change may touch
     * more than those (a controller added, removed or given another index, a fact about the
     * whole domain): the caller then builds it anew. Either way the result
     * equals a fresh build(), which the tests and the fuzzer assert.
     */
    [[nodiscard]] bool update(const XmlDocument &document, const TopologyChange &change);

    friend bool operator==(const Topology &, const Topology &) = default;

    QString domainName() const { return m_domainName; }
    QString arch() const { return m_arch; }
    QString machine() const { return m_machine; }
    MachineFamily family() const { return m_family; }
    /** Guest NUMA cells declared in <cpu><numa>. */
    int numaCells() const { return m_numaCells; }
    /** A disk on the IDE bus exists (libvirt then adds IDE controller 0: 00:01.1 on pc). */
    bool hasIdeDisk() const { return m_hasIdeDisk; }
    /**
     * libvirt will have a PIIX3 USB controller with index 0 (explicit with model piix3-uhci or
     * no model, or added by default because the XML has no USB controller 0): 00:01.2 on pc.
     */
    bool hasDefaultUsb() const { return m_hasDefaultUsb; }
    /** <features><acpi/> is present (virtio-iommu needs it). */
    bool hasAcpi() const { return m_hasAcpi; }

    /**
     * What the XML lacks that libvirt adds at define (reference §5): the automatic planner
     * places these too, so its plan shows what libvirt will define.
     */
    struct Omissions
    {
        bool memballoon = true; // no <memballoon> element (model='none' counts as one)
        bool usbController = true; // no USB controller at all (model='none' counts as one)
        bool videoForGraphics = false; // <graphics> without any <video>
        bool sataController0 = true; // no SATA controller 0 (q35 always has one at 00:1f.2)
        QList<int> virtioSerial; // controller indexes virtio channels or consoles name
        /**
         * SCSI controller indexes that SCSI disks and SCSI host devices need and the XML lacks:
         * every index up to the highest their drive addresses name (virDomainDefAddImplicitControllers).
         */
        QList<int> scsi;
        QList<int> ccid; // CCID controller indexes smartcards name and the XML lacks
        friend bool operator==(const Omissions &, const Omissions &) = default;
    };
    const Omissions &omissions() const { return m_omissions; }

    const QList<Controller> &controllers() const { return m_controllers; }
    const QList<Device> &devices() const { return m_devices; }
    /** Every host device the domain takes, for duplicate checks (A18). */
    const QList<HostdevSource> &hostdevSources() const { return m_hostdevs; }
    /** Every <controller> but the PCI ones, in document order. */
    const QList<ControllerElement> &otherControllers() const { return m_otherControllers; }
    /** Placement constraints from <metadata>, by device key (entries for no device included). */
    const QList<PlacementConstraint> &constraints() const { return m_constraints; }
    /** The constraint on this device, if the user set one. */
    const PlacementConstraint *constraintFor(const Device &device) const;

    /**
     * The controllers the tree hangs from, by index: index 0, pseries PHBs, and roots without a
     * parent bus. Each index once (a repeated index is reported by the rules).
     */
    QList<const Controller *> roots() const;
    /** The forest of roots(), walked once for the tree, the diagram and the command line. */
    TopologyForest forest() const;
    /** The controller with this libvirt index (the first, when the XML repeats an index). */
    const Controller *controllerByIndex(int index) const;
    /**
     * The guest NUMA node of the bus with this index: its controller's <target><node>, else
     * its parent bus's (root ports of an expander bus); -1 when none.
     */
    int numaNodeOfBus(int index) const;
    const Controller *controller(NodeId id) const;
    const Device *device(NodeId id) const;
    NodeRef find(NodeId id) const { return m_refs.value(id); }
    /**
     * The XML element of a node; null for implicit controllers. Controllers that take no PCI
     * address (a USB controller with model='none', …) are not nodes, but their element is
     * found here too, so that placement can write what libvirt fills into them.
     */
    XmlNode element(NodeId id) const { return m_elements.value(id); }
    /** The PCI address of a device or controller, if it has one. */
    std::optional<PciAddress> addressOf(NodeId id) const;
    /** A short label for any node, in the user's language. */
    QString labelOf(NodeId id) const;
    /**
     * What names a node across languages, edits and saves: a device's Device::key, "controller
     * pci N" for the PCI controller with index N. Diagnostic keys, SARIF fingerprints and
     * exported element ids are made from it, never from a translated label.
     */
    QString keyOf(NodeId id) const;
    /** Nodes (devices and controllers) whose address is on the bus with this index. */
    QList<NodeId> nodesOnBus(int busIndex) const { return m_byBus.value(busIndex); }
    /** Nodes at exactly this address: more than one is a conflict. */
    QList<NodeId> nodesAt(const PciAddress &address) const;

    static QString familyName(MachineFamily family);
    static ControllerModel controllerModelFromString(const QString &model);
    static QString controllerModelName(ControllerModel model);
    static QString deviceClassName(DeviceClass deviceClass);
    /** True for machines whose index-0 controller is pcie-root. */
    static bool isPcieMachine(MachineFamily family);

private:
    void index();
    bool busOrder(NodeId a, NodeId b) const; // the order of nodesOnBus: slot, function, id
    void addToBus(NodeId id, const std::optional<PciAddress> &address);
    void removeFromBus(NodeId id, const std::optional<PciAddress> &address);
    bool removeDevice(NodeId id);
    bool addDevice(const XmlDocument &document, NodeId id);
    /** After a device row came or went: its kind's later devices are numbered again. */
    void renumber(const QString &element, int fromRow);

    QString m_domainName;
    QString m_arch;
    QString m_machine;
    MachineFamily m_family = MachineFamily::Other;
    int m_numaCells = 0;
    bool m_hasIdeDisk = false;
    bool m_hasDefaultUsb = true;
    bool m_hasAcpi = false;
    Omissions m_omissions;
    QList<PlacementConstraint> m_constraints;
    QList<Controller> m_controllers;
    QList<Device> m_devices;
    QList<HostdevSource> m_hostdevs;
    QList<ControllerElement> m_otherControllers;
    QHash<NodeId, NodeRef> m_refs;
    QHash<NodeId, XmlNode> m_elements;
    QHash<int, QList<NodeId>> m_byBus;
    QHash<int, int> m_controllerByIndex; // index -> row of the first controller with it
    QHash<NodeId, int> m_ordinals; // a device's place among its kind, for Device::key
    QSet<NodeId> m_domainFacts; // nodes whose element tells about the whole domain
};

} // namespace pcitopo
