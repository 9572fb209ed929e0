#pragma once

#include "rules/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pcitopo {

class Topology;

/** The findings for one checked input, ready to print. */
struct CheckedInput
{
    QString name; // file path, "-" or "URI domain"
    QString error; // the input could not be read: why (then nothing else is set)
    QString domain;
    QString machine;
    QList<Diagnostic> diagnostics;
    QList<int> lines; // the XML line of each diagnostic's first node, 0 when none

    static CheckedInput fromTopology(const QString &name, const Topology &topology,
                                     const QList<Diagnostic> &diagnostics);
};

/** The findings for the domains of one libvirt host (`check --connect`). */
struct CheckedHost
{
    QString uri;
    QString libvirtVersion; // the host's libvirt, "10.0.0"; "" when unknown
    QString hypervisor; // its hypervisor, "QEMU 7.2.0"; "" when unknown
    QString error; // the host could not be read: why (its inputs may be partial or empty)
    QList<CheckedInput> inputs; // named by domain
};

/** Formats check results as `pcitopo check` prints them. */
namespace CheckReport {

/**
 * "FILE:LINE: severity: message [rule]", compiler style, with a summary line per input. Notes
 * (Info) are counted, and printed only with `notes`.
 */
QByteArray text(const QList<CheckedInput> &inputs, bool notes = false);
/** One JSON document: {"inputs": [...], "worst": "..."}. */
QByteArray json(const QList<CheckedInput> &inputs);
/** SARIF 2.1.0, for code-scanning tools. */
QByteArray sarif(const QList<CheckedInput> &inputs);

/** Per host: "== URI ==", then its domains as text() prints inputs, or why it was not read. */
QByteArray text(const QList<CheckedHost> &hosts, bool notes = false);
/** {"hosts": [{"uri", "error"?, "inputs": [...], "worst"}], "worst": "..."}. */
QByteArray json(const QList<CheckedHost> &hosts);
/** SARIF 2.1.0 with one run per host (its URI in the run's properties and automation id). */
QByteArray sarif(const QList<CheckedHost> &hosts);

} // namespace CheckReport

} // namespace pcitopo
