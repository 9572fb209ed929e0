#pragma once

// The planner's own: what it places (Item, in libvirt's order) and the facts of a topology
// both policies read. Not part of the model's API.

#include "AddressSet.h"
#include "Planner.h"
#include "../rules/BusModel.h"

#include <QCoreApplication>
#include <QHash>

namespace pcitopo::placement::detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::placement::Planner)
};

using rules::Connect;
using rules::ConnectFlags;

/** libvirt's assignment order (reference §5.1 step 5). */
enum Order {
    PciControllers,
    Filesystems,
    Interfaces,
    Sounds,
    OtherControllers,
    Disks,
    Hostdevs,
    Memballoons,
    Rngs,
    Watchdogs,
    Videos,
    Shmems,
    Inputs,
    Serials,
    Iommus,
    Vsocks,
    Others,
};

Order orderOf(const QString &e, bool hostdevInterface);

/** ICH9 USB2 controllers share one slot per index, each at its own function. */
int usb2Function(const QString &model);

/** What the planner places: a device or controller of the XML, or one the plan adds. */
struct Item
{
    NodeId node; // an existing node
    int newController = -1; // or Plan::controllers[newController]
    int newDevice = -1; // or Plan::devices[newDevice]
    Search search;
    Order order = Others;
    qint64 key = 0; // order within the group: XML (libvirt's definition) order
    QString element; // memballoon, video, controller, …
    QString type; // controller type
    QString model;
    int controllerIndex = -1;
    std::optional<PciAddress> hostAddress; // a PCI hostdev's host function

    bool isUsb2() const
    {
        return element == QLatin1String("controller") && type == QLatin1String("usb") && usb2Function(model) >= 0;
    }
};

bool pcieMachine(MachineFamily f);

/**
 * Every device libvirt 9.0 adds at define when the XML lacks it (§5), in one list:
 * - qemuDomainDefAddDefaultDevices: USB controller 0 (piix3-uhci on pc, qemu-xhci on q35 and
 *   pseries), IDE controller 0 for IDE disks on pc, SATA controller 0 on q35, a virtio memballoon
 *   on x86 and pseries;
 * - virDomainDefAddImplicitControllers: a SCSI controller for every index up to the highest that
 *   SCSI disks and SCSI host devices name, with the model qemuDomainGetSCSIControllerModel picks
 *   (ibmvscsi on pseries, which takes no PCI address; lsilogic elsewhere), and the virtio-serial
 *   controllers virtio channels and consoles name (virDomainDefMaybeAddVirtioSerialController),
 *   and the CCID controllers smartcards name (virDomainDefMaybeAddSmartcardController), which
 *   take no PCI address;
 * - qemuDomainDefAddImplicitInputDevice's sibling for video: a video for graphics
 *   (virDomainDefAddImplicitVideo: cirrus on x86, vga on pseries, virtio on virt).
 * The PCI root libvirt writes when the XML has none is added by fillDefaults.
 */
QList<NewDevice> libvirtAdditions(const Topology &t);

/** What an added device needs from its bus: PCIe for virtio and xHCI on PCIe machines. */
ConnectFlags additionNeeds(const NewDevice &d, MachineFamily f);

/** A device's placement constraint narrows where it may go (Topology.h). */
void applyConstraint(Search &search, const PlacementConstraint &c, MachineFamily family);

/** The isolation group libvirt gives a device on pseries (§5.4): host IOMMU group + 1. */
unsigned isolationGroup(const Topology &t, const Device &d, const HostFacts *host);

/**
 * The index libvirt gives a non-PCI controller written without one: a USB2 controller joins
 * the set of the USB2 controller before it when that set lacks its model; any other takes
 * the lowest index its type does not use.
 */
QHash<NodeId, int> autoIndexes(const Topology &t);

/**
 * The video the guest boots with: the one marked primary='yes', else the first
 * (virDomainDefParseXML moves the primary one to the front of the list).
 */
const Device *primaryVideo(const Topology &t);

bool isPrimaryVideo(const Topology &t, const Device &d);

/**
 * Everything to place, in libvirt's definition order: address-less PCI controllers, devices,
 * and the devices libvirt adds. `additions` receives those added devices.
 */
QList<Item> collectItems(const Topology &t, const Options &options, QList<NewDevice> *additions);

QString itemLabel(const Topology &t, const Item &item, const Plan &plan);

/** Reserves what the XML holds, in libvirt's collection order, then the chipset's addresses. */
void reserveExisting(const Topology &t, AddressSet &set, const HostFacts *host);

/** How many functions of each slot (by its function-0 address) are in use once the plan is applied. */
QHash<PciAddress, int> functionsPerSlot(const Topology &t, const Plan &plan);

/** multifunction='on' on function 0 of every slot the plan leaves shared (§5.1 step 9). */
void markMultifunction(const Topology &t, Plan &plan);

/** The lowest PHB target index no pseries PHB uses yet (1–30). */
int freeTargetIndex(const Topology &t, const QList<NewController> &added);

/** The policies (LibvirtPolicy.cpp, RecommendedPolicy.cpp) and libvirt's defaults (LibvirtDefaults.cpp). */
Plan planLibvirt(const Topology &t, const Options &options);
/**
 * s390x (A17): a zPCI uid and fid for every PCI device lacking one, as libvirt 9.0 does
 * (qemuDomainZPCIAddressReserveNextUid/Fid): every id written in the XML is reserved first,
 * then devices in XML order take the lowest free uid from 1 and fid from 0. Adds the values
 * to plan.filled; false with the reason when the ids run out.
 */
bool assignZpci(const Topology &t, Plan &plan, QString *reason);
Plan planRecommended(const Topology &t, const Options &options);
/**
 * Writes into the plan the values libvirt fills in at define (indexes, models, <target>
 * options, the PCI root); false with plan.reason when libvirt would refuse.
 */
bool fillDefaults(const Topology &t, Plan &plan, bool verdictOnly = false);

} // namespace pcitopo::placement::detail
