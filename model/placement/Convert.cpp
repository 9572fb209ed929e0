#include "Convert.h"

#include "ApplyPlan.h"

#include "../DomainDocument.h"
#include "../commands/ChangeChipset.h"
#include "../commands/RemoveNode.h"
#include "../commands/ReplaceNode.h"
#include "../commands/SetAttribute.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace pcitopo::placement {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::placement::Convert)
};

Conversion refused(const QString &reason)
{
    Conversion c;
    c.reason = reason;
    return c;
}

} // namespace

namespace {

/** The conversion's steps, pushed one by one into a macro (convertMachine checks a copy first). */
Conversion convertSteps(DomainDocument *document, MachineFamily to, const Options &options)
{
    auto chipset = std::make_unique<ChangeChipset>(document, to);
    if (!chipset->isValid())
        return refused(chipset->error());
    Conversion result;
    result.machine = chipset->machine();
    result.notes = chipset->notes();
    result.changes = chipset->changes();

    // What goes, decided on the topology before anything changes (node ids stay valid).
    const Topology &t = document->topology();
    QList<NodeId> removed;
    QList<QPair<NodeId, QByteArray>> replaced;
    QList<QPair<NodeId, QString>> usbModels;
    bool bridges = false;
    for (const Controller &c : t.controllers()) {
        if (!t.element(c.id))
            continue;
        if (c.index == 0 && c.isRoot()) {
            const ControllerModel root =
                to == MachineFamily::Q35 ? ControllerModel::PcieRoot : ControllerModel::PciRoot;
            replaced.append({c.id,
                             QStringLiteral("<controller type='pci' index='0' model='%1'/>")
                                 .arg(Topology::controllerModelName(root))
                                 .toUtf8()});
            if (c.hotplug.has_value())
                result.notes << Text::tr("The root's hotplug='%1' does not carry over: %2 has no such setting")
                                    .arg(*c.hotplug ? QStringLiteral("on") : QStringLiteral("off"),
                                         Topology::controllerModelName(root));
            continue;
        }
        removed.append(c.id);
        if (c.model == ControllerModel::PciBridge || c.model == ControllerModel::PcieToPciBridge
            || c.model == ControllerModel::DmiToPciBridge)
            bridges = true;
        if (c.numaNode.has_value())
            result.notes << Text::tr("%1 kept its devices on guest NUMA node %2; that does not carry over: set a "
                                     "placement constraint to put them back")
                                .arg(c.label())
                                .arg(*c.numaNode);
    }
    if (bridges)
        result.notes << Text::tr("The PCI bridges do not carry over: the devices behind them are placed anew");
    for (const Device &d : t.devices()) {
        if (d.element != QLatin1String("controller") || !t.element(d.id))
            continue;
        const QString model = t.element(d.id).attribute("model");
        if (d.controllerType == QLatin1String("ide") && to == MachineFamily::Q35)
            removed.append(d.id);
        else if (d.controllerType == QLatin1String("sata") && d.controllerIndex == 0 && chipset->dropsSataController())
            removed.append(d.id);
        else if (d.controllerType == QLatin1String("usb") && to == MachineFamily::Q35
                 && model == QLatin1String("piix3-uhci"))
            usbModels.append({d.id, QStringLiteral("qemu-xhci")});
        else if (d.controllerType == QLatin1String("usb") && to == MachineFamily::Pc && d.controllerIndex == 0
                 && model.isNull())
            usbModels.append({d.id, QStringLiteral("qemu-xhci")}); // q35's default, kept on pc
    }
    for (const NodeId id : std::as_const(removed))
        result.changes << Text::tr("Remove %1").arg(t.labelOf(id));
    for (const auto &[id, model] : std::as_const(usbModels))
        result.changes << Text::tr("%1 becomes %2").arg(t.labelOf(id), model);

    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    QString error;
    const auto push = [&](TopologyCommand *command) {
        std::unique_ptr<TopologyCommand> owned(command);
        if (!error.isEmpty())
            return;
        if (!command->isValid()) {
            error = command->error();
            return;
        }
        stack->push(owned.release());
    };
    stack->beginMacro(chipset->text());
    for (const auto &[id, model] : std::as_const(usbModels))
        push(new SetAttribute(document, id, QByteArray(), "model", model));
    for (const auto &[id, fragment] : std::as_const(replaced))
        push(new ReplaceNode(document, id, fragment));
    for (const NodeId id : std::as_const(removed))
        push(new RemoveNode(document, id));
    push(chipset.release()); // the machine last: the nodes above were found on the old topology
    Plan placed;
    if (error.isEmpty()) {
        Options everything = options;
        everything.everything = true;
        placed = plan(document->topology(), everything);
        if (!placed.ok)
            error = Text::tr("cannot place on %1: %2").arg(Topology::familyName(to), placed.reason);
        else
            result.changes += placed.describe(document->topology());
    }
    // Applied as part of this step (applyPlan opens a macro of its own inside this one).
    if (error.isEmpty() && !placed.isEmpty() && !applyPlan(document, placed, &error) && error.isEmpty())
        error = Text::tr("the placement could not be applied");
    stack->endMacro();
    if (!error.isEmpty()) {
        if (stack->index() > before)
            stack->undo(); // nothing half-converted stays; the next edit drops it from the history
        return refused(error);
    }
    result.ok = true;
    return result;
}

} // namespace

Conversion previewConversion(const DomainDocument &document, MachineFamily to, const Options &options)
{
    QString error;
    const std::unique_ptr<DomainDocument> copy = DomainDocument::fromXml(document.toXml(), &error);
    if (!copy)
        return refused(error);
    return convertSteps(copy.get(), to, options);
}

Conversion convertMachine(DomainDocument *document, MachineFamily to, const Options &options)
{
    // Worked out on a copy first: a conversion that fails part way never reaches the history.
    const Conversion preview = previewConversion(*document, to, options);
    if (!preview.ok)
        return preview;
    return convertSteps(document, to, options);
}

} // namespace pcitopo::placement
