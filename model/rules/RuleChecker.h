#pragma once

#include "Diagnostic.h"
#include "HostFacts.h"

#include "../Topology.h"

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
    const char *titleText;       // untranslated: title() translates it when it is shown
    QString source;              // the reference section and the libvirt/QEMU code or document
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

/** The worst severity in a list, Info for an empty one. */
Severity worstSeverity(const QList<Diagnostic> &diagnostics);

/**
 * libvirt's refusal of a define (`message`, from the connection `uri`) as a finding of the
 * registered rule "libvirt-define", pinned to the nodes at the PCI address the message names.
 */
Diagnostic libvirtRefusal(const Topology &topology, const QString &message, const QString &uri);

} // namespace pcitopo::rules
