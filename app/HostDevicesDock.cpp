#include "HostDevicesDock.h"

#include "KindIcons.h"
#include "commands/HostDeviceDrop.h"
#include "libvirt/LibvirtSession.h"

#include <QApplication>
#include <QHeaderView>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

constexpr int AddressesRole = Qt::UserRole + 1; // "0000:01:00.0\n…", what a drag carries

/** A tree whose drags carry host PCI addresses. */
class HostTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(HostDeviceMimeType)}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        const QList<PciAddress> addresses = HostDevicesDock::addressesOf(items);
        if (addresses.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(QLatin1String(HostDeviceMimeType), encodeHostDevices(addresses));
        QStringList text;
        for (const PciAddress &a : addresses)
            text << a.toString();
        data->setText(text.join(QLatin1Char('\n')));
        return data;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};

} // namespace

HostDevicesDock::HostDevicesDock(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tree(new HostTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tree);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(4, 2, 4, 2);
    m_tree->setObjectName(QStringLiteral("HostDevicesTree"));
    m_tree->setColumnCount(7);
    m_tree->setHeaderLabels(
        {tr("Device"), tr("Class"), tr("Driver"), tr("NUMA"), tr("Link"), tr("Used by"), tr("Product")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &HostDevicesDock::showMenu);
    rebuild();
}

void HostDevicesDock::showMenu(const QPoint &at)
{
    QTreeWidgetItem *item = m_tree->itemAt(at);
    if (!item)
        return;
    if (!item->isSelected())
        m_tree->setCurrentItem(item); // right-click acts on the row under the cursor
    const QList<PciAddress> host = addressesOf(m_tree->selectedItems());
    if (host.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("HostDeviceMenu"));
    menu.addAction(tr("&Add to Guest"), this, [this, host] { emit addToGuestRequested(host); })
        ->setToolTip(tr("Pass these functions through, at the first free place that takes them"));
    menu.addAction(tr("&Select in Guest"), this, [this, host] { emit selectInGuestRequested(host); });
    menu.addSeparator();
    QStringList texts;
    for (const PciAddress &a : host)
        texts << a.toString();
    menu.addAction(host.size() == 1 ? tr("Copy Address (%1)").arg(texts.first()) : tr("Copy Addresses"), this,
                   [texts] { QGuiApplication::clipboard()->setText(texts.join(QLatin1Char('\n'))); });
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

QList<PciAddress> HostDevicesDock::addressesOf(const QList<QTreeWidgetItem *> &items)
{
    QList<PciAddress> addresses;
    for (const QTreeWidgetItem *item : items) {
        for (const PciAddress &a : decodeHostDevices(item->data(0, AddressesRole).toByteArray())) {
            if (!addresses.contains(a))
                addresses.append(a);
        }
    }
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

void HostDevicesDock::setSession(LibvirtSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &LibvirtSession::domainsChanged, this, &HostDevicesDock::rebuild);
    rebuild();
}

void HostDevicesDock::rebuild()
{
    m_tree->clear();
    if (!m_session) {
        m_header->setText(tr("Connect to libvirt (File › Connect…) to see the host's PCI devices."));
        return;
    }
    const HostInventory &host = m_session->host();
    if (host.isEmpty()) {
        m_header->setText(tr("%1 reports no PCI devices.").arg(m_session->uri()));
        return;
    }
    const QStyle *style = QApplication::style();
    const QMap<int, QList<const HostDevice *>> groups = host.groups();
    int bridgesOnly = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QList<PciAddress> endpoints;
        for (const HostDevice *d : it.value()) {
            if (!d->isBridge())
                endpoints.append(d->address);
        }
        if (endpoints.isEmpty()) {
            ++bridgesOnly; // host bridges and ports alone: nothing a guest can take
            continue;
        }
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(0, it.key() < 0 ? tr("No IOMMU group") : tr("IOMMU group %1").arg(it.key()));
        group->setText(1, tr("%n device(s)", nullptr, int(it.value().size())));
        group->setIcon(0, style->standardIcon(QStyle::SP_DirIcon));
        group->setData(0, AddressesRole, encodeHostDevices(endpoints));
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        group->setToolTip(
            0,
            endpoints.size() > 1 ? tr(
                "Drag the group to pass all %n of its endpoints to a guest: a guest needs every device of a group.",
                nullptr, int(endpoints.size()))
                                 : tr("Drag to pass the device to a guest."));
        for (const HostDevice *d : it.value()) {
            auto *row = new QTreeWidgetItem(group);
            row->setText(0, d->address.toString());
            row->setIcon(0, KindIcons::icon(KindIcons::hostClassPath(d->classCode)));
            row->setText(1, d->className());
            row->setText(2, d->driver.isEmpty() ? QStringLiteral("—") : d->driver);
            row->setText(3, d->numaNode < 0 ? QStringLiteral("—") : QString::number(d->numaNode));
            row->setText(4, d->link);
            row->setText(5, d->usedBy.join(QStringLiteral(", ")));
            row->setText(6, QStringLiteral("%1 %2").arg(d->vendor, d->product));
            QString tip = QStringLiteral("%1\n%2 %3").arg(d->name, d->vendor, d->product);
            if (d->isVirtualFunction)
                tip += QLatin1Char('\n') + tr("SR-IOV virtual function of %1").arg(d->physicalFunction.toString());
            if (!d->virtualFunctions.isEmpty())
                tip += QLatin1Char('\n')
                    + tr("SR-IOV physical function with %n virtual function(s)", nullptr,
                         int(d->virtualFunctions.size()));
            row->setToolTip(0, tip);
            row->setToolTip(6, tip);
            if (d->isBridge()) {
                row->setFlags(Qt::ItemIsEnabled); // bridges are not assignable
                row->setForeground(0, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
            } else {
                row->setData(0, AddressesRole, encodeHostDevices({d->address}));
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            }
        }
        group->setExpanded(true);
    }
    m_header->setText(
        tr("Host of %1: drag a device or a whole IOMMU group into the diagram.").arg(m_session->uri())
        + (bridgesOnly ? QLatin1Char(' ') + tr("%n group(s) holding only bridges are not shown.", nullptr, bridgesOnly)
                       : QString()));
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace pcitopo
