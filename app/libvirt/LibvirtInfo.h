#pragma once

#include <QString>

namespace pcitopo {

/**
 * The libvirt library pcitopo runs against, "9.0.0", asked through the C API; empty when
 * libvirt cannot answer. (This target is the only one that includes libvirt.)
 */
QString libvirtLibraryVersion();

} // namespace pcitopo
