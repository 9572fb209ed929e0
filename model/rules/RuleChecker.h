#pragma once

#include "Diagnostic.h"
#include "HostFacts.h"

#include "../Topology.h"
#include "../TopologyChange.h"

namespace pcitopo::rules {

/** What a check may use beyond the topology. */
struct RuleOptions
{
    HostFacts host;
};

/** A rule as `pcitopo explain` and the GUI describe it. */
struct RuleInfo
{
    QString id;
    Severity severity;
    const char *titleText; // untranslated: title() translates it when it is shown
    QString source; // the reference section and the libvirt/QEMU code or document
    const char *explanationText; // untranslated: what the rule is about and how to fix it

    /** The title in the language in use now (not the one of the first call). */
    QString title() const;
    /** What the rule is about and how to fix what it finds, in the language in use now. */
    QString explanation() const;
};

/** Every rule, in the order the checker runs them. */
const QList<RuleInfo> &allRules();
const RuleInfo *findRule(const QString &id);

/**
 * Checks a topology against every rule of reference/pci-rules.md for its machine type. Pure:
 * it reads and never writes. Sorted by severity (worst first), then by rule and position.
 */
QList<Diagnostic> checkTopology(const Topology &topology, const RuleOptions &options = {});

/**
 * The checker for a document being edited: it keeps the findings by key and, after an edit,
 * re-runs only what the edit can affect. A move or attribute edit of devices re-judges the
 * buses they left and joined with the rules of bus scope, and runs the rules of domain scope
 * whole; anything else (adds, removals, controllers, a Reset) is checked whole. findings() always equals
 * checkTopology() of the same topology (in one total order); the tests and the fuzzer assert it.
 */
class CheckSession
{
public:
    explicit CheckSession(const RuleOptions &options = {});

    /** Checks the whole topology. */
    void checkAll(const Topology &topology);
    /**
     * Brings the findings up to date after `change` (the topology is the one after it).
     * Returns false when it had to check everything.
     */
    bool update(const Topology &topology, const TopologyChange &change);

    /** Every finding, worst first, then by rule and key. */
    QList<Diagnostic> findings() const;
    /** What the last check found that the one before did not, and the keys it no longer finds. */
    const QList<Diagnostic> &added() const { return m_added; }
    const QStringList &removed() const { return m_removed; }

private:
    struct Kept
    {
        Diagnostic finding;
        int theme = 0;
        int bus = -1; // the bus a Bus-scoped theme judged it on; -1 for none
    };
    void run(const Topology &topology, int theme, const void *focus, QList<Kept> &into) const;
    void publish(QList<Kept> next);

    RuleOptions m_options;
    QList<Kept> m_kept;
    QList<Diagnostic> m_added;
    QStringList m_removed;
};

/** The order checkTopology sorts by, made total (ties: the message, then the nodes). */
bool findingOrder(const Diagnostic &a, const Diagnostic &b);

/** The worst severity in a list, Info for an empty one. */
Severity worstSeverity(const QList<Diagnostic> &diagnostics);

/**
 * libvirt's refusal of a define (`message`, from the connection `uri`) as a finding of the
 * registered rule "libvirt-define", pinned to the nodes at the PCI address the message names.
 */
Diagnostic libvirtRefusal(const Topology &topology, const QString &message, const QString &uri);

} // namespace pcitopo::rules
