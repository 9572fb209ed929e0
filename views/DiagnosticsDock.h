#pragma once

#include "NodeId.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace pcitopo {

class DiagnosticsModel;
class DomainDocument;
struct Fix;

/** The findings list: a click selects the nodes concerned, Fix applies the rule's fix. */
class DiagnosticsDock : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    /** Shows a document's findings (the model follows its document's checker). */
    void setModel(DiagnosticsModel *model, DomainDocument *document);
    DiagnosticsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Applies the first fix of the finding in `row`, as one undoable command. */
    bool applyFix(int row);
    /** Applies a fix and selects what it changed (the ports it added); false when it no longer applies. */
    bool applyAndSelect(const Fix &fix);

    /** A finding's context menu (for tests: the caller deletes it): its fixes, its nodes, its rule. */
    QMenu *contextMenu(int row);

signals:
    void nodesActivated(const QList<pcitopo::NodeId> &nodes);
    /** A fix that could not be applied, and why ("Not fixed: …: no free place takes …."). */
    void fixRefused(const QString &message);

private:
    void updateButtons();
    /** A column's width for the widest of the texts, each with a decoration that wide. */
    int columnWidth(const QStringList &texts, int column, int decoration) const;
    int severityColumnWidth() const;
    int ruleColumnWidth() const;
    void modelReset();

    QPointer<DiagnosticsModel> m_model;
    QPointer<DomainDocument> m_document;
    QTreeView *m_view;
    QPushButton *m_fix;
    QLabel *m_summary;
    QString m_selectedKey;
    bool m_following = false; // the model is following new findings: not the user's selection
};

} // namespace pcitopo
