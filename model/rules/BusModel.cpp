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

QList<ChipsetReservation> chipsetReservations(const Topology &t)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Rules", text);
    };
    QList<ChipsetReservation> r;
    if (t.family() == MachineFamily::Pc) {
        r.append({{0, 0, 1, 0}, tr("the PIIX3 ISA bridge")});
        r.append({{0, 0, 1, 3}, tr("the PIIX3 ACPI controller")});
        bool ideController = t.hasIdeDisk();
        for (const Device &d : t.devices())
            ideController = ideController || (d.controllerType == QLatin1String("ide") && d.controllerIndex == 0);
        if (ideController)
            r.append({{0, 0, 1, 1}, tr("the primary IDE controller")});
        if (t.hasDefaultUsb())
            r.append({{0, 0, 1, 2}, tr("the PIIX3 USB controller")});
    } else if (t.family() == MachineFamily::Q35) {
        r.append({{0, 0, 0x1f, 0}, tr("the ICH9 LPC bridge")});
        r.append({{0, 0, 0x1f, 2}, tr("the primary SATA controller")});
        r.append({{0, 0, 0x1f, 3}, tr("the ICH9 SMBus controller")});
    }
    return r;
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
