#pragma once

#include "NodeId.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace pcitopo {

struct DropPayload;

class DomainDocument;
struct PciAddress;
struct TopologyChange;
namespace rules {
struct GuestNumbering;
}

/**
 * The topology as a tree, as `lspci -tv` draws one: root controllers, then a row per function
 * on each bus with its address (a controller again has its bus below it); the functions of a
 * slot that holds several gather under a slot row. A group holds the nodes that are not
 * attached anywhere (no address yet, or a bus that does not exist).
 *
 * The model follows DomainDocument::changed. It does not reset: a device that moved is a
 * row moved (with the slot and function rows it leaves or joins); any other change merges a
 * new tree into the old one, signalling row insertions, removals and data changes. Views keep
 * their expansion and selection across edits.
 */
class TopologyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, GuestAddressColumn, ModelColumn, KindColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // NodeId of a controller or device, invalid otherwise
        ItemKindRole, // ItemKind
        BusRole, // the libvirt bus index a slot or function belongs to
        SlotRole,
        FunctionRole,
    };
    enum ItemKind { ControllerItem, SlotItem, DeviceItem, UnplacedGroupItem };
    Q_ENUM(ItemKind)

    explicit TopologyTreeModel(QObject *parent = nullptr);
    ~TopologyTreeModel() override;

    void setDocument(DomainDocument *document);
    DomainDocument *document() const { return m_document; }

    /** The index of a controller or device, invalid when the node is not in the tree. */
    QModelIndex indexOf(NodeId node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop: devices and controllers move to the slot or function they are dropped on,
    // through rules::canAttach and one undoable command.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /**
     * Why a drop onto `target` (a controller, slot or function row) would be refused; empty
     * when it is allowed. The rules are those of the diagram (DropPolicy).
     */
    QString dropRefusal(const DropPayload &payload, const QModelIndex &target) const;

    struct Item;

private:
    /** Follows a change: moves the rows of the devices it names, else merges a new tree. */
    void onChanged(const TopologyChange &change);
    /** Moves and updates only the rows a change of devices touches; false: it cannot. */
    bool follow(const TopologyChange &change);
    void rebuild();
    std::unique_ptr<Item> buildTree() const;
    std::unique_ptr<Item> makeNodeItem(NodeId id, const rules::GuestNumbering &guest) const;
    static std::unique_ptr<Item> makeSlotItem(const PciAddress &address, int bus);
    /** The order of a node's row among the rows of its bus: by slot, then function. */
    static quint64 onBusSortKey(const PciAddress &address);
    static QString slotKindText(const Item &slot);
    static QString unplacedToolTip();
    QModelIndex indexOfItem(const Item *item) const;
    static int insertionRow(const Item *parent, const Item &child);
    Item *insertItem(Item *parent, std::unique_ptr<Item> child);
    void removeItem(Item *item);
    static Item *childOf(Item *parent, ItemKind kind, int number);
    void sync(Item *current, Item *fresh, const QModelIndex &parent);
    void reindexNodes();

    QPointer<DomainDocument> m_document;
    std::unique_ptr<Item> m_root;
    QHash<NodeId, Item *> m_nodeItems; // for indexOf(), refreshed after each change
};

} // namespace pcitopo
