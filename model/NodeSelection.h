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
     * Selects `nodes` (in that order, without repeats). A view that selects the set it was
     * given (naming itself as origin) changes nothing and is not answered, so echoes end
     * there; a selection without origin is always announced, so the views reveal it again.
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
