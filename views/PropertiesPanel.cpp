#include "PropertiesPanel.h"

#include "DomainDocument.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"

#include <QCheckBox>
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
    , m_address(new QLineEdit(this))
    , m_addressError(new QLabel(this))
    , m_hotplug(new QCheckBox(tr("Hot-pluggable"), this))
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
    m_form->addRow(m_hotplug);
    m_form->addRow(tr("XML line:"), m_line);
    connect(m_address, &QLineEdit::returnPressed, this, [this] { applyAddress(m_address->text()); });
    connect(m_hotplug, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_document)
            return;
        auto *command = new SetAttribute(m_document, m_node, "target", "hotplug",
                                         on ? QString() : QStringLiteral("off"));
        if (command->isValid())
            m_document->undoStack()->push(command);
        else
            delete command;
    });
    refresh();
}

void PropertiesPanel::setDocument(DomainDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_node = {};
    if (document)
        connect(document, &DomainDocument::changed, this, &PropertiesPanel::refresh);
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
    const Topology *t = m_document ? &m_document->topology() : nullptr;
    const Controller *c = t ? t->controller(m_node) : nullptr;
    const Device *d = t ? t->device(m_node) : nullptr;
    const bool any = c || d;
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_guest),
                       static_cast<QWidget *>(m_line)})
        w->setEnabled(any);
    if (!any) {
        m_title->setText(tr("Select a controller or device."));
        m_kind->clear();
        m_model->clear();
        m_guest->clear();
        m_line->clear();
        m_address->clear();
        m_hotplug->setVisible(false);
        return;
    }
    const rules::GuestNumbering guest = rules::numberGuestBuses(*t);
    const std::optional<PciAddress> address = t->addressOf(m_node);
    m_title->setText(t->labelOf(m_node));
    m_address->setText(address ? address->toShortString() : QString());
    m_address->setEnabled(!(c && (c->isRoot() || c->implicit)));
    const auto guestIt = guest.address.constFind(m_node);
    m_guest->setText(guestIt == guest.address.cend() ? tr("(not reached from a root)") : guestIt->toString());
    if (c) {
        m_kind->setText(tr("PCI controller, bus %1").arg(c->index));
        m_model->setText(c->modelName.isEmpty() ? c->modelText : QStringLiteral("%1 (%2)").arg(c->modelText, c->modelName));
        m_line->setText(c->implicit ? tr("implicit") : QString::number(c->line));
        const bool port = c->model == ControllerModel::PcieRootPort || c->model == ControllerModel::PcieSwitchDownstreamPort;
        m_hotplug->setVisible(port);
        m_hotplug->setChecked(c->hotplug.value_or(true));
    } else {
        m_kind->setText(Topology::deviceClassName(d->deviceClass));
        m_model->setText(d->model);
        m_line->setText(QString::number(d->line));
        m_hotplug->setVisible(false);
    }
}

} // namespace pcitopo
