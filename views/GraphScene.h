#pragma once

#include "NodeId.h"
#include "TopologyChange.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"
#include "rules/Diagnostic.h"
#include "rules/HostFacts.h"
#include "layout/GraphLayout.h"

#include <QGraphicsScene>
#include <QSet>
#include <QPainterPath>
#include <QHash>
#include <QPointer>

#include <optional>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace pcitopo {

struct DropPayload;
struct DropPlace;

class DomainDocument;
class NodeItem;

/**
 * The diagram: built from the document's Topology through the pure GraphLayout, rebuilt after
 * each change (keeping the selection by NodeId), decorated with the checker's findings.
 * Dragging a node onto a controller moves it there through rules::canAttach and one command;
 * while dragging, the controller under the cursor turns green or red and says why.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /** How to draw: the editor uses the defaults; exports choose. */
    struct Options
    {
        enum class Palette { Light, Dark, Print };
        GraphLayout::Orientation orientation = GraphLayout::Orientation::LeftRight;
        bool emptySlots = false;
        Palette palette = Palette::Light;
    };

    explicit GraphScene(QObject *parent = nullptr);
    /** Its items go with QGraphicsScene's destructor, after this one: nothing of it may be called then. */
    ~GraphScene() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    void setDocument(DomainDocument *document);
    DomainDocument *document() const;
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    /** Devices a running guest was asked to release and still holds: drawn as pending. */
    void setPendingUnplugs(const QSet<NodeId> &nodes);
    const QSet<NodeId> &pendingUnplugs() const { return m_pending; }
    /** Boxes to ring as differing from the other layer of a running guest, with why. */
    void setLayerNotes(const QHash<NodeId, QString> &notes);
    /**
     * A diagram nothing can be dragged in or dropped on (a running guest's live topology,
     * which changes by hot-plug and unplug only); `why` is what a refused drop says.
     */
    void setReadOnly(bool readOnly, const QString &why = QString());
    bool isReadOnly() const { return m_readOnly; }
    /**
     * A running guest's diagram: a palette entry or one host device dropped on a port or bus is
     * not added but asked to be plugged in (livePlugRequested), judged meanwhile by the live
     * rules (green, or red with libvirt's reason).
     */
    void setLive(bool live) { m_live = live; }
    bool isLive() const { return m_live; }
    /** What a drop onto a live diagram would plug, and where; or why not. */
    struct LivePlug
    {
        bool allowed = false;
        QString text; // "Hot-plug at 05:00.0 (the guest sees 65:00.0)", or why not
        QByteArray deviceXml;
        std::optional<PciAddress> at;
    };
    LivePlug livePlug(const DropPayload &payload, const NodeItem *target) const;
    /** Host facts: passed-through devices show their IOMMU group (host PE). */
    void setHostFacts(const HostFacts &host);
    const HostFacts &hostFacts() const { return m_host; }

    NodeItem *itemFor(NodeId id) const { return m_items.value(id); }

    /** Collapsed controllers: the nodes below them are left out, and a "+31" badge counts them. */
    void setCollapsed(const QList<NodeId> &nodes, bool collapsed);
    bool isCollapsed(NodeId id) const { return m_collapsed.contains(id); }
    /** Whether a node has nodes below it in the diagram (a controller with a populated bus). */
    bool canCollapse(NodeId id) const;
    bool hasCollapsed() const { return !m_collapsed.isEmpty(); }
    void expandAll();
    /** Expands the collapsed controllers above these nodes, so that they are drawn. */
    void expandToShow(const QList<NodeId> &nodes);
    /** The diagram's extent in scene coordinates (the boxes, their links and captions). */
    QRectF diagramRect() const { return m_diagramRect; }
    QList<NodeId> selectedNodes() const;
    void selectNodes(const QList<NodeId> &nodes);

    /** The verdict for dropping a payload onto an item: only a controller takes drops. */
    rules::AttachVerdict dropVerdict(const DropPayload &payload, const NodeItem *target) const;
    /**
     * Drops a payload onto an item as one undo step: moves nodes, adds a catalogue entry, or
     * hands host devices to the window (hostDevicesDropped). False, and nothing, when refused.
     */
    bool drop(const DropPayload &payload, const NodeItem *target);

    // What the diagram draws, shared with the SVG writer (which draws from the layout).
    /** A box's three lines: title, model and class (or IOMMU group), libvirt and guest address. */
    static QStringList nodeLines(const Topology &topology, const rules::GuestNumbering &guest, const HostFacts &host,
                                 NodeId id, int *group);
    /** The link from a parent box to a child box, along the layout's route. */
    static QPainterPath linkPath(const QPolygonF &route);
    /** "02.1": the slot and function a link leads to. */
    static QString linkLabel(const PciAddress &address);
    static QString frameCaption(quint32 bus, quint32 slot);
    static QString unconnectedCaption();
    static QStringList emptySlotLines(const GraphLayout::EmptySlot &slot);

signals:
    /** The user changed the selection in the diagram. */
    void nodesSelected(const QList<pcitopo::NodeId> &nodes);
    /**
     * Host functions were dropped onto a controller where they fit; the window adds them
     * (after offering the rest of their IOMMU group).
     */
    void hostDevicesDropped(const QList<pcitopo::PciAddress> &host, int busIndex);
    /** A drop was refused: why, for the status bar (the tooltip that said it is gone). */
    void dropRefused(const QString &reason);
    /** A device dropped on a live diagram, to be plugged into the running guest at `at`. */
    void livePlugRequested(const QByteArray &deviceXml, const pcitopo::PciAddress &at);
    /** A controller was collapsed or expanded: the diagram's extent changed. */
    void collapsedChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    /**
     * Lays the diagram out again. Every box is moved to its new place; what a box says is
     * made again only for the nodes `change` names and those whose guest address changed
     * (everything when there is no change, or it is not local to the nodes it names).
     */
    void rebuild(const TopologyChange *change = nullptr);
    void startDrag(NodeItem *item, Qt::KeyboardModifiers modifiers);
    void runDrag(const QList<NodeId> &nodes);
    /** The first new warning the move would bring, "" when none (or the domain is too big to try). */
    QString warningAfterMove(const DropPayload &payload, const rules::AttachVerdict &verdict) const;
    /** Where a drop onto `target` lands: a controller's bus, or beside a device in its slot. */
    std::optional<DropPlace> placeFor(const DropPayload &payload, const NodeItem *target, QString *why) const;
    NodeItem *nodeItemAt(const QPointF &pos) const;
    void clearDropState();
    void clearVerdicts();

    QPointer<DomainDocument> m_document;
    QHash<NodeId, NodeItem *> m_items;
    /** The link into a node and its slot label, kept across edits like the node's box. */
    struct Link
    {
        QGraphicsPathItem *path = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        // What the path and label were made from: unchanged, they are not made again.
        QPolygonF route;
        PciAddress address;
        bool hotplug = false;
        int palette = -1;
    };
    QHash<NodeId, Link> m_links; // by the child node
    /** The frame around the functions of a multifunction slot, and its caption, by (bus, slot). */
    struct Frame
    {
        QGraphicsRectItem *rect = nullptr;
        QGraphicsSimpleTextItem *caption = nullptr;
    };
    QHash<QPair<quint32, quint32>, Frame> m_frames;
    /** Frames around the guest devices of each host IOMMU group with more than one (transient). */
    void frameIommuGroups();
    /** A press on a multifunction frame (not on a box): its slot, dragged as one past the drag distance. */
    std::optional<QPair<quint32, quint32>> m_framePressed;
    QPoint m_framePressPos;
    QString m_lastRefusal; // why the target under the drag refuses it, "" when it does not
    QString m_dropWarning; // what a drop onto the target under the drag would break
    /** The caption of unconnected nodes and the empty slots of an export: made again at every rebuild. */
    QList<QGraphicsItem *> m_transient;
    rules::GuestNumbering m_guest; // of the last rebuild, to see whose guest address changed
    QList<Diagnostic> m_diagnostics;
    QSet<NodeId> m_pending;
    QHash<NodeId, QString> m_layerNotes;
    bool m_readOnly = false;
    bool m_live = false;
    LivePlug m_livePlug; // for m_dropTarget, worked out once per target
    QString m_readOnlyWhy;
    HostFacts m_host;
    Options m_options;
    QSet<NodeId> m_collapsed;
    QRectF m_diagramRect;
    QList<NodeItem *> m_verdictShown; // controllers coloured for the current drag
    NodeItem *m_dropTarget = nullptr;
    bool m_rebuilding = false;
};

} // namespace pcitopo
