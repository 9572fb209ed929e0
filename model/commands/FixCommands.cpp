#include "FixCommands.h"

#include "../placement/ApplyPlan.h"
#include "RemoveNode.h"
#include "SetAddress.h"
#include "SetAttribute.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace pcitopo {

TopologyCommand *createFixCommand(DomainDocument *document, const Fix &fix)
{
    TopologyCommand *command = nullptr;
    switch (fix.kind) {
    case Fix::SetAddress: command = new SetAddress(document, fix.node, fix.address); break;
    case Fix::ClearAddress: command = new SetAddress(document, fix.node, std::nullopt); break;
    case Fix::SetAttribute: command = new SetAttribute(document, fix.node, fix.child, fix.attribute, fix.value); break;
    case Fix::RemoveNode: command = new RemoveNode(document, fix.node); break;
    case Fix::MoveNodes: command = new MoveNodes(document, fix.nodes, fix.addresses); break;
    case Fix::Place:
    case Fix::AddSparePorts:
    case Fix::PlaceRecommended: break; // planned when applied: see applyFix
    }
    if (command && !command->isValid()) {
        delete command;
        return nullptr;
    }
    if (command && !fix.text.isEmpty())
        command->setText(fix.text);
    return command;
}

namespace {

/**
 * The part of a plan a Fix asks for, planned on the topology as if `nodes` had no address.
 * Place: the placements of those nodes, with the new controllers they hang from (a root port,
 * a pcie-to-pci-bridge on it), and nothing libvirt would add for other devices: the fix
 * touches no other element. AddSparePorts: the new ports nothing is placed on. Pure: the
 * document is touched only once the plan is known to be whole.
 */
placement::Plan planFor(const Fix &fix, const QList<NodeId> &nodes, const Topology &topology, QString *why)
{
    placement::Options options;
    if (fix.kind == Fix::AddSparePorts) {
        options.policy = placement::Policy::Recommended;
        options.sparePorts = fix.count;
    }
    placement::Plan plan = placement::plan(topology.withoutAddressesOf(nodes), options);
    if (!plan.ok) {
        *why = plan.reason;
        return plan;
    }
    // The buses something of the plan sits on.
    QSet<int> used;
    for (const placement::Placement &p : std::as_const(plan.placements))
        used.insert(int(p.address.bus));
    for (const placement::NewDevice &d : std::as_const(plan.devices))
        used.insert(int(d.address.bus));
    for (const placement::NewController &c : std::as_const(plan.controllers))
        if (c.hasAddress())
            used.insert(int(c.address.bus));
    plan.devices.clear();
    if (fix.kind == Fix::AddSparePorts) {
        plan.placements.clear();
        plan.filled.clear();
        plan.controllers.removeIf([&](const placement::NewController &c) { return used.contains(c.index); });
    } else {
        plan.placements.removeIf([&](const placement::Placement &p) { return !nodes.contains(p.node); });
        plan.filled.removeIf([&](const placement::FilledValue &f) { return !nodes.contains(f.node); });
        // The new controllers the kept placements hang from, and the ones those hang from.
        QSet<int> needed;
        for (const placement::Placement &p : std::as_const(plan.placements))
            needed.insert(int(p.address.bus));
        for (bool grew = true; grew;) {
            grew = false;
            for (const placement::NewController &c : std::as_const(plan.controllers)) {
                if (needed.contains(c.index) && c.hasAddress() && !needed.contains(int(c.address.bus))) {
                    needed.insert(int(c.address.bus));
                    grew = true;
                }
            }
        }
        plan.controllers.removeIf([&](const placement::NewController &c) { return !needed.contains(c.index); });
        for (NodeId id : nodes) { // every node gets its place, or the fix does nothing
            if (std::none_of(plan.placements.cbegin(), plan.placements.cend(),
                             [id](const placement::Placement &p) { return p.node == id; })) {
                plan.ok = false;
                *why = QCoreApplication::translate("Undo Commands", "no free place takes %1").arg(topology.labelOf(id));
                return plan;
            }
        }
    }
    if (plan.isEmpty()) {
        plan.ok = false;
        *why = QCoreApplication::translate("Undo Commands", "the plan changes nothing");
    }
    return plan;
}

/** Applies a Place or AddSparePorts fix as one undo step named after it, once it is planned whole. */
bool applyPlannedFix(DomainDocument *document, const Fix &fix, QString *why)
{
    QList<NodeId> nodes = fix.nodes;
    if (fix.node.isValid() && !nodes.contains(fix.node))
        nodes.prepend(fix.node);
    const Topology &topology = document->topology();
    for (NodeId id : std::as_const(nodes)) {
        if (!topology.device(id) && !topology.controller(id)) {
            *why = QCoreApplication::translate("Undo Commands", "it is gone from the document");
            return false;
        }
    }
    const placement::Plan plan = planFor(fix, nodes, topology, why);
    if (!plan.ok)
        return false;
    QList<TopologyCommand *> clears;
    for (NodeId id : std::as_const(nodes)) {
        if (topology.addressOf(id))
            clears.append(new SetAddress(document, id, std::nullopt));
    }
    if (std::any_of(clears.cbegin(), clears.cend(), [](const TopologyCommand *c) { return !c->isValid(); })) {
        *why = clears.first()->error();
        qDeleteAll(clears);
        return false;
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(fix.text);
    for (TopologyCommand *clear : std::as_const(clears))
        stack->push(clear);
    const bool ok = placement::applyPlan(document, plan, why);
    stack->endMacro();
    if (!ok) // planned on this very topology, so not expected: nothing half-done stays
        stack->undo();
    return ok;
}

/** Applies the recommended placement to everything without an address, as one undo step. */
bool applyRecommendedPlacement(DomainDocument *document, const Fix &fix, QString *why)
{
    placement::Options options;
    options.policy = placement::Policy::Recommended;
    const placement::Plan plan = placement::plan(document->topology(), options);
    if (!plan.ok) {
        *why = plan.reason;
        return false;
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(fix.text);
    const bool ok = placement::applyPlan(document, plan, why);
    stack->endMacro();
    if (!ok) // planned on this very topology, so not expected: nothing half-done stays
        stack->undo();
    return ok;
}

} // namespace

bool applyFix(DomainDocument *document, const Fix &fix, QString *why)
{
    QString ignored;
    if (!why)
        why = &ignored;
    if (fix.kind == Fix::Place || fix.kind == Fix::AddSparePorts)
        return applyPlannedFix(document, fix, why);
    if (fix.kind == Fix::PlaceRecommended)
        return applyRecommendedPlacement(document, fix, why);
    TopologyCommand *command = createFixCommand(document, fix);
    if (!command) {
        *why = QCoreApplication::translate("Undo Commands", "it no longer applies");
        return false;
    }
    document->undoStack()->push(command);
    return true;
}

} // namespace pcitopo
