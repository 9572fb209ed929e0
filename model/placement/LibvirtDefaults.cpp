// What libvirt fills in at define besides addresses: indexes, models, <target> options.
#include "PlanItems.h"

#include "../commands/SetAddress.h"

#include <algorithm>

namespace pcitopo::placement::detail {

namespace {

QString hex(quint32 value, int width)
{
    return QStringLiteral("0x%1").arg(value, width, 16, QLatin1Char('0'));
}

} // namespace

/**
 * What libvirt's define fills in after placing (qemuDomainAssignPCIAddresses, §5.1 step 9, and
 * the post-parse defaults): the root it writes when the XML has none, the indexes of
 * controllers written without one, every PCI controller's <model name> and <target> chassisNr,
 * chassis, port, busNr and PHB index, and the attributes of partly written addresses. The XML's
 * controllers come first, by index, then the ones the plan adds, as in libvirt's list.
 */
bool fillDefaults(const Topology &t, Plan &plan, bool verdictOnly)
{
    const MachineFamily family = t.family();
    const bool pseries = family == MachineFamily::Pseries;
    const auto fill = [&](NodeId node, const char *child, const char *attribute, const QString &value) {
        plan.filled.append({node, QByteArray(child), QByteArray(attribute), value});
    };
    QHash<NodeId, PciAddress> placedAt;
    for (const Placement &p : std::as_const(plan.placements))
        placedAt.insert(p.node, p.address);

    // The root libvirt writes when the XML has none.
    for (const Controller &c : t.controllers()) {
        if (!c.implicit)
            continue;
        NewController root{0, c.model, PciAddress{}, false, pseries ? 0 : -1, -1, -1, {}, {}};
        root.modelName = defaultModelName(c.model, family);
        plan.controllers.prepend(root);
    }

    QList<const Controller *> existing;
    QSet<int> targetIndexes;
    int lowestBusNr = 256;
    for (const Controller &c : t.controllers()) {
        if (c.implicit)
            continue;
        existing.append(&c);
        if (c.targetIndex)
            targetIndexes.insert(*c.targetIndex);
        if (c.busNr && *c.busNr >= 0)
            lowestBusNr = std::min(lowestBusNr, *c.busNr);
    }
    std::stable_sort(existing.begin(), existing.end(),
                     [](const Controller *a, const Controller *b) { return a->index < b->index; });
    const auto nextTargetIndex = [&](int index) {
        int target = index == 0 ? 0 : 1;
        while (index != 0 && targetIndexes.contains(target))
            ++target;
        targetIndexes.insert(target);
        return target;
    };
    // qemuDomainAddressFindNewBusNr: two below the lowest busNr of any expander bus.
    const auto nextBusNr = [&](const QString &what) {
        if (lowestBusNr <= 2) {
            plan.reason =
                Text::tr("No free busNr lower than the lowest one in use is left for %1: set one by hand.").arg(what);
            return -1;
        }
        lowestBusNr -= 2;
        return lowestBusNr;
    };
    const auto expander = [](ControllerModel m) {
        return m == ControllerModel::PciExpanderBus || m == ControllerModel::PcieExpanderBus;
    };

    for (const Controller *c : std::as_const(existing)) {
        if (!t.element(c->id))
            continue;
        if (c->indexAuto)
            fill(c->id, "", "index", QString::number(c->index));
        const QString name = defaultModelName(c->model, family);
        if (c->modelName.isEmpty() && !name.isEmpty())
            fill(c->id, "model", "name", name);
        const std::optional<PciAddress> address = placedAt.contains(c->id) ? placedAt.value(c->id) : c->address;
        const TargetDefaults target = targetDefaults(c->model, c->index, address);
        if (target.chassisNr >= 0 && !c->chassisNr)
            fill(c->id, "target", "chassisNr", QString::number(target.chassisNr));
        if (target.chassis >= 0 && !c->chassis)
            fill(c->id, "target", "chassis", QString::number(target.chassis));
        if (target.port >= 0 && !c->port)
            fill(c->id, "target", "port", hex(quint32(target.port), 1));
        switch (c->model) {
        case ControllerModel::PciRoot:
            if (pseries && !c->targetIndex)
                fill(c->id, "target", "index", QString::number(nextTargetIndex(c->index)));
            break;
        default:
            if (expander(c->model) && (!c->busNr || *c->busNr < 0)) {
                const int busNr = nextBusNr(c->label());
                if (busNr < 0)
                    return false;
                fill(c->id, "target", "busNr", QString::number(busNr));
            }
            break;
        }
    }
    for (NewController &c : plan.controllers) {
        c.modelName = defaultModelName(c.model, family);
        if (c.index == 0)
            continue;
        if (c.model == ControllerModel::PciRoot && pseries)
            c.targetIndex = nextTargetIndex(c.index);
        if (expander(c.model) && c.busNr < 0) {
            c.busNr = nextBusNr(Topology::controllerModelName(c.model));
            if (c.busNr < 0)
                return false;
        }
    }

    if (verdictOnly)
        return true; // what follows only writes values, and cannot fail

    // Partly written addresses: libvirt writes all four attributes (a placement writes the
    // ones that change, so the rest are the zeros), and multifunction='on' on function 0 of a
    // shared slot unless the XML says 'off' (virDomainPCIAddressSetAllMulti).
    const QHash<PciAddress, int> functions = functionsPerSlot(t, plan);
    const auto complete = [&](NodeId node, std::optional<PciAddress> a, std::optional<bool> multifunction) {
        const XmlNode element = t.element(node).firstChildElement("address");
        const bool placed = placedAt.contains(node);
        if (placed)
            a = placedAt.value(node);
        if (!a || !element || element.attributeView("type") != "pci")
            return;
        const std::pair<const char *, quint32> fields[] = {
            {"domain", a->domain}, {"bus", a->bus}, {"slot", a->slot}, {"function", a->function}};
        for (const auto &[name, value] : fields)
            if (!element.hasAttribute(name) && (!placed || value == 0))
                fill(node, "address", name, SetAddress::formatAttribute(name, value));
        if (!placed && !multifunction && a->function == 0 && functions.value(*a) > 1)
            fill(node, "address", "multifunction", QStringLiteral("on"));
    };
    for (const Controller &c : t.controllers())
        complete(c.id, c.address, c.multifunction);
    for (const Device &d : t.devices())
        complete(d.id, d.address, d.multifunction);

    // Indexes of the other controllers written without one.
    const QHash<NodeId, int> indexes = autoIndexes(t);
    for (const ControllerElement &c : t.otherControllers())
        if (indexes.contains(c.id))
            fill(c.id, "", "index", QString::number(indexes.value(c.id)));
    return true;
}

} // namespace pcitopo::placement::detail

namespace pcitopo::placement {

QString defaultModelName(ControllerModel model, MachineFamily family)
{
    switch (model) {
    case ControllerModel::PciRoot:
        return family == MachineFamily::Pseries ? QStringLiteral("spapr-pci-host-bridge") : QString();
    case ControllerModel::PcieRoot: return QString();
    case ControllerModel::PciBridge: return QStringLiteral("pci-bridge");
    case ControllerModel::DmiToPciBridge: return QStringLiteral("i82801b11-bridge");
    case ControllerModel::PcieToPciBridge: return QStringLiteral("pcie-pci-bridge");
    case ControllerModel::PcieRootPort: return QStringLiteral("pcie-root-port");
    case ControllerModel::PcieSwitchUpstreamPort: return QStringLiteral("x3130-upstream");
    case ControllerModel::PcieSwitchDownstreamPort: return QStringLiteral("xio3130-downstream");
    case ControllerModel::PciExpanderBus: return QStringLiteral("pxb");
    case ControllerModel::PcieExpanderBus: return QStringLiteral("pxb-pcie");
    case ControllerModel::Unknown: break;
    }
    return QString();
}

TargetDefaults targetDefaults(ControllerModel model, int index, const std::optional<PciAddress> &address)
{
    TargetDefaults t;
    switch (model) {
    case ControllerModel::PciBridge: t.chassisNr = index; break;
    case ControllerModel::PcieRootPort:
    case ControllerModel::PcieSwitchDownstreamPort:
        t.chassis = index;
        if (address)
            t.port =
                int(model == ControllerModel::PcieRootPort ? (address->slot << 3) + address->function : address->slot);
        break;
    default: break;
    }
    return t;
}

} // namespace pcitopo::placement
