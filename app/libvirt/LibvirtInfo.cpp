#include "LibvirtInfo.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>

namespace pcitopo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::LibvirtInfo)
};

} // namespace

QString libvirtVersionText(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

QString libvirtLibraryVersion()
{
    unsigned long version = 0;
    if (virGetVersion(&version, nullptr, nullptr) < 0)
        return QString();
    return libvirtVersionText(version);
}

QString newerLibvirtNote(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    bool majorOk = false, minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    if (!majorOk || !minorOk || major < 9 || (major == 9 && minor == 0))
        return QString();
    return Text::tr("This host runs libvirt %1. pcitopo's rules, placement and guest bus numbers follow libvirt "
                    "9.0 and QEMU 7.2: where a later release changed them, this libvirt may accept or refuse "
                    "differently, and its own define is the final word.")
        .arg(version);
}

} // namespace pcitopo
