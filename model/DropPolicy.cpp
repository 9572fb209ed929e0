#include "DropPolicy.h"

#include "DomainDocument.h"
#include "NodeMime.h"
#include "commands/AddNode.h"
#include "commands/HostDeviceDrop.h"
#include "commands/SetAddress.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace pcitopo {

namespace {

/** The translation context of the drop policy's texts. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::DropPolicy)
};

rules::AttachVerdict refused(const QString &reason)
{
    rules::AttachVerdict verdict;
    verdict.reason = reason;
    return verdict;
}

} // namespace

QStringList DropPayload::mimeTypes()
{
    return {QLatin1String(NodeListMimeType), QLatin1String(CatalogueMimeType), QLatin1String(HostDeviceMimeType)};
}

DropPayload DropPayload::decode(const QMimeData *data, const DomainDocument *document)
{
    if (!data || !document)
        return {};
    if (data->hasFormat(QLatin1String(CatalogueMimeType)))
        return ofEntry(document->topology(), QString::fromUtf8(data->data(QLatin1String(CatalogueMimeType))));
    if (data->hasFormat(QLatin1String(HostDeviceMimeType)))
        return ofHostDevices(decodeHostDevices(data->data(QLatin1String(HostDeviceMimeType))));
    return ofNodes(NodeMime::decode(data, quintptr(document)));
}

DropPayload DropPayload::ofNodes(const QList<NodeId> &nodes)
{
    DropPayload payload;
    if (!nodes.isEmpty()) {
        payload.kind = Kind::Nodes;
        payload.nodes = nodes;
    }
    return payload;
}

DropPayload DropPayload::ofEntry(const Topology &topology, const QString &entryId)
{
    DropPayload payload;
    payload.entry = DeviceCatalogue::find(topology.family(), entryId);
    if (payload.entry)
        payload.kind = Kind::CatalogueItem;
    return payload;
}

DropPayload DropPayload::ofHostDevices(const QList<PciAddress> &host)
{
    DropPayload payload;
    if (!host.isEmpty()) {
        payload.kind = Kind::HostDevices;
        payload.host = host;
    }
    return payload;
}

QList<NodeId> nodesInSlot(const Topology &topology, quint32 bus, quint32 slot)
{
    QList<NodeId> nodes;
    for (quint32 function = 0; function < 8; ++function)
        nodes.append(topology.nodesAt({0, bus, slot, function}));
    return nodes;
}

QList<NodeId> slotUnitOf(const Topology &topology, const QList<NodeId> &nodes, bool oneFunction)
{
    QList<NodeId> unit;
    for (NodeId id : nodes) {
        if (unit.contains(id))
            continue;
        const std::optional<PciAddress> at = topology.addressOf(id);
        if (oneFunction || !at || at->function != 0) {
            unit.append(id);
            continue;
        }
        unit.append(id);
        for (NodeId sibling : nodesInSlot(topology, at->bus, at->slot)) {
            if (!unit.contains(sibling))
                unit.append(sibling);
        }
    }
    return unit;
}

std::optional<DropPlace> placeBeside(const Topology &topology, NodeId device, const QList<NodeId> &moving)
{
    const std::optional<PciAddress> at = topology.addressOf(device);
    if (!at)
        return std::nullopt;
    for (int function = 0; function < 8; ++function) {
        const QList<NodeId> here = topology.nodesAt({at->domain, at->bus, at->slot, quint32(function)});
        if (std::all_of(here.cbegin(), here.cend(), [&](NodeId id) { return moving.contains(id); }))
            return DropPlace{int(at->bus), rules::SlotRef{int(at->bus), int(at->slot), function}};
    }
    return std::nullopt;
}

rules::AttachVerdict dropVerdict(const Topology &topology, const DropPayload &payload, const DropPlace &place)
{
    if (place.bus < 0 && !place.slot)
        return refused(Text::tr("Drop onto a controller."));
    switch (payload.kind) {
    case DropPayload::Kind::Nodes:
        return place.slot ? rules::canAttach(topology, payload.nodes, *place.slot)
                          : rules::attachToController(topology, payload.nodes, place.bus);
    case DropPayload::Kind::CatalogueItem:
        if (!payload.entry->needs)
            return refused(
                Text::tr("%1 is a root: double-click it in the palette to add it.").arg(payload.entry->name));
        return place.slot ? rules::canPlaceNew(topology, payload.entry->needs, payload.entry->name, *place.slot)
                          : rules::placeNewOnController(topology, payload.entry->needs, payload.entry->name, place.bus);
    case DropPayload::Kind::HostDevices:
        return hostDevicesVerdict(topology, payload.host, place.slot ? place.slot->bus : place.bus);
    case DropPayload::Kind::Nothing: break;
    }
    return refused(Text::tr("Nothing that can be dropped here."));
}

QList<NodeId> applyDrop(DomainDocument *document, const DropPayload &payload, const DropPlace &place)
{
    if (!document)
        return {};
    const Topology &topology = document->topology();
    const rules::AttachVerdict verdict = dropVerdict(topology, payload, place);
    if (!verdict.allowed)
        return {};
    if (payload.kind == DropPayload::Kind::Nodes) {
        pushMoves(document, payload.nodes, verdict.addresses);
        return payload.nodes;
    }
    if (payload.kind != DropPayload::Kind::CatalogueItem)
        return {};
    auto *command =
        new AddNode(document, DeviceCatalogue::fragment(*payload.entry, topology, verdict.addresses.first()));
    if (!command->isValid()) {
        delete command;
        return {};
    }
    const NodeId added = command->node();
    document->undoStack()->push(command);
    return {added};
}

} // namespace pcitopo
