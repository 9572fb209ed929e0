// Controller rules: reference §1.1, §1.4, §3 A10–A14, A16 (libvirt conf/domain_validate.c,
// conf/domain_addr.c, qemu/qemu_validate.c; QEMU error texts of §8).

#include "RuleContext.h"

#include <QMap>
#include <functional>
#include <QSet>

namespace pcitopo::rules {

namespace {

bool isPort(ControllerModel m)
{
    return m == ControllerModel::PcieRootPort || m == ControllerModel::PcieSwitchDownstreamPort;
}

bool isExpander(ControllerModel m)
{
    return m == ControllerModel::PciExpanderBus || m == ControllerModel::PcieExpanderBus;
}

bool pcieOnly(ControllerModel m)
{
    switch (m) {
    case ControllerModel::DmiToPciBridge:
    case ControllerModel::PcieToPciBridge:
    case ControllerModel::PcieRootPort:
    case ControllerModel::PcieSwitchUpstreamPort:
    case ControllerModel::PcieSwitchDownstreamPort:
    case ControllerModel::PcieExpanderBus: return true;
    default: return false;
    }
}

/** The QEMU devices libvirt accepts in <model name> for each model (§1.1). */
QStringList acceptedModelNames(ControllerModel m, MachineFamily family)
{
    switch (m) {
    case ControllerModel::PciRoot:
        return family == MachineFamily::Pseries ? QStringList{QStringLiteral("spapr-pci-host-bridge")} : QStringList{};
    case ControllerModel::PcieRoot: return {};
    case ControllerModel::PciBridge: return {QStringLiteral("pci-bridge")};
    case ControllerModel::DmiToPciBridge: return {QStringLiteral("i82801b11-bridge")};
    case ControllerModel::PcieToPciBridge: return {QStringLiteral("pcie-pci-bridge")};
    case ControllerModel::PcieRootPort: return {QStringLiteral("pcie-root-port"), QStringLiteral("ioh3420")};
    case ControllerModel::PcieSwitchUpstreamPort: return {QStringLiteral("x3130-upstream")};
    case ControllerModel::PcieSwitchDownstreamPort: return {QStringLiteral("xio3130-downstream")};
    case ControllerModel::PciExpanderBus: return {QStringLiteral("pxb")};
    case ControllerModel::PcieExpanderBus: return {QStringLiteral("pxb-pcie")};
    case ControllerModel::Unknown: break;
    }
    return {};
}

void checkIndexes(const RuleContext &c, QList<Diagnostic> &out)
{
    QMap<int, QList<const Controller *>> byIndex;
    for (const Controller &ctrl : c.topology.controllers()) {
        if (ctrl.index < 0 || ctrl.index > 255) {
            out.append(c.make("controller-index",
                              ctrl.indexText.isNull()
                                  ? tr("A PCI controller (line %1) has no index.").arg(ctrl.line)
                                  : tr("PCI controller index '%1' (line %2) is not a number from 0 to 255.")
                                        .arg(ctrl.indexText)
                                        .arg(ctrl.line),
                              {ctrl.id}));
            continue;
        }
        byIndex[ctrl.index].append(&ctrl);
    }
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
        if (it->size() > 1) {
            QList<NodeId> ids;
            for (const Controller *ctrl : *it)
                ids.append(ctrl->id);
            out.append(c.make(
                "controller-index",
                tr("%1 PCI controllers have index %2; each index names one bus.").arg(it->size()).arg(it.key()), ids));
        }
    }
    // A12: gaps are filled by libvirt with default controllers.
    if (!byIndex.isEmpty() && c.family != MachineFamily::Pseries && c.family != MachineFamily::Xen) {
        QList<int> missing;
        for (int i = 0; i <= byIndex.lastKey(); ++i) {
            if (!byIndex.contains(i))
                missing.append(i);
        }
        if (!missing.isEmpty()) {
            QStringList texts;
            for (int i : std::as_const(missing))
                texts << QString::number(i);
            out.append(c.make("index-gaps",
                              tr("No PCI controller has index %1; libvirt will add controllers of "
                                 "the default model to fill the gap.")
                                  .arg(texts.join(QStringLiteral(", "))),
                              {}));
        }
    }
}

void checkModels(const RuleContext &c, QList<Diagnostic> &out)
{
    const bool pcieMachine = Topology::isPcieMachine(c.family);
    const bool knownMachine = c.family != MachineFamily::Other && c.family != MachineFamily::Xen;
    for (const Controller &ctrl : c.topology.controllers()) {
        if (ctrl.model == ControllerModel::Unknown) {
            if (!ctrl.modelText.isEmpty())
                out.append(c.make("controller-model",
                                  tr("'%1' is not a PCI controller model libvirt knows (line %2).")
                                      .arg(ctrl.modelText)
                                      .arg(ctrl.line),
                                  {ctrl.id}));
            continue;
        }
        if (!ctrl.modelName.isEmpty()) {
            const QStringList names = acceptedModelNames(ctrl.model, c.family);
            if (!names.contains(ctrl.modelName)) {
                Diagnostic diag = c.make(
                    "controller-model",
                    names.isEmpty() ? tr("%1 takes no <model name>, but has '%2'.").arg(ctrl.label(), ctrl.modelName)
                                    : tr("%1 is implemented by %2, not '%3'.")
                                          .arg(ctrl.label(), names.join(tr(" or ")), ctrl.modelName),
                    {ctrl.id});
                // The name libvirt itself writes for the model, or none.
                diag.fixes.append({Fix::SetAttribute,
                                   names.isEmpty()
                                       ? tr("Remove the <model name> of %1").arg(ctrl.label())
                                       : tr("Set the <model name> of %1 to %2").arg(ctrl.label(), names.first()),
                                   ctrl.id,
                                   {},
                                   "model",
                                   "name",
                                   names.isEmpty() ? QString() : names.first()});
                out.append(diag);
            }
        }
        // A13: the root.
        if (ctrl.isRoot()) {
            if (ctrl.hasPciAddressElement) {
                Diagnostic diag = c.make(
                    "root-controller", tr("%1 is a root bus and cannot have an address.").arg(ctrl.label()), {ctrl.id});
                diag.fixes.append({Fix::ClearAddress, tr("Remove the address"), ctrl.id, {}, {}, {}, {}});
                out.append(diag);
            }
            const bool extraPhb = c.family == MachineFamily::Pseries && ctrl.model == ControllerModel::PciRoot;
            if (ctrl.index > 0 && !extraPhb) {
                out.append(c.make("root-controller",
                                  tr("%1: pci-root and pcie-root controllers must have index 0.").arg(ctrl.label()),
                                  {ctrl.id}));
            }
        }
        if (ctrl.index == 0 && knownMachine && !ctrl.implicit) {
            const ControllerModel expected = pcieMachine ? ControllerModel::PcieRoot : ControllerModel::PciRoot;
            if (ctrl.model != expected) {
                out.append(c.make(
                    "root-controller",
                    tr("The PCI controller with index 0 must be %1 on a %2 machine, but "
                       "it is %3.")
                        .arg(Topology::controllerModelName(expected), Topology::familyName(c.family), ctrl.modelText),
                    {ctrl.id}));
            }
        }
        // §1.1: machine support.
        if (ctrl.model == ControllerModel::PciExpanderBus && knownMachine && c.family != MachineFamily::Pc) {
            out.append(c.make("controller-machine",
                              tr("%1: pci-expander-bus exists only on i440fx (pc) machines.").arg(ctrl.label()),
                              {ctrl.id}));
        } else if (ctrl.model == ControllerModel::PcieExpanderBus && knownMachine && c.family != MachineFamily::Q35
                   && c.family != MachineFamily::ArmVirt) {
            out.append(c.make("controller-machine",
                              tr("%1: pcie-expander-bus exists only on q35 and ARM virt machines.").arg(ctrl.label()),
                              {ctrl.id}));
        } else if (pcieOnly(ctrl.model) && knownMachine && !pcieMachine && !ctrl.address) {
            // With an address the connection rule explains it; without, libvirt finds no slot.
            out.append(c.make("controller-machine",
                              tr("%1 is a PCI Express controller, but a %2 machine has no PCI Express "
                                 "bus to plug it into.")
                                  .arg(ctrl.label(), Topology::familyName(c.family)),
                              {ctrl.id}));
        }
    }
}

void checkOrder(const RuleContext &c, QList<Diagnostic> &out)
{
    for (const Controller &ctrl : c.topology.controllers()) {
        if (!ctrl.address || ctrl.isRoot() || ctrl.index < 0 || !ctrl.addressValid)
            continue;
        if (int(ctrl.address->bus) < ctrl.index)
            continue;
        if (ctrl.model == ControllerModel::PciBridge) {
            out.append(c.make("bridge-index-order",
                              tr("%1 is plugged into bus %2, but a pci-bridge's index must be larger "
                                 "than the index of its bus.")
                                  .arg(ctrl.label())
                                  .arg(ctrl.address->bus),
                              {ctrl.id}));
        } else {
            out.append(c.make("controller-index-order",
                              tr("%1 is plugged into bus %2, which has a higher index than its own: "
                                 "QEMU creates buses in index order and will not find bus %2.")
                                  .arg(ctrl.label())
                                  .arg(ctrl.address->bus),
                              {ctrl.id}));
        }
    }
}

/** Removes a <target> number libvirt fills in by itself when it is absent (busNr, a PHB's index). */
Fix letLibvirtChoose(const Controller &ctrl, const QByteArray &attribute)
{
    return {Fix::SetAttribute,
            attribute == "busNr" ? tr("Let libvirt choose the busNr of %1").arg(ctrl.label())
                                 : tr("Let libvirt choose the target index of %1").arg(ctrl.label()),
            ctrl.id,
            {},
            "target",
            attribute,
            QString()};
}

void checkTargets(const RuleContext &c, QList<Diagnostic> &out)
{
    QMap<int, QList<const Controller *>> chassis;
    QMap<int, QList<const Controller *>> busNrs;
    QMap<int, QList<const Controller *>> phbIndexes;
    auto invalid = [&](const Controller &ctrl, const QString &option) {
        Diagnostic diag =
            c.make("target-option",
                   tr("%1: the <target> option '%2' is not valid for a %3.").arg(ctrl.label(), option, ctrl.modelText),
                   {ctrl.id});
        diag.fixes.append(
            {Fix::SetAttribute, tr("Remove %1").arg(option), ctrl.id, {}, "target", option.toLatin1(), QString()});
        out.append(diag);
    };
    auto range = [&](const Controller &ctrl, const QString &option, int value, int low, int high) {
        if (value >= low && value <= high)
            return;
        out.append(c.make("target-option",
                          tr("%1: %2 must be from %3 to %4.").arg(ctrl.label(), option).arg(low).arg(high), {ctrl.id}));
    };
    for (const Controller &ctrl : c.topology.controllers()) {
        const ControllerModel m = ctrl.model;
        if (m == ControllerModel::Unknown)
            continue;
        if (ctrl.chassisNr) {
            if (m != ControllerModel::PciBridge)
                invalid(ctrl, QStringLiteral("chassisNr"));
            else
                range(ctrl, QStringLiteral("chassisNr"), *ctrl.chassisNr, 1, 255);
        }
        for (const auto &[option, value] :
             {std::pair{QStringLiteral("chassis"), ctrl.chassis}, std::pair{QStringLiteral("port"), ctrl.port}}) {
            if (!value)
                continue;
            if (!isPort(m))
                invalid(ctrl, option);
            else
                range(ctrl, option, *value, 0, 255);
        }
        if (ctrl.busNr && !isExpander(m))
            invalid(ctrl, QStringLiteral("busNr"));
        if (ctrl.targetIndex && !(c.family == MachineFamily::Pseries && m == ControllerModel::PciRoot))
            invalid(ctrl, QStringLiteral("index"));
        if (ctrl.hotplug && !isPort(m) && m != ControllerModel::PciRoot)
            invalid(ctrl, QStringLiteral("hotplug"));

        if (isPort(m))
            chassis[ctrl.chassis.value_or(ctrl.index)].append(&ctrl);

        // §1.4 busNr: 1–254, unique.
        if (isExpander(m) && ctrl.busNr) {
            if (*ctrl.busNr < 1 || *ctrl.busNr > 254) {
                Diagnostic diag = c.make(
                    "busnr-range", tr("%1 has busNr %2; it must be from 1 to 254.").arg(ctrl.label()).arg(*ctrl.busNr),
                    {ctrl.id});
                diag.fixes.append(letLibvirtChoose(ctrl, "busNr"));
                out.append(diag);
            } else {
                busNrs[*ctrl.busNr].append(&ctrl);
            }
        }

        // A16: pseries PHB target index.
        if (c.family == MachineFamily::Pseries && m == ControllerModel::PciRoot && ctrl.targetIndex) {
            const int t = *ctrl.targetIndex;
            if (t < 0 || t > 30 || (t == 0) != (ctrl.index == 0)) {
                Diagnostic diag =
                    c.make("phb-target-index",
                           t < 0 || t > 30
                               ? tr("%1 has target index %2; PHB indexes go from 0 to 30.").arg(ctrl.label()).arg(t)
                               : tr("%1 has target index %2: only the PCI controller with "
                                    "index 0 has target index 0, and it has no other.")
                                     .arg(ctrl.label())
                                     .arg(t),
                           {ctrl.id});
                if (ctrl.index != 0)
                    diag.fixes.append(letLibvirtChoose(ctrl, "index"));
                out.append(diag);
            } else {
                phbIndexes[t].append(&ctrl);
            }
        }

        // NUMA node (§1.4): expander buses and extra PHBs only, a cell of the guest.
        if (ctrl.numaNode) {
            const bool allowed = isExpander(m) || (c.family == MachineFamily::Pseries && m == ControllerModel::PciRoot);
            const Fix removeNode{
                Fix::SetAttribute, tr("Remove the NUMA node of %1").arg(ctrl.label()), ctrl.id, {}, "target/node", {},
                QString()};
            if (ctrl.index == 0) {
                Diagnostic diag = c.make("controller-numa",
                                         tr("%1: the PCI controller with index 0 cannot be associated with a "
                                            "NUMA node.")
                                             .arg(ctrl.label()),
                                         {ctrl.id});
                diag.fixes.append(removeNode);
                out.append(diag);
            } else if (!allowed) {
                invalid(ctrl, QStringLiteral("node"));
            } else if (*ctrl.numaNode < 0 || *ctrl.numaNode >= c.topology.numaCells()) {
                Diagnostic diag = c.make("controller-numa",
                                         tr("%1 is on NUMA node %2, but the guest has %3 NUMA cells "
                                            "(<cpu><numa>).")
                                             .arg(ctrl.label())
                                             .arg(*ctrl.numaNode)
                                             .arg(c.topology.numaCells()),
                                         {ctrl.id});
                diag.fixes.append(removeNode);
                out.append(diag);
            }
        }
    }

    // The fix of a duplicate renumbers every one but the first: `fix` gives one controller's.
    auto duplicates = [&](const QMap<int, QList<const Controller *>> &map, const char *rule, const QString &what,
                          const std::function<Fix(const Controller &)> &fix) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it->size() < 2)
                continue;
            QList<NodeId> ids;
            QStringList labels;
            for (const Controller *ctrl : *it) {
                ids.append(ctrl->id);
                labels << ctrl->label();
            }
            Diagnostic diag = c.make(rule, what.arg(labels.join(QStringLiteral(", "))).arg(it.key()), ids);
            for (qsizetype i = 1; i < it->size(); ++i)
                diag.fixes.append(fix(*it->at(i)));
            out.append(diag);
        }
    };
    // A chassis no port uses: its own index when that is free, else the lowest free number.
    QSet<int> usedChassis;
    for (auto it = chassis.cbegin(); it != chassis.cend(); ++it)
        usedChassis.insert(it.key());
    duplicates(chassis, "chassis-unique",
               tr("%1 all use chassis %2 (a port without one uses its index): QEMU will refuse to start."),
               [&](const Controller &ctrl) {
                   int free = ctrl.index;
                   for (int n = 1; usedChassis.contains(free) && n <= 255; ++n)
                       free = n;
                   usedChassis.insert(free);
                   return Fix{Fix::SetAttribute,
                              tr("Give %1 chassis %2").arg(ctrl.label()).arg(free),
                              ctrl.id,
                              {},
                              "target",
                              "chassis",
                              QString::number(free)};
               });
    duplicates(busNrs, "busnr-conflict", tr("%1 all start at busNr %2: QEMU will refuse to start."),
               [](const Controller &ctrl) { return letLibvirtChoose(ctrl, "busNr"); });
    duplicates(phbIndexes, "phb-index-unique", tr("%1 all have target index %2: QEMU will refuse to start."),
               [](const Controller &ctrl) { return letLibvirtChoose(ctrl, "index"); });
}

} // namespace

void checkControllers(const RuleContext &c, QList<Diagnostic> &out)
{
    checkIndexes(c, out);
    checkModels(c, out);
    checkOrder(c, out);
    checkTargets(c, out);
}

} // namespace pcitopo::rules
