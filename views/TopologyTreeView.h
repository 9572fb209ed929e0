#pragma once

#include "NodeId.h"

#include <QPointer>
#include <QTreeView>

namespace pcitopo {

class NodeSelection;

/**
 * The topology tree: keeps new rows expanded and columns sized to their content, and shows
 * and changes the document's node selection.
 */
class TopologyTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit TopologyTreeView(QWidget *parent = nullptr);

    /** Expects a TopologyTreeModel (or null). Call setSelection after it. */
    void setModel(QAbstractItemModel *model) override;
    /** The selection the rows follow and change; null detaches. */
    void setSelection(NodeSelection *selection);
    /** The row under a drag, and whether it takes what is dragged (for tests). */
    QModelIndex dropRow() const { return m_dropRow; }
    bool dropAllowed() const { return m_dropAllowed; }

protected:
    /** While dragging, the row under the cursor turns green or red, and says where or why. */
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void clearDropRow();
    void expandInserted(const QModelIndex &parent, int first, int last);
    /** Selects the rows of these nodes; `scroll` brings the first into view. */
    void showSelection(const QList<NodeId> &nodes, bool scroll = true);
    void rowsSelected();

    QPointer<NodeSelection> m_selection;
    QList<QMetaObject::Connection> m_selectionConnections;
    bool m_showing = false; // applying the shared selection, not the user's choice
    QPersistentModelIndex m_dropRow; // the row under a drag
    bool m_dropAllowed = false;
};

} // namespace pcitopo
