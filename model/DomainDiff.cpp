#include "DomainDiff.h"

#include "Topology.h"

#include <QRegularExpression>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace pcitopo::DomainDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::DomainDiff", text);
}

struct Entry
{
    QString label;
    QString address; // libvirt's address, or "" when libvirt assigns one
};

QString describe(const std::optional<PciAddress> &address)
{
    return address ? address->toShortString() : QString();
}

/** Every node under a key that stays stable across edits: its label, numbered when repeated. */
QList<std::pair<QString, Entry>> entries(const Topology &topology)
{
    QList<std::pair<QString, Entry>> result;
    QHash<QString, int> seen;
    const auto add = [&](const QString &label, const std::optional<PciAddress> &address) {
        const int n = seen[label]++;
        result.append({n ? QStringLiteral("%1#%2").arg(label).arg(n) : label, {label, describe(address)}});
    };
    for (const Controller &c : topology.controllers()) {
        if (!c.implicit)
            add(c.label(), c.address);
    }
    for (const Device &d : topology.devices())
        add(d.label, d.address);
    return result;
}

enum class Op { Keep, Remove, Add };
using Step = std::pair<Op, QString>;

/**
 * How to turn lines `a` into lines `b`: the common head and tail need no search; the middle is
 * aligned by a longest common subsequence when it is small enough, else shown as replaced.
 */
std::vector<Step> editScript(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    std::vector<Step> script;
    for (qsizetype i = 0; i < head; ++i)
        script.emplace_back(Op::Keep, a[i]);
    if (n * m <= 4'000'000) {
        std::vector<std::vector<quint32>> lcs(size_t(n + 1), std::vector<quint32>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                script.emplace_back(Op::Keep, a[head + i]);
                ++i, ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.emplace_back(Op::Remove, a[head + i++]); // removals first, as diff -u
            } else {
                script.emplace_back(Op::Add, b[head + j++]);
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            script.emplace_back(Op::Remove, a[head + i]);
        for (qsizetype j = 0; j < m; ++j)
            script.emplace_back(Op::Add, b[head + j]);
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        script.emplace_back(Op::Keep, a[i]);
    return script;
}

/** A change to the base: lines [start, end) of it replaced by `lines`. */
struct Chunk
{
    qsizetype start;
    qsizetype end;
    QStringList lines;
    bool operator==(const Chunk &) const = default;
};

QList<Chunk> chunksOf(const std::vector<Step> &script)
{
    QList<Chunk> chunks;
    qsizetype base = 0;
    for (size_t k = 0; k < script.size();) {
        if (script[k].first == Op::Keep) {
            ++base, ++k;
            continue;
        }
        Chunk chunk{base, base, {}};
        for (; k < script.size() && script[k].first != Op::Keep; ++k) {
            if (script[k].first == Op::Remove)
                ++chunk.end;
            else
                chunk.lines.append(script[k].second);
        }
        base = chunk.end;
        chunks.append(chunk);
    }
    return chunks;
}

QString addressText(const QString &address)
{
    return address.isEmpty() ? tr("an address libvirt assigns") : address;
}

} // namespace

QStringList topologyChanges(const Topology &before, const Topology &after)
{
    const QList<std::pair<QString, Entry>> old = entries(before);
    const QList<std::pair<QString, Entry>> now = entries(after);
    QHash<QString, Entry> oldByKey;
    for (const auto &[key, entry] : old)
        oldByKey.insert(key, entry);
    QHash<QString, Entry> nowByKey;
    for (const auto &[key, entry] : now)
        nowByKey.insert(key, entry);

    QStringList changes;
    for (const auto &[key, entry] : old) {
        if (!nowByKey.contains(key))
            changes << tr("Remove %1 (at %2).").arg(entry.label, addressText(entry.address));
    }
    for (const auto &[key, entry] : now) {
        const auto it = oldByKey.constFind(key);
        if (it == oldByKey.cend())
            changes << tr("Add %1 at %2.").arg(entry.label, addressText(entry.address));
        else if (it->address != entry.address)
            changes
                << tr("Move %1 from %2 to %3.").arg(entry.label, addressText(it->address), addressText(entry.address));
    }
    return changes;
}

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
                    const QString &afterName)
{
    if (before == after)
        return QString();
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));

    const std::vector<Step> script = editScript(a, b);
    // Hunks: changes with up to 3 lines of context, merged when their context touches.
    constexpr qsizetype context = 3;
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    const qsizetype total = qsizetype(script.size());
    qsizetype k = 0;
    while (k < total) {
        while (k < total && script[size_t(k)].first == Op::Keep)
            ++k;
        if (k == total)
            break;
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        for (;;) {
            while (end < total && script[size_t(end)].first != Op::Keep)
                ++end;
            qsizetype next = end;
            while (next < total && script[size_t(next)].first == Op::Keep && next - end < 2 * context + 1)
                ++next;
            if (next < total && script[size_t(next)].first != Op::Keep) {
                end = next;
                continue;
            }
            end = std::min(total, end + context);
            break;
        }
        // Line numbers of the hunk's first line in each text.
        qsizetype lineA = 1, lineB = 1;
        for (qsizetype s = 0; s < start; ++s) {
            lineA += script[size_t(s)].first != Op::Add;
            lineB += script[size_t(s)].first != Op::Remove;
        }
        qsizetype countA = 0, countB = 0;
        QString body;
        for (qsizetype s = start; s < end; ++s) {
            const auto &[op, line] = script[size_t(s)];
            countA += op != Op::Add;
            countB += op != Op::Remove;
            body += (op == Op::Keep      ? QLatin1Char(' ')
                         : op == Op::Add ? QLatin1Char('+')
                                         : QLatin1Char('-'))
                + line + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(lineA).arg(countA).arg(lineB).arg(countB) + body;
        k = end;
    }
    return out;
}

MergeResult mergeThreeWay(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs)
{
    MergeResult result;
    const QStringList lines = QString::fromUtf8(base).split(QLatin1Char('\n'));
    const QList<Chunk> mine = chunksOf(editScript(lines, QString::fromUtf8(ours).split(QLatin1Char('\n'))));
    const QList<Chunk> others = chunksOf(editScript(lines, QString::fromUtf8(theirs).split(QLatin1Char('\n'))));

    // Both lists are in base order. Changes that touch (overlap, or meet at a line) conflict
    // unless they are the same change: adjacent edits are rarely independent in XML.
    QList<Chunk> merged;
    qsizetype i = 0, j = 0;
    while (i < mine.size() || j < others.size()) {
        if (j == others.size() || (i < mine.size() && mine[i].end < others[j].start)) {
            merged.append(mine[i++]);
        } else if (i == mine.size() || others[j].end < mine[i].start) {
            merged.append(others[j++]);
        } else if (mine[i] == others[j]) {
            merged.append(mine[i++]);
            ++j;
        } else {
            const qsizetype line = std::min(mine[i].start, others[j].start) + 1;
            result.conflicts.append(tr("Line %1 of the definition as opened was changed both here and on the "
                                       "server.")
                                        .arg(line));
            // Past the chunk that ends first only: the other may meet the next one too.
            if (mine[i].end <= others[j].end)
                ++i;
            else
                ++j;
        }
    }
    if (!result.conflicts.isEmpty())
        return result;
    QStringList out;
    qsizetype at = 0;
    for (const Chunk &chunk : std::as_const(merged)) {
        for (; at < chunk.start; ++at)
            out.append(lines[at]);
        out.append(chunk.lines);
        at = chunk.end;
    }
    for (; at < lines.size(); ++at)
        out.append(lines[at]);
    result.merged = out.join(QLatin1Char('\n')).toUtf8();
    result.ok = true;
    return result;
}

QString maskSecrets(QString xml)
{
    static const QRegularExpression passwd(QStringLiteral("(passwd=)(['\"])[^'\"]*\\2"));
    return xml.replace(passwd, QStringLiteral("\\1\\2********\\2"));
}

} // namespace pcitopo::DomainDiff
