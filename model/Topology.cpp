#include "Topology.h"

#include "PlacementConstraints.h"
#include "TopologyChange.h"
#include "topology/ElementReader.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace pcitopo {

using namespace detail;

QString Controller::label() const
{
    return QCoreApplication::translate("Topology", "%1 #%2")
        .arg(modelText.isEmpty() ? QStringLiteral("pci") : modelText, indexText);
}

QStringList Controller::facts() const
{
    QStringList facts;
    if (chassis)
        facts << Text::tr("chassis %1").arg(*chassis);
    if (port)
        facts << Text::tr("port 0x%1").arg(*port, 0, 16);
    if (busNr)
        facts << Text::tr("busNr %1").arg(*busNr);
    if (targetIndex)
        facts << Text::tr("PHB %1").arg(*targetIndex);
    if (numaNode)
        facts << Text::tr("NUMA node %1").arg(*numaNode);
    if (hotplug == std::optional<bool>(false))
        facts << Text::tr("hotplug off");
    if (implicit)
        facts << Text::tr("implicit");
    return facts;
}

const PlacementConstraint *Topology::constraintFor(const Device &device) const
{
    for (const PlacementConstraint &c : m_constraints)
        if (c.device == device.key)
            return &c;
    return nullptr;
}

Topology Topology::build(const XmlDocument &document)
{
    Topology topology;
    const XmlNode domain = document.root();
    const QString domainType = domain.attribute("type");
    topology.m_domainName = domain.firstChildElement("name").text().trimmed();
    const XmlNode osType = domain.firstChildElement("os").firstChildElement("type");
    topology.m_arch = osType.attribute("arch");
    topology.m_machine = osType.attribute("machine");
    topology.m_family = familyOf(domainType, topology.m_arch, topology.m_machine);
    topology.m_numaCells = domain.firstChildElement("cpu").firstChildElement("numa").childElements("cell").size();

    topology.m_hasAcpi = bool(domain.firstChildElement("features").firstChildElement("acpi"));
    const XmlNode devices = domain.firstChildElement("devices");
    QHash<QString, int> ordinal; // per element name, for Device::key
    for (XmlNode element = devices.firstChildElement(); element; element = element.nextSiblingElement()) {
        const NodeId id(element.id());
        if (contributesToDomain(element))
            topology.m_domainFacts.insert(id);
        if (element.is("disk") && element.firstChildElement("target").attributeView("bus") == "ide")
            topology.m_hasIdeDisk = true;
        noteOmissions(element, topology.m_omissions);
        if (element.is("controller") && element.attributeView("type") == "usb"
            && PciAddress::parseAttribute(element.attributeView("index")).value_or(1) == 0) {
            const QByteArrayView model = element.attributeView("model");
            topology.m_hasDefaultUsb = model.isEmpty() || model == "piix3-uhci";
        }
        ElementRead read = readElement(element, topology.m_family);
        if (read.other)
            topology.m_otherControllers.append(*read.other);
        if (read.hostdev)
            topology.m_hostdevs.append(*read.hostdev);
        switch (read.kind) {
        case ElementRead::ControllerNode:
            topology.m_refs.insert(id, {NodeRef::ControllerNode, int(topology.m_controllers.size())});
            topology.m_elements.insert(id, element);
            topology.m_controllers.append(read.controller);
            break;
        case ElementRead::DeviceNode: {
            const int n = ++ordinal[read.device.element];
            topology.m_ordinals.insert(id, n);
            read.device.key = deviceKey(element, read.device, n);
            topology.m_refs.insert(id, {NodeRef::DeviceNode, int(topology.m_devices.size())});
            topology.m_elements.insert(id, element);
            topology.m_devices.append(read.device);
            break;
        }
        case ElementRead::ElementOnly: topology.m_elements.insert(id, element); break;
        case ElementRead::Nothing: break;
        }
    }

    // A controller without index gets the lowest unused one, in document order (libvirt's
    // virDomainControllerFindUnusedIndex at post-parse).
    {
        QSet<int> used;
        for (const Controller &c : std::as_const(topology.m_controllers))
            used.insert(c.index);
        for (Controller &c : topology.m_controllers) {
            if (!c.indexText.isNull())
                continue;
            int index = 0;
            while (used.contains(index))
                ++index;
            used.insert(index);
            c.index = index;
            c.indexAuto = true;
            c.indexText = QString::number(index);
        }
    }

    // libvirt adds the root when the XML has none (§1.1); show it so the tree has its trunk.
    const bool hasRoot = std::any_of(topology.m_controllers.cbegin(), topology.m_controllers.cend(),
                                     [](const Controller &c) { return c.index == 0; });
    const bool hasPci = topology.m_family != MachineFamily::Other
        && (topology.m_family != MachineFamily::S390 || !topology.m_devices.isEmpty());
    if (!hasRoot && hasPci) {
        Controller root;
        root.id = NodeId::implicit(0);
        root.index = 0;
        root.indexText = QStringLiteral("0");
        root.implicit = true;
        root.model = isPcieMachine(topology.m_family) ? ControllerModel::PcieRoot : ControllerModel::PciRoot;
        root.modelText = controllerModelName(root.model);
        if (topology.m_family == MachineFamily::Pseries) {
            root.modelName = QStringLiteral("spapr-pci-host-bridge");
            root.targetIndex = 0;
        }
        topology.m_refs.insert(root.id, {NodeRef::ControllerNode, int(topology.m_controllers.size())});
        topology.m_controllers.append(root);
    }
    finishOmissions(devices, topology.m_omissions);
    topology.m_constraints = readConstraints(domain.firstChildElement("metadata"));
    topology.index();
    return topology;
}

bool Topology::update(const XmlDocument &document, const TopologyChange &change)
{
    if (change.kind == TopologyChange::NodesRemoved) {
        for (NodeId id : change.nodes)
            if (!removeDevice(id))
                return false;
        return true;
    }
    if (change.kind == TopologyChange::NodesAdded) {
        for (NodeId id : change.nodes)
            if (!addDevice(document, id))
                return false;
        return true;
    }
    if (!change.isLocal())
        return false;
    for (NodeId id : change.nodes) {
        const NodeRef ref = m_refs.value(id);
        const XmlNode element = m_elements.value(id);
        if (ref.kind == NodeRef::None || !element)
            return false;
        // What an element tells about the domain comes from its type, model, index, target and
        // non-PCI address, never from its PCI address: a move changes none of it.
        if (change.kind != TopologyChange::NodesMoved && (m_domainFacts.contains(id) || contributesToDomain(element)))
            return false; // a domain-wide fact may change: the caller builds anew
        ElementRead read = readElement(element, m_family);
        if ((ref.kind == NodeRef::ControllerNode) != (read.kind == ElementRead::ControllerNode)
            || (ref.kind == NodeRef::DeviceNode) != (read.kind == ElementRead::DeviceNode))
            return false; // it stops or starts being a node: later ordinals and rows shift
        std::optional<PciAddress> before;
        if (ref.kind == NodeRef::ControllerNode) {
            Controller &old = m_controllers[ref.row];
            // Another index moves what hangs from the bus and may change automatic indexes.
            if (old.indexAuto || read.controller.indexText != old.indexText)
                return false;
            before = old.address;
            old = read.controller;
        } else {
            Device &old = m_devices[ref.row];
            const bool hostdev = std::any_of(m_hostdevs.cbegin(), m_hostdevs.cend(),
                                             [id](const HostdevSource &h) { return h.id == id; });
            const bool other = std::any_of(m_otherControllers.cbegin(), m_otherControllers.cend(),
                                           [id](const ControllerElement &c) { return c.id == id; });
            if (read.device.element != old.element || hostdev != read.hostdev.has_value()
                || other != read.other.has_value())
                return false;
            before = old.address;
            read.device.key = deviceKey(element, read.device, m_ordinals.value(id));
            old = read.device;
            for (HostdevSource &h : m_hostdevs)
                if (h.id == id)
                    h = *read.hostdev;
            for (ControllerElement &c : m_otherControllers)
                if (c.id == id)
                    c = *read.other;
        }
        const std::optional<PciAddress> after = addressOf(id);
        if (before == after)
            continue;
        removeFromBus(id, before);
        addToBus(id, after);
    }
    return true;
}

void Topology::removeFromBus(NodeId id, const std::optional<PciAddress> &address)
{
    if (!address)
        return;
    auto it = m_byBus.find(int(address->bus));
    it->removeOne(id);
    if (it->isEmpty())
        m_byBus.erase(it);
}

void Topology::addToBus(NodeId id, const std::optional<PciAddress> &address)
{
    if (!address)
        return;
    QList<NodeId> &bus = m_byBus[int(address->bus)];
    bus.insert(std::lower_bound(bus.begin(), bus.end(), id, [this](NodeId a, NodeId b) { return busOrder(a, b); }), id);
}

namespace {

/** Whether adding or removing this element changes what the index knows of the whole domain. */
bool presenceTellsAboutDomain(const XmlNode &e)
{
    return contributesToDomain(e) || e.is("memballoon") || e.is("graphics") || e.is("video")
        || (e.is("disk") && e.firstChildElement("target").attributeView("bus") == "ide");
}

} // namespace

void Topology::renumber(const QString &element, int fromRow)
{
    int n = 0;
    for (int row = 0; row < m_devices.size(); ++row) {
        Device &d = m_devices[row];
        if (d.element != element)
            continue;
        ++n;
        if (row < fromRow || m_ordinals.value(d.id) == n)
            continue;
        m_ordinals[d.id] = n;
        d.key = deviceKey(m_elements.value(d.id), d, n);
    }
}

bool Topology::removeDevice(NodeId id)
{
    const NodeRef ref = m_refs.value(id);
    const XmlNode element = m_elements.value(id);
    // A controller takes its buses with it; S390 has a root only while it has devices.
    if (ref.kind != NodeRef::DeviceNode || !element || presenceTellsAboutDomain(element)
        || m_family == MachineFamily::S390)
        return false;
    const Device removed = m_devices.takeAt(ref.row);
    m_refs.remove(id);
    for (auto it = m_refs.begin(); it != m_refs.end(); ++it)
        if (it->kind == NodeRef::DeviceNode && it->row > ref.row)
            --it->row;
    m_elements.remove(id);
    m_ordinals.remove(id);
    m_hostdevs.removeIf([id](const HostdevSource &h) { return h.id == id; });
    removeFromBus(id, removed.address);
    renumber(removed.element, ref.row);
    return true;
}

bool Topology::addDevice(const XmlDocument &document, NodeId id)
{
    // Where it is among <devices>: the devices and host devices before it fix its rows.
    const XmlNode devices = document.root().firstChildElement("devices");
    int row = 0;
    int hostdevRow = 0;
    XmlNode element;
    QSet<NodeId> hostdevs;
    for (const HostdevSource &h : std::as_const(m_hostdevs))
        hostdevs.insert(h.id);
    for (XmlNode e = devices.firstChildElement(); e; e = e.nextSiblingElement()) {
        const NodeId other(e.id());
        if (other == id) {
            element = e;
            break;
        }
        if (m_refs.value(other).kind == NodeRef::DeviceNode)
            ++row;
        if (hostdevs.contains(other))
            ++hostdevRow;
    }
    if (!element || m_refs.contains(id) || presenceTellsAboutDomain(element) || m_family == MachineFamily::S390)
        return false;
    ElementRead read = readElement(element, m_family);
    if (read.kind != ElementRead::DeviceNode || read.other)
        return false;
    for (auto it = m_refs.begin(); it != m_refs.end(); ++it)
        if (it->kind == NodeRef::DeviceNode && it->row >= row)
            ++it->row;
    m_refs.insert(id, {NodeRef::DeviceNode, row});
    m_elements.insert(id, element);
    m_devices.insert(row, read.device);
    if (read.hostdev)
        m_hostdevs.insert(hostdevRow, *read.hostdev);
    m_ordinals.insert(id, 0);
    renumber(read.device.element, row);
    addToBus(id, read.device.address);
    return true;
}

int Topology::numaNodeOfBus(int index) const
{
    const Controller *bus = controllerByIndex(index);
    for (int depth = 0; bus && depth < 256; ++depth) { // depth: a cycle of parents ends too
        if (bus->numaNode && *bus->numaNode >= 0)
            return *bus->numaNode;
        if (!bus->address)
            return -1;
        bus = controllerByIndex(int(bus->address->bus));
    }
    return -1;
}

Topology Topology::withoutAddresses() const
{
    Topology t = *this;
    for (Controller &c : t.m_controllers) {
        c.address.reset();
        c.multifunction.reset();
        c.hasPciAddressElement = false;
    }
    for (Device &d : t.m_devices) {
        if (d.otherAddressType.isEmpty()) {
            d.address.reset();
            d.multifunction.reset();
        }
    }
    t.index();
    return t;
}

Topology Topology::withoutAddressesOf(const QList<NodeId> &nodes) const
{
    Topology t = *this;
    for (Controller &c : t.m_controllers) {
        if (nodes.contains(c.id)) {
            c.address.reset();
            c.multifunction.reset();
            c.hasPciAddressElement = false;
        }
    }
    for (Device &d : t.m_devices) {
        if (nodes.contains(d.id) && d.otherAddressType.isEmpty()) {
            d.address.reset();
            d.multifunction.reset();
        }
    }
    t.index();
    return t;
}

void Topology::index()
{
    m_byBus.clear();
    m_controllerByIndex.clear();
    for (int row = 0; row < m_controllers.size(); ++row) {
        if (!m_controllerByIndex.contains(m_controllers[row].index))
            m_controllerByIndex.insert(m_controllers[row].index, row);
    }
    auto add = [this](NodeId id, const std::optional<PciAddress> &address) {
        if (address)
            m_byBus[int(address->bus)].append(id);
    };
    for (const Controller &c : std::as_const(m_controllers))
        add(c.id, c.address);
    for (const Device &d : std::as_const(m_devices))
        add(d.id, d.address);
    for (auto it = m_byBus.begin(); it != m_byBus.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](NodeId a, NodeId b) { return busOrder(a, b); });
    }
}

bool Topology::busOrder(NodeId a, NodeId b) const
{
    const PciAddress pa = *addressOf(a);
    const PciAddress pb = *addressOf(b);
    return std::tie(pa.slot, pa.function, a) < std::tie(pb.slot, pb.function, b);
}

QList<const Controller *> Topology::roots() const
{
    QList<const Controller *> roots;
    QSet<int> seen;
    for (const Controller &c : m_controllers) {
        if (!c.address && (c.isRoot() || c.index == 0) && !seen.contains(c.index)) {
            seen.insert(c.index);
            roots.append(&c);
        }
    }
    std::sort(roots.begin(), roots.end(), [](const Controller *a, const Controller *b) { return a->index < b->index; });
    return roots;
}

TopologyForest Topology::forest() const
{
    TopologyForest forest;
    QSet<NodeId> reached;
    std::function<void(NodeId)> visit = [&](NodeId id) {
        const Controller *c = controller(id);
        if (!c || c->index < 0)
            return;
        QList<NodeId> children; // not a reference into the hash: visiting a child inserts into it
        for (NodeId child : m_byBus.value(c->index)) {
            if (reached.contains(child))
                continue; // a loop of controllers: each node once
            reached.insert(child);
            children.append(child);
            visit(child);
        }
        if (!children.isEmpty())
            forest.children.insert(id, children);
    };
    for (const Controller *root : roots()) {
        if (reached.contains(root->id))
            continue;
        reached.insert(root->id);
        forest.roots.append(root->id);
        visit(root->id);
    }
    for (const Controller &c : m_controllers) {
        if (!reached.contains(c.id))
            forest.unconnected.append(c.id);
    }
    for (const Device &d : m_devices) {
        if (!reached.contains(d.id))
            forest.unconnected.append(d.id);
    }
    return forest;
}

const Controller *Topology::controllerByIndex(int index) const
{
    const auto it = m_controllerByIndex.constFind(index);
    return it == m_controllerByIndex.cend() ? nullptr : &m_controllers[*it];
}

const Controller *Topology::controller(NodeId id) const
{
    const NodeRef ref = m_refs.value(id);
    return ref.kind == NodeRef::ControllerNode ? &m_controllers[ref.row] : nullptr;
}

const Device *Topology::device(NodeId id) const
{
    const NodeRef ref = m_refs.value(id);
    return ref.kind == NodeRef::DeviceNode ? &m_devices[ref.row] : nullptr;
}

std::optional<PciAddress> Topology::addressOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return c->address;
    if (const Device *d = device(id))
        return d->address;
    return std::nullopt;
}

QString Topology::labelOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return c->label();
    if (const Device *d = device(id))
        return d->label;
    if (const XmlNode e = element(id)) // a controller that takes no PCI address
        return e.hasAttribute("index") ? Text::tr("%1 controller %2").arg(e.attribute("type"), e.attribute("index"))
                                       : Text::tr("%1 controller").arg(e.attribute("type"));
    return QString();
}

QString Topology::keyOf(NodeId id) const
{
    if (const Controller *c = controller(id))
        return QStringLiteral("controller pci ") + (c->index >= 0 ? QString::number(c->index) : c->indexText);
    if (const Device *d = device(id))
        return d->key;
    if (const XmlNode e = element(id)) // a controller that takes no PCI address
        return QStringLiteral("controller %1 %2").arg(e.attribute("type"), e.attribute("index"));
    return QString();
}

QList<NodeId> Topology::nodesAt(const PciAddress &address) const
{
    QList<NodeId> result;
    for (NodeId id : m_byBus.value(int(address.bus))) {
        if (addressOf(id) == address)
            result.append(id);
    }
    return result;
}

} // namespace pcitopo
