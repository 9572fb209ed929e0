#include "BusModel.h"

#include <QCoreApplication>

namespace pcitopo::rules {

BusModel busModel(const Controller &controller, MachineFamily family)
{
    // src/conf/domain_addr.c, virDomainPCIAddressBusSetModel (libvirt 9.0).
    BusModel bus;
    bus.valid = true;
    const bool hotplugOff = controller.hotplug && !*controller.hotplug;
    switch (controller.model) {
    case ControllerModel::PciRoot:
        bus.accepts = Connect::AutoAssign | Connect::PciDevice | Connect::PciBridge;
        if (family == MachineFamily::Pc)
            bus.accepts |= Connect::PciExpanderBus;
        if (!hotplugOff)
            bus.accepts |= Connect::Hotplug;
        bus.minSlot = 1;
        break;
    case ControllerModel::PcieRoot:
        // No auto-assigned endpoints and no hotplug: only integrated devices, root ports,
        // dmi-to-pci-bridges and pxb-pcie.
        bus.accepts = Connect::PcieDevice | Connect::PcieRootPort | Connect::DmiToPciBridge | Connect::PcieExpanderBus;
        bus.minSlot = 1;
        break;
    case ControllerModel::PciBridge:
        bus.accepts = Connect::AutoAssign | Connect::Hotplug | Connect::PciDevice | Connect::PciBridge;
        bus.minSlot = 1; // slot 0 is the SHPC
        break;
    case ControllerModel::DmiToPciBridge:
        bus.accepts = Connect::PciDevice | Connect::PciBridge;
        bus.minSlot = 0;
        break;
    case ControllerModel::PcieToPciBridge:
        bus.accepts = Connect::AutoAssign | Connect::Hotplug | Connect::PciDevice | Connect::PciBridge;
        bus.minSlot = 1;
        break;
    case ControllerModel::PcieRootPort:
    case ControllerModel::PcieSwitchDownstreamPort:
        bus.accepts =
            Connect::AutoAssign | Connect::PcieDevice | Connect::SwitchUpstreamPort | Connect::PcieToPciBridge;
        if (!hotplugOff)
            bus.accepts |= Connect::Hotplug;
        bus.minSlot = 0;
        bus.maxSlot = 0;
        break;
    case ControllerModel::PcieSwitchUpstreamPort:
        bus.accepts = Connect::SwitchDownstreamPort;
        bus.minSlot = 0;
        break;
    case ControllerModel::PciExpanderBus:
        bus.accepts = Connect::AutoAssign | Connect::Hotplug | Connect::PciDevice | Connect::PciBridge;
        bus.minSlot = 0;
        break;
    case ControllerModel::PcieExpanderBus:
        bus.accepts = Connect::PcieRootPort | Connect::DmiToPciBridge;
        bus.minSlot = 0;
        break;
    case ControllerModel::Unknown: bus.valid = false; break;
    }
    return bus;
}

ConnectFlags deviceNeeds(const Device &device, MachineFamily family)
{
    switch (device.deviceClass) {
    case DeviceClass::PcieEndpoint:
        // PCIe only means something where index 0 is pcie-root (§2).
        return Topology::isPcieMachine(family) ? ConnectFlags(Connect::PcieDevice) : ConnectFlags(Connect::PciDevice);
    case DeviceClass::Either:
        // libvirt's default for a host device whose config it cannot read, or that already has
        // a guest address: PCIe (qemuDomainDeviceCalculatePCIConnectFlags).
        return Topology::isPcieMachine(family) ? ConnectFlags(Connect::PcieDevice) : ConnectFlags(Connect::PciDevice);
    case DeviceClass::PciEndpoint:
    case DeviceClass::None: // a "none" device with a PCI address anyway is handled as PCI
        break;
    }
    return Connect::PciDevice;
}

ConnectFlags controllerNeeds(ControllerModel model)
{
    switch (model) {
    case ControllerModel::PciBridge: return Connect::PciBridge;
    case ControllerModel::DmiToPciBridge: return Connect::DmiToPciBridge;
    case ControllerModel::PcieToPciBridge: return Connect::PcieToPciBridge;
    case ControllerModel::PcieRootPort: return Connect::PcieRootPort;
    case ControllerModel::PcieSwitchUpstreamPort: return Connect::SwitchUpstreamPort;
    case ControllerModel::PcieSwitchDownstreamPort: return Connect::SwitchDownstreamPort;
    case ControllerModel::PciExpanderBus: return Connect::PciExpanderBus;
    case ControllerModel::PcieExpanderBus: return Connect::PcieExpanderBus;
    case ControllerModel::PciRoot:
    case ControllerModel::PcieRoot:
    case ControllerModel::Unknown: break;
    }
    return {};
}

namespace {

/** One address of the chipset's table (reference §2.1). */
struct ChipsetSlot
{
    MachineFamily family;
    PciAddress address;
    const char *what; // translated in the "Rules" context
    const char *controller; // the controller type with index 0 that must sit here; null: the chipset's own
};

const ChipsetSlot chipsetSlots[] = {
    {MachineFamily::Pc, {0, 0, 1, 0}, QT_TRANSLATE_NOOP("Rules", "PIIX3 ISA bridge"), nullptr},
    {MachineFamily::Pc, {0, 0, 1, 1}, QT_TRANSLATE_NOOP("Rules", "primary IDE controller"), "ide"},
    {MachineFamily::Pc, {0, 0, 1, 2}, QT_TRANSLATE_NOOP("Rules", "PIIX3 USB controller"), "usb"},
    {MachineFamily::Pc, {0, 0, 1, 3}, QT_TRANSLATE_NOOP("Rules", "PIIX3 ACPI controller"), nullptr},
    {MachineFamily::Q35, {0, 0, 0x1f, 0}, QT_TRANSLATE_NOOP("Rules", "ICH9 LPC bridge"), nullptr},
    {MachineFamily::Q35, {0, 0, 0x1f, 2}, QT_TRANSLATE_NOOP("Rules", "primary SATA controller"), "sata"},
    {MachineFamily::Q35, {0, 0, 0x1f, 3}, QT_TRANSLATE_NOOP("Rules", "ICH9 SMBus controller"), nullptr},
};

QString slotName(const ChipsetSlot &slot)
{
    return QCoreApplication::translate("Rules", slot.what);
}

} // namespace

QList<ChipsetReservation> chipsetReservations(const Topology &t)
{
    bool ideController = t.hasIdeDisk();
    for (const Device &d : t.devices())
        ideController = ideController || (d.controllerType == QLatin1String("ide") && d.controllerIndex == 0);
    QList<ChipsetReservation> r;
    for (const ChipsetSlot &slot : chipsetSlots) {
        if (slot.family != t.family())
            continue;
        const QLatin1String controller(slot.controller);
        if (controller == QLatin1String("ide") && !ideController)
            continue;
        if (controller == QLatin1String("usb") && !t.hasDefaultUsb())
            continue;
        r.append({slot.address, slotName(slot)});
    }
    return r;
}

std::optional<PciAddress> chipsetAddressOf(MachineFamily family, const QString &type, int index, const QString &model,
                                           QString *what)
{
    if (index != 0)
        return std::nullopt;
    if (type == QLatin1String("usb") && !model.isEmpty() && model != QLatin1String("piix3-uhci"))
        return std::nullopt;
    for (const ChipsetSlot &slot : chipsetSlots) {
        if (slot.family == family && slot.controller && type == QLatin1String(slot.controller)) {
            if (what)
                *what = slotName(slot);
            return slot.address;
        }
    }
    return std::nullopt;
}

bool isChipsetReserved(const Topology &topology, const PciAddress &address)
{
    for (const ChipsetReservation &r : chipsetReservations(topology)) {
        if (r.address == address)
            return true;
    }
    return false;
}

bool connectionAllowed(const BusModel &bus, ConnectFlags needs, bool explicitAddress)
{
    if (!bus.valid)
        return false;
    ConnectFlags accepts = bus.accepts;
    if (explicitAddress) {
        if (accepts & EndpointKinds)
            accepts |= EndpointKinds;
        if (needs & Connect::PciBridge)
            needs |= EndpointKinds;
    } else if (!(accepts & Connect::AutoAssign) && (needs & EndpointKinds)) {
        return false;
    }
    return (accepts & needs & AllKinds) != 0;
}

QString connectionName(ConnectFlags needs)
{
    if (needs & Connect::PciDevice)
        return QStringLiteral("standard PCI device");
    if (needs & Connect::PcieDevice)
        return QStringLiteral("PCI Express device");
    static const std::pair<Connect, const char *> names[] = {
        {Connect::PciBridge, "pci-bridge"},
        {Connect::DmiToPciBridge, "dmi-to-pci-bridge"},
        {Connect::PcieToPciBridge, "pcie-to-pci-bridge"},
        {Connect::PcieRootPort, "pcie-root-port"},
        {Connect::SwitchUpstreamPort, "pcie-switch-upstream-port"},
        {Connect::SwitchDownstreamPort, "pcie-switch-downstream-port"},
        {Connect::PciExpanderBus, "pci-expander-bus"},
        {Connect::PcieExpanderBus, "pcie-expander-bus"},
    };
    for (const auto &[flag, name] : names) {
        if (needs & flag)
            return QString::fromLatin1(name);
    }
    return QString();
}

} // namespace pcitopo::rules
