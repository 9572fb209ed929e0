#include "Autosave.h"

#include "AtomicFile.h"
#include "DomainDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUndoStack>

namespace pcitopo {

QString Autosave::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(QObject *parent)
    : QObject(parent)
    , m_delay(qEnvironmentVariableIsSet("PCITOPO_AUTOSAVE_DELAY_MS")
                  ? qEnvironmentVariableIntValue("PCITOPO_AUTOSAVE_DELAY_MS")
                  : 2000)
{
    QDir().mkpath(folder());
    // Domains from libvirt carry their secrets (VNC passwords): only the user may read them.
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_lock = std::make_unique<QLockFile>(folder() + QStringLiteral("/%1.lock").arg(QCoreApplication::applicationPid()));
    m_lock->setStaleLockTime(0); // only a dead process releases it
    m_lock->lock();
}

Autosave::~Autosave()
{
    QThreadPool::globalInstance()->waitForDone();
}

QString Autosave::fileFor(const DomainDocument *document) const
{
    return folder()
        + QStringLiteral("/%1-%2.xml").arg(QCoreApplication::applicationPid()).arg(m_numbers.value(document));
}

void Autosave::watch(DomainDocument *document)
{
    m_numbers.insert(document, m_next++);
    connect(document, &DomainDocument::changed, this, [this, document] { schedule(document); });
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this, document](bool clean) {
        if (clean) { // saved, or undone back to what is on disk
            QFile::remove(fileFor(document));
            QFile::remove(fileFor(document) + QStringLiteral(".json"));
            QFile::remove(fileFor(document) + QStringLiteral(".baseline"));
        }
    });
}

void Autosave::forget(DomainDocument *document)
{
    if (QTimer *timer = m_timers.take(document))
        delete timer;
    QThreadPool::globalInstance()->waitForDone();
    QFile::remove(fileFor(document));
    QFile::remove(fileFor(document) + QStringLiteral(".json"));
    QFile::remove(fileFor(document) + QStringLiteral(".baseline"));
    m_numbers.remove(document);
    disconnect(document, nullptr, this, nullptr);
    disconnect(document->undoStack(), nullptr, this, nullptr);
}

void Autosave::schedule(DomainDocument *document)
{
    QPointer<QTimer> &timer = m_timers[document];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, document] { write(document); });
    }
    timer->start(m_delay);
}

void Autosave::write(DomainDocument *document)
{
    if (!document->isModified())
        return;
    // Serialising is fast (about 1 ms for 5000 devices); the disk is not: write off-thread.
    const QByteArray xml = document->toXml();
    const Origin origin = m_origin ? m_origin(document) : Origin();
    QJsonObject meta{{QStringLiteral("source"), document->source()}, {QStringLiteral("name"), document->displayName()}};
    if (!origin.uri.isEmpty()) {
        meta.insert(QStringLiteral("connection"), origin.uri);
        meta.insert(QStringLiteral("readOnly"), origin.readOnly);
        meta.insert(QStringLiteral("domain"), origin.domain);
        meta.insert(QStringLiteral("uuid"), origin.uuid);
    }
    const QByteArray record = QJsonDocument(meta).toJson();
    const QString path = fileFor(document);
    QThreadPool::globalInstance()->start([path, xml, record, baseline = origin.baseline] {
        // The record last: a recovery reads only what it names, complete.
        if (!baseline.isEmpty())
            writeFileAtomically(path + QStringLiteral(".baseline"), baseline, nullptr);
        writeFileAtomically(path, xml, nullptr);
        writeFileAtomically(path + QStringLiteral(".json"), record, nullptr);
    });
}

QList<Autosave::Recoverable> Autosave::findRecoverable()
{
    QList<Recoverable> found;
    const QDir dir(folder());
    for (const QString &lockName : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        QLockFile lock(dir.filePath(lockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a live pcitopo owns these
        const QString pid = lockName.chopped(5);
        for (const QString &name : dir.entryList({pid + QStringLiteral("-*.xml")}, QDir::Files)) {
            QFile xml(dir.filePath(name));
            QFile record(dir.filePath(name) + QStringLiteral(".json"));
            if (!xml.open(QIODevice::ReadOnly) || !record.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject meta = QJsonDocument::fromJson(record.readAll()).object();
            Origin origin;
            origin.uri = meta.value(QStringLiteral("connection")).toString();
            origin.readOnly = meta.value(QStringLiteral("readOnly")).toBool();
            origin.domain = meta.value(QStringLiteral("domain")).toString();
            origin.uuid = meta.value(QStringLiteral("uuid")).toString();
            QFile baseline(dir.filePath(name) + QStringLiteral(".baseline"));
            if (!origin.uri.isEmpty() && baseline.open(QIODevice::ReadOnly))
                origin.baseline = baseline.readAll();
            found.append({xml.fileName(), meta.value(QStringLiteral("source")).toString(),
                          meta.value(QStringLiteral("name")).toString(), xml.readAll(), origin});
        }
        lock.unlock();
        if (found.isEmpty() || std::none_of(found.cbegin(), found.cend(), [&](const Recoverable &r) {
                return QFileInfo(r.autosaveFile).fileName().startsWith(pid + QLatin1Char('-'));
            }))
            QFile::remove(dir.filePath(lockName)); // nothing left of that instance
    }
    return found;
}

void Autosave::discard(const Recoverable &recoverable)
{
    QFile::remove(recoverable.autosaveFile);
    QFile::remove(recoverable.autosaveFile + QStringLiteral(".json"));
    QFile::remove(recoverable.autosaveFile + QStringLiteral(".baseline"));
}

} // namespace pcitopo
