#pragma once

#include "TopologyCommand.h"

#include <QStringList>

#include <array>

namespace pcitopo {

/**
 * The part of a pc ↔ q35 conversion that is not PCI placement: the machine type of
 * <os><type machine>, and the disks of the chipset's storage controller. On q35 there is no
 * IDE, so IDE disks and CD-ROMs move to the ICH9 AHCI controller (SATA controller 0), each at
 * the place it had (IDE bus B unit U is SATA unit 2B+U). Back on pc, SATA disks return to IDE
 * when all four of them fit its places; otherwise they stay on SATA and the AHCI controller
 * becomes an ordinary PCI device. Disk targets, sources and everything else stay as they are.
 *
 * Invalid (with the reason) when the domain is not pc or q35, or when it has what pc cannot
 * have: an IOMMU device, a secure-boot loader, the iTCO watchdog of ICH9.
 */
class ChangeChipset : public TopologyCommand
{
public:
    ChangeChipset(DomainDocument *document, MachineFamily to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** The machine type written: pc-q35-7.2 for pc-i440fx-7.2, q35 for pc, and so on. */
    QString machine() const { return m_machine; }
    /** What changes, one line each, for the preview. */
    QStringList changes() const { return m_changes; }
    /** What cannot carry over as it was, said before the changes. */
    QStringList notes() const { return m_notes; }
    /** On the way to pc: no disk is left on SATA controller 0, so q35's built-in AHCI goes. */
    bool dropsSataController() const { return m_dropsSata; }

    /** The machine type that corresponds to `machine` on the other chipset. */
    static QString convertedMachine(const QString &machine, MachineFamily to);
    /** libvirt's virDiskNameToIndex: hda → 0, sdc → 2, vdaa → 26; -1 when the name has no index. */
    static int diskNameIndex(const QString &name);

private:
    void convertToSata(const XmlNode &devices);
    void convertToIde(const XmlNode &devices);
    /** Rewrites a drive address to {controller, bus, target, unit}, touching only what differs. */
    void setDrive(const XmlNode &address, const std::array<int, 4> &values);

    QList<AttributeEdit> m_edits;
    /** Drive addresses added to disks whose implicit place was taken: {disk, address}. */
    QList<QPair<XmlNode, XmlNode>> m_addresses;
    QList<XmlSplice> m_addedSplices;
    QString m_machine;
    QStringList m_changes;
    QStringList m_notes;
    bool m_dropsSata = false;
    bool m_done = false;
};

} // namespace pcitopo
