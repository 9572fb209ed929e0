#include "RuleChecker.h"

#include "RuleContext.h"

#include <QRegularExpression>

#include <algorithm>

namespace pcitopo {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("Rules", "info");
    case Severity::Warning: return QCoreApplication::translate("Rules", "warning");
    case Severity::QemuError: return QCoreApplication::translate("Rules", "QEMU would refuse");
    case Severity::LibvirtError: return QCoreApplication::translate("Rules", "libvirt refuses");
    }
    return QString();
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("note");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::QemuError:
    case Severity::LibvirtError: return QStringLiteral("error");
    }
    return QString();
}

QList<PciAddress> HostFacts::groupMembers(int group) const
{
    QList<PciAddress> members;
    for (const HostFunction &f : functions) {
        if (f.iommuGroup == group)
            members.append(f.address);
    }
    std::sort(members.begin(), members.end());
    return members;
}

} // namespace pcitopo

namespace pcitopo::rules {

namespace {

QList<RuleInfo> buildRegistry()
{
    // Kept untranslated (RuleInfo::title() translates): the registry is built once, and the
    // language may change after that.
    auto t = [](const char *text) {
        return text;
    };
    using S = Severity;
    return {
        // Addresses (reference §3)
        {QStringLiteral("address-syntax"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Unreadable address")),
         QStringLiteral("A2; libvirt conf/device_conf.c virPCIDeviceAddressParseXML"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "An attribute of <address type='pci'> is not a number. libvirt reads domain, bus, slot "
                             "and function as C integers: decimal, 0x-prefixed hex, or 0-prefixed octal."))},
        {QStringLiteral("address-domain"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "PCI domain other than 0")),
         QStringLiteral("A1; libvirt conf/domain_addr.c virDomainPCIAddressValidate"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "libvirt guests have a single PCI domain, 0, even on pseries where the guest sees one "
                             "domain per PHB. Set domain='0x0000'."))},
        {QStringLiteral("address-range"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Address out of range")),
         QStringLiteral("A2; libvirt conf/device_conf.c"),
         t(QT_TRANSLATE_NOOP("Rules", "bus must be at most 0xff, slot at most 0x1f and function at most 7."))},
        {QStringLiteral("bus-missing"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Address on a bus no controller provides")),
         QStringLiteral("A3; libvirt qemu/qemu_domain_address.c qemuDomainPCIAddressSetCreate"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The bus attribute names the index of a <controller type='pci'>. When none has that "
                             "index, libvirt silently adds controllers of the default model for every missing index "
                             "(and may renumber the device's bus). Add the controller yourself so the result is what "
                             "you expect; at hotplug nothing is added and the attach fails."))},
        {QStringLiteral("slot-range"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Slot not offered by the bus")),
         QStringLiteral("A4, §1.2; libvirt conf/domain_addr.c virDomainPCIAddressBusSetModel"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Each controller offers a fixed range of slots: root buses, pci-bridge and "
                             "pcie-to-pci-bridge 1–31 (slot 0 is the host bridge or the SHPC), dmi-to-pci-bridge, "
                             "switch upstream ports and expander buses 0–31, root ports and downstream ports only "
                             "slot 0."))},
        {QStringLiteral("address-conflict"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Address used twice")),
         QStringLiteral("A5, §2.1; libvirt conf/domain_addr.c (\"Attempted double use of PCI Address\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Every (bus, slot, function) can hold one device, and the chipset keeps some for itself: "
                             "00:01.0 and 00:01.3 on pc (PIIX3), 00:1f.0, 00:1f.2 and 00:1f.3 on q35 (ICH9). Move one "
                             "of the devices."))},
        {QStringLiteral("connection"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Device cannot be plugged into this controller")),
         QStringLiteral("A6, §0, §1.2–1.3; libvirt conf/domain_addr.c virDomainPCIAddressFlagsCompatible"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Each controller accepts certain kinds of devices: PCI endpoints, PCIe endpoints or "
                             "particular controllers. For an address written in the XML libvirt is lenient (a bus "
                             "taking either kind of endpoint takes both, a pci-bridge may go wherever an endpoint "
                             "may), but a controller must still sit on a parent that accepts its model: root ports "
                             "on pcie-root or pcie-expander-bus, downstream ports only on upstream ports, upstream "
                             "ports on root or downstream ports, pcie-to-pci-bridge on root or downstream ports (not "
                             "on pcie-root), expander buses only on the root."))},
        {QStringLiteral("integrated-device"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Integrated device off bus 0")),
         QStringLiteral("A6, §2; libvirt conf/domain_addr.c (\"needs to be an integrated device\")"),
         t(QT_TRANSLATE_NOOP("Rules", "virtio-iommu is an integrated device: it must sit on bus 0 (pcie-root)."))},
        {QStringLiteral("placement-refused"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "libvirt cannot place what has no address")),
         QStringLiteral("§5; libvirt qemu/qemu_domain_address.c qemuDomainAssignPCIAddresses, "
                        "conf/domain_addr.c virDomainPCIAddressSetGrow"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "libvirt gives an address to every PCI controller and device that has none, and adds the "
             "controllers that needs (a root port for each PCIe device on q35, a pci-bridge on pc). When "
             "no slot is left where a controller could go, or no controller libvirt adds would take the "
             "device, it refuses to define the domain: \"No more available PCI slots\", \"a PCI slot is "
             "needed to connect a PCI controller\". The finding runs libvirt's placement and names what it "
             "was placing. Fix: the recommended placement (which puts ports eight to a slot, and shares "
             "ports as functions when the bus numbers run out), fewer controllers without an address, or "
             "addresses written by hand."))},
        {QStringLiteral("fixed-address"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Device must be at its fixed address")),
         QStringLiteral("§2.1; libvirt qemu/qemu_domain_address.c qemuDomainValidateDevicePCISlotsPIIX3/Q35"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Some devices are part of the chipset: on pc the first IDE controller is 00:01.1 and the "
                             "first PIIX3 USB controller 00:01.2; on q35 the first SATA controller is 00:1f.2. Remove "
                             "the address and libvirt puts them there."))},
        {QStringLiteral("address-type"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "PCI address on a device that has none")),
         QStringLiteral("§2; libvirt qemu/qemu_validate.c, conf/domain_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Only devices that are PCI devices can carry <address type='pci'>: not an IDE, SATA, "
                             "SCSI, USB or floppy disk (their address is a drive address), not ramfb. A vfio-pci "
                             "mediated device or PCI host device needs a PCI address, not another kind."))},
        {QStringLiteral("machine-device"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Device not available on this machine")),
         QStringLiteral("§2, §8; libvirt qemu/qemu_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Some PCI devices exist only on some machines: virtio-iommu only on q35 and ARM virt, and "
                             "only with ACPI (<features><acpi/>); an IDE controller only as the single built-in one of "
                             "pc (i440fx), at 00:01.1."))},
        // Multifunction
        {QStringLiteral("multifunction-off"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "multifunction='off' on a shared slot")),
         QStringLiteral("A7; QEMU hw/pci/pci.c (\"single function device can't be populated\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "Function 0 of a slot with other functions must be a multifunction device. libvirt adds "
             "multifunction='on' when the attribute is absent but keeps an explicit 'off', and QEMU then "
             "refuses to start the guest. Set multifunction='on' or remove the attribute."))},
        {QStringLiteral("function-zero-missing"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Functions without function 0")), QStringLiteral("A8"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A slot whose functions do not include function 0 is accepted by libvirt and QEMU, but "
                             "the guest never scans the slot: those devices stay invisible. Move one of them to "
                             "function 0."))},
        {QStringLiteral("multifunction-implicit"), S::Info,
         t(QT_TRANSLATE_NOOP("Rules", "libvirt will add multifunction='on'")), QStringLiteral("A7, §5.1 step 9"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Function 0 of a slot with several functions gets multifunction='on' from libvirt when "
                             "the domain is defined."))},
        // Controllers (§1)
        {QStringLiteral("controller-index"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Invalid controller index")),
         QStringLiteral("§1.1; libvirt conf/domain_conf.c, domain_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules", "A PCI controller's index is a number from 0 to 255, used once."))},
        {QStringLiteral("controller-model"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Unknown or mismatched controller model")),
         QStringLiteral("§1.1; libvirt conf/domain_conf.c, qemu/qemu_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The model must be one libvirt knows (pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, "
                             "pcie-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, "
                             "pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus), and <model name> "
                             "must be the QEMU device that implements it."))},
        {QStringLiteral("root-controller"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Root controller misplaced")),
         QStringLiteral("A13; libvirt conf/domain_validate.c, qemu/qemu_domain_address.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The root bus is the controller with index 0: pcie-root on q35 and ARM/RISC-V virt, "
                             "pci-root elsewhere. Roots carry no address; on pseries further pci-root controllers are "
                             "extra PHBs."))},
        {QStringLiteral("controller-machine"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Controller not supported by the machine")),
         QStringLiteral("§1.1; libvirt qemu/qemu_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "pci-expander-bus (pxb) exists only on i440fx (pc) machines, pcie-expander-bus (pxb-pcie) "
                             "only on q35 and ARM virt."))},
        {QStringLiteral("bridge-index-order"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "pci-bridge index not above its bus")),
         QStringLiteral("A10; libvirt conf/domain_addr.c (\"index must be larger than bus\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A pci-bridge's index must be larger than the index of the bus it is plugged into."))},
        {QStringLiteral("controller-index-order"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "Controller index not above its parent's")),
         QStringLiteral("A11; QEMU (\"Bus 'pci.N' not found\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "libvirt hands controllers to QEMU in index order, so a controller plugged into a bus with "
             "a higher index than its own refers to a bus QEMU has not created yet, and QEMU refuses "
             "to start. libvirt checks this only for pci-bridge. Renumber so parents come first."))},
        {QStringLiteral("index-gaps"), S::Warning, t(QT_TRANSLATE_NOOP("Rules", "Gaps between controller indexes")),
         QStringLiteral("A12, A3"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "libvirt fills gaps in the controller indexes with controllers of the default model. "
                             "Renumber the controllers, or expect extra controllers after defining."))},
        {QStringLiteral("target-option"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Invalid <target> option")),
         QStringLiteral("§1.4; libvirt qemu/qemu_validate.c qemuValidateDomainDeviceDefControllerPCI"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Each <target> attribute is valid on some models only, within a range: chassisNr 1–255 "
                             "(pci-bridge), chassis and port 0–255 (root and downstream ports), busNr 1–254 (expander "
                             "buses), index 0–30 (pseries PHBs), hotplug on pci-root, root and downstream ports."))},
        {QStringLiteral("chassis-unique"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "Two PCIe ports share a chassis")),
         QStringLiteral("§1.4; QEMU hw/pci/pcie.c (\"Can't add chassis slot, error -16\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "QEMU identifies PCIe slots by (chassis, slot), and libvirt never sets the slot, so every "
             "root port and downstream port needs its own chassis number. libvirt does not check it."))},
        {QStringLiteral("controller-numa"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Invalid NUMA node on a controller")),
         QStringLiteral("§1.4, Q16; libvirt conf/domain_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A <node> in a controller's <target> must be a NUMA cell of the guest (<cpu><numa>), and "
                             "only expander buses and extra pseries PHBs may have one."))},
        {QStringLiteral("busnr-range"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "busNr out of range")),
         QStringLiteral("§1.4; libvirt qemu/qemu_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules", "An expander bus's busNr must be between 1 and 254."))},
        {QStringLiteral("busnr-conflict"), S::QemuError, t(QT_TRANSLATE_NOOP("Rules", "Expander bus numbers collide")),
         QStringLiteral("A14, Q11; QEMU (\"Bus N is already in use\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Each expander bus starts its own range of bus numbers at busNr. Two expanders with the "
                             "same busNr, or a range too small for the buses behind an expander (or behind the main "
                             "root, below the lowest busNr), make QEMU refuse to start or leave buses the guest "
                             "cannot number."))},
        {QStringLiteral("phb-target-index"), S::LibvirtError, t(QT_TRANSLATE_NOOP("Rules", "Invalid PHB target index")),
         QStringLiteral("A16, §1.4; libvirt conf/domain_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "On pseries each PHB has a target index: 0 for the default PHB (controller 0) and only "
                             "for it, 1–30 for the others."))},
        {QStringLiteral("phb-index-unique"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "Two PHBs share a target index")),
         QStringLiteral("A16; QEMU hw/ppc/spapr_pci.c (\"PHB N already attached\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules", "Every pseries PHB needs its own target index; libvirt does not check it, QEMU refuses."))},
        // Budgets (§1.5, §7)
        {QStringLiteral("bus-number-budget"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "More than 256 buses in one PCI domain")), QStringLiteral("§1.5, Q10"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A PCI domain numbers at most 256 buses (0–255). Every bridge, port and expander takes "
                             "one (pci-expander-bus two); pseries PHBs each have their own domain. Above the limit "
                             "the guest firmware cannot enumerate the hierarchy."))},
        {QStringLiteral("io-space"), S::Warning, t(QT_TRANSLATE_NOOP("Rules", "Too many ports need I/O space")),
         QStringLiteral("Q8; QEMU docs/pcie.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The 64 KiB of I/O space allow about ten root or downstream ports whose device has I/O "
                             "BARs (legacy PCI devices, transitional virtio). Devices beyond that may not work in "
                             "the guest. Use modern (non-transitional) virtio or PCIe devices behind ports."))},
        {QStringLiteral("pci-bridge-count"), S::Warning, t(QT_TRANSLATE_NOOP("Rules", "Too many pci-bridges")),
         QStringLiteral("Q9; QEMU docs/pcie_pci_bridge.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Each pci-bridge reserves 4 KiB of I/O and 2 MiB of MMIO space, so more than nine may "
                             "not be configured by the firmware. Fill one bridge before adding the next."))},
        // Hotplug (§4)
        {QStringLiteral("no-hotplug-slot"), S::Warning, t(QT_TRANSLATE_NOOP("Rules", "No slot left for hotplug")),
         QStringLiteral("§4, Q14; QEMU docs/pcie.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "libvirt never adds PCI controllers at hotplug, so a guest that should take devices "
                             "while running needs free hotpluggable slots from the start: empty root or downstream "
                             "ports (PCIe) or free slots on a pci-bridge (PCI)."))},
        {QStringLiteral("not-hot-unpluggable"), S::Info,
         t(QT_TRANSLATE_NOOP("Rules", "Device cannot be hot-unplugged")),
         QStringLiteral("§4; libvirt qemu/qemu_hotplug.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A device on a bus without hotplug (pcie-root, dmi-to-pci-bridge, expander buses, a port "
                             "with hotplug='off') or sharing its slot with other functions cannot be detached while "
                             "the guest runs. For such a slot on a root or downstream port (a GPU with its audio "
                             "function), hotplug='off' on the port tells the guest too: it then offers no eject for "
                             "it."))},
        // The user's placement constraints (<metadata>)
        {QStringLiteral("placement-constraint"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Placement constraint not met")), QStringLiteral("pcitopo <metadata>"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "The device has a placement constraint (kept in the domain's metadata) that its "
             "address breaks: it must be hot-unpluggable, on a PCI Express port or a conventional PCI bus, or "
             "on a bus of a given guest NUMA node. Automatic placement honours these constraints."))},
        {QStringLiteral("placement-preference"), S::Info, t(QT_TRANSLATE_NOOP("Rules", "Placement preference not met")),
         QStringLiteral("pcitopo <metadata>"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The device prefers another kind of parent controller, or a constraint names a "
                             "device the domain does not have."))},
        // Guidelines (§7)
        {QStringLiteral("legacy-pci-on-pcie-port"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Legacy PCI device in a PCIe port")), QStringLiteral("Q3; QEMU docs/pcie.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A conventional PCI device in a root or downstream port \"might not always work\". Put "
                             "legacy devices behind a pcie-to-pci-bridge."))},
        {QStringLiteral("pcie-on-pci-slot"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "PCIe device in a conventional PCI slot")),
         QStringLiteral("Q4, G8; QEMU docs/pcie.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A PCIe device in a conventional PCI slot loses its extended configuration space "
                             "(AER, some vendor capabilities). Put it in a root or downstream port."))},
        {QStringLiteral("xen-controllers-ignored"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Xen ignores PCI controllers and guest addresses")),
         QStringLiteral("§11; libvirt libxl driver"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Xen HVM guests see one emulated PCI bus and libxl chooses guest slots itself: PCI "
                             "controllers beyond the root and guest-side PCI addresses have no effect."))},
        {QStringLiteral("xen-pcie-legacy"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "PCIe device passed to Xen in legacy mode")), QStringLiteral("§11"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Xen passes PCIe functions through in legacy PCI mode: the guest cannot reach extended "
                             "configuration space (AER, SR-IOV, vendor capabilities), which some drivers need."))},
        // Devices
        {QStringLiteral("hostdev-duplicate"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Host device assigned twice")),
         QStringLiteral("A18; libvirt conf/domain_conf.c (\"Hostdev already exists\")"),
         t(QT_TRANSLATE_NOOP("Rules", "A host device can appear in one <hostdev> (or hostdev interface) only."))},
        {QStringLiteral("hostdev-source"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Host device without a source")),
         QStringLiteral("§2; libvirt conf/domain_conf.c virDomainHostdevDefParseXMLSubsys (\"Missing <source> element "
                        "in hostdev device\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "A <hostdev> must say which host device it passes: <source><address domain bus slot function/></source> "
             "for a PCI device. Drag the device from the host devices instead, or remove the element."))},
        {QStringLiteral("zpci-id"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Invalid or duplicate zPCI identifier")),
         QStringLiteral("A17; libvirt conf/domain_addr.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "On s390x each PCI device has a zPCI uid (0x0001–0xffff) and fid, each unique in the "
                             "domain."))},
        // Host (§6)
        {QStringLiteral("host-device-not-endpoint"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Host bridge assigned to a guest")),
         QStringLiteral("G1; libvirt util/virpci.c (\"Non-endpoint PCI devices cannot be assigned to guests\")"),
         t(QT_TRANSLATE_NOOP(
             "Rules",
             "Only endpoint functions can be passed through: a PCI bridge or root port of the host cannot. "
             "libvirt refuses when the guest starts."))},
        {QStringLiteral("host-device-unmanaged"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Unmanaged host device still on its driver")),
         QStringLiteral("G3; libvirt hypervisor/virhostdev.c (\"must be manually detached from the host\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "With managed='no' libvirt does not rebind the function: it must already be bound to "
                             "vfio-pci (or pci-stub) when the guest starts. Bind it, or set managed='yes'."))},
        {QStringLiteral("iommu-group-not-viable"), S::QemuError,
         t(QT_TRANSLATE_NOOP("Rules", "IOMMU group not viable")),
         QStringLiteral("G4; QEMU hw/vfio (\"group N is not viable\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "VFIO hands a whole IOMMU group to a guest. Every other endpoint of the group must be "
                             "passed to the same guest or be bound to vfio-pci (or pci-stub, or no driver); libvirt "
                             "rebinds only the functions it assigns."))},
        {QStringLiteral("iommu-group-partial"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "IOMMU group passed only in part")), QStringLiteral("G5"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "Other members of the device's IOMMU group are not passed to this guest. They cannot be "
                             "used by the host or another guest while this guest runs. Consider passing the whole "
                             "group."))},
        {QStringLiteral("host-machine"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Machine type the host does not have")),
         QStringLiteral("libvirt capabilities (virConnectGetCapabilities); qemu/qemu_validate.c (\"Emulator '…' does "
                        "not support machine type '…'\")"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The connection's hypervisor lists the architectures and machine types it runs; libvirt "
                             "refuses a domain whose machine type is not among them. Choose one the host offers (the "
                             "finding names them), or define the domain on a host with a newer QEMU."))},
        {QStringLiteral("host-device-model"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "Device model the host does not offer")),
         QStringLiteral("libvirt domain capabilities (virConnectGetDomainCapabilities); qemu/qemu_validate.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The connection's domain capabilities list the video models and disk buses its QEMU "
                             "offers for this machine type, and whether it can pass PCI host devices (VFIO). libvirt "
                             "refuses a model it does not offer; a PCI host device without VFIO cannot start. Only "
                             "domains opened from a connection are judged: a file has no host."))},
        {QStringLiteral("host-device-in-use"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Host device used by another guest")), QStringLiteral("G2"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A host function, and with VFIO every member of its IOMMU group, can be used by one "
                             "running guest at a time."))},
        {QStringLiteral("pseries-pe-per-phb"), S::Warning, t(QT_TRANSLATE_NOOP("Rules", "PE not alone on its vPHB")),
         QStringLiteral("G7, §5.4, §5.6; QEMU hw/ppc/spapr_pci_vfio.c"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "On pseries each passed-through host PE (IOMMU group) should have a vPHB of its own, "
                             "with all its functions and no emulated devices: QEMU can run EEH error recovery only "
                             "for a PHB whose container holds exactly one group."))},
        {QStringLiteral("functions-split"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Functions of one host device split")),
         QStringLiteral("§6, Q guideline; QEMU docs/pcie.txt"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The functions of one host slot (a GPU and its HDMI audio) should stay functions of one "
                             "guest slot, with multifunction='on' on function 0, as on the host. Drivers expect them "
                             "together."))},
        {QStringLiteral("libvirt-define"), S::LibvirtError,
         t(QT_TRANSLATE_NOOP("Rules", "libvirt refused to save the domain")),
         QStringLiteral("virDomainDefineXMLFlags with VIR_DOMAIN_DEFINE_VALIDATE"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "The connection's libvirt refused the definition when it was saved, for a reason its "
                             "message gives. The finding is pinned to the device at the PCI address the message names, "
                             "and stays until the next edit. The edit is kept in the editor: change what the message "
                             "names and save again, or save to a file."))},
        {QStringLiteral("numa-mismatch"), S::Warning,
         t(QT_TRANSLATE_NOOP("Rules", "Expander or PHB on another NUMA node than its host device")),
         QStringLiteral("§7 Q16, §5.6"),
         t(QT_TRANSLATE_NOOP("Rules",
                             "A host device reached through an expander bus or PHB that claims a different NUMA "
                             "node than the device's host node gets slower DMA and misleads the guest scheduler."))},
    };
}

/** A finding's key: its rule and the untranslated identity of its subject or of its nodes. */
QString findingKey(const Topology &topology, const QString &ruleId, const QList<NodeId> &nodes, const QString &subject)
{
    QStringList identity;
    if (!subject.isEmpty())
        identity << subject;
    else
        for (NodeId id : nodes)
            identity << topology.keyOf(id);
    return ruleId + QLatin1Char(':') + identity.join(QLatin1Char(','));
}

bool severityOrder(const Diagnostic &a, const Diagnostic &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    return a.key < b.key;
}

} // namespace

QString RuleInfo::title() const
{
    return QCoreApplication::translate("Rules", titleText);
}

QString RuleInfo::explanation() const
{
    return QCoreApplication::translate("Rules", explanationText);
}

const QList<RuleInfo> &allRules()
{
    static const QList<RuleInfo> registry = buildRegistry();
    return registry;
}

const RuleInfo *findRule(const QString &id)
{
    for (const RuleInfo &rule : allRules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

RuleContext::RuleContext(const Topology &topology, const RuleOptions &options, const Focus *focus)
    : topology(topology)
    , options(options)
    , family(topology.family())
    , focus(focus)
{
    const auto wanted = [focus](NodeId id, const PciAddress &address) {
        return !focus || focus->buses.contains(address.bus) || focus->nodes.contains(id);
    };
    for (const Controller &c : topology.controllers()) {
        if (c.address && wanted(c.id, *c.address))
            placed.append({c.id, *c.address, nullptr, &c, c.multifunction});
    }
    for (const Device &d : topology.devices()) {
        if (d.address && wanted(d.id, *d.address))
            placed.append({d.id, *d.address, &d, nullptr, d.multifunction});
    }
}

Diagnostic RuleContext::make(const char *ruleId, const QString &message, const QList<NodeId> &nodes,
                             const QString &subject) const
{
    const RuleInfo *rule = findRule(QLatin1String(ruleId));
    Q_ASSERT_X(rule, "RuleContext::make", ruleId);
    Diagnostic d;
    d.severity = rule ? rule->severity : Severity::Warning;
    d.ruleId = QLatin1String(ruleId);
    d.message = message;
    d.nodes = nodes;
    d.source = rule ? rule->source : QString();
    d.key = findingKey(topology, d.ruleId, nodes, subject);
    return d;
}

QString RuleContext::describe(const Placed &p) const
{
    return QStringLiteral("%1 (%2)").arg(label(p.id), p.address.toShortString());
}

bool RuleContext::addressUsable(const Placed &p) const
{
    const bool valid = p.device ? p.device->addressValid : p.controller->addressValid;
    return valid && p.address.domain == 0 && p.address.bus <= 0xff && p.address.slot <= 0x1f && p.address.function <= 7;
}

const QList<Theme> &themes()
{
    static const QList<Theme> all = {
        {checkAddresses, Scope::Bus},      {checkMultifunction, Scope::Bus}, {checkControllers, Scope::Domain},
        {checkBudgets, Scope::Domain},     {checkUnpluggable, Scope::Bus},   {checkHotplugSlots, Scope::Domain},
        {checkGuidelines, Scope::Domain},  {checkDevices, Scope::Domain},    {checkHost, Scope::Domain},
        {checkConstraints, Scope::Domain}, {checkPlacement, Scope::Domain},
    };
    return all;
}

QList<Diagnostic> checkTopology(const Topology &topology, const RuleOptions &options)
{
    const RuleContext context(topology, options);
    QList<Diagnostic> out;
    for (const Theme &theme : themes())
        theme.check(context, out);
    std::stable_sort(out.begin(), out.end(), severityOrder);
    return out;
}

bool findingOrder(const Diagnostic &a, const Diagnostic &b)
{
    if (severityOrder(a, b) || severityOrder(b, a))
        return severityOrder(a, b);
    if (a.message != b.message)
        return a.message < b.message;
    return a.nodes < b.nodes;
}

CheckSession::CheckSession(const RuleOptions &options)
    : m_options(options)
{ }

void CheckSession::run(const Topology &topology, int theme, const void *focus, QList<Kept> &into) const
{
    const RuleContext context(topology, m_options, static_cast<const RuleContext::Focus *>(focus));
    QList<Diagnostic> found;
    themes().at(theme).check(context, found);
    const bool byBus = themes().at(theme).scope == Scope::Bus;
    for (Diagnostic &d : found) {
        int bus = -1;
        if (byBus && !d.nodes.isEmpty())
            if (const std::optional<PciAddress> address = topology.addressOf(d.nodes.first()))
                bus = int(address->bus);
        into.append({std::move(d), theme, bus});
    }
}

void CheckSession::checkAll(const Topology &topology)
{
    QList<Kept> next;
    for (int theme = 0; theme < themes().size(); ++theme)
        run(topology, theme, nullptr, next);
    publish(std::move(next));
}

bool CheckSession::update(const Topology &topology, const TopologyChange &change)
{
    // Only local edits of devices (moves, attributes) leave every controller, and so every bus,
    // as it was, and the domain's facts too: DomainDocument reports a Reset when an edit
    // reaches further. (A device added or removed renumbers the keys of others of its kind,
    // "rng #2" becoming "rng #1", wherever they are: that is checked whole.)
    const bool devicesOnly = change.isLocal()
        && std::all_of(change.nodes.cbegin(), change.nodes.cend(), [&](NodeId id) { return topology.device(id); });
    if (!devicesOnly) {
        checkAll(topology);
        return false;
    }
    RuleContext::Focus focus;
    for (int bus : change.buses)
        focus.buses.insert(quint32(bus));
    focus.nodes = QSet<NodeId>(change.nodes.cbegin(), change.nodes.cend());
    // Keep what the Bus themes found elsewhere; everything else is found again.
    QList<Kept> next;
    for (const Kept &k : std::as_const(m_kept)) {
        if (themes().at(k.theme).scope != Scope::Bus)
            continue;
        const bool touched = (k.bus >= 0 && focus.buses.contains(quint32(k.bus)))
            || std::any_of(k.finding.nodes.cbegin(), k.finding.nodes.cend(),
                           [&](NodeId id) { return focus.nodes.contains(id); });
        if (!touched)
            next.append(k);
    }
    for (int theme = 0; theme < themes().size(); ++theme)
        run(topology, theme, themes().at(theme).scope == Scope::Bus ? &focus : nullptr, next);
    publish(std::move(next));
    return true;
}

void CheckSession::publish(QList<Kept> next)
{
    QSet<QString> before, after;
    for (const Kept &k : std::as_const(m_kept))
        before.insert(k.finding.key);
    for (const Kept &k : std::as_const(next))
        after.insert(k.finding.key);
    m_added.clear();
    for (const Kept &k : std::as_const(next))
        if (!before.contains(k.finding.key))
            m_added.append(k.finding);
    m_removed.clear();
    for (const QString &key : std::as_const(before))
        if (!after.contains(key))
            m_removed.append(key);
    std::sort(m_removed.begin(), m_removed.end());
    m_kept = std::move(next);
}

QList<Diagnostic> CheckSession::findings() const
{
    QList<Diagnostic> all;
    all.reserve(m_kept.size());
    for (const Kept &k : m_kept)
        all.append(k.finding);
    std::sort(all.begin(), all.end(), findingOrder);
    return all;
}

Severity worstSeverity(const QList<Diagnostic> &diagnostics)
{
    Severity worst = Severity::Info;
    for (const Diagnostic &d : diagnostics)
        worst = std::max(worst, d.severity);
    return worst;
}

Diagnostic libvirtRefusal(const Topology &topology, const QString &message, const QString &uri)
{
    const RuleInfo *rule = findRule(QStringLiteral("libvirt-define"));
    Diagnostic finding;
    finding.severity = rule->severity;
    finding.ruleId = rule->id;
    finding.message = QCoreApplication::translate("Rules", "libvirt did not save the domain: %1").arg(message);
    finding.source = uri;
    static const QRegularExpression address(
        QStringLiteral("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])"));
    const QRegularExpressionMatch match = address.match(message);
    if (match.hasMatch()) {
        const PciAddress a{match.captured(1).toUInt(nullptr, 16), match.captured(2).toUInt(nullptr, 16),
                           match.captured(3).toUInt(nullptr, 16), match.captured(4).toUInt(nullptr, 16)};
        finding.nodes = topology.nodesAt(a);
    }
    finding.key = findingKey(topology, finding.ruleId, finding.nodes, QString());
    return finding;
}

} // namespace pcitopo::rules
