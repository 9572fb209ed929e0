#pragma once

// How Topology reads a domain's XML: one <devices> child at a time, what libvirt adds when the
// XML lacks it, the machine family, the placement constraints in <metadata>. Internal to the
// model: Topology::build and Topology::update are the interface.

#include "../Topology.h"

#include <QCoreApplication>

namespace pcitopo::detail {

/** One translation context for the topology's texts, the same for lupdate and at run time. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::Topology)
};

/** The machine family of a domain's type, arch and machine (TopologyNames.cpp). */
MachineFamily familyOf(const QString &domainType, const QString &arch, const QString &machine);

/** A number attribute; -1 when present but unreadable (rules report it), none when absent. */
std::optional<int> intAttribute(const XmlNode &element, const char *name);
/** An on/off attribute; none when absent. */
std::optional<bool> onOffAttribute(const XmlNode &element, const char *name);
/** Reads <address type='pci'> of an element; other address types go to *otherType. */
void readAddress(const XmlNode &element, std::optional<PciAddress> *address, bool *valid,
                 std::optional<bool> *multifunction, QString *otherType);
/**
 * Fills class, model and label of a device element; false if it never takes a PCI address
 * (DeviceClassification.cpp).
 */
bool classify(const XmlNode &element, MachineFamily family, Device &device);
/**
 * What a <hostdev> takes from the host, as a comparable key; empty for other elements. A PCI
 * source's address also goes to *pci.
 */
QString hostdevKey(const XmlNode &element, std::optional<PciAddress> *pci);

/** What one <devices> child is to the index. */
struct ElementRead
{
    enum Kind { Nothing, ControllerNode, DeviceNode, ElementOnly } kind = Nothing;
    Controller controller;
    Device device; // without its key: that needs the device's ordinal
    std::optional<HostdevSource> hostdev;
    std::optional<ControllerElement> other;
};
/** Reads one <devices> child: a PCI controller, a device that has or may take a PCI address, … */
ElementRead readElement(const XmlNode &element, MachineFamily family);
/**
 * Whether an element tells something about the whole domain (Topology::Omissions, an IDE
 * disk, USB controller 0, …) through its attributes. An edit of other elements is indexed by
 * re-reading them alone (Topology::update).
 */
bool contributesToDomain(const XmlNode &e);
/** Device::key: the device's identity in the XML, or the n-th of its kind. */
QString deviceKey(const XmlNode &e, const Device &d, int n);

/** What one <devices> child tells about the devices libvirt would add (LibvirtOmissions.cpp). */
void noteOmissions(const XmlNode &element, Topology::Omissions &o);
/** Settles what needs the whole <devices> list: graphics without video, named serial controllers. */
void finishOmissions(const XmlNode &devices, Topology::Omissions &o);

} // namespace pcitopo::detail
