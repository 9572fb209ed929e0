#include "ConnectionsDock.h"

#include "libvirt/LibvirtSession.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
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
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString name = item->data(0, DomainRole).toString();
        auto *session = qobject_cast<LibvirtSession *>(item->data(0, SessionRole).value<QObject *>());
        if (session && !name.isEmpty())
            emit domainActivated(session, name);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { emit currentSessionChanged(currentSession()); });
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
    item->setToolTip(0, session->uri());
    item->setText(1, stateText(session));
    item->setToolTip(1, stateText(session));
    const bool bad =
        session->state() == LibvirtSession::State::Failed || session->state() == LibvirtSession::State::Lost;
    item->setIcon(0, style->standardIcon(bad ? QStyle::SP_MessageBoxWarning : QStyle::SP_DriveNetIcon));
    item->setForeground(1, bad ? QBrush(QColor(0xc0, 0x1c, 0x28)) : QBrush());
    qDeleteAll(item->takeChildren());
    for (const DomainSummary &domain : session->domains()) {
        auto *child = new QTreeWidgetItem(item,
                                          {domain.name, tr(domain.state.toUtf8().constData()),
                                           domain.machine.isEmpty() ? domain.arch : domain.machine});
        child->setData(0, SessionRole, QVariant::fromValue<QObject *>(session));
        child->setData(0, DomainRole, domain.name);
        child->setToolTip(0, tr("%1 (%2). Double-click to open it.").arg(domain.name, domain.uuid));
        child->setIcon(0, style->standardIcon(QStyle::SP_ComputerIcon));
    }
    item->setExpanded(true);
}

} // namespace pcitopo
