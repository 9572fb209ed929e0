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

struct MergeResult
{
    bool ok = false;
    QByteArray merged; // when ok
    QStringList conflicts; // when not: where, in words
};

/**
 * A three-way merge of a domain's XML by lines: the changes from `base` to `ours` and from
 * `base` to `theirs` together, when no two of them touch the same or neighbouring lines (the
 * writer is lossless, so an edit in the editor changes only the lines it must). A change made
 * the same way on both sides is taken once. The caller parses the result: a merge can still
 * be refused as a domain.
 */
MergeResult mergeThreeWay(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs);

/** XML for showing: every passwd='…' value replaced by asterisks (what is saved keeps them). */
QString maskSecrets(QString xml);

} // namespace DomainDiff

} // namespace pcitopo
