#include "Planner.h"

#include "PlanItems.h"

#include <algorithm>

namespace pcitopo::placement {

using detail::fillDefaults;
using detail::planLibvirt;
using detail::planRecommended;
using detail::Text;

QString NewDevice::label() const
{
    if (element == QLatin1String("controller"))
        return model.isEmpty() ? Text::tr("%1 controller %2").arg(type).arg(index)
                               : Text::tr("%1 controller %2 (%3)").arg(type).arg(index).arg(model);
    return Text::tr("%1 (%2)").arg(element, model);
}

QStringList Plan::describe(const Topology &topology) const
{
    QStringList lines = notes;
    for (const NewController &c : controllers) {
        if (!c.hasAddress() && c.targetIndex >= 0)
            lines << Text::tr("Add %1 #%2 (PHB, target index %3)")
                         .arg(Topology::controllerModelName(c.model))
                         .arg(c.index)
                         .arg(c.targetIndex);
        else if (!c.hasAddress())
            lines << Text::tr("Add %1 #%2, as libvirt would").arg(Topology::controllerModelName(c.model)).arg(c.index);
        else
            lines << Text::tr("Add %1 #%2 at %3")
                         .arg(Topology::controllerModelName(c.model))
                         .arg(c.index)
                         .arg(c.address.toShortString());
    }
    for (const NewDevice &d : devices)
        lines << Text::tr("Add %1 at %2, as libvirt would").arg(d.label(), d.address.toShortString());
    for (const Placement &p : placements)
        lines << Text::tr("Place %1 at %2").arg(topology.labelOf(p.node), p.address.toShortString());
    // One line per node, written as the XML reads: "index='3', <target chassis='3' port='0x10'/>".
    QList<NodeId> nodes;
    QHash<NodeId, QList<const FilledValue *>> byNode;
    for (const FilledValue &f : filled) {
        if (!byNode.contains(f.node))
            nodes.append(f.node);
        byNode[f.node].append(&f);
    }
    for (NodeId node : std::as_const(nodes)) {
        QStringList children; // in order of first appearance; "" is the element itself
        QHash<QString, QStringList> values;
        for (const FilledValue *f : byNode.value(node)) {
            const QString child = QString::fromUtf8(f->child);
            if (!values.contains(child))
                children.append(child);
            values[child].append(QStringLiteral("%1='%2'").arg(QString::fromUtf8(f->attribute), f->value));
        }
        QStringList parts;
        for (const QString &child : std::as_const(children))
            parts << (child.isEmpty()
                          ? values.value(child).join(QLatin1Char(' '))
                          : QStringLiteral("<%1 %2/>").arg(child, values.value(child).join(QLatin1Char(' '))));
        lines << Text::tr("Write %1 into %2, as libvirt would")
                     .arg(parts.join(QStringLiteral(", ")), topology.labelOf(node));
    }
    return lines;
}

Plan plan(const Topology &topology, const Options &options)
{
    // libvirt refuses the domain before it places anything (virDomainDefPostParse): a plan
    // would only show what libvirt never defines.
    const Controller *zero = topology.controllerByIndex(0);
    if (zero && !zero->isRoot() && topology.family() != MachineFamily::Other) {
        Plan refused;
        refused.reason = Text::tr("The PCI controller with index='0' must be model='%1' for this machine type, but "
                                  "model='%2' was found instead.")
                             .arg(Topology::controllerModelName(Topology::isPcieMachine(topology.family())
                                                                    ? ControllerModel::PcieRoot
                                                                    : ControllerModel::PciRoot),
                                  zero->modelText);
        return refused;
    }
    if (options.everything) {
        Options rest = options;
        rest.everything = false;
        return plan(topology.withoutAddresses(), rest);
    }
    Plan result =
        options.policy == Policy::Recommended ? planRecommended(topology, options) : planLibvirt(topology, options);
    if (result.ok && !fillDefaults(topology, result, options.verdictOnly))
        result.ok = false;
    return result;
}

bool needsPlacement(const Topology &topology)
{
    for (const Controller &c : topology.controllers())
        if (!c.address && !c.isRoot() && !c.implicit && c.index >= 0)
            return true;
    for (const Device &d : topology.devices())
        if (!d.address && d.otherAddressType.isEmpty() && d.deviceClass != DeviceClass::None)
            return true;
    const QList<NewDevice> added = detail::libvirtAdditions(topology);
    return std::any_of(added.cbegin(), added.cend(), [](const NewDevice &d) { return d.pci; });
}

} // namespace pcitopo::placement
