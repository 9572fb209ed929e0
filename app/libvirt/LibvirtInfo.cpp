#include "LibvirtInfo.h"

#include <libvirt/libvirt.h>

namespace pcitopo {

QString libvirtLibraryVersion()
{
    unsigned long version = 0;
    if (virGetVersion(&version, nullptr, nullptr) < 0)
        return QString();
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

} // namespace pcitopo
