#pragma once

#include <QString>

namespace pcitopo {

/**
 * The libvirt library pcitopo runs against, "9.0.0", asked through the C API; empty when
 * libvirt cannot answer. (This target is the only one that includes libvirt.)
 */
QString libvirtLibraryVersion();

/** libvirt's packed version number (major * 1000000 + minor * 1000 + release) as "10.0.0". */
QString libvirtVersionText(unsigned long version);

/**
 * For a connection's libvirt newer than 9.0, the one thing to say once: which rules are
 * derived from 9.0. Empty for 9.0 and older, and for an unknown version.
 */
QString newerLibvirtNote(const QString &version);

} // namespace pcitopo
