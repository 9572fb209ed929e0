#pragma once

#include "Topology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pcitopo {

/**
 * Edits one device's placement constraint (Topology.h): must be hot-unpluggable, PCIe or PCI
 * only, guest NUMA node, preferred parent controller. Kept in the domain's <metadata>.
 */
class ConstraintDialog : public QDialog
{
    Q_OBJECT

public:
    ConstraintDialog(const Topology &topology, const Device &device, QWidget *parent = nullptr);

    /** What the user chose; empty (isEmpty()) to clear the constraint. */
    PlacementConstraint constraint() const;

private:
    QString m_key;
    QCheckBox *m_hotplug = nullptr;
    QComboBox *m_bus = nullptr;
    QCheckBox *m_numa = nullptr;
    QSpinBox *m_node = nullptr;
    QComboBox *m_controller = nullptr;
};

} // namespace pcitopo
