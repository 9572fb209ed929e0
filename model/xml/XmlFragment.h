#pragma once

#include <QByteArray>
#include <QString>

namespace pcitopo {

struct PciAddress;

/**
 * Appends `value` to `out` escaped for XML: in an attribute quoted by `quote` (' or "), or as
 * element content when `quote` is 0. The one escape of the project: the lossless writer and
 * every fragment built below use it.
 */
void escapeXmlInto(QByteArray &out, const QByteArray &value, char quote);

/**
 * A new element as XML text, for the commands that add or replace nodes: attribute values and
 * text are escaped here, once, whatever they hold (a domain named `bob's "vm" & <co>` included).
 * Element and attribute names are the caller's literals. Attributes are single-quoted, as
 * libvirt writes them.
 *
 *     XmlFragment("disk").attribute("type", "file")
 *         .child(XmlFragment("source").attribute("file", path))
 *         .toXml();
 */
class XmlFragment
{
public:
    explicit XmlFragment(const char *name);

    XmlFragment &attribute(const char *name, const QString &value);
    XmlFragment &attribute(const char *name, const char *value);
    XmlFragment &attribute(const char *name, int value);
    /** "0x" and `value` in hexadecimal, zero-padded to `digits` (libvirt's form of addresses). */
    XmlFragment &hexAttribute(const char *name, quint32 value, int digits);
    XmlFragment &child(const XmlFragment &child);
    XmlFragment &text(const QString &text);

    QByteArray toXml() const;
    operator QByteArray() const { return toXml(); }

    /** `<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>`, as libvirt writes it. */
    static XmlFragment pciAddress(const PciAddress &address, bool multifunction = false);
    /** The host side of a PCI host device: `<address domain=… bus=… slot=… function=…/>`. */
    static XmlFragment hostAddress(const PciAddress &address);

private:
    QByteArray m_name;
    QByteArray m_attributes;
    QByteArray m_content;
};

} // namespace pcitopo
