#include "CanAttach.h"

#include "BusModel.h"

#include <QCoreApplication>
#include <QSet>

namespace pcitopo::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::rules", text);
}

/** Controller indexes behind a controller (its subtree), itself included. */
QSet<int> subtreeIndexes(const Topology &t, int index)
{
    QSet<int> result{index};
    QList<int> queue{index};
    while (!queue.isEmpty()) {
        const int bus = queue.takeFirst();
        for (NodeId id : t.nodesOnBus(bus)) {
            const Controller *c = t.controller(id);
            if (c && c->index >= 0 && !result.contains(c->index)) {
                result.insert(c->index);
                queue.append(c->index);
            }
        }
    }
    return result;
}

} // namespace

AttachVerdict canAttach(const Topology &t, const QList<NodeId> &nodes, const SlotRef &target)
{
    AttachVerdict verdict;
    auto refuse = [&](const QString &reason) {
        verdict.allowed = false;
        verdict.reason = reason;
        verdict.addresses.clear();
        return verdict;
    };
    if (nodes.isEmpty())
        return refuse(tr("Nothing to move."));
    const Controller *bus = t.controllerByIndex(target.bus);
    if (!bus)
        return refuse(tr("No controller provides bus %1.").arg(target.bus));
    const BusModel model = busModel(*bus, t.family());
    if (!model.valid)
        return refuse(tr("%1 has a model libvirt does not know.").arg(bus->label()));
    if (target.slot < model.minSlot || target.slot > model.maxSlot) {
        return refuse(model.minSlot == model.maxSlot
                          ? tr("%1 offers only slot %2.").arg(bus->label()).arg(model.minSlot)
                          : tr("%1 offers slots %2 to %3.").arg(bus->label()).arg(model.minSlot).arg(model.maxSlot));
    }

    // Relative functions: the group keeps its layout, anchored at the target function.
    int lowest = 8;
    for (NodeId id : nodes) {
        const std::optional<PciAddress> a = t.addressOf(id);
        lowest = std::min(lowest, a ? int(a->function) : 0);
    }
    const QSet<NodeId> moving(nodes.cbegin(), nodes.cend());
    QSet<quint32> functionsTaken;
    for (NodeId id : nodes) {
        const std::optional<PciAddress> from = t.addressOf(id);
        const int function = target.function + (from && nodes.size() > 1 ? int(from->function) - lowest : 0);
        if (function > 7)
            return refuse(tr("The group needs functions up to %1, but a slot has 0 to 7.").arg(function));
        const PciAddress to{0, quint32(target.bus), quint32(target.slot), quint32(function)};
        if (functionsTaken.contains(to.function))
            return refuse(tr("Two of the moved devices would share function %1.").arg(function));
        functionsTaken.insert(to.function);

        const QString label = t.labelOf(id);
        ConnectFlags needs;
        if (const Device *d = t.device(id)) {
            needs = deviceNeeds(*d, t.family());
            if (d->integratedOnly && target.bus != 0)
                return refuse(tr("%1 is an integrated device and must stay on bus 0.").arg(label));
        } else if (const Controller *c = t.controller(id)) {
            if (c->isRoot() || c->implicit)
                return refuse(tr("%1 is a root bus and has no slot.").arg(label));
            if (c->index >= 0 && subtreeIndexes(t, c->index).contains(target.bus))
                return refuse(tr("%1 cannot be plugged into a bus behind itself.").arg(label));
            needs = controllerNeeds(c->model);
        } else {
            return refuse(tr("Unknown node."));
        }
        if (!needs || !connectionAllowed(model, needs, true)) {
            return refuse(tr("%1 cannot be plugged into %2: it needs a controller that accepts a %3.")
                              .arg(label, bus->label(), connectionName(needs)));
        }
        if (isChipsetReserved(t, to))
            return refuse(tr("%1 is reserved for the chipset.").arg(to.toShortString()));
        for (NodeId other : t.nodesAt(to)) {
            if (!moving.contains(other))
                return refuse(tr("%1 is taken by %2.").arg(to.toShortString(), t.labelOf(other)));
        }
        verdict.addresses.append(to);
    }
    verdict.allowed = true;
    return verdict;
}

AttachVerdict attachToController(const Topology &topology, const QList<NodeId> &nodes, int busIndex, SlotRef *chosen)
{
    AttachVerdict first;
    for (int slot = 0; slot <= 31; ++slot) {
        const SlotRef candidate{busIndex, slot, 0};
        AttachVerdict verdict = canAttach(topology, nodes, candidate);
        if (verdict.allowed) {
            if (chosen)
                *chosen = candidate;
            return verdict;
        }
        // Keep the most telling refusal: the first one that is not about the slot range.
        if (first.reason.isEmpty()
            || (first.reason.contains(QLatin1String("offers")) && !verdict.reason.contains(QLatin1String("offers"))))
            first = verdict;
    }
    if (chosen)
        *chosen = {busIndex, 0, 0};
    return first;
}

AttachVerdict canPlaceNew(const Topology &t, ConnectFlags needs, const QString &label, const SlotRef &target)
{
    AttachVerdict verdict;
    const Controller *bus = t.controllerByIndex(target.bus);
    const BusModel model = bus ? busModel(*bus, t.family()) : BusModel();
    const PciAddress to{0, quint32(target.bus), quint32(target.slot), quint32(target.function)};
    if (!bus)
        verdict.reason = tr("No controller provides bus %1.").arg(target.bus);
    else if (!model.valid)
        verdict.reason = tr("%1 has a model libvirt does not know.").arg(bus->label());
    else if (target.slot < model.minSlot || target.slot > model.maxSlot)
        verdict.reason = tr("%1 offers slots %2 to %3.").arg(bus->label()).arg(model.minSlot).arg(model.maxSlot);
    else if (!connectionAllowed(model, needs, true))
        verdict.reason = tr("%1 cannot be plugged into %2: it needs a controller that accepts a %3.")
                             .arg(label, bus->label(), connectionName(needs));
    else if (isChipsetReserved(t, to))
        verdict.reason = tr("%1 is reserved for the chipset.").arg(to.toShortString());
    else if (!t.nodesAt(to).isEmpty())
        verdict.reason = tr("%1 is taken by %2.").arg(to.toShortString(), t.labelOf(t.nodesAt(to).first()));
    verdict.allowed = verdict.reason.isEmpty();
    if (verdict.allowed)
        verdict.addresses = {to};
    return verdict;
}

AttachVerdict placeNewOnController(const Topology &t, ConnectFlags needs, const QString &label, int busIndex)
{
    AttachVerdict first;
    for (int slot = 0; slot <= 31; ++slot) {
        AttachVerdict verdict = canPlaceNew(t, needs, label, {busIndex, slot, 0});
        if (verdict.allowed)
            return verdict;
        if (first.reason.isEmpty()
            || (first.reason.contains(QLatin1String("offers")) && !verdict.reason.contains(QLatin1String("offers"))))
            first = verdict;
    }
    return first;
}

AttachVerdict placeNewFunctionsOnController(const Topology &t, ConnectFlags needs, const QString &label, int busIndex,
                                            const QList<int> &functions)
{
    if (functions.size() <= 1)
        return placeNewOnController(t, needs, label, busIndex);
    AttachVerdict first;
    for (int slot = 0; slot <= 31; ++slot) {
        AttachVerdict slotVerdict;
        slotVerdict.allowed = true;
        for (int function : functions) {
            const AttachVerdict verdict = canPlaceNew(t, needs, label, {busIndex, slot, function});
            if (!verdict.allowed) {
                slotVerdict = verdict;
                break;
            }
            slotVerdict.addresses.append(verdict.addresses);
        }
        if (slotVerdict.allowed)
            return slotVerdict;
        if (first.reason.isEmpty()
            || (first.reason.contains(QLatin1String("offers"))
                && !slotVerdict.reason.contains(QLatin1String("offers"))))
            first = slotVerdict;
    }
    return first;
}

} // namespace pcitopo::rules
