#pragma once

#include "BusModel.h"
#include "RuleChecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pcitopo::rules {

/** What every rule reads, computed once per check. Internal to model/rules. */
class RuleContext
{
public:
    /**
     * What a re-check after an edit looks at: the buses the edit touched and the nodes it
     * named. A rule of bus scope, given a focus, judges those and nothing else.
     */
    struct Focus
    {
        QSet<quint32> buses;
        QSet<NodeId> nodes;
    };
    RuleContext(const Topology &topology, const RuleOptions &options, const Focus *focus = nullptr);

    const Topology &topology;
    const RuleOptions &options;
    const MachineFamily family;
    const Focus *const focus; // null: the whole topology

    /** Whether a device is judged in this run (always, without a focus). */
    bool inFocus(const Device &d) const
    {
        return !focus || focus->nodes.contains(d.id) || (d.address && focus->buses.contains(d.address->bus));
    }

    /** An addressed node: a device or a controller with <address type='pci'> (in the focus). */
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

/**
 * The fix that takes a node off its address and gives it the one libvirt's placement would,
 * adding the controllers that needs (Fix::Place): "Move disk vda to a free slot".
 */
inline Fix placeElsewhere(NodeId node, const QString &text)
{
    return {Fix::Place, text, node, {}, {}, {}, {}};
}

using RuleFunction = void (*)(const RuleContext &, QList<Diagnostic> &);

/**
 * What a theme's findings depend on. A Bus theme judges each bus from the nodes on it, their
 * controller and facts of the whole domain that edits of devices do not change; each of its
 * findings is about the bus of its first node (or, for a node without an address, that node).
 * Given a focus it judges only the focused buses and nodes. A Domain theme always runs whole.
 */
enum class Scope { Bus, Domain };
struct Theme
{
    RuleFunction check;
    Scope scope;
};
/** Every theme, in the order the checker runs them. */
const QList<Theme> &themes();

// One function per theme; each adds the findings of its rules (see RuleChecker.cpp).
void checkAddresses(const RuleContext &context, QList<Diagnostic> &out);
void checkMultifunction(const RuleContext &context, QList<Diagnostic> &out);
void checkControllers(const RuleContext &context, QList<Diagnostic> &out);
void checkBudgets(const RuleContext &context, QList<Diagnostic> &out);
void checkUnpluggable(const RuleContext &context, QList<Diagnostic> &out);
void checkHotplugSlots(const RuleContext &context, QList<Diagnostic> &out);
void checkConstraints(const RuleContext &context, QList<Diagnostic> &out);
void checkGuidelines(const RuleContext &context, QList<Diagnostic> &out);
void checkDevices(const RuleContext &context, QList<Diagnostic> &out);
void checkHost(const RuleContext &context, QList<Diagnostic> &out);
void checkPlacement(const RuleContext &context, QList<Diagnostic> &out);

} // namespace pcitopo::rules
