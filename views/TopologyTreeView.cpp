#include "TopologyTreeView.h"

#include "DomainDocument.h"
#include "DropPolicy.h"
#include "NodeSelection.h"
#include "TopologyTreeModel.h"

#include <QDragMoveEvent>
#include <QHeaderView>
#include <QPainter>
#include <QToolTip>

namespace pcitopo {

TopologyTreeView::TopologyTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(true);
}

void TopologyTreeView::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return; // QTreeView keeps its own connections only for a new model
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TopologyTreeView::expandInserted);
    // Rows that go and come back (a slot row made or dropped by an edit) are not the user
    // deselecting: the shared selection stays, and is shown again on the rows as they are now.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_showing = true; });
    // Only the selection is shown again, where it is: an edit does not scroll the tree.
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_showing = false;
        if (m_selection)
            showSelection(m_selection->nodes(), false);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_selection && !m_selection->nodes().isEmpty())
            showSelection(m_selection->nodes(), false);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        resizeColumnToContents(0);
        if (m_selection)
            showSelection(m_selection->nodes()); // a reset drops the rows' selection
    });
    expandAll();
    resizeColumnToContents(0);
}

void TopologyTreeView::setSelection(NodeSelection *selection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_selectionConnections))
        disconnect(c);
    m_selectionConnections.clear();
    m_selection = selection;
    if (!selection || !selectionModel())
        return;
    m_selectionConnections << connect(selection, &NodeSelection::changed, this,
                                      [this](const QList<NodeId> &nodes, const QObject *origin) {
                                          if (origin != this)
                                              showSelection(nodes);
                                      });
    m_selectionConnections << connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
                                      &TopologyTreeView::rowsSelected);
    showSelection(selection->nodes());
}

void TopologyTreeView::showSelection(const QList<NodeId> &nodes, bool scroll)
{
    const auto *tree = qobject_cast<const TopologyTreeModel *>(model());
    if (!tree)
        return;
    QItemSelection rows;
    for (NodeId id : nodes) {
        const QModelIndex index = tree->indexOf(id);
        if (index.isValid())
            rows.select(index, index.siblingAtColumn(TopologyTreeModel::ColumnCount - 1));
    }
    m_showing = true;
    selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_showing = false;
    if (scroll && !nodes.isEmpty())
        scrollTo(tree->indexOf(nodes.first()));
}

void TopologyTreeView::rowsSelected()
{
    if (m_showing || !m_selection)
        return;
    QList<NodeId> nodes;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const NodeId id = index.data(TopologyTreeModel::NodeIdRole).value<NodeId>();
        if (id.isValid())
            nodes.append(id);
    }
    m_selection->select(nodes, this);
}

void TopologyTreeView::expandInserted(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row)
        expandRecursively(model()->index(row, 0, parent));
}

void TopologyTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event); // accepts or not, through the model's canDropMimeData
    auto *model = qobject_cast<TopologyTreeModel *>(this->model());
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!model || !index.isValid()) {
        clearDropRow();
        return;
    }
    const DropPayload payload = DropPayload::decode(event->mimeData(), model->document());
    const QString refusal = model->dropRefusal(payload, index);
    const QModelIndex row = index.siblingAtColumn(0);
    if (row != m_dropRow || m_dropAllowed != refusal.isEmpty()) {
        const QModelIndex old = m_dropRow;
        m_dropRow = row;
        m_dropAllowed = refusal.isEmpty();
        if (old.isValid())
            viewport()->update(visualRect(old).adjusted(-4000, 0, 4000, 0));
        viewport()->update(visualRect(row).adjusted(-4000, 0, 4000, 0));
    }
    QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()),
                       refusal.isEmpty() ? tr("Drop here") : refusal, viewport());
}

void TopologyTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    clearDropRow();
    QTreeView::dragLeaveEvent(event);
}

void TopologyTreeView::dropEvent(QDropEvent *event)
{
    clearDropRow();
    QTreeView::dropEvent(event);
}

void TopologyTreeView::clearDropRow()
{
    if (m_dropRow.isValid())
        viewport()->update();
    m_dropRow = QPersistentModelIndex();
    QToolTip::hideText();
}

void TopologyTreeView::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_dropRow.isValid() && index.siblingAtColumn(0) == m_dropRow) {
        // The same greens and reds as the diagram's drop preview.
        const QColor colour = m_dropAllowed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        QColor fill = colour;
        fill.setAlpha(48);
        painter->fillRect(option.rect, fill);
        painter->setPen(QPen(colour, 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    QTreeView::drawRow(painter, option, index);
}

} // namespace pcitopo
