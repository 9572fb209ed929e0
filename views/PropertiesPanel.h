#pragma once

#include "NodeId.h"
#include "rules/HostFacts.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pcitopo {

class DomainDocument;
class NodeSelection;

/**
 * The selected node's properties. The address and a port's hotplug switch are edited through
 * commands; an address the rules refuse is refused inline, with the reason.
 */
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    /** The document shown; with a selection, the panel follows it (a single node or none). */
    void setDocument(DomainDocument *document, NodeSelection *selection = nullptr);
    void setNode(NodeId node);
    /** What the host says of its devices: a host device then shows what it is. */
    void setHostFacts(const HostFacts &facts);
    NodeId node() const { return m_node; }
    /** Applies the address typed into the field; false (with the reason shown) when refused. */
    bool applyAddress(const QString &text);
    /**
     * Sets a controller's <target> option (chassis, port, chassisNr, busNr, index, node) or
     * clears it (-1), as one command; false when the option does not apply to its model.
     */
    bool setTargetOption(const QByteArray &option, int value);

private:
    void refresh();
    QSpinBox *addOption(const QString &label, const QByteArray &option, int minimum, int maximum);

    QPointer<DomainDocument> m_document;
    QPointer<NodeSelection> m_selection;
    NodeId m_node;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_model;
    QLabel *m_guest;
    QLabel *m_line;
    QLabel *m_constraint;
    QLabel *m_host;
    HostFacts m_hostFacts;
    QLineEdit *m_address;
    QLabel *m_addressError;
    QCheckBox *m_hotplug;
    QCheckBox *m_multifunction;
    QHash<QByteArray, QSpinBox *> m_options;
    bool m_refreshing = false;
};

} // namespace pcitopo
