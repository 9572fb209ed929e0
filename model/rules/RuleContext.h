#pragma once

#include "BusModel.h"
#include "RuleChecker.h"

#include <QCoreApplication>
#include <QHash>

namespace pcitopo::rules {

/** What every rule reads, computed once per check. Internal to model/rules. */
class RuleContext
{
public:
    RuleContext(const Topology &topology, const RuleOptions &options);

    const Topology &topology;
    const RuleOptions &options;
    const MachineFamily family;

    /** An addressed node: a device or a controller with <address type='pci'>. */
    struct Placed
    {
        NodeId id;
        PciAddress address;
        const Device *device = nullptr;
        const Controller *controller = nullptr;
        std::optional<bool> multifunction;
    };
    QList<Placed> placed;

    /** The controller that provides bus `index`, if any. */
    const Controller *bus(quint32 index) const { return topology.controllerByIndex(int(index)); }
    /**
     * The diagnostic with the registry's severity and source for `ruleId`. Its key is the rule
     * and the untranslated identity of the nodes (Topology::keyOf), or of `subject` when the
     * finding is about one thing that holds the nodes (a bus, a slot, an IOMMU group): then
     * the key stays when that thing gains or loses a member.
     */
    Diagnostic make(const char *ruleId, const QString &message, const QList<NodeId> &nodes,
                    const QString &subject = QString()) const;
    QString label(NodeId id) const { return topology.labelOf(id); }
    /** A node's label with its address: "disk vda (01:00.0)". */
    QString describe(const Placed &p) const;
    /** The controller a placed device sits on, when its address is usable and the bus exists. */
    const Controller *busOfDevice(const Placed &p) const
    {
        return p.device && addressUsable(p) ? bus(p.address.bus) : nullptr;
    }
    /** Whether a node's address passed the range checks (other rules skip it otherwise). */
    bool addressUsable(const Placed &p) const;
};

inline QString tr(const char *text)
{
    return QCoreApplication::translate("pcitopo::rules", text);
}

using RuleFunction = void (*)(const RuleContext &, QList<Diagnostic> &);

// One function per theme; each adds the findings of its rules (see RuleChecker.cpp).
void checkAddresses(const RuleContext &context, QList<Diagnostic> &out);
void checkMultifunction(const RuleContext &context, QList<Diagnostic> &out);
void checkControllers(const RuleContext &context, QList<Diagnostic> &out);
void checkBudgets(const RuleContext &context, QList<Diagnostic> &out);
void checkHotplug(const RuleContext &context, QList<Diagnostic> &out);
void checkConstraints(const RuleContext &context, QList<Diagnostic> &out);
void checkGuidelines(const RuleContext &context, QList<Diagnostic> &out);
void checkDevices(const RuleContext &context, QList<Diagnostic> &out);
void checkHost(const RuleContext &context, QList<Diagnostic> &out);

} // namespace pcitopo::rules
