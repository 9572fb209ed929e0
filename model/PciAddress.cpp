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
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])$"));
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

std::optional<quint32> PciAddress::parseAttribute(QByteArrayView value)
{
    if (value.isEmpty())
        return 0u;
    // Fast path for what libvirt writes ("0x1f", "3"); anything else goes the general way.
    quint64 result = 0;
    qsizetype i = 0;
    int base = 10;
    if (value.size() > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X')) {
        base = 16;
        i = 2;
    } else if (value.size() > 1 && value[0] == '0') {
        return parseAttribute(QString::fromUtf8(value));
    }
    for (; i < value.size(); ++i) {
        const char c = value[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return parseAttribute(QString::fromUtf8(value));
        result = result * quint64(base) + quint64(digit);
        if (result > 0xffffffffULL)
            return std::nullopt;
    }
    return quint32(result);
}

} // namespace pcitopo
