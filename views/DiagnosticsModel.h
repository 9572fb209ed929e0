#pragma once

#include "rules/Diagnostic.h"

#include <QAbstractTableModel>

namespace pcitopo {

/** The checker's findings as a table, worst first. */
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role { NodesRole = Qt::UserRole + 1, KeyRole, HasFixRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /**
     * Follows new findings row by row, by key: rows of findings that stay are kept (their
     * selection too), gone ones removed, new ones inserted; no reset.
     */
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    /** The row of the finding with this key, -1 when it is gone. */
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** The findings were set again (after the row changes it made). */
    void findingsChanged();

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace pcitopo
