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

/**
 * x86 machines without a PCI bus (isapc, microvm): libvirt adds no root for them, so anything
 * that needs a PCI address, its own default memballoon and USB controller included, is refused
 * ("No PCI buses available"). Reports it, naming the first such device.
 */
void checkNoPciBus(const RuleContext &c, QList<Diagnostic> &out)
{
    const Topology &t = c.topology;
    const bool x86 = t.arch() == QLatin1String("x86_64") || t.arch() == QLatin1String("i686");
    const bool noPci = t.machine() == QLatin1String("isapc") || t.machine().startsWith(QLatin1String("microvm"));
    if (c.family != MachineFamily::Other || !x86 || !noPci)
        return;
    for (const Controller &ctrl : t.controllers())
        if (!ctrl.implicit)
            return; // a PCI controller written by hand: libvirt's verdict is another one
    QList<NodeId> nodes;
    QString what;
    for (const Device &d : t.devices()) {
        if (!d.address && d.otherAddressType.isEmpty() && d.deviceClass != DeviceClass::None) {
            nodes << d.id;
            what = c.label(d.id);
            break;
        }
    }
    const Topology::Omissions &o = t.omissions();
    if (what.isEmpty() && o.memballoon)
        what = tr("the virtio memballoon libvirt adds (write <memballoon model='none'/> to have none)");
    if (what.isEmpty() && o.usbController && t.machine() != QLatin1String("isapc"))
        what = tr("the USB controller libvirt adds (write <controller type='usb' model='none'/> to have none)");
    if (what.isEmpty())
        return;
    out.append(c.make("placement-refused",
                      tr("libvirt cannot place what has no address: No PCI buses available. Machine %1 has no PCI "
                         "bus, and %2 needs one.")
                          .arg(t.machine(), what),
                      nodes, QStringLiteral("placement")));
}

} // namespace

void checkPlacement(const RuleContext &c, QList<Diagnostic> &out)
{
    checkNoPciBus(c, out);
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
