#include "PciAddress.h"

#include <QRegularExpression>
#include <QStringList>

namespace pcitopo {

QString PciAddress::toString() const
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 0, 16);
}

QString PciAddress::toShortString() const
{
    return QStringLiteral("%1:%2.%3")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 0, 16);
}

std::optional<PciAddress> PciAddress::fromString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    PciAddress address;
    address.domain = match.captured(1).isEmpty() ? 0 : match.captured(1).toUInt(nullptr, 16);
    address.bus = match.captured(2).toUInt(nullptr, 16);
    address.slot = match.captured(3).toUInt(nullptr, 16);
    address.function = match.captured(4).toUInt(nullptr, 16);
    if (address.slot > 0x1f)
        return std::nullopt;
    return address;
}

std::optional<quint32> PciAddress::parseAttribute(const QString &value)
{
    if (value.isNull())
        return 0u;
    const QString text = value.trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    bool ok = false;
    const qulonglong parsed = text.toULongLong(&ok, 0); // base 0: 0x.. hex, 0.. octal, decimal
    if (!ok || parsed > 0xffffffffULL)
        return std::nullopt;
    return quint32(parsed);
}

} // namespace pcitopo
