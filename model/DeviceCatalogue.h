#pragma once

#include "Topology.h"
#include "rules/BusModel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pcitopo {

/** The MIME type of a palette drag: the entry's id, UTF-8. */
inline constexpr char CatalogueMimeType[] = "application/x-pcitopo-palette";

/** Something the palette can add: a PCI controller or a device. */
struct CatalogueEntry
{
    QString id; // stable: "pcie-root-port", "virtio-disk", …
    QString name; // "PCIe root port"
    QString description; // what it is for
    bool controller = false;
    rules::ConnectFlags needs;
};

/** The palette for a machine type, and the XML of a new instance. */
namespace DeviceCatalogue {

/** What makes sense on this machine (§1.1, §2): PCIe controllers only where there is PCIe. */
QList<CatalogueEntry> entries(MachineFamily family);
/** The entry with this id on this machine, if it has one. */
std::optional<CatalogueEntry> find(MachineFamily family, const QString &id);
/**
 * The XML fragment of a new instance in this topology: a fresh controller index, disk name or
 * chassis; with <address> when `address` is set, else libvirt assigns one.
 */
QByteArray fragment(const CatalogueEntry &entry, const Topology &topology, const std::optional<PciAddress> &address);

/**
 * A <hostdev> for a host PCI function (managed: libvirt binds it to vfio-pci), at `address` in
 * the guest, with multifunction='on' when it opens a slot shared with further functions.
 */
QByteArray hostdevFragment(const PciAddress &host, const std::optional<PciAddress> &address,
                           bool multifunction = false);

} // namespace DeviceCatalogue

} // namespace pcitopo
