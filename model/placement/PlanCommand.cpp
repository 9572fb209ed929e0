#include "PlanCommand.h"

#include "../DomainDocument.h"
#include "../commands/AddNode.h"
#include "../commands/SetAddress.h"
#include "../commands/SetAttribute.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace pcitopo::placement {

QByteArray controllerFragment(const NewController &c)
{
    const QByteArray index = QByteArray::number(c.index);
    QByteArray model, target;
    switch (c.model) {
    case ControllerModel::PcieRootPort:
        model = "pcie-root-port";
        target = "<target chassis='" + index + "' port='0x" + QByteArray::number((c.address.slot << 3) | c.address.function, 16) + "'/>";
        break;
    case ControllerModel::PcieToPciBridge:
        model = "pcie-pci-bridge";
        break;
    case ControllerModel::PciBridge:
        model = "pci-bridge";
        target = "<target chassisNr='" + index + "'/>";
        break;
    default:
        model = Topology::controllerModelName(c.model).toUtf8();
        break;
    }
    const QByteArray address = "<address type='pci' domain='0x0000' bus='0x" + QByteArray::number(c.address.bus, 16).rightJustified(2, '0')
        + "' slot='0x" + QByteArray::number(c.address.slot, 16).rightJustified(2, '0') + "' function='0x"
        + QByteArray::number(c.address.function, 16) + "'" + (c.multifunction ? " multifunction='on'" : "") + "/>";
    return "<controller type='pci' index='" + index + "' model='" + Topology::controllerModelName(c.model).toUtf8() + "'><model name='"
        + model + "'/>" + target + address + "</controller>";
}

bool applyPlan(DomainDocument *document, const Plan &plan, QString *error)
{
    if (!plan.ok) {
        if (error)
            *error = plan.reason;
        return false;
    }
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    bool failed = false;
    stack->beginMacro(QCoreApplication::translate("pcitopo::placement::Planner", "Place %n Node(s)", nullptr,
                                                  int(plan.controllers.size() + plan.placements.size())));
    const auto push = [&](TopologyCommand *command) {
        if (failed || !command->isValid()) {
            if (!failed && error)
                *error = command->error();
            failed = true;
            delete command;
            return;
        }
        stack->push(command);
    };
    // One reindex for the whole plan: its commands only touch nodes that existed before it.
    document->beginBatch();
    for (const NewController &c : plan.controllers)
        push(new AddNode(document, controllerFragment(c)));
    for (const Placement &p : plan.placements) {
        push(new SetAddress(document, p.node, p.address));
        if (p.multifunction)
            push(new SetAttribute(document, p.node, "address", "multifunction", QStringLiteral("on")));
    }
    document->endBatch();
    stack->endMacro();
    if (failed) {
        // Nothing half-done stays: the macro is undone (the next edit drops it from the history).
        if (stack->index() > before)
            stack->undo();
        return false;
    }
    return true;
}

} // namespace pcitopo::placement
