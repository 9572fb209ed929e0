#include "TopologyTreeView.h"

#include <QHeaderView>

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
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TopologyTreeView::expandInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        resizeColumnToContents(0);
    });
    expandAll();
    resizeColumnToContents(0);
}

void TopologyTreeView::expandInserted(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row)
        expandRecursively(model()->index(row, 0, parent));
}

} // namespace pcitopo
