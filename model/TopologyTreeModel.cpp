#include "TopologyTreeModel.h"

#include "KindIcons.h"

#include "DomainDocument.h"
#include "DropPolicy.h"
#include "NodeMime.h"
#include "DeviceCatalogue.h"
#include "commands/AddNode.h"
#include "commands/SetAddress.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace pcitopo {

struct TopologyTreeModel::Item
{
    ItemKind kind = UnplacedGroupItem;
    NodeId node;
    int bus = -1;
    int slot = -1;
    int function = -1;
    quint64 sortKey = 0; // siblings are ordered by (sortKey, key); both identify an item
    quint64 key = 0;
    QStringList columns;
    QString toolTip;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    bool sameAs(const Item &other) const { return kind == other.kind && sortKey == other.sortKey && key == other.key; }
    bool before(const Item &other) const
    {
        return std::tie(sortKey, key, kind) < std::tie(other.sortKey, other.key, other.kind);
    }
    Item *add(std::unique_ptr<Item> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    void renumber()
    {
        for (size_t i = 0; i < children.size(); ++i) {
            children[i]->row = int(i);
            children[i]->parent = this;
        }
    }
};

namespace {

QString hex2(quint32 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

} // namespace

TopologyTreeModel::TopologyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{ }

TopologyTreeModel::~TopologyTreeModel() = default;

void TopologyTreeModel::setDocument(DomainDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_root = document ? buildTree() : std::make_unique<Item>();
    reindexNodes();
    endResetModel();
    if (document) {
        connect(document, &DomainDocument::changed, this, &TopologyTreeModel::onChanged);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
}

std::unique_ptr<TopologyTreeModel::Item> TopologyTreeModel::makeNodeItem(NodeId id,
                                                                         const rules::GuestNumbering &guest) const
{
    const Topology &topology = m_document->topology();
    const auto guestIt = guest.address.constFind(id);
    const QString guestText = guestIt == guest.address.cend() ? QString() : guestIt->toString();
    auto item = std::make_unique<Item>();
    item->node = id;
    item->key = id.value();
    if (const Controller *c = topology.controller(id)) {
        item->kind = ControllerItem;
        item->bus = c->index;
        item->columns = {c->label(), c->address ? c->address->toShortString() : QString(), guestText,
                         c->modelName.isEmpty() ? c->modelText : c->modelName,
                         c->implicit ? tr("controller, bus %1 (implicit)").arg(c->index)
                                     : tr("controller, bus %1").arg(c->index)};
        item->toolTip = c->implicit ? tr("Added by libvirt: the XML has no controller with "
                                         "index 0")
                                    : tr("Line %1 of the XML").arg(c->line);
    } else if (const Device *d = topology.device(id)) {
        item->kind = DeviceItem;
        item->columns = {d->label, d->address ? d->address->toShortString() : QString(), guestText, d->model,
                         Topology::deviceClassName(d->deviceClass)};
        item->toolTip = tr("Line %1 of the XML").arg(d->line);
    }
    return item;
}

std::unique_ptr<TopologyTreeModel::Item> TopologyTreeModel::makeSlotItem(const PciAddress &address, int bus)
{
    auto slot = std::make_unique<Item>();
    slot->kind = SlotItem;
    slot->bus = bus;
    slot->slot = int(address.slot);
    slot->sortKey = quint64(address.slot) << 3; // among the functions of the bus, where its function 0 would be
    slot->key = address.slot;
    slot->columns = {tr("slot %1").arg(hex2(address.slot)),
                     QStringLiteral("%1:%2").arg(hex2(address.bus), hex2(address.slot)), QString(), QString(),
                     QString()};
    return slot;
}

quint64 TopologyTreeModel::onBusSortKey(const PciAddress &address)
{
    return (quint64(address.slot) << 3) | address.function;
}

QString TopologyTreeModel::slotKindText(const Item &slot)
{
    return slot.children.size() > 1 ? tr("multifunction, %1 functions").arg(slot.children.size()) : QString();
}

QString TopologyTreeModel::unplacedToolTip()
{
    return tr("Devices and controllers without a PCI address (libvirt assigns one when "
              "the domain is defined) or on a bus that no controller provides");
}

std::unique_ptr<TopologyTreeModel::Item> TopologyTreeModel::buildTree() const
{
    auto root = std::make_unique<Item>();
    const Topology &topology = m_document->topology();
    const rules::GuestNumbering &guest = m_document->guestNumbering();
    const TopologyForest forest = topology.forest();
    auto nodeItem = [&](NodeId id) {
        return makeNodeItem(id, guest);
    };

    // A controller's bus as `lspci -tv` shows one: a row per function, under a slot row only
    // where the slot holds several; recursing into the controllers found there.
    std::function<void(Item *, NodeId, int)> fillBus = [&](Item *parent, NodeId controller, int bus) {
        const QList<NodeId> children = forest.childrenOf(controller);
        for (qsizetype i = 0; i < children.size();) {
            const PciAddress first = *topology.addressOf(children[i]);
            qsizetype end = i + 1;
            while (end < children.size() && topology.addressOf(children[end])->slot == first.slot)
                ++end;
            Item *under = end - i > 1 ? parent->add(makeSlotItem(first, bus)) : parent;
            for (; i < end; ++i) {
                Item *item = under->add(nodeItem(children[i]));
                item->sortKey = onBusSortKey(*topology.addressOf(children[i]));
                if (item->kind == ControllerItem && item->bus >= 0)
                    fillBus(item, children[i], item->bus);
            }
            if (under != parent)
                under->columns[KindColumn] = slotKindText(*under);
        }
    };

    // Roots: index 0, pseries PHBs, and any controller libvirt cannot place (it has no parent).
    for (NodeId id : forest.roots) {
        const int index = topology.controller(id)->index;
        Item *item = root->add(nodeItem(id));
        item->sortKey = quint64(index);
        fillBus(item, id, index);
    }

    // Everything not reached: no address, or an address on a bus no controller provides.
    auto group = std::make_unique<Item>();
    group->kind = UnplacedGroupItem;
    group->sortKey = std::numeric_limits<quint64>::max();
    group->columns = {tr("Not connected"), QString(), QString(), QString(), QString()};
    group->toolTip = unplacedToolTip();
    for (NodeId id : forest.unconnected)
        group->add(nodeItem(id));
    std::sort(group->children.begin(), group->children.end(),
              [](const auto &a, const auto &b) { return a->key < b->key; });
    group->renumber();
    if (!group->children.empty())
        root->add(std::move(group));
    return root;
}

void TopologyTreeModel::onChanged(const TopologyChange &change)
{
    if (m_document && !follow(change))
        rebuild();
}

void TopologyTreeModel::rebuild()
{
    if (!m_document)
        return;
    m_nodeItems.clear(); // no lookups into rows that the sync may remove
    std::unique_ptr<Item> fresh = buildTree();
    sync(m_root.get(), fresh.get(), QModelIndex());
    reindexNodes();
}

QModelIndex TopologyTreeModel::indexOfItem(const Item *item) const
{
    return item == m_root.get() ? QModelIndex() : createIndex(item->row, 0, const_cast<Item *>(item));
}

int TopologyTreeModel::insertionRow(const Item *parent, const Item &child)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() != &child && child.before(*parent->children[i]))
            return int(i);
    return int(parent->children.size());
}

TopologyTreeModel::Item *TopologyTreeModel::insertItem(Item *parent, std::unique_ptr<Item> child)
{
    const int row = insertionRow(parent, *child);
    beginInsertRows(indexOfItem(parent), row, row);
    Item *inserted = child.get();
    parent->children.insert(parent->children.begin() + row, std::move(child));
    parent->renumber();
    endInsertRows();
    return inserted;
}

void TopologyTreeModel::removeItem(Item *item)
{
    Item *parent = item->parent;
    const int row = item->row;
    beginRemoveRows(indexOfItem(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    parent->renumber();
    endRemoveRows();
}

TopologyTreeModel::Item *TopologyTreeModel::childOf(Item *parent, ItemKind kind, int number)
{
    for (const auto &child : parent->children)
        if (child->kind == kind && (kind == SlotItem ? child->slot : 0) == number)
            return child.get();
    return nullptr;
}

bool TopologyTreeModel::follow(const TopologyChange &change)
{
    // Devices that changed or moved: each is a leaf, and moving it changes no other row but
    // the slot rows it leaves or joins. A slot row that would appear or go (a slot that comes
    // to hold two functions, or comes down to one) and anything else are merged from a new tree.
    if (!change.isLocal())
        return false;
    const Topology &t = m_document->topology();
    // Where each device goes: under its bus's controller (or the slot row of a slot with several
    // functions), or into the "Not connected" group when that controller is not in the tree.
    struct Destination
    {
        Item *device = nullptr;
        Item *bus = nullptr; // null: the "Not connected" group
        Item *slot = nullptr; // the slot row under the bus, if the slot holds several
    };
    const auto sharing = [&](int bus, quint32 slot) {
        const QList<NodeId> on = t.nodesOnBus(bus);
        return std::count_if(on.cbegin(), on.cend(), [&](NodeId id) { return t.addressOf(id)->slot == slot; });
    };
    QList<Destination> moves;
    for (NodeId id : change.nodes) {
        const Device *d = t.device(id);
        Item *item = m_nodeItems.value(id);
        if (!d || !item)
            return false;
        Destination to{item, nullptr, nullptr};
        if (d->address) {
            const Controller *bus = t.controllerByIndex(int(d->address->bus));
            const auto sameIndex = [&](const Controller &c) {
                return c.index == int(d->address->bus);
            };
            if (bus && std::count_if(t.controllers().cbegin(), t.controllers().cend(), sameIndex) > 1)
                return false; // which of the two shows the bus is the full build's choice
            to.bus = bus ? m_nodeItems.value(bus->id) : nullptr;
            for (const Item *up = to.bus; up && up != m_root.get(); up = up->parent)
                if (up->kind == UnplacedGroupItem)
                    to.bus = nullptr; // a controller not connected has nothing below it
            if (to.bus) {
                to.slot = childOf(to.bus, SlotItem, int(d->address->slot));
                if ((sharing(int(d->address->bus), d->address->slot) > 1) != (to.slot != nullptr))
                    return false;
            }
        }
        // The slot row it leaves keeps two functions or more, or goes.
        if (const Item *from = item->parent;
            from->kind == SlotItem && from != to.slot && sharing(from->bus, quint32(from->slot)) == 1)
            return false;
        moves.append(to);
    }

    const rules::GuestNumbering &guest = m_document->guestNumbering();
    QList<Item *> touchedSlots; // the slot rows joined or left
    for (const Destination &move : std::as_const(moves)) {
        Item *item = move.device;
        const Device &d = *t.device(item->node);
        Item *target = move.slot ? move.slot : move.bus;
        if (!target) {
            target = m_root->children.empty() || m_root->children.back()->kind != UnplacedGroupItem
                ? nullptr
                : m_root->children.back().get();
            if (!target) {
                auto group = std::make_unique<Item>();
                group->kind = UnplacedGroupItem;
                group->sortKey = std::numeric_limits<quint64>::max();
                group->columns = {tr("Not connected"), QString(), QString(), QString(), QString()};
                group->toolTip = unplacedToolTip();
                target = insertItem(m_root.get(), std::move(group));
            }
        }
        Item *from = item->parent;
        if (from->kind == SlotItem)
            touchedSlots.append(from);
        if (move.slot)
            touchedSlots.append(move.slot);
        item->sortKey = move.bus ? onBusSortKey(*d.address) : 0;
        const int row = insertionRow(target, *item);
        if (from != target || (row != item->row && row != item->row + 1)) {
            // A move, so that views keep the row's selection and the tree its expansion.
            beginMoveRows(indexOfItem(from), item->row, item->row, indexOfItem(target), row);
            const int at = from == target && row > item->row ? row - 1 : row;
            std::unique_ptr<Item> taken = std::move(from->children[size_t(item->row)]);
            from->children.erase(from->children.begin() + item->row);
            from->renumber();
            target->children.insert(target->children.begin() + at, std::move(taken));
            target->renumber();
            endMoveRows();
            // The rows it left: a slot or the group with nothing left go too.
            if (from != m_root.get() && from->children.empty()
                && (from->kind == SlotItem || from->kind == UnplacedGroupItem)) {
                touchedSlots.removeAll(from);
                removeItem(from);
            }
        }
        const std::unique_ptr<Item> fresh = makeNodeItem(item->node, guest);
        if (fresh->columns != item->columns || fresh->toolTip != item->toolTip) {
            item->columns = fresh->columns;
            item->toolTip = fresh->toolTip;
            emit dataChanged(createIndex(item->row, 0, item), createIndex(item->row, ColumnCount - 1, item));
        }
    }
    // How many functions the slots left or joined have now.
    for (Item *slot : std::as_const(touchedSlots)) {
        const QString text = slotKindText(*slot);
        if (slot->columns[KindColumn] != text) {
            slot->columns[KindColumn] = text;
            emit dataChanged(createIndex(slot->row, KindColumn, slot), createIndex(slot->row, KindColumn, slot));
        }
    }
    return true;
}

void TopologyTreeModel::reindexNodes()
{
    m_nodeItems.clear();
    std::function<void(Item *)> walk = [&](Item *item) {
        for (const auto &child : item->children) {
            if ((child->kind == ControllerItem || child->kind == DeviceItem) && !m_nodeItems.contains(child->node))
                m_nodeItems.insert(child->node, child.get());
            walk(child.get());
        }
    };
    walk(m_root.get());
}

void TopologyTreeModel::sync(Item *current, Item *fresh, const QModelIndex &parent)
{
    auto &have = current->children;
    auto &want = fresh->children;
    size_t i = 0;
    size_t j = 0;
    while (i < have.size() || j < want.size()) {
        if (j == want.size() || (i < have.size() && have[i]->before(*want[j]))) {
            // have[i] and the following ones that sort before want[j] are gone.
            size_t end = i + 1;
            while (end < have.size() && (j == want.size() || have[end]->before(*want[j])))
                ++end;
            beginRemoveRows(parent, int(i), int(end - 1));
            have.erase(have.begin() + qsizetype(i), have.begin() + qsizetype(end));
            current->renumber();
            endRemoveRows();
        } else if (i == have.size() || want[j]->before(*have[i])) {
            // want[j] and the following ones that sort before have[i] are new.
            size_t end = j + 1;
            while (end < want.size() && (i == have.size() || want[end]->before(*have[i])))
                ++end;
            const size_t count = end - j;
            beginInsertRows(parent, int(i), int(i + count - 1));
            for (size_t k = 0; k < count; ++k)
                have.insert(have.begin() + qsizetype(i + k), std::move(want[j + k]));
            current->renumber();
            endInsertRows();
            i += count;
            j = end;
        } else {
            Item *mine = have[i].get();
            Item *theirs = want[j].get();
            const bool dataDiffers = mine->columns != theirs->columns || mine->node != theirs->node
                || mine->bus != theirs->bus || mine->toolTip != theirs->toolTip;
            if (dataDiffers) {
                mine->columns = theirs->columns;
                mine->toolTip = theirs->toolTip;
                mine->node = theirs->node;
                mine->bus = theirs->bus;
                emit dataChanged(createIndex(int(i), 0, mine), createIndex(int(i), ColumnCount - 1, mine));
            }
            sync(mine, theirs, createIndex(int(i), 0, mine));
            ++i;
            ++j;
        }
    }
}

QModelIndex TopologyTreeModel::indexOf(NodeId node) const
{
    const Item *item = m_nodeItems.value(node);
    return item ? createIndex(item->row, 0, const_cast<Item *>(item)) : QModelIndex();
}

QModelIndex TopologyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Item *parentItem = parent.isValid() ? static_cast<Item *>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= parentItem->children.size())
        return {};
    return createIndex(row, column, parentItem->children[size_t(row)].get());
}

QModelIndex TopologyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *item = static_cast<Item *>(child.internalPointer());
    const Item *parentItem = item->parent;
    if (!parentItem || parentItem == m_root.get())
        return {};
    return createIndex(parentItem->row, 0, const_cast<Item *>(parentItem));
}

int TopologyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Item *item = parent.isValid() ? static_cast<Item *>(parent.internalPointer()) : m_root.get();
    return int(item->children.size());
}

int TopologyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopologyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = static_cast<Item *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole: return index.column() < item->columns.size() ? item->columns[index.column()] : QString();
    case Qt::ToolTipRole: return item->toolTip.isEmpty() ? QVariant() : QVariant(item->toolTip);
    case Qt::DecorationRole:
        if (index.column() != NameColumn || !m_document || !item->node.isValid())
            return {};
        if (const Controller *c = m_document->topology().controller(item->node))
            return KindIcons::icon(KindIcons::controllerPath(*c, m_document->topology().family()));
        if (const Device *d = m_document->topology().device(item->node))
            return KindIcons::icon(KindIcons::devicePath(*d));
        return {};
    case NodeIdRole: return QVariant::fromValue(item->node);
    case ItemKindRole: return int(item->kind);
    case BusRole: return item->bus;
    case SlotRole: return item->slot;
    case FunctionRole: return item->function;
    default: return {};
    }
}

QVariant TopologyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Item");
    case AddressColumn: return tr("Address");
    case GuestAddressColumn: return tr("Guest address");
    case ModelColumn: return tr("Model");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

Qt::ItemFlags TopologyTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Item *item = static_cast<Item *>(index.internalPointer());
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool node = item->kind == DeviceItem || item->kind == ControllerItem;
    const Controller *controller = node && m_document ? m_document->topology().controller(item->node) : nullptr;
    if ((node && !(controller && (controller->isRoot() || controller->implicit))) || item->kind == SlotItem)
        flags |= Qt::ItemIsDragEnabled; // a slot row drags its functions together
    if (item->kind == ControllerItem || item->kind == SlotItem || item->kind == DeviceItem)
        flags |= Qt::ItemIsDropEnabled; // onto a device: into its slot, beside it
    return flags;
}

QStringList TopologyTreeModel::mimeTypes() const
{
    return {QLatin1String(NodeListMimeType), QLatin1String(CatalogueMimeType)};
}

QMimeData *TopologyTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_document)
        return nullptr;
    const Topology &topology = m_document->topology();
    QList<NodeId> nodes;
    for (const QModelIndex &index : indexes) {
        const NodeId id = index.data(NodeIdRole).value<NodeId>();
        if (index.data(ItemKindRole).toInt() == SlotItem) // the slot: every function in it
            nodes.append(
                nodesInSlot(topology, quint32(index.data(BusRole).toInt()), quint32(index.data(SlotRole).toInt())));
        else if (id.isValid())
            nodes.append(id);
    }
    // As in the diagram: a function 0 takes the other functions of its slot along.
    nodes = slotUnitOf(topology, nodes);
    return nodes.isEmpty() ? nullptr : NodeMime::encode(quintptr(m_document.data()), nodes);
}

namespace {

/** Where a drop onto a tree row lands: a controller's bus, a slot, or beside a device in its slot. */
std::optional<DropPlace> placeOf(const Topology &topology, const DropPayload &payload, const QModelIndex &target)
{
    using Kind = TopologyTreeModel::ItemKind;
    const int kind = target.data(TopologyTreeModel::ItemKindRole).toInt();
    const int bus = target.data(TopologyTreeModel::BusRole).toInt();
    if (!target.isValid())
        return std::nullopt;
    if (kind == Kind::ControllerItem)
        return DropPlace{bus, {}};
    if (kind == Kind::SlotItem)
        return DropPlace{bus, rules::SlotRef{bus, target.data(TopologyTreeModel::SlotRole).toInt(), 0}};
    if (kind == Kind::DeviceItem && !payload.nodes.contains(target.data(TopologyTreeModel::NodeIdRole).value<NodeId>()))
        return placeBeside(topology, target.data(TopologyTreeModel::NodeIdRole).value<NodeId>(), payload.nodes);
    return std::nullopt;
}

} // namespace

QString TopologyTreeModel::dropRefusal(const DropPayload &payload, const QModelIndex &target) const
{
    if (!m_document || payload.kind == DropPayload::Kind::Nothing)
        return tr("Nothing to drop there.");
    if (payload.kind == DropPayload::Kind::HostDevices)
        return tr("Drop host devices onto a controller in the diagram.");
    const std::optional<DropPlace> place = placeOf(m_document->topology(), payload, target);
    if (!place)
        return target.data(ItemKindRole).toInt() == DeviceItem
                && !payload.nodes.contains(target.data(NodeIdRole).value<NodeId>())
            ? tr("The slot of %1 has no free function.").arg(target.data().toString())
            : tr("Drop onto a controller, a slot or a device.");
    const rules::AttachVerdict verdict = dropVerdict(m_document->topology(), payload, *place);
    return verdict.allowed ? QString() : verdict.reason;
}

bool TopologyTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    const DropPayload payload = DropPayload::decode(data, m_document.data());
    if (payload.kind == DropPayload::Kind::Nodes && action != Qt::MoveAction)
        return false;
    return dropRefusal(payload, parent).isEmpty();
}

bool TopologyTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DropPayload payload = DropPayload::decode(data, m_document.data());
    const bool done =
        !applyDrop(m_document.data(), payload, *placeOf(m_document->topology(), payload, parent)).isEmpty();
    // A move is done by its command: the view must not remove the dragged rows itself. A copy
    // from the catalogue has no source rows to remove.
    return done && payload.kind == DropPayload::Kind::CatalogueItem;
}

} // namespace pcitopo
