#pragma once

// What the command-line tools share: their standard streams, reading and writing files, the
// usage text and option parsing. Internal to pcitopo_cli; CommandLine.h is the public face.

#include "CommandLine.h"
#include "rules/Diagnostic.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

class QIODevice;

namespace pcitopo {
class DomainDocument;
class HostInventory;
class VirtConnection;
} // namespace pcitopo

namespace pcitopo::cli {

/** Translates in the "pcitopo::cli" context, the one all command-line messages share. */
QString tr(const char *text);

/** Standard streams of one run. */
struct Io
{
    QIODevice *in;
    QTextStream out;
    QTextStream err;
    QIODevice *outDevice;

    Io(QIODevice *input, QIODevice *output, QIODevice *error)
        : in(input)
        , out(output)
        , err(error)
        , outDevice(output)
    { }

    /** Prints "pcitopo: MESSAGE" on standard error; returns BadInput for `return io.fail(…)`. */
    int fail(const QString &message)
    {
        err << "pcitopo: " << message << '\n';
        err.flush();
        return BadInput;
    }
};

/** The whole usage text, as --help prints it. */
QString usage();

/** Parses a subcommand's options; prints the error and returns false when they are wrong. */
bool parse(Io &io, QCommandLineParser &parser, const QStringList &arguments, int positionals);

/** The exit status of the worst diagnostic. */
int exitCodeFor(Severity severity);

/**
 * A connection's host devices and which guests use them (blocking: the command line may wait).
 * Prints why and returns null when the connection cannot be opened.
 */
std::unique_ptr<VirtConnection> connectTo(Io &io, const QString &uri, HostInventory *host);

/** `pcitopo hotplug …` (HotplugCommand.cpp). */
int runHotplug(Io &io, const QStringList &arguments);

} // namespace pcitopo::cli
