#pragma once

#include "Planner.h"

#include <QStringList>

namespace pcitopo {
class DomainDocument;
}

namespace pcitopo::placement {

/** What a machine conversion did, or why it cannot. */
struct Conversion
{
    bool ok = false;
    QString reason;
    QString machine; // the machine type written
    /** What cannot carry over as it was (an IDE CD-ROM, a pci-bridge chain), said first. */
    QStringList notes;
    /** What changes, one line each: chipset, controllers removed, then the placement. */
    QStringList changes;
};

/**
 * Converts a pc (i440fx) domain to q35 or back, as one undo step: the machine type, the root
 * (pci-root ↔ pcie-root), the chipset's storage (IDE ↔ SATA, see ChangeChipset) and USB
 * (piix3-uhci → qemu-xhci; q35's default qemu-xhci is written out on pc, so it stays one),
 * every other PCI controller removed, and every device and controller placed anew by the
 * options' policy (the primary video goes to the new chipset's slot). Every device, MAC, disk
 * target and host device is kept. On failure the document is unchanged.
 */
Conversion convertMachine(DomainDocument *document, MachineFamily to, const Options &options);

/** What convertMachine would do, worked out on a copy of the document. */
Conversion previewConversion(const DomainDocument &document, MachineFamily to, const Options &options);

} // namespace pcitopo::placement
