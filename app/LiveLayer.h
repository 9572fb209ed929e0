#pragma once

#include "DocumentTab.h"
#include "Feedback.h"
#include "NodeId.h"
#include "PciAddress.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace pcitopo {

struct Controller;
class DocumentManager;
class LibvirtSession;
class Topology;
struct DomainEvent;

/**
 * The running guest's layer: a tab with its live topology (virDomainGetXMLDesc without
 * INACTIVE) beside the next boot's definition, with what differs between them said, and the
 * only changes a live topology takes: plugging a device in (virDomainAttachDeviceFlags, at the
 * place pcitopo chose and checked against the live rules first) and asking the guest to release
 * one (virDomainDetachDeviceFlags), which stays pending until libvirt's DEVICE_REMOVED says it
 * is gone. Each done change offers its inverse (an unplug undoes a plug, a plug an unplug).
 */
class LiveLayer : public QObject
{
    Q_OBJECT

public:
    /** How long an unplug waits for DEVICE_REMOVED before it says the guest has not let go. */
    static constexpr int UnplugWaitMs = 10000;

    LiveLayer(DocumentManager *documents, Feedback feedback,
              std::function<void(LibvirtSession *, const QString &)> openNextBoot, QObject *parent = nullptr);
    ~LiveLayer() override;

    /** Opens the running guest `name`'s live topology in a tab of its own (or shows it). */
    void open(LibvirtSession *session, const QString &name);
    /** Reads a live tab's topology again (after a change, or the user's Refresh). */
    void refresh(DocumentTab *tab);
    /**
     * Plugs `deviceXml` into a live tab's guest, at `at` or the first free place that takes it:
     * refused places are explained before libvirt is asked; the user chooses live only, or live
     * and next boot.
     */
    void plug(DocumentTab *tab, const QByteArray &deviceXml, const std::optional<PciAddress> &at);
    /** Asks the guest to release the device `node` of a live tab, and follows the request. */
    void unplug(DocumentTab *tab, NodeId node);
    /** A connection died: its pending unplugs can no longer be followed, and say so. */
    void connectionLost(LibvirtSession *session);
    /** libvirt's word on a domain: unplugs done or refused, and the guest stopping. */
    void domainEvent(LibvirtSession *session, const DomainEvent &event);

    /** What differs between the live topology and the next boot's definition. */
    struct LayerDifferences
    {
        QStringList lines; // "only now: …", "only at next boot: …", "elsewhere: …"; none when they agree
        QHash<QString, QString> liveNotes; // by node label: why its live box is marked
    };
    static LayerDifferences layerDifferences(const QByteArray &liveXml, const QByteArray &nextBootXml);

private:
    /** An unplug asked of the guest and not yet confirmed. */
    struct Pending
    {
        QPointer<LibvirtSession> session;
        QString domain;
        QString alias;
        QString label;
        QByteArray deviceXml; // for plugging it in again
        bool alsoConfig = false;
        QTimer *timer = nullptr;
        PciAddress at;
    };
    /** A live change as the guest's history keeps it. */
    struct Record
    {
        enum class Kind { Plug, Unplug, Note } kind = Kind::Note; // a Note cannot be undone
        QString text;
        QByteArray deviceXml; // Plug: what was plugged; Unplug: what to plug again
        PciAddress at;
    };
    void record(LibvirtSession *session, const QString &domain, const Record &record);
    /** The guest's history as undo steps, for its live tab. */
    QList<DocumentTab::LiveStep> stepsFor(LibvirtSession *session, const QString &domain);
    /** Reads the live and next-boot definitions and shows them in `tab` (or a new tab), then `then`. */
    void load(LibvirtSession *session, const QString &name, DocumentTab *tab,
              std::function<void(DocumentTab *, const QStringList &differences)> then);
    void showDifferences(DocumentTab *tab, const QStringList &differences);
    /** Marks the pending unplugs of `tab`'s guest in its diagram. */
    void markPending(DocumentTab *tab);
    void finishUnplug(const QString &key, bool removed);
    static QString keyOf(const LibvirtSession *session, const QString &domain, const QString &alias);

    DocumentManager *m_documents;
    Feedback m_feedback;
    std::function<void(LibvirtSession *, const QString &)> m_openNextBoot;
    QHash<QString, Pending> m_pending;
    QHash<QString, int> m_plugging; // plugs of ours under way, by guest: their DEVICE_ADDED is ours
    QHash<QString, QList<Record>> m_history; // by keyOf(session, domain, "") // guests a plug of ours is under way for
                                             // (their DeviceAdded is ours)
};

} // namespace pcitopo
