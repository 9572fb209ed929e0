#include "DiagnosticsModel.h"

#include "items/NodeItem.h"
#include "rules/RuleChecker.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace pcitopo {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

namespace {

bool sameFinding(const Diagnostic &a, const Diagnostic &b)
{
    return a.severity == b.severity && a.ruleId == b.ruleId && a.message == b.message && a.nodes == b.nodes
        && a.source == b.source && a.fixes == b.fixes;
}

} // namespace

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    // Rows follow the findings by key: a finding that stays keeps its row (and the view its
    // selection and scroll position), gone ones are removed and new ones inserted in order.
    QHash<QString, int> wanted;
    for (const Diagnostic &d : diagnostics)
        ++wanted[d.key];
    // Which rows stay: as many of each key as the new findings have, the first ones.
    QList<bool> stays(m_diagnostics.size());
    for (int row = 0; row < m_diagnostics.size(); ++row) {
        int &left = wanted[m_diagnostics[row].key];
        stays[row] = left > 0;
        left -= stays[row] ? 1 : 0;
    }
    for (int row = int(m_diagnostics.size()) - 1; row >= 0; --row) { // gone runs, from the bottom
        if (stays[row])
            continue;
        int first = row;
        while (first > 0 && !stays[first - 1])
            --first;
        beginRemoveRows({}, first, row);
        m_diagnostics.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    for (int j = 0; j < diagnostics.size(); ++j) {
        if (j < m_diagnostics.size() && m_diagnostics[j].key == diagnostics[j].key) {
            if (!sameFinding(m_diagnostics[j], diagnostics[j])) {
                m_diagnostics[j] = diagnostics[j];
                emit dataChanged(index(j, 0), index(j, ColumnCount - 1));
            }
            continue;
        }
        int from = -1; // the same finding further down: it moved up
        for (int k = j + 1; k < m_diagnostics.size() && from < 0; ++k)
            if (m_diagnostics[k].key == diagnostics[j].key)
                from = k;
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, j);
            m_diagnostics.move(from, j);
            endMoveRows();
            m_diagnostics[j] = diagnostics[j];
            emit dataChanged(index(j, 0), index(j, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, j, j);
        m_diagnostics.insert(j, diagnostics[j]);
        endInsertRows();
    }
    Q_ASSERT(m_diagnostics.size() == diagnostics.size());
    emit findingsChanged();
}

int DiagnosticsModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_diagnostics.size(); ++row) {
        if (m_diagnostics[row].key == key)
            return row;
    }
    return -1;
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QPixmap severityDot(Severity severity)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(NodeItem::severityColor(severity));
    painter.drawEllipse(1, 1, 10, 10);
    return pixmap;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_diagnostics.size())
        return {};
    const Diagnostic &d = m_diagnostics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityName(d.severity);
        case MessageColumn: return d.message;
        case RuleColumn: return d.ruleId;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            static const QPixmap dots[] = {severityDot(Severity::Info), severityDot(Severity::Warning),
                                           severityDot(Severity::QemuError), severityDot(Severity::LibvirtError)};
            return dots[int(d.severity)];
        }
        break;
    case Qt::ToolTipRole: {
        const rules::RuleInfo *rule = rules::findRule(d.ruleId);
        return rule
            ? QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
                  .arg(rule->title().toHtmlEscaped(), rule->explanation().toHtmlEscaped(), d.source.toHtmlEscaped())
            : QVariant();
    }
    case NodesRole: return QVariant::fromValue(d.nodes);
    case KeyRole: return d.key;
    case HasFixRole: return !d.fixes.isEmpty();
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Finding");
    case RuleColumn: return tr("Rule");
    }
    return {};
}

} // namespace pcitopo
