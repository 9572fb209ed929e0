#include "MoveToDialog.h"

#include "DomainDocument.h"
#include "rules/BusModel.h"
#include "rules/GuestAddressing.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

constexpr int AddressRole = Qt::UserRole + 1;

} // namespace

MoveToDialog::MoveToDialog(const DomainDocument *document, const QList<NodeId> &nodes, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_nodes(nodes)
    , m_address(new QLineEdit(this))
    , m_verdictLabel(new QLabel(this))
    , m_places(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Topology &t = document->topology();
    setWindowTitle(tr("Move To"));
    setObjectName(QStringLiteral("MoveToDialog"));
    resize(560, 420);
    QStringList names;
    for (NodeId id : nodes)
        names << t.labelOf(id);
    auto *intro = new QLabel(nodes.size() == 1 ? tr("Move <b>%1</b> to:").arg(names.first().toHtmlEscaped())
                                               : tr("Move <b>%1</b> together (their functions kept) to:")
                                                     .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("MoveToAddress"));
    m_address->setPlaceholderText(tr("bus:slot.function, hex, e.g. 05:00.0"));
    if (const std::optional<PciAddress> at = t.addressOf(nodes.first()))
        m_address->setText(at->toShortString());
    m_address->selectAll();
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setObjectName(QStringLiteral("MoveToVerdict"));

    // The free places: each controller's lowest slot that takes the nodes.
    const rules::GuestNumbering &guest = document->guestNumbering();
    for (const Controller &c : t.controllers()) {
        rules::SlotRef chosen;
        const rules::AttachVerdict verdict = rules::attachToController(t, nodes, c.index, &chosen);
        if (!verdict.allowed || verdict.addresses.isEmpty())
            continue;
        const PciAddress at = verdict.addresses.first();
        if (t.addressOf(nodes.first()) == at)
            continue; // where it is
        const bool hotplug =
            (rules::busModel(c, t.family()).accepts & rules::Connect::Hotplug) && c.hotplug.value_or(true);
        const auto bus = guest.busOfIndex.constFind(c.index);
        const QString guestText = bus == guest.busOfIndex.cend() ? QString()
                                                                 : QStringLiteral("%1:%2.%3")
                                                                       .arg(bus->second, 2, 16, QLatin1Char('0'))
                                                                       .arg(at.slot, 2, 16, QLatin1Char('0'))
                                                                       .arg(at.function);
        auto *item = new QListWidgetItem(tr("%1 on %2%3%4")
                                             .arg(at.toShortString(), c.label(),
                                                  guestText.isEmpty() ? QString() : tr(" · guest %1").arg(guestText),
                                                  hotplug ? tr(" · hotplug") : tr(" · no hotplug")),
                                         m_places);
        item->setData(AddressRole, at.toShortString());
    }
    if (m_places->count() == 0)
        new QListWidgetItem(tr("No controller has a free place that takes this."), m_places);

    connect(m_places, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(AddressRole).isValid())
            m_address->setText(item->data(AddressRole).toString());
    });
    connect(m_places, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && item->data(AddressRole).isValid() && m_verdict.allowed)
            accept();
    });
    connect(m_address, &QLineEdit::textChanged, this, &MoveToDialog::judge);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_verdict.allowed)
            accept(); // a refused address keeps the dialog open, with its reason shown
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(new QLabel(tr("Free places that take it:"), this));
    layout->addWidget(m_places, 1);
    layout->addWidget(m_buttons);
    judge();
}

QStringList MoveToDialog::offered() const
{
    QStringList addresses;
    for (int i = 0; i < m_places->count(); ++i) {
        if (m_places->item(i)->data(AddressRole).isValid())
            addresses << m_places->item(i)->data(AddressRole).toString();
    }
    return addresses;
}

void MoveToDialog::setAddressText(const QString &text)
{
    m_address->setText(text);
}

void MoveToDialog::judge()
{
    const Topology &t = m_document->topology();
    const std::optional<PciAddress> address = PciAddress::fromString(m_address->text().trimmed());
    m_verdict = {};
    if (!address) {
        m_verdict.reason = tr("'%1' is not an address like 05:00.0.").arg(m_address->text().trimmed());
    } else if (t.addressOf(m_nodes.first()) == *address) {
        m_verdict.reason = tr("That is where it is: type another address, or pick a free place below.");
    } else {
        m_verdict = rules::canAttach(t, m_nodes, {int(address->bus), int(address->slot), int(address->function)});
    }
    QStringList where;
    for (const PciAddress &a : std::as_const(m_verdict.addresses))
        where << a.toShortString();
    const bool here = address && t.addressOf(m_nodes.first()) == *address;
    m_verdictLabel->setText(
        m_verdict.allowed
            ? tr("<span style='color:#26a269'>✔ Moves to %1.</span>").arg(where.join(QStringLiteral(", ")))
            : here ? m_verdict.reason.toHtmlEscaped() // not an error: type or pick another place
                   : tr("<span style='color:#c01c28'>✘ %1</span>").arg(m_verdict.reason.toHtmlEscaped()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_verdict.allowed);
}

} // namespace pcitopo
