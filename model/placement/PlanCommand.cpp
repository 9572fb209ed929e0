#include "PlanCommand.h"

#include "../DomainDocument.h"
#include "../commands/AddNode.h"
#include "../commands/SetAddress.h"
#include "../commands/SetAttribute.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace pcitopo::placement {

namespace {

QByteArray hex(quint32 value, int width)
{
    return "0x" + QByteArray::number(value, 16).rightJustified(width, '0');
}

QByteArray addressFragment(const PciAddress &a, bool multifunction)
{
    return "<address type='pci' domain='" + hex(a.domain, 4) + "' bus='" + hex(a.bus, 2) + "' slot='" + hex(a.slot, 2)
        + "' function='" + hex(a.function, 1) + "'" + (multifunction ? " multifunction='on'" : "") + "/>";
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

/** The node's address says multifunction='on' now (a re-placed node may no longer share). */
bool wasMultifunction(const Topology &t, NodeId node)
{
    if (const Device *d = t.device(node))
        return d->multifunction.value_or(false);
    if (const Controller *c = t.controller(node))
        return c->multifunction.value_or(false);
    return false;
}

} // namespace

QByteArray controllerFragment(const NewController &c)
{
    const QByteArray index = QByteArray::number(c.index);
    // The values libvirt would fill in, written now (the planner's rule, not a copy of it).
    const TargetDefaults defaults = targetDefaults(c.model, c.index, c.hasAddress() ? std::optional(c.address) : std::nullopt);
    QByteArray target;
    if (defaults.chassisNr >= 0)
        target += " chassisNr='" + QByteArray::number(defaults.chassisNr) + "'";
    if (defaults.chassis >= 0)
        target += " chassis='" + QByteArray::number(defaults.chassis) + "'";
    if (defaults.port >= 0)
        target += " port='0x" + QByteArray::number(defaults.port, 16) + "'";
    if (c.targetIndex >= 0)
        target += " index='" + QByteArray::number(c.targetIndex) + "'";
    if (c.busNr >= 0)
        target += " busNr='" + QByteArray::number(c.busNr) + "'";
    const QByteArray node = c.numaNode >= 0 ? "<node>" + QByteArray::number(c.numaNode) + "</node>" : QByteArray();
    QByteArray xml = "<controller type='pci' index='" + index + "' model='" + Topology::controllerModelName(c.model).toUtf8() + "'";
    if (c.modelName.isEmpty() && target.isEmpty() && node.isEmpty() && !c.hasAddress())
        return xml + "/>"; // a root as libvirt writes it
    xml += ">";
    if (!c.modelName.isEmpty())
        xml += "<model name='" + escaped(c.modelName) + "'/>";
    if (!target.isEmpty() || !node.isEmpty())
        xml += "<target" + target + (node.isEmpty() ? QByteArray("/>") : ">" + node + "</target>");
    if (c.hasAddress())
        xml += addressFragment(c.address, c.multifunction);
    return xml + "</controller>";
}

QByteArray deviceFragment(const NewDevice &d)
{
    const QByteArray address = d.pci ? addressFragment(d.address, d.multifunction) : QByteArray();
    if (d.element == QLatin1String("controller")) {
        QByteArray xml = "<controller type='" + escaped(d.type) + "' index='" + QByteArray::number(d.index) + "'";
        if (!d.model.isEmpty())
            xml += " model='" + escaped(d.model) + "'";
        return xml + ">" + address + "</controller>";
    }
    if (d.element == QLatin1String("video"))
        return "<video><model type='" + escaped(d.model) + "' heads='1' primary='yes'/>" + address + "</video>";
    return "<" + escaped(d.element) + " model='" + escaped(d.model) + "'>" + address + "</" + escaped(d.element) + ">";
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
    QSet<NodeId> filledOnly; // nodes the plan only writes libvirt's defaults into
    for (const FilledValue &f : plan.filled)
        filledOnly.insert(f.node);
    for (const Placement &p : plan.placements)
        filledOnly.remove(p.node);
    stack->beginMacro(QCoreApplication::translate("pcitopo::placement::Planner", "Place %n Node(s)", nullptr,
                                                  int(plan.controllers.size() + plan.devices.size() + plan.placements.size()
                                                      + filledOnly.size())));
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
    for (const NewDevice &d : plan.devices)
        push(new AddNode(document, deviceFragment(d)));
    for (const Placement &p : plan.placements) {
        push(new SetAddress(document, p.node, p.address));
        if (p.multifunction)
            push(new SetAttribute(document, p.node, "address", "multifunction", QStringLiteral("on")));
        else if (wasMultifunction(document->topology(), p.node))
            push(new SetAttribute(document, p.node, "address", "multifunction", QString())); // re-placed: no longer shared
    }
    for (const FilledValue &f : plan.filled)
        push(new SetAttribute(document, f.node, f.child, f.attribute, f.value));
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
