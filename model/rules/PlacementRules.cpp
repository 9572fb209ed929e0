// Refusals of libvirt's own address assignment (reference §5): what `check` cannot see in the
// explicit addresses, because libvirt only meets it while placing what has none.

#include "RuleContext.h"

#include "../placement/Planner.h"

namespace pcitopo::rules {

namespace {

bool placementKnown(MachineFamily family)
{
    return family == MachineFamily::Pc || family == MachineFamily::Q35 || family == MachineFamily::ArmVirt
        || family == MachineFamily::RiscvVirt || family == MachineFamily::Pseries;
}

} // namespace

void checkPlacement(const RuleContext &c, QList<Diagnostic> &out)
{
    if (!placementKnown(c.family) || !placement::needsPlacement(c.topology))
        return;
    // A root of the wrong model is reported by the controller rules: libvirt stops there,
    // before it places anything.
    const Controller *zero = c.topology.controllerByIndex(0);
    const ControllerModel root =
        Topology::isPcieMachine(c.family) ? ControllerModel::PcieRoot : ControllerModel::PciRoot;
    if (zero && zero->model != root)
        return;
    placement::Options libvirt;
    libvirt.host = c.options.host.isEmpty() ? nullptr : &c.options.host;
    libvirt.constraints = false; // libvirt knows nothing of pcitopo's constraints
    libvirt.verdictOnly = true;
    const placement::Plan plan = placement::plan(c.topology, libvirt);
    if (plan.ok)
        return;
    QList<NodeId> nodes;
    if (plan.refused.isValid())
        nodes << plan.refused;
    Diagnostic diag = c.make("placement-refused", tr("libvirt cannot place what has no address: %1").arg(plan.reason),
                             nodes, QStringLiteral("placement"));
    // Planned as the Fix applies it: with pcitopo's constraints, without host facts.
    placement::Options recommended;
    recommended.policy = placement::Policy::Recommended;
    recommended.verdictOnly = true;
    if (placement::plan(c.topology, recommended).ok)
        diag.fixes.append({Fix::PlaceRecommended,
                           tr("Place everything without an address by the recommended policy"),
                           {},
                           {},
                           {},
                           {},
                           {}});
    out.append(diag);
}

} // namespace pcitopo::rules
