#pragma once

#include "../NodeId.h"
#include "../PciAddress.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pcitopo {

/** How bad a finding is (reference §0): the order is the order of exit statuses. */
enum class Severity {
    Info = 0, // I: worth knowing
    Warning = 1, // W: works, but breaks a guideline, hotplug or performance
    QemuError = 2, // E-qemu: libvirt defines the domain, QEMU refuses to start it
    LibvirtError = 3, // E-lv: libvirt refuses to define it
};

/** One way to fix a finding, as an edit the GUI can push (see makeFixCommand). */
struct Fix
{
    /**
     * Place: take the address of `node` (and `nodes`) away and give it the one libvirt's
     * placement would, adding the controllers that needs (a root port, a pcie-to-pci-bridge).
     * AddSparePorts: add `count` empty hotpluggable ports (PHBs on pseries), as Edit › Add
     * Spare Hotplug Ports does. PlaceRecommended: give everything without an address one by
     * the recommended policy, as `pcitopo place --policy recommended` does. These are planned
     * when applied, against the document as it is.
     */
    enum Kind { SetAddress, ClearAddress, SetAttribute, RemoveNode, MoveNodes, Place, AddSparePorts, PlaceRecommended };
    Kind kind = SetAddress;
    QString text; // "Move disk vda to 00:05.0"
    NodeId node;
    PciAddress address; // SetAddress
    QByteArray child; // SetAttribute: "" (the element), "target", "address", "target/node"
    QByteArray attribute; // SetAttribute: attribute name, empty for the text
    QString value; // SetAttribute: null removes
    QList<NodeId> nodes = {}; // MoveNodes: these, together (`node` is the first)
    QList<PciAddress> addresses = {}; // MoveNodes: one each
    int count = 0; // AddSparePorts

    friend bool operator==(const Fix &, const Fix &) = default;
};

/** A finding of the rule checker. */
struct Diagnostic
{
    Severity severity = Severity::Info;
    QString ruleId; // "connection", "multifunction-off", … (pcitopo explain RULE-ID)
    QString message; // for a user who does not know libvirt's internals
    QList<NodeId> nodes;
    QString key; // stable: rule id plus the identity of the nodes
    QString source; // where the rule comes from
    QList<Fix> fixes;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

QString severityName(Severity severity);
/** "error" / "warning" / "note" as SARIF's level says it. */
QString sarifLevel(Severity severity);

} // namespace pcitopo

Q_DECLARE_METATYPE(pcitopo::Diagnostic)
