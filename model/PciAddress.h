#pragma once

#include <QMetaType>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pcitopo {

/**
 * A libvirt PCI address: domain, bus (the index of a <controller type='pci'>, not the guest's
 * bus number), slot and function. Values are kept as parsed so that out-of-range input can be
 * reported rather than silently clamped.
 */
struct PciAddress
{
    quint32 domain = 0;
    quint32 bus = 0;
    quint32 slot = 0;
    quint32 function = 0;

    /** "dddd:bb:ss.f" in lower-case hex, the way libvirt prints addresses in its errors. */
    QString toString() const;
    /** "bb:ss.f", the form users read in lspci. */
    QString toShortString() const;

    /**
     * Parses "[dddd:]bb:ss.f" (hex, as lspci and the command line use). Returns nothing for
     * malformed text.
     */
    static std::optional<PciAddress> fromString(const QString &text);

    /**
     * Parses one attribute value of <address type='pci'>: like libvirt's virStrToLong_uip with
     * base 0, so "0x1f", "31" and "037" are all 31. An absent attribute is 0 (reference A15).
     */
    static std::optional<quint32> parseAttribute(const QString &value);
    /** The same for UTF-8 bytes; an empty view counts as absent (0). */
    static std::optional<quint32> parseAttribute(QByteArrayView value);

    /** True when the address names the slot a device sits in, ignoring the function. */
    bool sameSlot(const PciAddress &other) const
    {
        return domain == other.domain && bus == other.bus && slot == other.slot;
    }

    friend bool operator==(const PciAddress &, const PciAddress &) = default;
    friend auto operator<=>(const PciAddress &, const PciAddress &) = default;
};

} // namespace pcitopo

Q_DECLARE_METATYPE(pcitopo::PciAddress)
