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

} // namespace CheckReport

} // namespace pcitopo
