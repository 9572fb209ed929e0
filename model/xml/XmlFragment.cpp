#include "XmlFragment.h"

#include "../PciAddress.h"

namespace pcitopo {

void escapeXmlInto(QByteArray &out, const QByteArray &value, char quote)
{
    for (char c : value) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '\r': out += "&#13;"; break;
        case '"': out += quote == '"' ? "&quot;" : "\""; break;
        case '\'': out += quote == '\'' ? "&apos;" : "'"; break;
        case '\n': out += quote ? "&#10;" : "\n"; break;
        case '\t': out += quote ? "&#9;" : "\t"; break;
        default: out += c;
        }
    }
}

XmlFragment::XmlFragment(const char *name)
    : m_name(name)
{ }

XmlFragment &XmlFragment::attribute(const char *name, const QString &value)
{
    m_attributes += ' ';
    m_attributes += name;
    m_attributes += "='";
    escapeXmlInto(m_attributes, value.toUtf8(), '\'');
    m_attributes += '\'';
    return *this;
}

XmlFragment &XmlFragment::attribute(const char *name, const char *value)
{
    return attribute(name, QString::fromUtf8(value));
}

XmlFragment &XmlFragment::attribute(const char *name, int value)
{
    return attribute(name, QString::number(value));
}

XmlFragment &XmlFragment::hexAttribute(const char *name, quint32 value, int digits)
{
    return attribute(name, QStringLiteral("0x") + QString::number(value, 16).rightJustified(digits, QLatin1Char('0')));
}

XmlFragment &XmlFragment::child(const XmlFragment &child)
{
    m_content += child.toXml();
    return *this;
}

XmlFragment &XmlFragment::text(const QString &text)
{
    escapeXmlInto(m_content, text.toUtf8(), 0);
    return *this;
}

QByteArray XmlFragment::toXml() const
{
    QByteArray out = '<' + m_name + m_attributes;
    if (m_content.isEmpty())
        return out + "/>";
    return out + '>' + m_content + "</" + m_name + '>';
}

XmlFragment XmlFragment::pciAddress(const PciAddress &address, bool multifunction)
{
    XmlFragment element("address");
    element.attribute("type", "pci")
        .hexAttribute("domain", address.domain, 4)
        .hexAttribute("bus", address.bus, 2)
        .hexAttribute("slot", address.slot, 2)
        .hexAttribute("function", address.function, 1);
    if (multifunction)
        element.attribute("multifunction", "on");
    return element;
}

XmlFragment XmlFragment::hostAddress(const PciAddress &address)
{
    XmlFragment element("address");
    element.hexAttribute("domain", address.domain, 4)
        .hexAttribute("bus", address.bus, 2)
        .hexAttribute("slot", address.slot, 2)
        .hexAttribute("function", address.function, 1);
    return element;
}

} // namespace pcitopo
