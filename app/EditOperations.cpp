#include "EditOperations.h"

#include "GraphScene.h"
#include "GraphView.h"
#include "items/NodeItem.h"

#include "ConstraintDialog.h"
#include "ConvertDialog.h"
#include "DocumentManager.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "DropPolicy.h"
#include "HostDevicesDock.h"
#include "LiveChecker.h"
#include "MoveToDialog.h"
#include "NodeSearch.h"
#include "NodeSelection.h"
#include "commands/HostDeviceDrop.h"
#include "rules/BusModel.h"
#include "commands/RemoveNode.h"
#include "commands/SetAddress.h"
#include "commands/SetConstraint.h"
#include "libvirt/LibvirtSession.h"
#include "placement/ApplyPlan.h"
#include "rules/CanAttach.h"

#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QUndoStack>

namespace pcitopo {

EditOperations::EditOperations(DocumentManager *documents, HostDevicesDock *hostDevices, Feedback feedback,
                               QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_hostDevices(hostDevices)
    , m_feedback(feedback)
{ }

void EditOperations::moveSelectionTo()
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || tab->selection()->isEmpty())
        return;
    DomainDocument *document = tab->document();
    // As a drag does: a function 0 takes its slot along.
    const QList<NodeId> nodes = slotUnitOf(document->topology(), tab->selection()->nodes());
    MoveToDialog dialog(document, nodes, m_feedback.window());
    if (dialog.exec() != QDialog::Accepted || dialog.addresses().size() != nodes.size())
        return;
    pushMoves(document, nodes, dialog.addresses());
    tab->selection()->select(nodes);
}

void EditOperations::deleteSelection()
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || tab->selection()->isEmpty())
        return;
    const QList<NodeId> nodes = tab->selection()->nodes();
    DomainDocument *document = tab->document();
    QUndoStack *stack = document->undoStack();
    // One node: its own command, named after it ("Remove disk vda"); several: one macro.
    const bool several = nodes.size() > 1;
    if (several)
        stack->beginMacro(tr("Delete %n Nodes", nullptr, int(nodes.size())));
    for (NodeId id : nodes) {
        auto *command = new RemoveNode(document, id);
        if (command->isValid()) {
            stack->push(command);
        } else {
            m_feedback.status(command->error(), 6000);
            delete command;
        }
    }
    if (several)
        stack->endMacro();
}

bool EditOperations::addHostDevices(QList<PciAddress> host, int busIndex)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || host.isEmpty())
        return false;
    LibvirtSession *session = tab->session() ? tab->session() : m_hostDevices->session();
    // A guest needs every endpoint of an IOMMU group (§6): offer the rest of it.
    if (session) {
        const HostInventory &inventory = session->host();
        QList<PciAddress> inGuest;
        for (const HostdevSource &source : tab->document()->topology().hostdevSources())
            if (source.pciAddress)
                inGuest << *source.pciAddress;
        const HostInventory::GroupRest rest = inventory.restOfGroups(host, inGuest);
        QStringList names;
        for (const PciAddress &member : rest.functions) {
            const HostDevice *device = inventory.device(member);
            names << QStringLiteral("%1 %2").arg(member.toString(), device ? device->product : QString());
        }
        if (!rest.functions.isEmpty()
            && m_feedback.confirm(
                tr("IOMMU Group %1").arg(rest.group),
                tr("IOMMU group %1 also holds:\n\n%2\n\nA guest must be given every device of a group. Add them too?")
                    .arg(rest.group)
                    .arg(names.join(QLatin1Char('\n'))))) {
            host += rest.functions;
            std::sort(host.begin(), host.end());
        }
    }
    QString reason;
    if (!pushHostDevices(tab->document(), host, busIndex, &reason)) {
        m_feedback.status(tr("Host device not added: %1").arg(reason), 6000);
        return false;
    }
    return true;
}

bool EditOperations::addHostDevicesAnywhere(const QList<PciAddress> &host)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || host.isEmpty())
        return false;
    const Topology &topology = tab->document()->topology();
    // What libvirt's own placement would take for a host device (a root or downstream port on
    // PCIe machines, not pcie-root or a bridge, which the explicit-address test also lets
    // through), and of those the empty ones first: what a user dragging it would pick.
    const rules::ConnectFlags needs = Topology::isPcieMachine(topology.family())
        ? rules::ConnectFlags(rules::Connect::PcieDevice)
        : rules::ConnectFlags(rules::Connect::PciDevice);
    const auto rank = [&](const Controller *c) {
        const bool strict = rules::connectionAllowed(rules::busModel(*c, topology.family()), needs, false);
        return (strict ? 2 : 0) + (topology.nodesOnBus(c->index).isEmpty() ? 1 : 0);
    };
    QList<const Controller *> buses;
    for (const Controller &c : topology.controllers())
        if (c.index >= 0)
            buses.append(&c);
    std::stable_sort(buses.begin(), buses.end(),
                     [&](const Controller *a, const Controller *b) { return rank(a) > rank(b); });
    for (const Controller *bus : std::as_const(buses)) {
        if (hostDevicesVerdict(topology, host, bus->index).allowed)
            return addHostDevices(host, bus->index);
    }
    m_feedback.status(tr("No controller has room for these host devices: add spare ports first (Edit › Add Spare "
                         "Hotplug Ports…)."),
                      8000);
    return false;
}

void EditOperations::selectHostDevices(const QList<PciAddress> &host)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab)
        return;
    QList<NodeId> found;
    for (const Device &d : tab->document()->topology().devices())
        if (d.hostAddress && host.contains(*d.hostAddress))
            found.append(d.id);
    tab->selection()->select(found);
    if (found.isEmpty())
        m_feedback.status(tr("This guest does not use these host devices."), 5000);
}

bool EditOperations::placeUnplaced(placement::Policy policy, int sparePorts, bool everything)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab)
        return false;
    DomainDocument *document = tab->document();
    placement::Options options;
    options.policy = policy;
    options.sparePorts = sparePorts;
    options.everything = everything;
    options.host = &tab->checker()->hostFacts();
    const placement::Plan plan = placement::plan(document->topology(), options);
    if (!plan.ok) {
        m_feedback.report(tr("Place Unplaced Devices"), tr("Cannot place: %1").arg(plan.reason));
        return false;
    }
    if (plan.isEmpty()) {
        m_feedback.status(tr("Every device has an address already."), 5000);
        return false;
    }
    // Shown before it is applied: what libvirt would do at define, now visible and editable.
    // A long plan shows its first lines; the whole list is under Show Details.
    const QStringList changes = plan.describe(document->topology());
    constexpr int Shown = 12;
    QString preview = changes.mid(0, Shown).join(QLatin1Char('\n'));
    if (changes.size() > Shown)
        preview += QLatin1Char('\n') + tr("… and %n more (Show Details…)", nullptr, int(changes.size() - Shown));
    if (!m_feedback.confirm(tr("Place Unplaced Devices"),
                            (policy == placement::Policy::Recommended
                                 ? tr("The recommended placement:\n\n%1\n\nApply? (One undo step.)")
                                 : tr("As libvirt would place them:\n\n%1\n\nApply? (One undo step.)"))
                                .arg(preview),
                            changes.size() > Shown ? changes.join(QLatin1Char('\n')) : QString()))
        return false;
    QString error;
    if (!placement::applyPlan(document, plan, &error)) {
        m_feedback.status(tr("Cannot place: %1").arg(error), 8000);
        return false;
    }
    return true;
}

void EditOperations::placeWithSpares(const QString &title, const QString &question, int suggested, int least)
{
    bool ok = false;
    const int spare = QInputDialog::getInt(m_feedback.window(), title, question, suggested, least, 64, 1, &ok);
    if (ok)
        placeUnplaced(placement::Policy::Recommended, spare);
}

void EditOperations::replaceAll()
{
    const QStringList policies{tr("As libvirt would place them"), tr("Recommended, for hotplug")};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(m_feedback.window(), tr("Re-place All"),
                              tr("Every device and controller gets a new address, as if none were written. Placement:"),
                              policies, 0, false, &ok);
    if (ok)
        placeUnplaced(choice == policies.first() ? placement::Policy::LibvirtCompatible
                                                 : placement::Policy::Recommended,
                      0, true);
}

bool EditOperations::convertMachineType()
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab)
        return false;
    DomainDocument *document = tab->document();
    const MachineFamily family = document->topology().family();
    if (family != MachineFamily::Pc && family != MachineFamily::Q35) {
        m_feedback.report(tr("Convert Machine Type"),
                          tr("Only pc (i440fx) and q35 machines can be converted; this one is %1.")
                              .arg(Topology::familyName(family)));
        return false;
    }
    ConvertDialog dialog(document, m_feedback.window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    placement::Options options = dialog.options();
    options.host = &tab->checker()->hostFacts();
    const placement::Conversion conversion = placement::convertMachine(document, dialog.target(), options);
    if (!conversion.ok) {
        m_feedback.report(tr("Convert Machine Type"), tr("Cannot convert: %1").arg(conversion.reason));
        return false;
    }
    m_feedback.status(
        tr("Converted to %1 (%2): %n change(s). Undo turns it back.", nullptr, int(conversion.changes.size()))
            .arg(Topology::familyName(dialog.target()), conversion.machine),
        8000);
    return true;
}

void EditOperations::editConstraint()
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab)
        return;
    DomainDocument *document = tab->document();
    const Device *device = document->topology().device(tab->selection()->single());
    if (!device) {
        m_feedback.status(tr("Select one device to set where it may be placed."), 5000);
        return;
    }
    ConstraintDialog dialog(document->topology(), *device, m_feedback.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlacementConstraint chosen = dialog.constraint();
    const PlacementConstraint *current = document->topology().constraintFor(*device);
    if ((current ? *current : PlacementConstraint{device->key}) == chosen)
        return;
    auto *command = new SetConstraint(document, chosen);
    if (!command->isValid()) {
        m_feedback.status(command->error(), 6000);
        delete command;
        return;
    }
    document->undoStack()->push(command);
}

int EditOperations::find(const QString &text)
{
    DocumentTab *tab = m_documents->currentTab();
    if (!tab || text.trimmed().isEmpty())
        return 0;
    const QList<NodeId> found = findNodes(tab->document()->topology(), text);
    tab->selection()->select(found);
    return int(found.size());
}

int EditOperations::findNext(const QString &text, int step, int *count)
{
    DocumentTab *tab = m_documents->currentTab();
    const QList<NodeId> found =
        tab && !text.trimmed().isEmpty() ? findNodes(tab->document()->topology(), text) : QList<NodeId>();
    if (count)
        *count = int(found.size());
    if (found.isEmpty())
        return 0;
    // From the selected match (the list is found again each time: an edit in between changes it).
    const QList<NodeId> selected = tab->selection()->nodes();
    const qsizetype at = selected.size() == 1 ? found.indexOf(selected.first()) : -1;
    const qsizetype next = at < 0 ? (step > 0 ? 0 : found.size() - 1) : (at + step + found.size()) % found.size();
    const NodeId match = found[next];
    tab->scene()->expandToShow({match});
    tab->selection()->select({match});
    if (const NodeItem *item = tab->scene()->itemFor(match))
        tab->view()->focusOn(item->sceneBoundingRect());
    return int(next) + 1;
}

} // namespace pcitopo
