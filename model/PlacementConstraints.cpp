#include "PlacementConstraints.h"

#include "xml/XmlFragment.h"

namespace pcitopo {

QList<PlacementConstraint> readConstraints(const XmlNode &metadata)
{
    QList<PlacementConstraint> result;
    for (XmlNode block = metadata.firstChildElement(); block; block = block.nextSiblingElement()) {
        if (block.localName() != QLatin1String("placement")
            || block.namespaceUri() != QLatin1String(PlacementNamespace))
            continue;
        for (XmlNode e = block.firstChildElement(); e; e = e.nextSiblingElement()) {
            if (e.localName() != QLatin1String("device") || e.attribute("key").isEmpty())
                continue;
            PlacementConstraint c;
            c.device = e.attribute("key");
            c.hotplug = e.attribute("hotplug") == QLatin1String("yes");
            const QString bus = e.attribute("bus");
            c.bus = bus == QLatin1String("pcie") ? PlacementConstraint::Bus::Pcie
                : bus == QLatin1String("pci")    ? PlacementConstraint::Bus::Pci
                                                 : PlacementConstraint::Bus::Any;
            bool ok = false;
            const int node = e.attribute("numa-node").toInt(&ok);
            c.numaNode = ok && node >= 0 ? node : -1;
            c.controller = Topology::controllerModelFromString(e.attribute("controller"));
            if (!c.isEmpty())
                result.append(c);
        }
    }
    return result;
}

QByteArray constraintsFragment(const QList<PlacementConstraint> &constraints)
{
    XmlFragment placement("pcitopo:placement");
    placement.attribute("xmlns:pcitopo", PlacementNamespace);
    for (const PlacementConstraint &c : constraints) {
        XmlFragment device("pcitopo:device");
        device.attribute("key", c.device);
        if (c.hotplug)
            device.attribute("hotplug", "yes");
        if (c.bus != PlacementConstraint::Bus::Any)
            device.attribute("bus", c.bus == PlacementConstraint::Bus::Pcie ? "pcie" : "pci");
        if (c.numaNode >= 0)
            device.attribute("numa-node", c.numaNode);
        if (c.controller != ControllerModel::Unknown)
            device.attribute("controller", Topology::controllerModelName(c.controller));
        placement.child(device);
    }
    return placement.toXml();
}

} // namespace pcitopo
