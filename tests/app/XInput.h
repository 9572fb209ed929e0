#pragma once

// Real X11 input for the end-to-end tests: events that go through the X server to the real
// window, the way a user's do (xdotool, under xvfb-run).

#include <QByteArray>
#include <QHash>
#include <QPoint>
#include <QProcess>
#include <QStringList>

/** Runs xdotool; false (with a warning) when it fails, so that no event went to the app. */
inline bool xdotool(const QStringList &arguments)
{
    const int status = QProcess::execute(QStringLiteral("xdotool"), arguments);
    if (status != 0)
        qWarning("xdotool %s: status %d", qPrintable(arguments.join(QLatin1Char(' '))), status);
    return status == 0;
}

/**
 * Reads one line of the window's PCITOPO_PRINT_NODE_GEOMETRY output ("node\tNAME\tX\tY": a box's
 * centre on the screen) into `nodes`; other lines are left alone. True when it was a node line.
 */
inline bool readNodeLine(const QByteArray &line, QHash<QString, QPoint> *nodes)
{
    const QList<QByteArray> cells = line.split('\t');
    if (cells.size() != 4 || cells[0] != "node")
        return false;
    nodes->insert(QString::fromUtf8(cells[1]), QPoint(cells[2].toInt(), cells[3].toInt()));
    return true;
}
