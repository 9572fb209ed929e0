#include "GraphScene.h"
#include "rules/LiveHotplug.h"

#include "DomainDocument.h"
#include "DropPolicy.h"
#include "NodeMime.h"
#include "KindIcons.h"
#include "DeviceCatalogue.h"
#include "commands/HostDeviceDrop.h"
#include "CatalogueWidget.h"
#include "commands/AddNode.h"
#include "commands/SetAddress.h"
#include "items/LabelItem.h"
#include "items/NodeItem.h"
#include "layout/GraphLayout.h"
#include "rules/GuestAddressing.h"
#include "rules/RuleChecker.h"

#include <QApplication>
#include <QDrag>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainterPath>
#include <QToolTip>
#include <QUndoStack>

namespace pcitopo {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding)
            emit nodesSelected(selectedNodes());
    });
}

GraphScene::~GraphScene()
{
    // Deleting selected items (QGraphicsScene's destructor) emits selectionChanged, which the
    // lambda above would handle on a GraphScene that is already gone.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void GraphScene::setDocument(DomainDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &DomainDocument::changed, this, [this](const TopologyChange &change) { rebuild(&change); });
    rebuild();
}

void GraphScene::setOptions(const Options &options)
{
    m_options = options;
    rebuild();
}

DomainDocument *GraphScene::document() const
{
    return m_document;
}

void GraphScene::setHostFacts(const HostFacts &host)
{
    m_host = host;
    rebuild();
}

void GraphScene::setPendingUnplugs(const QSet<NodeId> &nodes)
{
    m_pending = nodes;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setPending(m_pending.contains(it.key()));
}

void GraphScene::setLayerNotes(const QHash<NodeId, QString> &notes)
{
    m_layerNotes = notes;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setLayerNote(m_layerNotes.value(it.key()));
}

void GraphScene::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
}

void GraphScene::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    QHash<NodeId, Severity> worst;
    for (const Diagnostic &d : diagnostics) {
        for (NodeId id : d.nodes) {
            if (!worst.contains(id) || worst[id] < d.severity)
                worst[id] = d.severity;
        }
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto found = worst.constFind(it.key());
        it.value()->setSeverity(found == worst.cend() ? std::nullopt : std::optional<Severity>(*found));
    }
}

namespace {

QString hex2(quint32 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

} // namespace

QPainterPath GraphScene::linkPath(const QPolygonF &route)
{
    QPainterPath path;
    path.addPolygon(route);
    return path;
}

QString GraphScene::linkLabel(const PciAddress &address)
{
    return QStringLiteral("%1.%2").arg(hex2(address.slot)).arg(address.function);
}

QString GraphScene::frameCaption(quint32 bus, quint32 slot)
{
    return tr("multifunction slot %1:%2").arg(hex2(bus), hex2(slot));
}

QString GraphScene::unconnectedCaption()
{
    return tr("Not connected: no address yet (libvirt assigns one), or on a bus no controller provides");
}

QStringList GraphScene::emptySlotLines(const GraphLayout::EmptySlot &slot)
{
    return {slot.freeSlots == 1 ? tr("empty slot %1").arg(slot.address.toShortString())
                                : tr("%1 free slots from %2").arg(slot.freeSlots).arg(slot.address.toShortString()),
            slot.hotplug ? tr("hot-pluggable") : tr("cold-plug only"), QString()};
}

QStringList GraphScene::nodeLines(const Topology &t, const rules::GuestNumbering &guest, const HostFacts &hostFacts,
                                  NodeId id, int *group)
{
    const Controller *c = t.controller(id);
    const Device *d = t.device(id);
    QStringList lines;
    *group = -1;
    const auto guestIt = guest.address.constFind(id);
    const QString libvirtAddress = t.addressOf(id) ? t.addressOf(id)->toShortString()
        : c && (c->isRoot() || c->index == 0)      ? tr("root bus")
                                                   : tr("no address");
    if (c) {
        QStringList facts = c->facts();
        if (!c->modelName.isEmpty() && c->modelName != c->modelText)
            facts.prepend(c->modelName);
        const auto bus = guest.busOfIndex.constFind(c->index);
        lines << c->label() << facts.join(QStringLiteral(" · "))
              << (bus == guest.busOfIndex.cend()
                      ? tr("libvirt %1").arg(libvirtAddress)
                      : tr("libvirt %1 · guest bus %2").arg(libvirtAddress, hex2(bus->second))
                          + (bus->first ? tr(" (domain %1)").arg(bus->first) : QString()));
    } else if (d) {
        const HostFunction *host = d->hostAddress ? hostFacts.function(*d->hostAddress) : nullptr;
        *group = host && host->iommuGroup >= 0 ? host->iommuGroup : -1;
        if (host && !host->product.isEmpty()) {
            // What the device is, from the host: the GPU tells itself from its audio function
            // and from the NVMe without a look at the Host Devices dock.
            // The libvirt address first: it is what an edit changes (the guest's is in Properties).
            QStringList facts{tr("libvirt %1").arg(libvirtAddress)};
            if (host->iommuGroup >= 0)
                facts << tr("IOMMU group %1").arg(host->iommuGroup);
            if (host->numaNode >= 0)
                facts << tr("NUMA node %1").arg(host->numaNode);
            lines << d->label << host->product << facts.join(QStringLiteral(" · "));
            return lines;
        }
        // A passed-through device's IOMMU group replaces the class on the second line, where
        // it is not cut off.
        lines << d->label
              << QStringLiteral("%1 · %2").arg(d->model.isEmpty() ? d->element : d->model,
                                               host && host->iommuGroup >= 0
                                                   ? tr("IOMMU group %1").arg(host->iommuGroup)
                                                   : Topology::deviceClassName(d->deviceClass))
              << (guestIt == guest.address.cend()
                      ? tr("libvirt %1").arg(libvirtAddress)
                      : tr("libvirt %1 · guest %2").arg(libvirtAddress, guestIt->toString()));
    }
    return lines;
}

void GraphScene::rebuild(const TopologyChange *change)
{
    // Boxes and links stay across edits, by node: each is set again, and repaints only when
    // what it shows changed. So an edit repaints what it changed, not the whole diagram.
    const QList<NodeId> selected = selectedNodes();
    m_rebuilding = true;
    m_dropTarget = nullptr;
    for (NodeItem *item : std::as_const(m_items))
        item->setDropState(NodeItem::DropState::None);
    m_verdictShown.clear();
    qDeleteAll(m_transient);
    m_transient.clear();
    if (!m_document) {
        m_items.clear();
        m_guest = {};
        m_links.clear();
        m_frames.clear();
        clear();
        m_rebuilding = false;
        return;
    }
    const Topology &t = m_document->topology();
    const GraphLayout layout = GraphLayout::compute(t, m_options.orientation, m_options.emptySlots, m_collapsed);
    const int palette = int(m_options.palette);
    const NodeItem::Colors colors = NodeItem::colors(palette);
    const QBrush background(palette == 1 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
    if (backgroundBrush() != background)
        setBackgroundBrush(background); // repaints the whole scene, even when the brush is the same
    const rules::GuestNumbering &guest = m_document->guestNumbering();
    // The nodes whose text is made again: those the change names, and those whose guest
    // address (or, for a controller, guest bus) it changed.
    const bool all = !change || !change->isLocal();
    QSet<NodeId> dirty;
    if (!all) {
        dirty = QSet<NodeId>(change->nodes.cbegin(), change->nodes.cend());
        for (auto it = guest.address.cbegin(); it != guest.address.cend(); ++it) {
            const auto before = m_guest.address.constFind(it.key());
            if (before == m_guest.address.cend() || *before != *it)
                dirty.insert(it.key());
        }
        for (auto it = m_guest.address.cbegin(); it != m_guest.address.cend(); ++it)
            if (!guest.address.contains(it.key()))
                dirty.insert(it.key());
        for (const Controller &c : t.controllers())
            if (guest.busOfIndex.value(c.index) != m_guest.busOfIndex.value(c.index))
                dirty.insert(c.id);
    }

    // Links first, so that boxes paint over their ends.
    QSet<NodeId> linked;
    for (const GraphLayout::Edge &edge : layout.edges) {
        Link &link = m_links[edge.child];
        linked.insert(edge.child);
        const bool styled =
            link.path && link.address == edge.address && link.hotplug == edge.hotplug && link.palette == palette;
        if (styled && link.route == edge.route)
            continue; // as it was
        if (!link.path) {
            link.path = addPath(QPainterPath());
            link.path->setZValue(-1);
            link.label = new LabelItem;
            QFont font = link.label->font();
            font.setPointSizeF(7.5);
            link.label->setFont(font);
            addItem(link.label);
        }
        link.route = edge.route;
        link.path->setPath(linkPath(edge.route)); // each setter of Qt's items repaints only on a change
        link.label->setPos(edge.labelAt);
        if (styled)
            continue; // moved only: what it says and how it looks stay
        link.address = edge.address;
        link.hotplug = edge.hotplug;
        link.palette = palette;
        QPen pen(colors.border, 1.3);
        if (!edge.hotplug)
            pen.setStyle(Qt::DashLine); // no hotplug into this slot
        link.path->setPen(pen);
        link.path->setToolTip(edge.hotplug ? tr("Slot %1: hot-pluggable").arg(edge.address.toShortString())
                                           : tr("Slot %1: no hotplug").arg(edge.address.toShortString()));
        link.label->setText(linkLabel(edge.address));
        link.label->setBrush(colors.secondaryText);
    }
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (linked.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->path;
        delete it->label;
        it = m_links.erase(it);
    }
    // Multifunction slots: the functions of one slot framed together.
    // Two devices on one address are a collision (a finding says so), not a slot's functions.
    QHash<QPair<quint32, quint32>, QRectF> slotFrames;
    QHash<QPair<quint32, quint32>, QSet<quint32>> slotFunctions;
    for (const GraphLayout::Edge &edge : layout.edges) {
        const QPair<quint32, quint32> key{edge.address.bus, edge.address.slot};
        slotFrames[key] = slotFrames.value(key).united(layout.nodes.value(edge.child));
        slotFunctions[key].insert(edge.address.function);
    }
    QSet<QPair<quint32, quint32>> framed;
    for (auto it = slotFrames.cbegin(); it != slotFrames.cend(); ++it) {
        if (slotFunctions.value(it.key()).size() < 2)
            continue;
        framed.insert(it.key());
        Frame &frame = m_frames[it.key()];
        if (!frame.rect) {
            frame.rect = addRect(QRectF());
            frame.rect->setZValue(-2);
            frame.rect->setData(0, QStringLiteral("multifunction"));
            frame.caption = new LabelItem(frameCaption(it.key().first, it.key().second));
            QFont font = frame.caption->font();
            font.setPointSizeF(7.5);
            frame.caption->setFont(font);
            frame.caption->setData(0, QStringLiteral("multifunction"));
            addItem(frame.caption);
        }
        frame.rect->setRect(it.value().adjusted(-6, -16, 6, 6));
        frame.rect->setPen(QPen(colors.border, 1, Qt::DotLine));
        frame.caption->setBrush(colors.secondaryText);
        frame.caption->setPos(it.value().left(), it.value().top() - 14);
    }
    for (auto it = m_frames.begin(); it != m_frames.end();) {
        if (framed.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->rect;
        delete it->caption;
        it = m_frames.erase(it);
    }
    for (const GraphLayout::EmptySlot &slot : layout.emptySlots) {
        const QPainterPath path = linkPath(slot.route);
        QPen pen(colors.border, 1.0, slot.hotplug ? Qt::SolidLine : Qt::DashLine);
        QGraphicsPathItem *link = addPath(path, pen);
        link->setZValue(-1);
        m_transient.append(link);
        auto *item = new NodeItem(NodeId(), NodeItem::Kind::EmptySlot, slot.rect);
        item->setFlag(QGraphicsItem::ItemIsSelectable, false);
        item->setPalette(palette);
        item->setLines(emptySlotLines(slot));
        addItem(item);
        m_transient.append(item);
    }

    const QSet<NodeId> unconnected(layout.unconnected.cbegin(), layout.unconnected.cend());
    if (!layout.unconnected.isEmpty()) {
        qreal top = std::numeric_limits<qreal>::max();
        for (NodeId id : layout.unconnected)
            top = std::min(top, layout.nodes.value(id).top());
        qreal left = std::numeric_limits<qreal>::max();
        for (NodeId id : layout.unconnected)
            left = std::min(left, layout.nodes.value(id).left());
        auto *caption = addSimpleText(unconnectedCaption());
        caption->setBrush(colors.text);
        caption->setPos(left, top - caption->boundingRect().height() - 6);
        m_transient.append(caption);
    }

    QSet<NodeId> placed;
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
        const NodeId id = it.key();
        const Controller *c = t.controller(id);
        const NodeItem::Kind kind = unconnected.contains(id) ? NodeItem::Kind::Unconnected
            : c                                              ? NodeItem::Kind::Controller
                                                             : NodeItem::Kind::Device;
        NodeItem *item = m_items.value(id);
        const bool created = !item;
        if (created) {
            item = new NodeItem(id, kind, it.value());
            addItem(item);
            m_items.insert(id, item);
            connect(item, &NodeItem::dragStarted, this, &GraphScene::startDrag);
            connect(item, &NodeItem::expandRequested, this, [this](NodeId node) { setCollapsed({node}, false); });
        }
        placed.insert(id);
        item->setKind(kind);
        item->setRect(it.value());
        item->setPalette(palette);
        if (c)
            item->setBusIndex(c->index);
        item->setHiddenCount(layout.hiddenBelow.value(id));
        if (!all && !created && !dirty.contains(id))
            continue; // says what it said
        item->setIconPath(c ? KindIcons::controllerPath(*c, t.family()) : KindIcons::devicePath(*t.device(id)));
        int group = -1;
        const QStringList lines = nodeLines(t, guest, m_host, id, &group);
        item->setGroup(group);
        item->setLines(lines);
        item->setToolTip(lines.join(QLatin1Char('\n')));
    }
    for (auto it = m_items.begin(); it != m_items.end();) { // boxes of nodes that are gone
        if (placed.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
    frameIommuGroups();
    m_diagramRect = layout.bounds.adjusted(-40, -60, 40, 40);
    if (sceneRect() != m_diagramRect)
        setSceneRect(m_diagramRect);
    m_guest = guest;
    setDiagnostics(m_diagnostics);
    setPendingUnplugs(m_pending);
    setLayerNotes(m_layerNotes);
    selectNodes(selected);
    m_rebuilding = false;
}

bool GraphScene::canCollapse(NodeId id) const
{
    const Controller *c = m_document ? m_document->topology().controller(id) : nullptr;
    return c && c->index >= 0 && !m_document->topology().nodesOnBus(c->index).isEmpty();
}

void GraphScene::setCollapsed(const QList<NodeId> &nodes, bool collapsed)
{
    bool changed = false;
    for (NodeId id : nodes) {
        if (collapsed && canCollapse(id) && !m_collapsed.contains(id)) {
            m_collapsed.insert(id);
            changed = true;
        } else if (!collapsed) {
            changed = m_collapsed.remove(id) || changed;
        }
    }
    if (!changed)
        return;
    // Only the layout changes: boxes that stay keep what they say, and the new ones are made.
    const TopologyChange layoutOnly(TopologyChange::NodesMoved);
    rebuild(&layoutOnly);
    emit collapsedChanged();
}

void GraphScene::expandAll()
{
    setCollapsed(QList<NodeId>(m_collapsed.cbegin(), m_collapsed.cend()), false);
}

void GraphScene::expandToShow(const QList<NodeId> &nodes)
{
    if (m_collapsed.isEmpty() || !m_document)
        return;
    const Topology &t = m_document->topology();
    QList<NodeId> above;
    for (NodeId id : nodes) {
        // Up the buses to the root; a loop of controllers ends when a controller comes again.
        QSet<NodeId> seen;
        for (std::optional<PciAddress> address = t.addressOf(id); address;) {
            const Controller *parent = t.controllerByIndex(int(address->bus));
            if (!parent || seen.contains(parent->id))
                break;
            seen.insert(parent->id);
            if (m_collapsed.contains(parent->id))
                above.append(parent->id);
            address = t.addressOf(parent->id);
        }
    }
    setCollapsed(above, false);
}

void GraphScene::frameIommuGroups()
{
    // The guest devices of one host IOMMU group framed in its colour: they are assigned, reset
    // and isolated together. One frame around all of them where that encloses no other box,
    // else one around each, so that a frame never seems to take in a stranger.
    QMap<int, QList<const NodeItem *>> groups;
    for (const NodeItem *item : std::as_const(m_items))
        if (item->group() >= 0)
            groups[item->group()].append(item);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->size() < 2)
            continue; // the stripe says it; a frame around one box adds nothing
        // Tight around the boxes: the gaps between rows are narrow, and a frame must not reach
        // into a neighbour's box. The boxes themselves say which group (and the tooltip).
        const auto framed = [](const QRectF &r) {
            return r.adjusted(-9, -4, 9, 4);
        };
        QRectF all;
        for (const NodeItem *item : *it)
            all = all.united(item->rect());
        bool strangers = false;
        for (const NodeItem *item : std::as_const(m_items))
            strangers = strangers || (item->group() != it.key() && item->rect().intersects(framed(all)));
        for (const QGraphicsItem *item : std::as_const(m_transient)) // empty slots are boxes too
            if (item->type() == NodeItem::Type)
                strangers = strangers || static_cast<const NodeItem *>(item)->rect().intersects(framed(all));
        QList<QRectF> frames;
        if (strangers) {
            for (const NodeItem *item : *it)
                frames.append(item->rect());
        } else {
            frames.append(all);
        }
        const QColor color = NodeItem::groupColor(it.key());
        for (const QRectF &rect : std::as_const(frames)) {
            QGraphicsRectItem *frame = addRect(framed(rect), QPen(color, 1.6, Qt::DashLine));
            frame->setZValue(-3);
            frame->setData(0, QStringLiteral("iommu-group"));
            frame->setToolTip(tr("IOMMU group %1: these devices are passed through together").arg(it.key()));
            m_transient.append(frame);
        }
    }
}

QList<NodeId> GraphScene::selectedNodes() const
{
    QList<NodeId> nodes;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            nodes.append(static_cast<NodeItem *>(item)->node());
    }
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void GraphScene::selectNodes(const QList<NodeId> &nodes)
{
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true; // a programmatic selection is not the user's
    clearSelection();
    for (NodeId id : nodes) {
        if (NodeItem *item = m_items.value(id))
            item->setSelected(true);
    }
    m_rebuilding = wasRebuilding;
}

std::optional<DropPlace> GraphScene::placeFor(const DropPayload &payload, const NodeItem *target, QString *why) const
{
    if (m_document && target && target->kind() == NodeItem::Kind::Controller && target->busIndex() >= 0)
        return DropPlace{target->busIndex(), {}};
    // Onto a device: into its slot, beside it (the audio function onto its GPU).
    if (m_document && target && target->kind() == NodeItem::Kind::Device
        && payload.kind != DropPayload::Kind::HostDevices) {
        if (std::optional<DropPlace> place = placeBeside(m_document->topology(), target->node(), payload.nodes))
            return place;
        *why = m_document->topology().addressOf(target->node())
            ? tr("The slot of %1 has no free function.").arg(m_document->topology().labelOf(target->node()))
            : tr("Drop onto a controller, or onto a device to join its slot.");
        return std::nullopt;
    }
    *why = payload.kind == DropPayload::Kind::HostDevices
        ? tr("Drop host devices onto a controller.")
        : tr("Drop onto a controller, or onto a device to join its slot.");
    return std::nullopt;
}

rules::AttachVerdict GraphScene::dropVerdict(const DropPayload &payload, const NodeItem *target) const
{
    QString why;
    const std::optional<DropPlace> place = placeFor(payload, target, &why);
    if (!place) {
        rules::AttachVerdict refused;
        refused.reason = why;
        return refused;
    }
    return pcitopo::dropVerdict(m_document->topology(), payload, *place);
}

bool GraphScene::drop(const DropPayload &payload, const NodeItem *target)
{
    QString why;
    const std::optional<DropPlace> place = placeFor(payload, target, &why);
    if (!place || !pcitopo::dropVerdict(m_document->topology(), payload, *place).allowed)
        return false;
    if (payload.kind == DropPayload::Kind::HostDevices) {
        emit hostDevicesDropped(payload.host, place->bus);
        return true;
    }
    const QList<NodeId> placed = applyDrop(m_document.data(), payload, *place);
    if (placed.isEmpty())
        return false;
    // What was dropped is selected, here and (through the selection) everywhere.
    selectNodes(placed);
    emit nodesSelected(placed);
    return true;
}

void GraphScene::startDrag(NodeItem *item, Qt::KeyboardModifiers modifiers)
{
    if (!m_document)
        return;
    if (m_readOnly) {
        emit dropRefused(m_readOnlyWhy);
        return;
    }
    const Controller *c = m_document->topology().controller(item->node());
    if (c && (c->isRoot() || c->implicit))
        return; // roots have no slot to leave
    // A function 0 takes its slot along (Alt: this function alone).
    const QList<NodeId> nodes =
        slotUnitOf(m_document->topology(), item->isSelected() ? selectedNodes() : QList<NodeId>{item->node()},
                   modifiers & Qt::AltModifier);
    runDrag(nodes);
}

void GraphScene::runDrag(const QList<NodeId> &nodes)
{
    m_lastRefusal.clear();
    auto *drag = new QDrag(this);
    drag->setMimeData(NodeMime::encode(quintptr(m_document.data()), nodes));
    // A drag let go over a refusing target gets no drop event: its reason is told here.
    if (drag->exec(Qt::MoveAction) == Qt::IgnoreAction && !m_lastRefusal.isEmpty())
        emit dropRefused(m_lastRefusal);
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_framePressed.reset();
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || nodeItemAt(event->scenePos()))
        return;
    // A press on a multifunction slot's frame or caption: the slot may be dragged as one.
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        if (it->rect && it->rect->rect().contains(event->scenePos())) {
            m_framePressed = it.key();
            m_framePressPos = event->screenPos();
            break;
        }
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_framePressed && (event->buttons() & Qt::LeftButton) && m_document
        && (event->screenPos() - m_framePressPos).manhattanLength() >= QApplication::startDragDistance()) {
        const QList<NodeId> nodes = nodesInSlot(m_document->topology(), m_framePressed->first, m_framePressed->second);
        m_framePressed.reset();
        if (!nodes.isEmpty())
            runDrag(nodes);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

NodeItem *GraphScene::nodeItemAt(const QPointF &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void GraphScene::clearDropState()
{
    if (m_dropTarget && !m_verdictShown.contains(m_dropTarget))
        m_dropTarget->setDropState(NodeItem::DropState::None);
    m_dropTarget = nullptr;
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const DropPayload payload = DropPayload::decode(event->mimeData(), m_document.data());
    if (m_live && payload.kind != DropPayload::Kind::Nothing && payload.kind != DropPayload::Kind::Nodes) {
        event->accept(); // judged per target as the drag moves: each needs the live rules' verdict
        return;
    }
    event->setAccepted(payload.kind != DropPayload::Kind::Nothing && !m_readOnly);
    if (m_readOnly && payload.kind != DropPayload::Kind::Nothing)
        emit dropRefused(m_readOnlyWhy);
    if (!event->isAccepted())
        return;
    // Every controller says at once whether the drop is legal there (green) or not (red);
    // hovering one tells where or why.
    for (NodeItem *item : std::as_const(m_items)) {
        if (item->kind() != NodeItem::Kind::Controller || payload.nodes.contains(item->node()))
            continue;
        item->setDropState(dropVerdict(payload, item).allowed ? NodeItem::DropState::Allowed
                                                              : NodeItem::DropState::Refused);
        m_verdictShown.append(item);
    }
}

void GraphScene::clearVerdicts()
{
    for (NodeItem *item : std::as_const(m_items))
        item->setDropState(NodeItem::DropState::None);
    m_verdictShown.clear();
}

GraphScene::LivePlug GraphScene::livePlug(const DropPayload &payload, const NodeItem *target) const
{
    LivePlug result;
    if (!m_document)
        return result;
    const Topology &topology = m_document->topology();
    const Controller *bus = target ? topology.controller(target->node()) : nullptr;
    if (!bus) {
        result.text = tr("Drop it on a port or bus of the running guest.");
        return result;
    }
    const std::optional<PciAddress> place = rules::freePlugPlace(topology, *bus);
    if (!place) {
        result.text = tr("%1 has no free slot.").arg(bus->label());
        return result;
    }
    if (payload.kind == DropPayload::Kind::HostDevices) {
        if (payload.host.size() != 1) {
            result.text = tr("libvirt plugs one function at a time into a running guest: drag the host functions "
                             "one by one.");
            return result;
        }
        result.deviceXml = DeviceCatalogue::hostdevFragment(payload.host.first(), place, false);
    } else if (payload.entry) {
        result.deviceXml = DeviceCatalogue::fragment(*payload.entry, topology, place);
    } else {
        return result;
    }
    if (topology.devices().size() + topology.controllers().size() > 1500) {
        // A big guest is not read again on every hover: the plug is judged when it is asked for.
        result.allowed = true;
        result.at = place;
        result.text = tr("Hot-plug at %1 (judged when dropped)").arg(place->toShortString());
        return result;
    }
    QString error;
    const std::optional<rules::PlugPlan> plan =
        rules::planPlug(m_document->toXml(), result.deviceXml, place, &error, m_host);
    if (!plan) {
        result.text = error;
        return result;
    }
    if (!plan->refusals.isEmpty()) {
        result.text = plan->refusals.first().message;
        return result;
    }
    result.allowed = true;
    result.at = plan->address;
    result.deviceXml = plan->deviceXml;
    result.text = tr("Hot-plug at %1").arg(plan->address->toShortString());
    if (plan->guestAddress && *plan->guestAddress != *plan->address)
        result.text += QLatin1Char(' ') + tr("(the guest sees %1)").arg(plan->guestAddress->toShortString());
    return result;
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->ignore();
    const DropPayload payload = DropPayload::decode(event->mimeData(), m_document.data());
    NodeItem *target = nodeItemAt(event->scenePos());
    if (target != m_dropTarget)
        clearDropState();
    if (m_live && payload.kind != DropPayload::Kind::Nothing && payload.kind != DropPayload::Kind::Nodes) {
        if (!target) {
            QToolTip::hideText();
            return;
        }
        if (target != m_dropTarget)
            m_livePlug = livePlug(payload, target); // parses the guest: once per target
        m_dropTarget = target;
        target->setDropState(m_livePlug.allowed ? NodeItem::DropState::Allowed : NodeItem::DropState::Refused);
        QToolTip::showText(event->screenPos(), m_livePlug.text, event->widget());
        if (m_livePlug.allowed) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
        }
        return;
    }
    if (payload.kind == DropPayload::Kind::Nothing || !target || payload.nodes.contains(target->node())) {
        QToolTip::hideText();
        m_lastRefusal.clear();
        return;
    }
    const bool newTarget = target != m_dropTarget;
    m_dropTarget = target;
    const rules::AttachVerdict verdict = dropVerdict(payload, target);
    m_lastRefusal = verdict.allowed ? QString() : verdict.reason;
    // A legal move that breaks a guideline turns amber and says which (worked out once per
    // target: it checks the domain as it would be).
    if (newTarget)
        m_dropWarning = verdict.allowed ? warningAfterMove(payload, verdict) : QString();
    target->setDropState(!verdict.allowed              ? NodeItem::DropState::Refused
                             : m_dropWarning.isEmpty() ? NodeItem::DropState::Allowed
                                                       : NodeItem::DropState::Warned);
    const bool move = payload.kind == DropPayload::Kind::Nodes;
    const QString where = verdict.allowed ? verdict.addresses.first().toShortString() : QString();
    QString tip = !verdict.allowed ? verdict.reason : move ? tr("Move to %1").arg(where) : tr("Add at %1").arg(where);
    if (verdict.allowed && !m_dropWarning.isEmpty())
        tip += QLatin1Char('\n') + tr("But: %1").arg(m_dropWarning);
    QToolTip::showText(event->screenPos(), tip, event->widget());
    if (verdict.allowed) {
        event->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
        event->accept();
    }
}

QString GraphScene::warningAfterMove(const DropPayload &payload, const rules::AttachVerdict &verdict) const
{
    if (!m_document || payload.kind != DropPayload::Kind::Nodes
        || m_document->topology().devices().size() + m_document->topology().controllers().size() > 1500)
        return {}; // a big domain is not re-read on every hover
    // The domain as it would be: a copy with the move made, checked like the real one. Nodes
    // are found again by their keys.
    const Topology &t = m_document->topology();
    QString error;
    std::unique_ptr<DomainDocument> copy = DomainDocument::fromXml(m_document->toXml(), &error);
    if (!copy)
        return {};
    QHash<QString, NodeId> byKey;
    for (const Controller &c : copy->topology().controllers())
        byKey.insert(copy->topology().keyOf(c.id), c.id);
    for (const Device &d : copy->topology().devices())
        byKey.insert(copy->topology().keyOf(d.id), d.id);
    QList<NodeId> nodes;
    for (NodeId id : payload.nodes)
        nodes.append(byKey.value(t.keyOf(id)));
    if (nodes.contains(NodeId()))
        return {};
    pushMoves(copy.get(), nodes, verdict.addresses);
    rules::RuleOptions options;
    options.host = m_host;
    QSet<QString> before;
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        before.insert(d.key);
    for (const Diagnostic &d : rules::checkTopology(copy->topology(), options)) {
        if (d.severity >= Severity::Warning && !before.contains(d.key))
            return d.message;
    }
    return {};
}

void GraphScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *)
{
    clearDropState();
    clearVerdicts();
    QToolTip::hideText();
}

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const DropPayload payload = DropPayload::decode(event->mimeData(), m_document.data());
    NodeItem *target = nodeItemAt(event->scenePos());
    clearDropState();
    clearVerdicts();
    QToolTip::hideText();
    if (m_live) {
        const LivePlug plug = target ? livePlug(payload, target) : LivePlug();
        if (!plug.allowed) {
            emit dropRefused(plug.text.isEmpty() ? m_readOnlyWhy : plug.text);
            event->ignore();
            return;
        }
        event->setDropAction(Qt::CopyAction);
        event->accept();
        emit livePlugRequested(plug.deviceXml, *plug.at);
        return;
    }
    if (!drop(payload, target)) {
        if (payload.kind != DropPayload::Kind::Nothing)
            emit dropRefused(dropVerdict(payload, target).reason);
        event->ignore();
        return;
    }
    event->setDropAction(payload.kind == DropPayload::Kind::Nodes ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
}

} // namespace pcitopo
