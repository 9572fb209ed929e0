#pragma once

#include "NodeId.h"

#include <QList>
#include <QObject>

namespace pcitopo {

class DomainDocument;
struct TopologyChange;

/**
 * The nodes selected in one document: the single selection its diagram, tree, properties and
 * findings all show and change. A view that changes it names itself as the origin, so it is
 * not told again what it already shows. Nodes an edit removes leave the selection.
 */
class NodeSelection : public QObject
{
    Q_OBJECT

public:
    explicit NodeSelection(DomainDocument *document, QObject *parent = nullptr);

    const QList<NodeId> &nodes() const { return m_nodes; }
    /** The selected node when exactly one is, else an invalid id. */
    NodeId single() const { return m_nodes.size() == 1 ? m_nodes.first() : NodeId(); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    /**
     * Selects `nodes` (in that order, without repeats). Nothing is emitted when the same set
     * is selected already, so views that echo a selection back end there.
     */
    void select(const QList<NodeId> &nodes, const QObject *origin = nullptr);
    void clear(const QObject *origin = nullptr) { select({}, origin); }

signals:
    /** The selection is now `nodes`; `origin` is the view that changed it, or null. */
    void changed(const QList<pcitopo::NodeId> &nodes, const QObject *origin);

private:
    void documentChanged(const TopologyChange &change);

    DomainDocument *m_document; // outlives the selection, or takes its signal with it
    QList<NodeId> m_nodes;
};

} // namespace pcitopo
