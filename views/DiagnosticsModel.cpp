#include "DiagnosticsModel.h"

#include "items/NodeItem.h"
#include "rules/RuleChecker.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace pcitopo {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
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
        return rule ? QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
                          .arg(rule->title().toHtmlEscaped(), rule->explanation().toHtmlEscaped(), d.source.toHtmlEscaped())
                    : QVariant();
    }
    case NodesRole:
        return QVariant::fromValue(d.nodes);
    case KeyRole:
        return d.key;
    case HasFixRole:
        return !d.fixes.isEmpty();
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
