#include "LiveLayer.h"
#include "DocumentManager.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "libvirt/LibvirtSession.h"
#include "rules/LiveHotplug.h"

#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace pcitopo {

namespace {

QString aliasOf(const Topology &topology, NodeId id)
{
    const XmlNode alias = topology.element(id).firstChildElement("alias");
    return alias ? alias.attribute("name") : QString();
}

/** Every node with an address, by its label: what the two layers are compared by. */
QHash<QString, PciAddress> addressesByLabel(const Topology &topology)
{
    QHash<QString, PciAddress> result;
    const auto add = [&](NodeId id) {
        if (const std::optional<PciAddress> at = topology.addressOf(id))
            result.insert(topology.labelOf(id), *at);
    };
    for (const Controller &c : topology.controllers())
        add(c.id);
    for (const Device &d : topology.devices())
        add(d.id);
    return result;
}

/** The element to plug again what was unplugged: without the alias QEMU had given it. */
QByteArray withoutAlias(QByteArray xml)
{
    static const QRegularExpression alias(QStringLiteral("\\s*<alias name=['\"][^'\"]*['\"]\\s*/>"));
    return QString::fromUtf8(xml).remove(alias).toUtf8();
}

/** What an unplug asked "live and from next boot" did even when the guest keeps the device. */
QString nextBootGone(bool alsoConfig)
{
    return alsoConfig ? LiveLayer::tr(" (the next boot's definition no longer has it)") : QString();
}

QString refusalText(const QList<rules::LiveRefusal> &refusals)
{
    QStringList lines;
    for (const rules::LiveRefusal &r : refusals)
        lines << (r.severity == Severity::LibvirtError ? LiveLayer::tr("libvirt would refuse: %1")
                                                       : LiveLayer::tr("QEMU would refuse: %1"))
                     .arg(r.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

LiveLayer::LiveLayer(DocumentManager *documents, Feedback feedback,
                     std::function<void(LibvirtSession *, const QString &)> openNextBoot, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_feedback(feedback)
    , m_openNextBoot(std::move(openNextBoot))
{ }

LiveLayer::~LiveLayer() = default;

QString LiveLayer::keyOf(const LibvirtSession *session, const QString &domain, const QString &alias)
{
    return QStringLiteral("%1\n%2\n%3").arg(quintptr(session)).arg(domain, alias);
}

LiveLayer::LayerDifferences LiveLayer::layerDifferences(const QByteArray &liveXml, const QByteArray &nextBootXml)
{
    LayerDifferences result;
    QString error;
    const std::unique_ptr<DomainDocument> live = DomainDocument::fromXml(liveXml, &error);
    const std::unique_ptr<DomainDocument> next = DomainDocument::fromXml(nextBootXml, &error);
    if (!live || !next)
        return result;
    const QHash<QString, PciAddress> now = addressesByLabel(live->topology());
    const QHash<QString, PciAddress> later = addressesByLabel(next->topology());
    QStringList onlyNow, onlyLater, moved;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto other = later.constFind(it.key());
        if (other == later.cend()) {
            onlyNow << tr("%1 at %2").arg(it.key(), it->toShortString());
            result.liveNotes.insert(it.key(),
                                    tr("Only in the running guest: the next boot's definition does not have it."));
        } else if (*other != *it) {
            moved << tr("%1 (now %2, at next boot %3)").arg(it.key(), it->toShortString(), other->toShortString());
            result.liveNotes.insert(it.key(), tr("At %1 in the next boot's definition.").arg(other->toShortString()));
        }
    }
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        if (!now.contains(it.key()))
            onlyLater << tr("%1 at %2").arg(it.key(), it->toShortString());
    }
    for (QStringList *list : {&onlyNow, &onlyLater, &moved})
        list->sort();
    if (!onlyNow.isEmpty())
        result.lines << tr("only now: %1").arg(onlyNow.join(QStringLiteral("; ")));
    if (!onlyLater.isEmpty())
        result.lines << tr("only at next boot: %1").arg(onlyLater.join(QStringLiteral("; ")));
    if (!moved.isEmpty())
        result.lines << tr("elsewhere: %1").arg(moved.join(QStringLiteral("; ")));
    return result;
}

void LiveLayer::open(LibvirtSession *session, const QString &name)
{
    if (DocumentTab *tab = m_documents->tabFor(session, name, true)) {
        m_documents->setCurrentTab(tab);
        return;
    }
    m_feedback.status(tr("Reading the running guest %1 from %2…").arg(name, session->uri()));
    load(session, name, nullptr,
         [this](DocumentTab *tab, const QStringList &differences) { showDifferences(tab, differences); });
}

void LiveLayer::refresh(DocumentTab *tab)
{
    if (!tab || !tab->isLive() || !tab->session())
        return;
    load(tab->session(), tab->domainName(), tab,
         [this](DocumentTab *fresh, const QStringList &differences) { showDifferences(fresh, differences); });
}

void LiveLayer::load(LibvirtSession *session, const QString &name, DocumentTab *tab,
                     std::function<void(DocumentTab *, const QStringList &)> then)
{
    QPointer<LibvirtSession> guard(session);
    QPointer<DocumentTab> old(tab);
    // Calls on a connection keep their order: the next boot's definition is read right after.
    session->fetchLive(name, [this, guard, old, name, then](const QByteArray &live, const QString &error) {
        if (!guard || (live.isEmpty() && error.isEmpty()))
            return; // given up with the connection
        if (live.isEmpty()) {
            m_feedback.report(
                tr("Cannot Read the Running Guest"),
                tr("The live topology of %1 could not be read from %2: %3").arg(name, guard->uri(), error));
            return;
        }
        // A stopped domain's "live" XML is its definition: libvirt gives it without an id.
        static const QRegularExpression running(QStringLiteral("<domain\\b[^>]*\\sid=['\"]\\d+"));
        if (!running.match(QString::fromUtf8(live.left(512))).hasMatch()) {
            const QString text = tr("%1 is not running: there is no live topology to show. Its next boot's "
                                    "definition opens from the Connections dock.")
                                     .arg(name);
            if (old)
                old->showNotice(text, {});
            else
                m_feedback.report(tr("Not Running"), text);
            return;
        }
        guard->fetchDomain(name, [this, guard, old, name, live, then](const QByteArray &next, const QString &) {
            if (!guard)
                return;
            QString parseError;
            std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(live, &parseError);
            if (!document) {
                m_feedback.report(tr("Cannot Read the Running Guest"), parseError);
                return;
            }
            document->setSource(guard->uri());
            QTabWidget *tabs = m_documents->tabWidget();
            int index = -1;
            const bool replaces = old;
            if (old) {
                index = tabs->indexOf(old);
                m_documents->closeTab(old, DocumentManager::Discard);
            } else if (DocumentTab *opened = m_documents->tabFor(guard, name, true)) {
                index = tabs->indexOf(opened); // opened twice while reading
                m_documents->closeTab(opened, DocumentManager::Discard);
            }
            DocumentTab *fresh = m_documents->addTab(std::move(document));
            if (index >= 0)
                tabs->tabBar()->moveTab(tabs->indexOf(fresh), index);
            fresh->setLibvirtOrigin(guard, name, live);
            fresh->setLive(true);
            m_documents->stopAutosave(fresh); // nothing to recover: the guest has it
            fresh->setLiveHistory(stepsFor(guard, name));
            tabs->setTabToolTip(tabs->indexOf(fresh),
                                tr("%1 on %2, as it runs now (live); its next boot's definition opens in its own tab")
                                    .arg(name, guard->uri()));
            fresh->setHostFacts(guard->host().factsFor(name));
            m_documents->setCurrentTab(fresh);
            if (DocumentTab *nextBoot = m_documents->tabFor(guard, name, false))
                nextBoot->setBesideLive(true);
            markPending(fresh);
            fresh->view()->fitToWindow();
            m_feedback.status(tr("Showing the running guest %1 as it is now.").arg(name), 5000);
            // For scripted UI tests: the boxes again, where the new layout put them.
            if (const QByteArray print = qgetenv("PCITOPO_PRINT_NODE_GEOMETRY");
                replaces && !print.isEmpty() && print != "0")
                QTimer::singleShot(600, fresh, [tab = QPointer<DocumentTab>(fresh)] {
                    if (tab)
                        tab->printNodeGeometry();
                });
            const LayerDifferences differences = next.isEmpty() ? LayerDifferences() : layerDifferences(live, next);
            QHash<NodeId, QString> notes;
            const Topology &topology = fresh->document()->topology();
            const auto note = [&](NodeId id) {
                if (const auto it = differences.liveNotes.constFind(topology.labelOf(id));
                    it != differences.liveNotes.cend())
                    notes.insert(id, *it);
            };
            for (const Controller &c : topology.controllers())
                note(c.id);
            for (const Device &d : topology.devices())
                note(d.id);
            fresh->scene()->setLayerNotes(notes);
            then(fresh, differences.lines);
        });
    });
}

void LiveLayer::showDifferences(DocumentTab *tab, const QStringList &differences)
{
    QPointer<LibvirtSession> session(tab->session());
    const QString name = tab->domainName();
    QString text = tr("The running guest %1 as it is now. Plug and unplug devices from the context menu; "
                      "edit the next boot's definition in its own tab.")
                       .arg(name);
    text += QLatin1Char(' ')
        + (differences.isEmpty()
               ? tr("Its PCI devices and addresses are those of the next boot's definition.")
               : tr("It differs from the next boot's definition: %1.").arg(differences.join(QStringLiteral(". "))));
    tab->showNotice(text, {{tr("Open Next Boot"), [this, session, name] {
                                if (session)
                                    m_openNextBoot(session, name);
                            }}});
}

void LiveLayer::markPending(DocumentTab *tab)
{
    QSet<NodeId> pending;
    const Topology &topology = tab->document()->topology();
    const auto mark = [&](NodeId id) {
        if (m_pending.contains(keyOf(tab->session(), tab->domainName(), aliasOf(topology, id))))
            pending.insert(id);
    };
    for (const Device &d : topology.devices())
        mark(d.id);
    tab->scene()->setPendingUnplugs(pending);
}

void LiveLayer::plug(DocumentTab *tab, const QByteArray &deviceXml, const std::optional<PciAddress> &at)
{
    if (!tab || !tab->isLive() || !tab->session())
        return;
    QPointer<LibvirtSession> session(tab->session());
    QPointer<DocumentTab> guard(tab);
    const QString name = tab->domainName();
    // Judged against the guest as it is now, not as the tab last showed it.
    session->fetchLive(name, [this, session, guard, name, deviceXml, at](const QByteArray &live, const QString &error) {
        if (!session || !guard)
            return;
        if (live.isEmpty()) {
            m_feedback.report(
                tr("Cannot Hot-Plug"),
                tr("%1 is not running, or could not be read: %2").arg(name, error.isEmpty() ? tr("no answer") : error));
            return;
        }
        QString planError;
        const std::optional<rules::PlugPlan> plan =
            rules::planPlug(live, deviceXml, at, &planError, session->host().factsFor(name));
        if (!plan) {
            m_feedback.report(tr("Cannot Hot-Plug"), planError);
            return;
        }
        if (!plan->refusals.isEmpty()) {
            m_feedback.report(
                tr("Cannot Hot-Plug"),
                tr("%1 cannot be plugged into the running guest %2%3:\n%4\n\nNothing was asked of libvirt.")
                    .arg(plan->label, name,
                         plan->address ? tr(" at %1").arg(plan->address->toShortString()) : QString(),
                         refusalText(plan->refusals)));
            return;
        }
        const QString where = plan->address->toShortString()
            + (plan->guestAddress && *plan->guestAddress != *plan->address
                   ? QLatin1Char(' ') + tr("(the guest sees %1)").arg(plan->guestAddress->toShortString())
                   : QString());
        const int choice = m_feedback.choose(
            tr("Hot-Plug"), tr("Plug %1 into the running guest %2 at %3?").arg(plan->label, name, where),
            {tr("Plug &Live Only"), tr("Plug Live and at &Next Boot")});
        if (choice < 0 || !session) // the dialog ran the event loop: the connection may be gone
            return;
        const bool alsoConfig = choice == 1;
        m_feedback.status(tr("Plugging %1 into %2…").arg(plan->label, name));
        const QString plugging = keyOf(session, name, QString());
        ++m_plugging[plugging]; // until the tab is read again: its DEVICE_ADDED is ours
        session->hotplug(
            name, plan->deviceXml, true, alsoConfig,
            [this, session, name, label = plan->label, address = *plan->address, where, alsoConfig, plugging,
             deviceXml = plan->deviceXml](const VirtConnection::Result &result) {
                const auto done = [this, plugging] {
                    if (--m_plugging[plugging] <= 0)
                        m_plugging.remove(plugging);
                };
                if (!result.ok) {
                    done();
                    const QString what = result.unknown ? tr("no answer, whether it happened is not known")
                                                        : tr("libvirt refused: %1").arg(result.error);
                    record(session, name,
                           {Record::Kind::Note,
                            tr("Hot-plug %1 at %2: %3").arg(label, address.toShortString(), what),
                            {},
                            address});
                    m_feedback.report(
                        result.unknown ? tr("Hot-Plug Not Known") : tr("Hot-Plug Refused"),
                        result.unknown ? result.error
                                       : tr("libvirt refused to plug %1 into %2: %3").arg(label, name, result.error));
                    return;
                }
                record(session, name,
                       {Record::Kind::Plug, tr("Hot-plug %1 at %2").arg(label, address.toShortString()), deviceXml,
                        address});
                m_feedback.status(tr("Plugged %1 into %2 at %3.").arg(label, name, where), 8000);
                DocumentTab *tab = session ? m_documents->tabFor(session, name, true) : nullptr;
                if (!tab) {
                    done();
                    return;
                }
                load(session, name, tab,
                     [this, label, address, where, alsoConfig, done](DocumentTab *fresh,
                                                                     const QStringList &differences) {
                         done();
                         QPointer<DocumentTab> tab(fresh);
                         QString text = tr("Plugged %1 at %2%3.")
                                            .arg(label, where, alsoConfig ? tr(", live and at next boot") : QString());
                         if (!differences.isEmpty())
                             text += QLatin1Char(' ')
                                 + tr("Now differs from the next boot's definition: %1.")
                                       .arg(differences.join(QStringLiteral(". ")));
                         fresh->showNotice(text, {{tr("Undo (Unplug)"), [this, tab, address] {
                                                       if (!tab)
                                                           return;
                                                       const QList<NodeId> there =
                                                           tab->document()->topology().nodesAt(address);
                                                       if (!there.isEmpty())
                                                           unplug(tab, there.first());
                                                   }}});
                     });
            });
    });
}

void LiveLayer::unplug(DocumentTab *tab, NodeId node)
{
    if (!tab || !tab->isLive() || !tab->session())
        return;
    const std::optional<PciAddress> at = tab->document()->topology().addressOf(node);
    if (!at) {
        m_feedback.report(tr("Cannot Hot-Unplug"), tr("It has no PCI address in the running guest."));
        return;
    }
    QPointer<LibvirtSession> session(tab->session());
    QPointer<DocumentTab> guard(tab);
    const QString name = tab->domainName();
    if (m_pending.contains(keyOf(session, name, aliasOf(tab->document()->topology(), node)))) {
        m_feedback.status(tr("%1 has been asked to release it already: the unplug is pending.").arg(name), 8000);
        return;
    }
    session->fetchLive(name, [this, session, guard, name, at = *at](const QByteArray &live, const QString &error) {
        if (!session || !guard)
            return;
        QString planError = error;
        const std::optional<rules::UnplugPlan> plan =
            live.isEmpty() ? std::nullopt : rules::planUnplug(live, at, &planError);
        if (!plan) {
            m_feedback.report(tr("Cannot Hot-Unplug"), planError.isEmpty() ? tr("no answer") : planError);
            return;
        }
        if (!plan->refusals.isEmpty()) {
            m_feedback.report(
                tr("Cannot Hot-Unplug"),
                tr("%1 cannot be unplugged from the running guest %2:\n%3\n\nNothing was asked of libvirt.")
                    .arg(plan->label, name, refusalText(plan->refusals)));
            return;
        }
        const int choice =
            m_feedback.choose(tr("Hot-Unplug"),
                              tr("Ask the running guest %1 to release %2 at %3? It is gone when the guest lets it go.")
                                  .arg(name, plan->label, at.toShortString()),
                              {tr("Unplug &Live Only"), tr("Unplug Live and from &Next Boot")});
        // The dialog ran the event loop: the connection may be gone, or the unplug asked meanwhile.
        const QString key = keyOf(session, name, plan->alias);
        if (choice < 0 || !session || m_pending.contains(key))
            return;
        // Followed before libvirt is asked: DEVICE_REMOVED may come before the call returns.
        Pending pending{session,     name,    plan->alias, plan->label, withoutAlias(plan->deviceXml),
                        choice == 1, nullptr, at};
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, key] {
            const auto it = m_pending.find(key);
            if (it == m_pending.end() || !it->session)
                return;
            record(it->session, it->domain,
                   {Record::Kind::Note,
                    tr("Hot-unplug %1 from %2: pending, the guest has not released it%3")
                        .arg(it->label, it->at.toShortString(), nextBootGone(it->alsoConfig)),
                    {},
                    it->at});
            const QString text = tr("The guest %1 has not released %2 after %3 s: the unplug is pending, and the "
                                    "device stays in the running guest until the guest lets it go.")
                                     .arg(it->domain, it->label)
                                     .arg(UnplugWaitMs / 1000)
                + nextBootGone(it->alsoConfig);
            m_feedback.status(text, 10000);
            if (DocumentTab *tab = m_documents->tabFor(it->session, it->domain, true))
                tab->showNotice(text, {});
        });
        m_pending.insert(key, pending);
        markPending(guard);
        m_feedback.status(tr("Asking %1 to release %2…").arg(name, plan->label));
        session->hotplug(
            name, plan->deviceXml, false, choice == 1,
            [this, key, name, label = plan->label](const VirtConnection::Result &result) {
                const auto it = m_pending.find(key);
                if (it == m_pending.end())
                    return; // already gone (DEVICE_REMOVED came first)
                if (!result.ok) {
                    const QString what = result.unknown ? tr("no answer, whether the guest was asked is not known")
                                                        : tr("libvirt refused: %1").arg(result.error);
                    record(it->session, name,
                           {Record::Kind::Note, tr("Hot-unplug %1: %2").arg(label, what), {}, it->at});
                    m_feedback.report(
                        result.unknown ? tr("Hot-Unplug Not Known") : tr("Hot-Unplug Refused"),
                        result.unknown ? result.error
                                       : tr("libvirt refused to unplug %1 from %2: %3").arg(label, name, result.error));
                    finishUnplug(key, false);
                    return;
                }
                // libvirt's "detached" says only that the guest was asked.
                it->timer->start(UnplugWaitMs);
                m_feedback.status(tr("Waiting for %1 to release %2…").arg(name, label));
            });
    });
}

void LiveLayer::finishUnplug(const QString &key, bool removed)
{
    const Pending pending = m_pending.take(key);
    delete pending.timer;
    if (removed && pending.session)
        record(pending.session, pending.domain,
               {Record::Kind::Unplug, tr("Hot-unplug %1 from %2").arg(pending.label, pending.at.toShortString()),
                pending.deviceXml, pending.at});
    DocumentTab *tab = pending.session ? m_documents->tabFor(pending.session, pending.domain, true) : nullptr;
    if (!tab) {
        if (removed)
            m_feedback.status(tr("%1 released %2.").arg(pending.domain, pending.label), 8000);
        return;
    }
    if (!removed) {
        markPending(tab);
        return;
    }
    load(pending.session, pending.domain, tab, [this, pending](DocumentTab *fresh, const QStringList &differences) {
        QPointer<DocumentTab> tab(fresh);
        QString text =
            tr("The guest released %1: it is unplugged%2.")
                .arg(pending.label, pending.alsoConfig ? tr(", and gone from the next boot's definition") : QString());
        if (!differences.isEmpty())
            text += QLatin1Char(' ')
                + tr("Now differs from the next boot's definition: %1.").arg(differences.join(QStringLiteral(". ")));
        m_feedback.status(tr("%1 released %2.").arg(pending.domain, pending.label), 8000);
        fresh->showNotice(text, {{tr("Undo (Plug Again)"), [this, tab, xml = pending.deviceXml] {
                                      if (tab)
                                          plug(tab, xml, std::nullopt);
                                  }}});
    });
}

void LiveLayer::record(LibvirtSession *session, const QString &domain, const Record &record)
{
    m_history[keyOf(session, domain, QString())].append(record);
    if (DocumentTab *tab = m_documents->tabFor(session, domain, true))
        tab->setLiveHistory(stepsFor(session, domain));
}

QList<DocumentTab::LiveStep> LiveLayer::stepsFor(LibvirtSession *session, const QString &domain)
{
    QPointer<LibvirtSession> guard(session);
    // Each step acts on the guest's live tab as it is when asked (tabs are replaced on reload).
    const auto onTab = [this, guard, domain](std::function<void(DocumentTab *)> action) {
        return [this, guard, domain, action] {
            if (DocumentTab *tab = guard ? m_documents->tabFor(guard, domain, true) : nullptr)
                action(tab);
        };
    };
    const auto unplugAt = [this](const PciAddress &at) {
        return [this, at](DocumentTab *tab) {
            const QList<NodeId> there = tab->document()->topology().nodesAt(at);
            if (there.isEmpty())
                m_feedback.report(tr("Cannot Hot-Unplug"),
                                  tr("Nothing sits at %1 in the running guest now.").arg(at.toShortString()));
            else
                unplug(tab, there.first());
        };
    };
    const auto plugAt = [this](const QByteArray &xml, const PciAddress &at) {
        return [this, xml, at](DocumentTab *tab) {
            plug(tab, xml, at);
        };
    };
    QList<DocumentTab::LiveStep> steps;
    for (const Record &r : m_history.value(keyOf(session, domain, QString()))) {
        switch (r.kind) {
        case Record::Kind::Plug: steps.append({r.text, onTab(unplugAt(r.at)), onTab(plugAt(r.deviceXml, r.at))}); break;
        case Record::Kind::Unplug:
            steps.append({r.text, onTab(plugAt(r.deviceXml, r.at)), onTab(unplugAt(r.at))});
            break;
        case Record::Kind::Note:
            steps.append({r.text, onTab([this, text = r.text](DocumentTab *) {
                              m_feedback.status(tr("Not undone: \"%1\" is not a change the guest made, so there is "
                                                   "nothing here to take back.")
                                                    .arg(text),
                                                8000);
                          }),
                          onTab([](DocumentTab *) {})});
            break;
        }
    }
    return steps;
}

void LiveLayer::connectionLost(LibvirtSession *session)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->session != session) {
            ++it;
            continue;
        }
        const Pending pending = *it;
        it = m_pending.erase(it);
        delete pending.timer;
        const QString text = tr("The connection to %1 was lost while %2 was asked to release %3: whether it has is "
                                "not known. Refresh once reconnected.")
                                 .arg(session->uri(), pending.domain, pending.label);
        record(session, pending.domain,
               {Record::Kind::Note,
                tr("Hot-unplug %1: connection lost, whether the guest released it is not known").arg(pending.label),
                {},
                pending.at});
        if (DocumentTab *tab = m_documents->tabFor(session, pending.domain, true)) {
            markPending(tab);
            tab->showNotice(text, {});
        }
    }
}

void LiveLayer::domainEvent(LibvirtSession *session, const DomainEvent &event)
{
    switch (event.kind) {
    case DomainEvent::Kind::DeviceRemoved:
        if (m_pending.contains(keyOf(session, event.name, event.device)))
            finishUnplug(keyOf(session, event.name, event.device), true);
        else if (DocumentTab *tab = m_documents->tabFor(session, event.name, true))
            refresh(tab); // another client's unplug
        break;
    case DomainEvent::Kind::DeviceRemovalFailed: {
        const QString key = keyOf(session, event.name, event.device);
        const auto it = m_pending.constFind(key);
        if (it == m_pending.cend())
            break;
        const QString text =
            tr("The guest %1 refused to release %2: it stays in the running guest.").arg(event.name, it->label)
            + nextBootGone(it->alsoConfig);
        record(session, event.name,
               {Record::Kind::Note,
                tr("Hot-unplug %1: the guest refused to release it%2").arg(it->label, nextBootGone(it->alsoConfig)),
                {},
                it->at});
        finishUnplug(key, false);
        m_feedback.status(text, 10000);
        if (DocumentTab *tab = m_documents->tabFor(session, event.name, true))
            tab->showNotice(text, {});
        break;
    }
    case DomainEvent::Kind::DeviceAdded:
        // Another client's plug (ours reloads the tab itself when libvirt returns).
        if (DocumentTab *tab = m_documents->tabFor(session, event.name, true);
            tab && !m_plugging.contains(keyOf(session, event.name, QString()))) {
            const Topology &topology = tab->document()->topology();
            const QList<Device> &devices = topology.devices();
            if (std::none_of(devices.cbegin(), devices.cend(),
                             [&](const Device &d) { return aliasOf(topology, d.id) == event.device; }))
                refresh(tab);
        }
        break;
    case DomainEvent::Kind::Started:
        m_history.remove(keyOf(session, event.name, QString())); // a new run: nothing of the last to undo
        break;
    case DomainEvent::Kind::Stopped:
        m_history.remove(keyOf(session, event.name, QString()));
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->session == session && it->domain == event.name) {
                delete it->timer;
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
        if (DocumentTab *tab = m_documents->tabFor(session, event.name, true)) {
            tab->scene()->setPendingUnplugs({});
            tab->showNotice(tr("%1 stopped: this live topology is what it had when it ran. Its next boot's "
                               "definition is in its own tab.")
                                .arg(event.name),
                            {});
        }
        break;
    default: break;
    }
}

} // namespace pcitopo
