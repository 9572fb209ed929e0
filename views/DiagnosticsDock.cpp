#include "DiagnosticsDock.h"

#include "DiagnosticsModel.h"
#include "DomainDocument.h"
#include "commands/FixCommands.h"
#include "commands/TopologyCommand.h"
#include "rules/RuleChecker.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace pcitopo {

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_fix(new QPushButton(tr("&Fix"), this))
    , m_summary(new QLabel(this))
{
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_fix->setToolTip(tr("Apply the rule's fix (one undo step)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_fix, &QPushButton::clicked, this, [this] { applyFix(m_view->currentIndex().row()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!m_model || !index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu *menu = contextMenu(index.row());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    updateButtons();
}

QMenu *DiagnosticsDock::contextMenu(int row)
{
    // A finding's menu: its fixes, the nodes it is about, the rule behind it, the text.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("FindingMenu"));
    const Diagnostic finding = m_model->diagnostic(row);
    for (const Fix &fix : finding.fixes) {
        menu->addAction(tr("Fix: %1").arg(fix.text), this, [this, fix] { applyAndSelect(fix); });
    }
    if (!finding.fixes.isEmpty())
        menu->addSeparator();
    QAction *show = menu->addAction(tr("Select What It Is About"), this,
                                    [this, nodes = finding.nodes] { emit nodesActivated(nodes); });
    show->setEnabled(!finding.nodes.isEmpty());
    menu->addAction(tr("Copy Finding"), this, [finding] {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("%1: %2 [%3]").arg(severityName(finding.severity), finding.message, finding.ruleId));
    });
    if (const rules::RuleInfo *rule = rules::findRule(finding.ruleId)) {
        menu->addSeparator();
        QAction *why = menu->addAction(tr("Why: %1").arg(rule->title()));
        why->setToolTip(rule->explanation());
        why->setEnabled(false); // the explanation is in its tooltip and in pcitopo explain
        menu->setToolTipsVisible(true);
    }
    return menu;
}

int DiagnosticsDock::columnWidth(const QStringList &texts, int column, int decoration) const
{
    const QFontMetrics metrics(m_view->font());
    int width = m_view->header()->sectionSizeHint(column);
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text) + decoration);
    // The item's margins on both sides, as QStyledItemDelegate lays it out, and some air.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return width + 2 * margin + 8;
}

int DiagnosticsDock::severityColumnWidth() const
{
    QStringList names;
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::QemuError, Severity::LibvirtError})
        names.append(severityName(severity));
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    return columnWidth(names, DiagnosticsModel::SeverityColumn, icon + 4);
}

int DiagnosticsDock::ruleColumnWidth() const
{
    QStringList ids;
    for (const rules::RuleInfo &rule : rules::allRules())
        ids.append(rule.id);
    return columnWidth(ids, DiagnosticsModel::RuleColumn, 0);
}

void DiagnosticsDock::setModel(DiagnosticsModel *model, DomainDocument *document)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_document = document;
    m_selectedKey.clear();
    m_view->setModel(model);
    if (model) {
        m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
        // Wide enough for every severity and rule id there is, measured once: a header that sizes
        // to its contents measures every row again after each finding that comes or goes.
        QHeaderView *header = m_view->header();
        header->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::Interactive);
        header->setSectionResizeMode(DiagnosticsModel::RuleColumn, QHeaderView::Interactive);
        header->resizeSection(DiagnosticsModel::SeverityColumn, severityColumnWidth());
        header->resizeSection(DiagnosticsModel::RuleColumn, ruleColumnWidth());
        connect(model, &QAbstractItemModel::modelReset, this, &DiagnosticsDock::modelReset);
        // While the model follows new findings, the current row may move to a neighbour: that
        // is not the user choosing another finding.
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_following = true; });
        connect(model, &DiagnosticsModel::findingsChanged, this, [this] {
            m_following = false;
            modelReset();
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (m_following)
                        return;
                    m_selectedKey = current.data(DiagnosticsModel::KeyRole).toString();
                    updateButtons();
                    if (current.isValid())
                        emit nodesActivated(current.data(DiagnosticsModel::NodesRole).value<QList<NodeId>>());
                });
    }
    modelReset();
}

void DiagnosticsDock::modelReset()
{
    if (!m_model) {
        m_summary->clear();
        updateButtons();
        return;
    }
    // Keep the same finding selected across re-checks, by its stable key.
    const int row = m_model->rowOfKey(m_selectedKey);
    if (row >= 0 || m_view->currentIndex().isValid()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        else // the selected finding is gone: nothing is selected, as after a reset
            m_view->selectionModel()->clear();
    }
    int counts[4] = {0, 0, 0, 0};
    for (int r = 0; r < m_model->rowCount(); ++r)
        ++counts[int(m_model->diagnostic(r).severity)];
    m_summary->setText(tr("%1 libvirt errors, %2 QEMU errors, %3 warnings, %4 notes")
                           .arg(counts[3])
                           .arg(counts[2])
                           .arg(counts[1])
                           .arg(counts[0]));
    updateButtons();
}

void DiagnosticsDock::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_fix->setEnabled(m_model && current.isValid() && current.data(DiagnosticsModel::HasFixRole).toBool());
    // The button says what it will do ("Fix: Set managed='yes'"), elided when long.
    if (m_model && current.isValid() && !m_model->diagnostic(current.row()).fixes.isEmpty()) {
        const QString action = m_model->diagnostic(current.row()).fixes.first().text;
        m_fix->setText(m_fix->fontMetrics().elidedText(tr("&Fix: %1").arg(action), Qt::ElideRight, 420));
        m_fix->setToolTip(action);
    } else {
        m_fix->setText(tr("&Fix"));
        m_fix->setToolTip(tr("Select a finding that has a fix"));
    }
}

bool DiagnosticsDock::applyFix(int row)
{
    if (!m_document || !m_model || row < 0 || row >= m_model->rowCount() || m_model->diagnostic(row).fixes.isEmpty())
        return false;
    return applyAndSelect(m_model->diagnostic(row).fixes.first());
}

bool DiagnosticsDock::applyAndSelect(const Fix &fix)
{
    if (!m_document)
        return false;
    QSet<NodeId> before;
    for (const Controller &c : m_document->topology().controllers())
        before.insert(c.id);
    QString why;
    if (!pcitopo::applyFix(m_document, fix, &why)) {
        emit fixRefused(tr("Not fixed: %1: %2.").arg(fix.text, why));
        return false;
    }
    // What the fix changed stays selected: its nodes, or the ports it added (nothing when it
    // removed its node).
    QList<NodeId> changed;
    if (fix.kind == Fix::AddSparePorts) {
        for (const Controller &c : m_document->topology().controllers())
            if (!before.contains(c.id))
                changed.append(c.id);
    } else if (fix.kind != Fix::RemoveNode) {
        changed = fix.nodes.isEmpty() ? QList<NodeId>{fix.node} : fix.nodes;
    }
    if (!changed.isEmpty())
        emit nodesActivated(changed);
    return true;
}

} // namespace pcitopo
