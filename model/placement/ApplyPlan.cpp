#include "ApplyPlan.h"

#include "../DomainDocument.h"
#include "../commands/AddNode.h"
#include "../commands/SetAddress.h"
#include "../commands/SetAttribute.h"
#include "../xml/XmlFragment.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace pcitopo::placement {

namespace {

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
    XmlFragment xml("controller");
    xml.attribute("type", "pci").attribute("index", c.index).attribute("model", Topology::controllerModelName(c.model));
    if (!c.modelName.isEmpty())
        xml.child(XmlFragment("model").attribute("name", c.modelName));
    // The values libvirt would fill in, written now (the planner's rule, not a copy of it).
    const TargetDefaults defaults =
        targetDefaults(c.model, c.index, c.hasAddress() ? std::optional(c.address) : std::nullopt);
    XmlFragment target("target");
    bool hasTarget = false;
    const auto set = [&](const char *name, int value) {
        target.attribute(name, value);
        hasTarget = true;
    };
    if (defaults.chassisNr >= 0)
        set("chassisNr", defaults.chassisNr);
    if (defaults.chassis >= 0)
        set("chassis", defaults.chassis);
    if (defaults.port >= 0) {
        target.attribute("port", QStringLiteral("0x") + QString::number(defaults.port, 16));
        hasTarget = true;
    }
    if (c.targetIndex >= 0)
        set("index", c.targetIndex);
    if (c.busNr >= 0)
        set("busNr", c.busNr);
    if (c.numaNode >= 0) {
        target.child(XmlFragment("node").text(QString::number(c.numaNode)));
        hasTarget = true;
    }
    if (hasTarget)
        xml.child(target);
    if (c.hasAddress())
        xml.child(XmlFragment::pciAddress(c.address, c.multifunction));
    return xml.toXml(); // a root without children as libvirt writes it: <controller …/>
}

QByteArray deviceFragment(const NewDevice &d)
{
    QByteArray element = d.element.toUtf8();
    XmlFragment xml(element.constData());
    if (d.element == QLatin1String("controller")) {
        xml.attribute("type", d.type).attribute("index", d.index);
        if (!d.model.isEmpty())
            xml.attribute("model", d.model);
    } else if (d.element == QLatin1String("video")) {
        xml.child(XmlFragment("model").attribute("type", d.model).attribute("heads", "1").attribute("primary", "yes"));
    } else {
        xml.attribute("model", d.model);
    }
    if (d.pci)
        xml.child(XmlFragment::pciAddress(d.address, d.multifunction));
    return xml.toXml();
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
    stack->beginMacro(QCoreApplication::translate(
        "pcitopo::placement::Planner", "Place %n Node(s)", nullptr,
        int(plan.controllers.size() + plan.devices.size() + plan.placements.size() + filledOnly.size())));
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
            push(new SetAttribute(document, p.node, "address", "multifunction",
                                  QString())); // re-placed: no longer shared
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
