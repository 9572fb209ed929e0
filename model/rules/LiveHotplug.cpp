// Live plug and unplug: reference §4 (libvirt qemu/qemu_hotplug.c, qemu_domain_address.c).

#include "LiveHotplug.h"

#include "BusModel.h"
#include "CanAttach.h"
#include "GuestAddressing.h"
#include "RuleChecker.h"
#include "RuleContext.h"
#include "xml/XmlDocument.h"

#include <algorithm>

#include <QSet>

namespace pcitopo::rules {

namespace {

/** Elements libvirt 9.0 neither plugs nor unplugs while a QEMU guest runs. */
bool liveUnsupported(const QString &element)
{
    return element == QLatin1String("video") || element == QLatin1String("sound")
        || element == QLatin1String("memballoon") || element == QLatin1String("iommu");
}

LiveRefusal libvirtRefuses(const QString &message)
{
    return {Severity::LibvirtError, message};
}

/** Whether the bus with this index takes hot-plugged devices (the bus model's hotplug bit). */
bool busHotplugs(const Topology &t, const Controller &bus)
{
    const BusModel model = busModel(bus, t.family());
    return model.valid && (model.accepts & Connect::Hotplug);
}

std::unique_ptr<XmlDocument> parseOrSay(const QByteArray &bytes, const QString &what, QString *error)
{
    XmlParseError parseError;
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(bytes, &parseError);
    if (!document && error)
        *error = QStringLiteral("%1: %2").arg(what, parseError.toString());
    return document;
}

XmlNode pciAddressElement(const XmlNode &element)
{
    for (XmlNode address = element.firstChildElement("address"); address;
         address = address.nextSiblingElement("address")) {
        if (address.attribute("type") == QLatin1String("pci"))
            return address;
    }
    return {};
}

} // namespace

std::optional<PlugPlan> planPlug(const QByteArray &liveXml, const QByteArray &deviceXml,
                                 const std::optional<PciAddress> &at, QString *error, const HostFacts &host)
{
    std::unique_ptr<XmlDocument> live = parseOrSay(liveXml, tr("the guest's live definition"), error);
    if (!live)
        return std::nullopt;
    const XmlNode devices = live->root().firstChildElement("devices");
    if (!devices) {
        if (error)
            *error = tr("the guest's live definition has no <devices>");
        return std::nullopt;
    }
    XmlParseError parseError;
    const XmlNode element = live->parseFragment(deviceXml, &parseError);
    if (!element) {
        if (error)
            *error = tr("the device XML: %1").arg(parseError.toString());
        return std::nullopt;
    }
    const XmlNode oldAddress = pciAddressElement(element);
    if (element.firstChildElement("address") && !oldAddress) {
        if (error)
            *error = tr("the device XML has an address that is not a PCI address");
        return std::nullopt;
    }
    live->insertElement(devices, element);

    PlugPlan plan;
    const Topology before = Topology::build(*live);
    const auto found = std::find_if(before.devices().cbegin(), before.devices().cend(),
                                    [&](const Device &d) { return before.element(d.id) == element; });
    const bool isController = element.is("controller") && element.attribute("type") == QLatin1String("pci");
    plan.label = found != before.devices().cend() ? found->label : element.name();
    if (isController) {
        // libvirt never adds or removes a PCI controller while the guest runs (§4).
        plan.refusals << libvirtRefuses(tr("'pci' controller cannot be hot plugged."));
        plan.deviceXml = deviceXml;
        return plan;
    }
    if (found == before.devices().cend()) {
        if (error)
            *error = tr("<%1> is not a device that sits on PCI").arg(element.name());
        return std::nullopt;
    }
    if (liveUnsupported(found->element))
        plan.refusals << libvirtRefuses(tr("live attach of device '%1' is not supported").arg(found->element));

    // Where it goes: as asked, or the first free function 0 on a bus that hot-plugs.
    std::optional<PciAddress> address = at;
    if (!address && found->address && found->address->bus + found->address->slot > 0)
        address = found->address;
    if (!address) {
        const ConnectFlags needs = deviceNeeds(*found, before.family());
        QList<const Controller *> buses;
        for (const Controller &c : before.controllers())
            buses.append(&c);
        std::sort(buses.begin(), buses.end(), [](auto *a, auto *b) { return a->index < b->index; });
        for (const Controller *bus : std::as_const(buses)) {
            if (bus->index < 0 || !busHotplugs(before, *bus))
                continue;
            const AttachVerdict verdict = placeNewOnController(before, needs, plan.label, bus->index);
            if (verdict.allowed && !verdict.addresses.isEmpty() && verdict.addresses.first().function == 0) {
                address = verdict.addresses.first();
                break;
            }
        }
        if (!address) {
            plan.refusals << libvirtRefuses(tr("No more available PCI slots"));
            plan.deviceXml = deviceXml;
            return plan;
        }
    }

    // The address written into the device, the way libvirt writes it.
    XmlNode addressElement = oldAddress;
    if (!addressElement) {
        addressElement = live->createElement(QStringLiteral("address"));
        live->insertElement(element, addressElement);
        live->setAttribute(addressElement, "type", QStringLiteral("pci"));
    }
    live->setAttribute(addressElement, "domain", QStringLiteral("0x%1").arg(address->domain, 4, 16, QLatin1Char('0')));
    live->setAttribute(addressElement, "bus", QStringLiteral("0x%1").arg(address->bus, 2, 16, QLatin1Char('0')));
    live->setAttribute(addressElement, "slot", QStringLiteral("0x%1").arg(address->slot, 2, 16, QLatin1Char('0')));
    live->setAttribute(addressElement, "function", QStringLiteral("0x%1").arg(address->function));
    plan.deviceXml = live->serialize(element);
    plan.address = address;

    const Topology after = Topology::build(*live);
    NodeId id;
    for (const Device &d : after.devices()) {
        if (after.element(d.id) == element)
            id = d.id;
    }
    const GuestNumbering numbering = numberGuestBuses(after);
    if (const auto it = numbering.address.constFind(id); it != numbering.address.cend())
        plan.guestAddress = *it;

    const Controller *bus = after.controllerByIndex(int(address->bus));
    if (!bus) {
        int highest = 0;
        for (const Controller &c : after.controllers())
            highest = std::max(highest, c.index);
        plan.refusals << libvirtRefuses(
            tr("Invalid PCI address %1. Only PCI buses up to %2 are available").arg(address->toString()).arg(highest));
    } else if (!busHotplugs(after, *bus)) {
        plan.refusals << libvirtRefuses(tr("The device at PCI address %1 requires hotplug capability, but the PCI "
                                           "controller with index='%2' doesn't support hotplug")
                                            .arg(address->toString())
                                            .arg(bus->index));
    }
    if (address->function != 0)
        plan.refusals << libvirtRefuses(tr("Only PCI device addresses with function=0 are supported"));
    for (NodeId other : after.nodesAt(*address)) {
        if (other != id) {
            plan.refusals << libvirtRefuses(tr("Attempted double use of PCI Address %1 (%2 is there)")
                                                .arg(address->toString(), after.labelOf(other)));
            break;
        }
    }
    if (address->function == 0) {
        for (NodeId other : after.nodesOnBus(int(address->bus))) {
            const PciAddress o = *after.addressOf(other);
            if (other != id && o.slot == address->slot && o.function != 0) {
                plan.refusals << LiveRefusal{
                    Severity::QemuError,
                    tr("slot %1 already holds function %2 (%3): QEMU cannot add function 0 "
                       "under a running guest's functions")
                        .arg(address->toString().chopped(2), QString::number(o.function), after.labelOf(other))};
                break;
            }
        }
    }

    // What the checker says of the device where it would sit, errors only, once each.
    const QList<Diagnostic> findings = checkTopology(after, RuleOptions{host});
    for (const Diagnostic &d : findings) {
        if (d.severity >= Severity::QemuError && d.nodes.contains(id)
            && std::none_of(plan.refusals.cbegin(), plan.refusals.cend(),
                            [&](const LiveRefusal &r) { return r.message == d.message; }))
            plan.refusals << LiveRefusal{d.severity, d.message};
    }
    std::stable_sort(plan.refusals.begin(), plan.refusals.end(),
                     [](const LiveRefusal &a, const LiveRefusal &b) { return a.severity > b.severity; });
    return plan;
}

std::optional<PciAddress> freePlugPlace(const Topology &topology, const Controller &controller)
{
    if (controller.index < 0)
        return std::nullopt;
    const BusModel bus = busModel(controller, topology.family());
    QSet<quint32> taken;
    for (NodeId id : topology.nodesOnBus(controller.index)) {
        if (const std::optional<PciAddress> at = topology.addressOf(id))
            taken.insert(at->slot);
    }
    for (int slot = bus.minSlot; slot <= bus.maxSlot; ++slot) {
        if (!taken.contains(quint32(slot)))
            return PciAddress{0, quint32(controller.index), quint32(slot), 0};
    }
    return std::nullopt;
}

std::optional<UnplugPlan> planUnplug(const QByteArray &liveXml, const PciAddress &at, QString *error)
{
    std::unique_ptr<XmlDocument> live = parseOrSay(liveXml, tr("the guest's live definition"), error);
    if (!live)
        return std::nullopt;
    const Topology topology = Topology::build(*live);
    const QList<NodeId> there = topology.nodesAt(at);
    if (there.isEmpty()) {
        if (error)
            *error = tr("nothing sits at %1 in the running guest").arg(at.toString());
        return std::nullopt;
    }
    const NodeId id = there.first();
    const XmlNode element = topology.element(id);
    UnplugPlan plan;
    plan.label = topology.labelOf(id);
    plan.deviceXml = live->serialize(element);
    if (const XmlNode alias = element.firstChildElement("alias"))
        plan.alias = alias.attribute("name");

    if (topology.controller(id)) {
        plan.refusals << libvirtRefuses(tr("'pci' controller cannot be hot unplugged."));
        return plan;
    }
    const Device *device = topology.device(id);
    if (liveUnsupported(device->element))
        plan.refusals << libvirtRefuses(tr("live detach of device '%1' is not supported").arg(device->element));
    const Controller *bus = topology.controllerByIndex(int(at.bus));
    if (bus && !busHotplugs(topology, *bus))
        plan.refusals << libvirtRefuses(
            tr("cannot hot unplug %1 device with PCI guest address %2 - controller does not support hotplug")
                .arg(device->element, at.toString()));
    for (NodeId other : topology.nodesOnBus(int(at.bus))) {
        const PciAddress o = *topology.addressOf(other);
        if (other != id && o.slot == at.slot) {
            plan.refusals << libvirtRefuses(tr("cannot hot unplug %1 device with multifunction PCI guest address: %2")
                                                .arg(device->element, at.toString()));
            break;
        }
    }
    return plan;
}

} // namespace pcitopo::rules
