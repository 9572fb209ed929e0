#pragma once

#include <QTreeView>

namespace pcitopo {

/** The topology tree: keeps new rows expanded and columns sized to their content. */
class TopologyTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit TopologyTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

private:
    void expandInserted(const QModelIndex &parent, int first, int last);
};

} // namespace pcitopo
