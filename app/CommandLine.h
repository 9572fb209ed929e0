#pragma once

#include <QStringList>

class QIODevice;

namespace pcitopo::cli {

/** Exit statuses of the command-line contract (DESIGN.md); for several inputs the worst wins. */
enum ExitCode {
    Clean = 0, // information at most
    Warnings = 1,
    QemuRefuses = 2, // libvirt would define the domain, QEMU would refuse to start it
    LibvirtRefuses = 3, // libvirt would refuse to define it
    BadInput = 4, // unreadable input or wrong arguments (message on standard error)
    Pending = 5, // hotplug: the guest has not released the device (yet), or refused to
};

/** True when the first argument names a command-line tool rather than a file for the GUI. */
bool isCommand(const QString &argument);

/**
 * Runs one command-line tool: arguments start with the command name ("tree", "move", …).
 * `in` is standard input (for "-"), `out` and `err` standard output and error.
 */
int run(const QStringList &arguments, QIODevice *in, QIODevice *out, QIODevice *err);

} // namespace pcitopo::cli
