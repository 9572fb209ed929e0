#include "FixCommands.h"

#include "../placement/ApplyPlan.h"
#include "RemoveNode.h"
#include "SetAddress.h"
#include "SetAttribute.h"

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
    case Fix::AddSparePorts: break; // planned when applied: see applyFix
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
 * The part of a plan a Fix asks for. Place: the nodes it re-places, with the controllers that
 * takes, and nothing libvirt would add elsewhere (a memballoon, USB controller 0): the fix
 * touches no other element. AddSparePorts: the new ports only.
 */
placement::Plan planFor(const Fix &fix, const QList<NodeId> &nodes, const Topology &topology)
{
    placement::Options options;
    if (fix.kind == Fix::AddSparePorts) {
        options.policy = placement::Policy::Recommended;
        options.sparePorts = fix.count;
    }
    placement::Plan plan = placement::plan(topology, options);
    plan.devices.clear();
    if (fix.kind == Fix::AddSparePorts) {
        plan.placements.clear();
        plan.filled.clear();
        return plan;
    }
    plan.placements.removeIf([&](const placement::Placement &p) { return !nodes.contains(p.node); });
    plan.filled.removeIf([&](const placement::FilledValue &f) { return !nodes.contains(f.node); });
    return plan;
}

/** Applies a Place or AddSparePorts fix as one undo step named after it. */
bool applyPlannedFix(DomainDocument *document, const Fix &fix)
{
    QList<NodeId> nodes = fix.nodes;
    if (fix.node.isValid() && !nodes.contains(fix.node))
        nodes.prepend(fix.node);
    for (NodeId id : nodes) {
        if (!document->topology().addressOf(id) && !document->topology().device(id)
            && !document->topology().controller(id))
            return false; // gone since the check
    }
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    stack->beginMacro(fix.text);
    bool ok = true;
    for (NodeId id : nodes) {
        if (!document->topology().addressOf(id))
            continue;
        auto *clear = new SetAddress(document, id, std::nullopt);
        if (!clear->isValid()) {
            delete clear;
            ok = false;
            break;
        }
        stack->push(clear);
    }
    if (ok) {
        const placement::Plan plan = planFor(fix, nodes, document->topology());
        ok = plan.ok && !plan.isEmpty();
        for (NodeId id : nodes) // every node gets its place, or nothing changes
            ok = ok
                && std::any_of(plan.placements.cbegin(), plan.placements.cend(),
                               [id](const placement::Placement &p) { return p.node == id; });
        ok = ok && placement::applyPlan(document, plan, nullptr);
    }
    stack->endMacro();
    if (!ok && stack->index() > before)
        stack->undo(); // nothing half-done stays (the next edit drops it from the history)
    return ok;
}

} // namespace

bool applyFix(DomainDocument *document, const Fix &fix)
{
    if (fix.kind == Fix::Place || fix.kind == Fix::AddSparePorts)
        return applyPlannedFix(document, fix);
    TopologyCommand *command = createFixCommand(document, fix);
    if (!command)
        return false;
    document->undoStack()->push(command);
    return true;
}

} // namespace pcitopo
