#include "ConnectionsDock.h"

#include "libvirt/LibvirtInfo.h"
#include "libvirt/LibvirtSession.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

constexpr int SessionRole = Qt::UserRole + 1;
constexpr int DomainRole = Qt::UserRole + 2;

QString stateText(const LibvirtSession *session)
{
    switch (session->state()) {
    case LibvirtSession::State::Connecting: return ConnectionsDock::tr("connecting…");
    case LibvirtSession::State::Connected:
        return session->isReadOnly() ? ConnectionsDock::tr("read-only") : ConnectionsDock::tr("connected");
    case LibvirtSession::State::Failed: return ConnectionsDock::tr("failed: %1").arg(session->error());
    case LibvirtSession::State::Lost: return ConnectionsDock::tr("connection lost: %1").arg(session->error());
    case LibvirtSession::State::Closed: return ConnectionsDock::tr("closed");
    }
    return QString();
}

} // namespace

ConnectionsDock::ConnectionsDock(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("ConnectionsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Connection / domain"), tr("State"), tr("Machine")});
    // The URI gives way (elided in the middle, whole in the tooltip): the state and the
    // Cancel button of a connecting row must stay in view in a narrow dock.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setRootIsDecorated(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString name = item->data(0, DomainRole).toString();
        auto *session = qobject_cast<LibvirtSession *>(item->data(0, SessionRole).value<QObject *>());
        if (session && !name.isEmpty())
            emit domainActivated(session, name);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { emit currentSessionChanged(currentSession()); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_tree->itemAt(at);
        auto *session = item ? qobject_cast<LibvirtSession *>(item->data(0, SessionRole).value<QObject *>()) : nullptr;
        if (!session)
            return;
        m_tree->setCurrentItem(item);
        QMenu *menu = contextMenu(session);
        // A domain's own entries first: its next boot's definition, and the running guest.
        if (const QString name = item->data(0, DomainRole).toString(); !name.isEmpty()) {
            const QList<DomainSummary> &domains = session->domains();
            const auto summary =
                std::find_if(domains.cbegin(), domains.cend(), [&](const DomainSummary &d) { return d.name == name; });
            QPointer<LibvirtSession> guard(session);
            QAction *first = menu->actions().value(0);
            QAction *open = new QAction(tr("&Open Next Boot Definition"), menu);
            connect(open, &QAction::triggered, this, [this, guard, name] {
                if (guard)
                    emit domainActivated(guard, name);
            });
            QAction *live = new QAction(tr("Open &Live Topology"), menu);
            live->setEnabled(summary != domains.cend() && summary->active);
            live->setToolTip(tr("The running guest as it is now, to plug and unplug devices"));
            connect(live, &QAction::triggered, this, [this, guard, name] {
                if (guard)
                    emit liveRequested(guard, name);
            });
            menu->insertActions(first, {open, live});
            menu->insertSeparator(first);
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(at));
    });
}

QMenu *ConnectionsDock::contextMenu(LibvirtSession *session)
{
    using State = LibvirtSession::State;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("ConnectionMenu"));
    const State state = session->state();
    QPointer<LibvirtSession> guard(session);
    const auto add = [&](const QString &text, bool enabled, auto signal) {
        QAction *action = menu->addAction(text, this, [this, guard, signal] {
            if (guard)
                emit(this->*signal)(guard);
        });
        action->setEnabled(enabled);
    };
    add(tr("&Cancel"), state == State::Connecting, &ConnectionsDock::cancelRequested);
    add(tr("&Disconnect"), state == State::Connected, &ConnectionsDock::disconnectRequested);
    add(tr("&Reconnect"), state != State::Connecting, &ConnectionsDock::reconnectRequested);
    add(tr("Re&move"), state != State::Connected, &ConnectionsDock::removeRequested);
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Copy &Error"), this, [guard] {
        if (guard)
            QApplication::clipboard()->setText(guard->error());
    });
    copy->setEnabled(!session->error().isEmpty());
    return menu;
}

QTreeWidgetItem *ConnectionsDock::itemFor(LibvirtSession *session) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, SessionRole).value<QObject *>() == session)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void ConnectionsDock::addSession(LibvirtSession *session)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(0, SessionRole, QVariant::fromValue<QObject *>(session));
    connect(session, &LibvirtSession::stateChanged, this, [this, session] { update(session); });
    connect(session, &LibvirtSession::domainsChanged, this, [this, session] { update(session); });
    update(session);
    m_tree->setCurrentItem(item);
}

void ConnectionsDock::removeSession(LibvirtSession *session)
{
    delete itemFor(session);
    disconnect(session, nullptr, this, nullptr);
}

LibvirtSession *ConnectionsDock::currentSession() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? qobject_cast<LibvirtSession *>(item->data(0, SessionRole).value<QObject *>()) : nullptr;
}

void ConnectionsDock::update(LibvirtSession *session)
{
    QTreeWidgetItem *item = itemFor(session);
    if (!item)
        return;
    const QStyle *style = QApplication::style();
    // test:///long/path/demo-host.xml reads better as "test: demo-host.xml".
    const QString uri = session->uri();
    const bool file = uri.startsWith(QLatin1String("test:///")) && uri.endsWith(QLatin1String(".xml"));
    item->setText(0, file ? QStringLiteral("test: ") + uri.section(QLatin1Char('/'), -1) : uri);
    const bool connecting = session->state() == LibvirtSession::State::Connecting;
    item->setText(1, connecting ? QString() : stateText(session)); // connecting: a label and Cancel
    // The state column cuts a long error off: the whole of it is in the tooltip (wrapped) and
    // in the row's context menu (Copy Error).
    QString tip = session->uri().toHtmlEscaped() + QStringLiteral("<br>") + stateText(session).toHtmlEscaped();
    const bool connected = session->state() == LibvirtSession::State::Connected;
    // Which libvirt answers, in the column the domains use for their machine; and once, in the
    // tooltip, what a libvirt newer than the one the rules follow means.
    const QString version = connected ? session->libvirtVersion() : QString();
    item->setText(2, version.isEmpty() ? QString() : tr("libvirt %1").arg(version));
    if (connected) {
        if (!version.isEmpty())
            tip += QStringLiteral("<br>") + tr("libvirt %1").arg(version).toHtmlEscaped();
        // The hypervisor and what it runs: domains are judged against its machine types.
        const HostCapabilities &caps = session->host().capabilities();
        if (!caps.hypervisor.isEmpty()) {
            QStringList arches = caps.machines.keys();
            arches.sort();
            tip += QStringLiteral("<br>")
                + (arches.isEmpty() ? caps.hypervisor
                                    : tr("%1, for %2 guests").arg(caps.hypervisor, arches.join(QStringLiteral(", "))))
                      .toHtmlEscaped();
        }
        if (const QString note = newerLibvirtNote(version); !note.isEmpty())
            tip += QStringLiteral("<br>") + note.toHtmlEscaped();
        tip += QStringLiteral("<br>")
            + (session->followsServer() ? tr("Follows changes made on the server as they happen.")
                                        : tr("Changes made on the server show after File › Refresh Connection."));
    }
    tip = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip);
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
    if (connecting) {
        if (!m_tree->itemWidget(item, 1)) {
            // "connecting… Cancel" in the state column, where the eye looks for the state.
            auto *cell = new QWidget(m_tree);
            auto *row = new QHBoxLayout(cell);
            row->setContentsMargins(2, 0, 0, 0);
            row->setSpacing(4);
            row->addWidget(new QLabel(stateText(session), cell));
            auto *cancel = new QToolButton(cell);
            cancel->setObjectName(QStringLiteral("CancelConnect"));
            cancel->setText(tr("Cancel"));
            cancel->setToolTip(tr("Stop waiting for this host"));
            QPointer<LibvirtSession> guard(session);
            connect(cancel, &QToolButton::clicked, this, [this, guard] {
                if (guard)
                    emit cancelRequested(guard);
            });
            row->addWidget(cancel);
            m_tree->setItemWidget(item, 1, cell);
        }
    } else if (QWidget *cell = m_tree->itemWidget(item, 1)) {
        cell->hide(); // deleted later, which a message box's event loop may postpone
        m_tree->removeItemWidget(item, 1);
    }
    const bool bad =
        session->state() == LibvirtSession::State::Failed || session->state() == LibvirtSession::State::Lost;
    item->setIcon(0, style->standardIcon(bad ? QStyle::SP_MessageBoxWarning : QStyle::SP_DriveNetIcon));
    item->setForeground(1, bad ? QBrush(QColor(0xc0, 0x1c, 0x28)) : QBrush());
    // Rows are updated in place (the list changes under the user's eyes as the server's events
    // come in): the current row and the scroll position stay.
    const QList<DomainSummary> &domains = session->domains();
    for (int i = item->childCount() - 1; i >= 0; --i) {
        const QString name = item->child(i)->data(0, DomainRole).toString();
        if (std::none_of(domains.cbegin(), domains.cend(), [&](const DomainSummary &d) { return d.name == name; }))
            delete item->takeChild(i);
    }
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const DomainSummary &domain = domains[i];
        QTreeWidgetItem *child = nullptr;
        for (int j = int(i); j < item->childCount() && !child; ++j) {
            if (item->child(j)->data(0, DomainRole).toString() == domain.name)
                child = item->child(j);
        }
        if (!child) {
            child = new QTreeWidgetItem;
            item->insertChild(int(i), child);
            child->setData(0, SessionRole, QVariant::fromValue<QObject *>(session));
            child->setData(0, DomainRole, domain.name);
            child->setIcon(0, style->standardIcon(QStyle::SP_ComputerIcon));
        }
        child->setText(0, domain.name);
        child->setText(1, tr(domain.state.toUtf8().constData()));
        child->setText(2, domain.machine.isEmpty() ? domain.arch : domain.machine);
        child->setToolTip(0, tr("%1 (%2). Double-click to open it.").arg(domain.name, domain.uuid));
    }
    item->setExpanded(true);
}

} // namespace pcitopo
