#pragma once

#include "NodeId.h"
#include "PciAddress.h"
#include "rules/CanAttach.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pcitopo {

class DomainDocument;

/**
 * Edit › Move To: the address typed (prefilled with the current one) or picked from the free
 * places that take the selection, each with the guest's address and whether it takes hotplug.
 * The verdict follows the typing; a refused address keeps the dialog open with the reason.
 */
class MoveToDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToDialog(const DomainDocument *document, const QList<NodeId> &nodes, QWidget *parent = nullptr);

    /** Where the nodes go (one address each), when accepted. */
    QList<PciAddress> addresses() const { return m_verdict.addresses; }
    /** The free places offered, as "bb:ss.f" (for tests). */
    QStringList offered() const;
    void setAddressText(const QString &text);

private:
    void judge();

    const DomainDocument *m_document;
    QList<NodeId> m_nodes;
    QLineEdit *m_address;
    QLabel *m_verdictLabel;
    QListWidget *m_places;
    QDialogButtonBox *m_buttons;
    rules::AttachVerdict m_verdict;
};

} // namespace pcitopo
