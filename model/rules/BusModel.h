#pragma once

#include "../Topology.h"

#include <QFlags>

namespace pcitopo::rules {

/**
 * libvirt's connection kinds (virDomainPCIConnectFlags, src/conf/domain_addr.h): what a bus
 * accepts and what a device needs. Reference §0, §1.2–1.3.
 */
enum class Connect : quint32 {
    PciDevice = 1u << 0,
    PcieDevice = 1u << 1,
    PciBridge = 1u << 2,
    DmiToPciBridge = 1u << 3,
    PcieToPciBridge = 1u << 4,
    PcieRootPort = 1u << 5,
    SwitchUpstreamPort = 1u << 6,
    SwitchDownstreamPort = 1u << 7,
    PciExpanderBus = 1u << 8,
    PcieExpanderBus = 1u << 9,
    // Properties of a bus rather than kinds:
    AutoAssign = 1u << 16, // libvirt may pick this bus when it places a device
    Hotplug = 1u << 17, // devices can be hot-plugged into it
};
Q_DECLARE_FLAGS(ConnectFlags, Connect)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConnectFlags)

inline constexpr ConnectFlags EndpointKinds = ConnectFlags(quint32(Connect::PciDevice) | quint32(Connect::PcieDevice));
inline constexpr ConnectFlags AllKinds = ConnectFlags(0xffffu);

/** The downstream side of a controller: the bus it provides. */
struct BusModel
{
    ConnectFlags accepts;
    int minSlot = 0;
    int maxSlot = 31;
    bool valid = false; // false for unknown models
};

/** What the controller with this model provides on a machine (§1.2). */
BusModel busModel(const Controller &controller, MachineFamily family);

/** What a device needs from the bus it sits on (§2): one connection kind. */
ConnectFlags deviceNeeds(const Device &device, MachineFamily family);
/** What a controller needs from its parent bus (§1.3). */
ConnectFlags controllerNeeds(ControllerModel model);

/**
 * libvirt's compatibility test (virDomainPCIAddressFlagsCompatible). `explicitAddress` is the
 * relaxed test for addresses written in the XML (a bus taking either endpoint kind takes both,
 * a pci-bridge goes wherever an endpoint may, auto and hotplug bits ignored); otherwise the
 * strict one used for automatic placement.
 */
bool connectionAllowed(const BusModel &bus, ConnectFlags needs, bool explicitAddress);

/** An address the chipset holds (§2.1), with what holds it. */
struct ChipsetReservation
{
    PciAddress address;
    QString what;
};
/**
 * The chipset's addresses, as measured with libvirt 9.0: on pc 00:01.0 (PIIX3 ISA) and 00:01.3
 * (ACPI) always, 00:01.1 with an IDE controller, 00:01.2 with the default PIIX3 USB controller;
 * on q35 00:1f.0 (LPC), 00:1f.2 (SATA) and 00:1f.3 (SMBus).
 */
QList<ChipsetReservation> chipsetReservations(const Topology &topology);
/**
 * Where libvirt requires a controller of the chipset to be (§2.1): on pc the IDE controller
 * and the PIIX3 USB controller (no model or piix3-uhci) with index 0, on q35 SATA controller 0.
 * `what` receives its name ("primary IDE controller"). None for any other controller.
 */
std::optional<PciAddress> chipsetAddressOf(MachineFamily family, const QString &type, int index, const QString &model,
                                           QString *what = nullptr);
bool isChipsetReserved(const Topology &topology, const PciAddress &address);

/** "standard PCI device", "PCI Express device" or the controller model: libvirt's wording. */
QString connectionName(ConnectFlags needs);

} // namespace pcitopo::rules
