#include "PropertiesPanel.h"

#include "DomainDocument.h"
#include "NodeSelection.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"

#include <QCheckBox>
#include <QScopeGuard>
#include <QSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

namespace pcitopo {

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_title(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_model(new QLabel(this))
    , m_guest(new QLabel(this))
    , m_line(new QLabel(this))
    , m_constraint(new QLabel(this))
    , m_host(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_addressError(new QLabel(this))
    , m_hotplug(new QCheckBox(tr("Hot-pluggable"), this))
    , m_multifunction(new QCheckBox(tr("Multifunction (function 0 of a shared slot)"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_addressError->setWordWrap(true);
    m_addressError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_address->setPlaceholderText(tr("bus:slot.function, e.g. 05:00.0"));
    m_address->setToolTip(tr("libvirt address: bus is the index of a PCI controller. Enter applies."));
    m_form->addRow(m_title);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("Model:"), m_model);
    m_form->addRow(tr("Address:"), m_address);
    m_form->addRow(m_addressError);
    m_form->addRow(tr("Guest sees:"), m_guest);
    m_form->addRow(m_multifunction);
    m_form->addRow(m_hotplug);
    // Ranges are libvirt's (reference §1.4): a value outside them cannot be typed.
    addOption(tr("Chassis:"), "chassis", 0, 255);
    // libvirt writes a port in hex (port='0x10'): shown and written the same way.
    QSpinBox *port = addOption(tr("Port:"), "port", 0, 255);
    port->setDisplayIntegerBase(16);
    port->setPrefix(QStringLiteral("0x"));
    addOption(tr("Chassis number:"), "chassisNr", 1, 255);
    addOption(tr("Bus number (busNr):"), "busNr", 1, 254);
    addOption(tr("PHB index:"), "index", 0, 30);
    addOption(tr("NUMA node:"), "node", 0, 255);
    m_form->addRow(tr("XML line:"), m_line);
    m_constraint->setWordWrap(true);
    m_constraint->setToolTip(tr("Edit › Placement Constraint… changes it"));
    m_form->addRow(tr("Constraint:"), m_constraint);
    m_host->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("HostFacts"));
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("On the host:"), m_host);
    connect(m_address, &QLineEdit::returnPressed, this, [this] { applyAddress(m_address->text()); });
    connect(m_multifunction, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_document)
            return;
        auto *command = new SetAttribute(m_document, m_node, "address", "multifunction",
                                         on ? QStringLiteral("on") : QStringLiteral("off"));
        if (command->isValid())
            m_document->undoStack()->push(command);
        else
            delete command;
    });
    connect(m_hotplug, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_document)
            return;
        auto *command =
            new SetAttribute(m_document, m_node, "target", "hotplug", on ? QString() : QStringLiteral("off"));
        if (command->isValid())
            m_document->undoStack()->push(command);
        else
            delete command;
    });
    refresh();
}

QSpinBox *PropertiesPanel::addOption(const QString &label, const QByteArray &option, int minimum, int maximum)
{
    auto *box = new QSpinBox(this);
    box->setRange(minimum - 1, maximum); // the lowest value reads "not set"
    box->setSpecialValueText(tr("(libvirt's default)"));
    box->setKeyboardTracking(false); // one command per committed value, not per keystroke
    m_form->addRow(label, box);
    m_options.insert(option, box);
    connect(box, &QSpinBox::valueChanged, this, [this, option, box](int value) {
        if (!m_refreshing)
            setTargetOption(option, value == box->minimum() ? -1 : value);
    });
    return box;
}

bool PropertiesPanel::setTargetOption(const QByteArray &option, int value)
{
    if (!m_document || !m_document->topology().controller(m_node))
        return false;
    const QSpinBox *box = m_options.value(option);
    if (!box || !box->isVisible() || (value != -1 && (value < box->minimum() + 1 || value > box->maximum())))
        return false;
    const QString text = value < 0 ? QString()
        : option == "port"         ? QStringLiteral("0x%1").arg(value, 0, 16)
                                   : QString::number(value);
    auto *command = option == "node" ? new SetAttribute(m_document, m_node, "target/node", QByteArray(), text)
                                     : new SetAttribute(m_document, m_node, "target", option, text);
    if (!command->isValid()) {
        delete command;
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

void PropertiesPanel::setDocument(DomainDocument *document, NodeSelection *selection)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    m_node = selection ? selection->single() : NodeId();
    if (document)
        connect(document, &DomainDocument::changed, this, &PropertiesPanel::refresh);
    if (selection)
        connect(selection, &NodeSelection::changed, this, [this] { setNode(m_selection->single()); });
    refresh();
}

void PropertiesPanel::setNode(NodeId node)
{
    m_node = node;
    m_addressError->clear();
    refresh();
}

bool PropertiesPanel::applyAddress(const QString &text)
{
    if (!m_document || !m_node.isValid())
        return false;
    const std::optional<PciAddress> address = PciAddress::fromString(text);
    if (!address) {
        m_addressError->setText(tr("Not an address: use bus:slot.function in hex, e.g. 05:00.0."));
        return false;
    }
    const rules::AttachVerdict verdict = rules::canAttach(
        m_document->topology(), {m_node}, {int(address->bus), int(address->slot), int(address->function)});
    if (!verdict.allowed) {
        m_addressError->setText(verdict.reason);
        return false;
    }
    m_addressError->clear();
    m_document->undoStack()->push(new SetAddress(m_document, m_node, *address));
    return true;
}

void PropertiesPanel::refresh()
{
    m_refreshing = true;
    const auto done = qScopeGuard([this] { m_refreshing = false; });
    const Topology *t = m_document ? &m_document->topology() : nullptr;
    const Controller *c = t ? t->controller(m_node) : nullptr;
    const Device *d = t ? t->device(m_node) : nullptr;
    const bool any = c || d;
    for (QWidget *w :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_address),
          static_cast<QWidget *>(m_guest), static_cast<QWidget *>(m_line)})
        w->setEnabled(any);
    if (!any) {
        m_title->setText(tr("Select a controller or device."));
        m_kind->clear();
        m_model->clear();
        m_guest->clear();
        m_line->clear();
        m_address->clear();
        m_hotplug->setVisible(false);
        m_constraint->setVisible(false);
        m_form->labelForField(m_constraint)->setVisible(false);
        m_host->setVisible(false);
        m_form->labelForField(m_host)->setVisible(false);
        m_multifunction->setVisible(false);
        for (QSpinBox *box : std::as_const(m_options)) {
            box->setVisible(false);
            m_form->labelForField(box)->setVisible(false);
        }
        return;
    }
    const std::optional<bool> multifunction = c ? c->multifunction : d->multifunction;
    const std::optional<PciAddress> at = t->addressOf(m_node);
    m_multifunction->setVisible(at && at->function == 0);
    m_multifunction->setChecked(multifunction.value_or(false));
    // The <target> options a model takes (§1.4).
    QList<QByteArray> options;
    if (c) {
        switch (c->model) {
        case ControllerModel::PcieRootPort:
        case ControllerModel::PcieSwitchDownstreamPort: options = {"chassis", "port"}; break;
        case ControllerModel::PciBridge: options = {"chassisNr"}; break;
        case ControllerModel::PciExpanderBus:
        case ControllerModel::PcieExpanderBus: options = {"busNr", "node"}; break;
        case ControllerModel::PciRoot:
            if (t->family() == MachineFamily::Pseries && c->index > 0)
                options = {"index", "node"};
            break;
        default: break;
        }
    }
    const QHash<QByteArray, std::optional<int>> current = {
        {"chassis", c ? c->chassis : std::nullopt},     {"port", c ? c->port : std::nullopt},
        {"chassisNr", c ? c->chassisNr : std::nullopt}, {"busNr", c ? c->busNr : std::nullopt},
        {"index", c ? c->targetIndex : std::nullopt},   {"node", c ? c->numaNode : std::nullopt}};
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        const bool shown = options.contains(it.key());
        it.value()->setVisible(shown);
        m_form->labelForField(it.value())->setVisible(shown);
        const std::optional<int> value = current.value(it.key());
        it.value()->setValue(value && *value >= it.value()->minimum() ? *value : it.value()->minimum());
    }
    const rules::GuestNumbering &guest = m_document->guestNumbering();
    const std::optional<PciAddress> address = t->addressOf(m_node);
    m_title->setText(t->labelOf(m_node));
    m_address->setText(address ? address->toShortString() : QString());
    m_address->setEnabled(!(c && (c->isRoot() || c->implicit)));
    const auto guestIt = guest.address.constFind(m_node);
    m_guest->setText(guestIt == guest.address.cend() ? tr("(not reached from a root)") : guestIt->toString());
    if (c) {
        m_kind->setText(tr("PCI controller, bus %1").arg(c->index));
        m_model->setText(c->modelName.isEmpty() ? c->modelText
                                                : QStringLiteral("%1 (%2)").arg(c->modelText, c->modelName));
        m_line->setText(c->implicit ? tr("implicit") : QString::number(c->line));
        const bool port =
            c->model == ControllerModel::PcieRootPort || c->model == ControllerModel::PcieSwitchDownstreamPort;
        m_hotplug->setVisible(port);
        m_hotplug->setChecked(c->hotplug.value_or(true));
    } else {
        m_kind->setText(Topology::deviceClassName(d->deviceClass));
        m_model->setText(d->model);
        m_line->setText(QString::number(d->line));
        m_hotplug->setVisible(false);
    }
    QStringList constraint;
    if (const PlacementConstraint *pc = d ? t->constraintFor(*d) : nullptr) {
        if (pc->hotplug)
            constraint << tr("hot-unpluggable");
        if (pc->bus != PlacementConstraint::Bus::Any)
            constraint << (pc->bus == PlacementConstraint::Bus::Pcie ? tr("PCIe only") : tr("PCI only"));
        if (pc->numaNode >= 0)
            constraint << tr("NUMA node %1").arg(pc->numaNode);
        if (pc->controller != ControllerModel::Unknown)
            constraint << tr("prefers %1").arg(Topology::controllerModelName(pc->controller));
    }
    m_constraint->setText(constraint.isEmpty() ? tr("none") : constraint.join(QStringLiteral(", ")));
    m_constraint->setVisible(d != nullptr);
    m_form->labelForField(m_constraint)->setVisible(d != nullptr);
    // A passed-through device: what it is on the host, where the Host Devices dock says it.
    const HostFunction *host = d && d->hostAddress ? m_hostFacts.function(*d->hostAddress) : nullptr;
    QStringList facts;
    if (host) {
        if (!host->product.isEmpty())
            facts << host->product;
        facts << host->address.toString();
        if (host->iommuGroup >= 0)
            facts << tr("IOMMU group %1").arg(host->iommuGroup);
        if (host->numaNode >= 0)
            facts << tr("NUMA node %1").arg(host->numaNode);
        facts << (host->pcie ? tr("PCI Express") : tr("conventional PCI"));
        if (!host->driver.isEmpty())
            facts << tr("driver: %1").arg(host->driver);
        if (!host->usedByOtherGuests.isEmpty())
            facts << tr("also used by %1").arg(host->usedByOtherGuests.join(QStringLiteral(", ")));
    } else if (d && d->hostAddress) {
        facts << tr("not known (open the domain from a libvirt connection)");
    }
    m_host->setText(facts.join(QLatin1Char('\n')));
    m_host->setVisible(!facts.isEmpty());
    m_form->labelForField(m_host)->setVisible(!facts.isEmpty());
}

void PropertiesPanel::setHostFacts(const HostFacts &facts)
{
    m_hostFacts = facts;
    refresh();
}

} // namespace pcitopo
