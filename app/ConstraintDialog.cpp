#include "ConstraintDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pcitopo {

ConstraintDialog::ConstraintDialog(const Topology &topology, const Device &device, QWidget *parent)
    : QDialog(parent)
    , m_key(device.key)
{
    setWindowTitle(tr("Placement Constraint"));
    setMinimumWidth(440);
    const PlacementConstraint *current = topology.constraintFor(device);
    const PlacementConstraint initial = current ? *current : PlacementConstraint{};

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where automatic placement may put <b>%1</b>. Kept in the domain's metadata, so it "
                                "stays with the domain through libvirt; the checker warns when the device's address "
                                "breaks it.")
                                 .arg(topology.labelOf(device.id).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_hotplug = new QCheckBox(tr("Must be hot-unpluggable"), this);
    m_hotplug->setChecked(initial.hotplug);
    form->addRow(QString(), m_hotplug);

    m_bus = new QComboBox(this);
    m_bus->addItem(tr("Any"), int(PlacementConstraint::Bus::Any));
    m_bus->addItem(tr("PCI Express port only"), int(PlacementConstraint::Bus::Pcie));
    m_bus->addItem(tr("Conventional PCI bus only"), int(PlacementConstraint::Bus::Pci));
    m_bus->setCurrentIndex(m_bus->findData(int(initial.bus)));
    form->addRow(tr("&Bus:"), m_bus);

    m_numa = new QCheckBox(tr("On guest NUMA node"), this);
    m_node = new QSpinBox(this);
    m_node->setRange(0, std::max(0, topology.numaCells() - 1));
    m_numa->setChecked(initial.numaNode >= 0);
    m_node->setValue(std::max(0, initial.numaNode));
    m_node->setEnabled(m_numa->isChecked());
    if (topology.numaCells() == 0) {
        m_numa->setEnabled(false);
        m_numa->setToolTip(tr("The guest has no NUMA cells (<cpu><numa>)."));
    }
    connect(m_numa, &QCheckBox::toggled, m_node, &QWidget::setEnabled);
    auto *numaRow = new QHBoxLayout;
    numaRow->addWidget(m_numa);
    numaRow->addWidget(m_node);
    numaRow->addStretch();
    form->addRow(tr("NUMA:"), numaRow);

    m_controller = new QComboBox(this);
    m_controller->addItem(tr("No preference"), int(ControllerModel::Unknown));
    for (ControllerModel model :
         {ControllerModel::PcieRootPort, ControllerModel::PcieSwitchDownstreamPort, ControllerModel::PcieToPciBridge,
          ControllerModel::PciBridge, ControllerModel::PciRoot})
        m_controller->addItem(Topology::controllerModelName(model), int(model));
    m_controller->setCurrentIndex(m_controller->findData(int(initial.controller)));
    form->addRow(tr("Preferred &parent:"), m_controller);
    layout->addLayout(form);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("C&lear"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        m_hotplug->setChecked(false);
        m_bus->setCurrentIndex(0);
        m_numa->setChecked(false);
        m_controller->setCurrentIndex(0);
    });
    layout->addWidget(buttons);
}

PlacementConstraint ConstraintDialog::constraint() const
{
    PlacementConstraint c;
    c.device = m_key;
    c.hotplug = m_hotplug->isChecked();
    c.bus = PlacementConstraint::Bus(m_bus->currentData().toInt());
    c.numaNode = m_numa->isChecked() ? m_node->value() : -1;
    c.controller = ControllerModel(m_controller->currentData().toInt());
    return c;
}

} // namespace pcitopo
