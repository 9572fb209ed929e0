#pragma once

#include "PciAddress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pcitopo {

class LibvirtSession;

/**
 * The PCI devices of a connection's host, grouped by IOMMU group, with vendor and product,
 * class, driver, NUMA node, PCIe link and the guests using each. Rows drag into the diagram:
 * a device row brings that function, a group row all of the group's endpoints.
 */
class HostDevicesDock : public QWidget
{
    Q_OBJECT

public:
    explicit HostDevicesDock(QWidget *parent = nullptr);

    /** Shows this connection's host (null: none). */
    void setSession(LibvirtSession *session);
    LibvirtSession *session() const { return m_session; }
    QTreeWidget *tree() const { return m_tree; }
    /** The host addresses a drag of these rows would carry. */
    static QList<PciAddress> addressesOf(const QList<QTreeWidgetItem *> &items);

signals:
    /** The rows' context menu: Add to Guest, Select in Guest. */
    void addToGuestRequested(const QList<pcitopo::PciAddress> &host);
    void selectInGuestRequested(const QList<pcitopo::PciAddress> &host);

private:
    void rebuild();
    void showMenu(const QPoint &at);

    QPointer<LibvirtSession> m_session;
    QLabel *m_header;
    QTreeWidget *m_tree;
};

} // namespace pcitopo
