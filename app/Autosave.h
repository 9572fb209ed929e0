#pragma once

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace pcitopo {

class DomainDocument;

/**
 * Keeps unsaved edits safe: a modified document is written (atomically, off the GUI thread) to
 * the autosave folder shortly after each change, and its file is removed once the document is
 * saved or closed. Each running pcitopo holds a lock; autosaves whose lock is stale belong to
 * an instance that died, and the next start offers them for recovery.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    /** The folder (under the user's data location), and the delay after the last edit. */
    explicit Autosave(QObject *parent = nullptr);
    ~Autosave() override;

    void watch(DomainDocument *document);
    void forget(DomainDocument *document);

    /** Where a domain opened from libvirt lives, so that a recovered edit can go back there. */
    struct Origin
    {
        QString uri; // "" for a file
        bool readOnly = false;
        QString domain;
        QString uuid;
        QByteArray baseline; // the definition as fetched: a save checks the server still has it
    };
    /** How the autosave learns a document's origin when it writes it. */
    void setOriginLookup(std::function<Origin(const DomainDocument *)> lookup) { m_origin = std::move(lookup); }

    /** What a dead instance left: its documents, with the path (or connection) they came from. */
    struct Recoverable
    {
        QString autosaveFile;
        QString source;
        QString name;
        QByteArray xml;
        Origin origin;
    };
    static QList<Recoverable> findRecoverable();
    /** Deletes a recovered (or declined) autosave and its record. */
    static void discard(const Recoverable &recoverable);
    static QString folder();

private:
    void schedule(DomainDocument *document);
    void write(DomainDocument *document);
    QString fileFor(const DomainDocument *document) const;

    std::unique_ptr<QLockFile> m_lock;
    QHash<const DomainDocument *, QPointer<QTimer>> m_timers;
    QHash<const DomainDocument *, int> m_numbers;
    int m_next = 1;
    int m_delay;
    std::function<Origin(const DomainDocument *)> m_origin;
};

} // namespace pcitopo
