#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pcitopo {

class Topology;

/**
 * What saving would change, for the confirmation before a define: the topology in words and
 * the XML as a unified diff.
 */
namespace DomainDiff {

/**
 * One sentence per controller or device that was added, removed or moved between two
 * topologies of the same domain ("disk vda: 04:00.0 → 06:00.0"), matched by label.
 */
QStringList topologyChanges(const Topology &before, const Topology &after);

/** A unified diff (3 lines of context) of two texts; empty when they are equal. */
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
                    const QString &afterName);

/** XML for showing: every passwd='…' value replaced by asterisks (what is saved keeps them). */
QString maskSecrets(QString xml);

} // namespace DomainDiff

} // namespace pcitopo
