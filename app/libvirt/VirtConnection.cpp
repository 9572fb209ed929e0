#include "VirtConnection.h"

#include <libvirt/libvirt-qemu.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "LibvirtInfo.h"
#include "SerialWorker.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>

namespace pcitopo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::VirtConnection)
};

std::atomic<int> keepAliveInterval{5};
std::atomic<int> keepAliveCount{3};

struct ConnectDeleter
{
    void operator()(virConnectPtr c) const { virConnectClose(c); }
};
struct DomainDeleter
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using ConnectPtr = std::unique_ptr<virConnect, ConnectDeleter>;
using DomainPtr = std::unique_ptr<virDomain, DomainDeleter>;

/** libvirt's last error of this thread, copied before the next call overwrites it. */
QString lastError()
{
    const char *message = virGetLastErrorMessage();
    return QString::fromUtf8(message ? message : "unknown libvirt error");
}

void silentErrors(void *, virErrorPtr) { }

void ensureEventLoop()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virSetErrorFunc(nullptr, silentErrors); // errors are reported by value, not printed
        if (virEventRegisterDefaultImpl() < 0)
            return;
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
    });
}

Credential::Kind kindOf(int type)
{
    switch (type) {
    case VIR_CRED_AUTHNAME:
    case VIR_CRED_USERNAME: return Credential::Kind::UserName;
    case VIR_CRED_PASSPHRASE: return Credential::Kind::Passphrase;
    case VIR_CRED_ECHOPROMPT: return Credential::Kind::Prompt;
    case VIR_CRED_NOECHOPROMPT: return Credential::Kind::SecretPrompt;
    case VIR_CRED_REALM: return Credential::Kind::Realm;
    default: return Credential::Kind::Other;
    }
}

int credentialTypes[] = {VIR_CRED_AUTHNAME,   VIR_CRED_USERNAME,     VIR_CRED_PASSPHRASE,
                         VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};

/** Wipes a QString's characters before it goes (answers may be passwords). */
void wipe(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}

int answerCredentials(virConnectCredentialPtr cred, unsigned int ncred, void *data)
{
    const auto *handler = static_cast<const CredentialHandler *>(data);
    QList<Credential> questions;
    for (unsigned int i = 0; i < ncred; ++i) {
        Credential c;
        c.kind = kindOf(cred[i].type);
        c.prompt = QString::fromUtf8(cred[i].prompt);
        c.challenge = QString::fromUtf8(cred[i].challenge);
        c.defaultAnswer = QString::fromUtf8(cred[i].defresult);
        questions.append(c);
    }
    const bool answered = (*handler)(questions);
    for (unsigned int i = 0; i < ncred; ++i) {
        cred[i].result = nullptr;
        cred[i].resultlen = 0;
        if (answered) {
            QByteArray bytes = questions[i].answer.toUtf8();
            cred[i].result = static_cast<char *>(malloc(size_t(bytes.size()) + 1)); // libvirt frees it
            if (cred[i].result) {
                memcpy(cred[i].result, bytes.constData(), size_t(bytes.size()) + 1);
                cred[i].resultlen = unsigned(bytes.size());
            }
            bytes.fill('\0');
        }
        wipe(questions[i].answer);
    }
    return answered ? 0 : -1;
}

QString closeReason(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR: return QStringLiteral("error");
    case VIR_CONNECT_CLOSE_REASON_EOF: return QStringLiteral("end of file");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: return QStringLiteral("keepalive timeout");
    default: return QStringLiteral("closed by the client");
    }
}

QString stateName(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "running"));
    case VIR_DOMAIN_BLOCKED: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "blocked"));
    case VIR_DOMAIN_PAUSED: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "paused"));
    case VIR_DOMAIN_SHUTDOWN: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "shutting down"));
    case VIR_DOMAIN_SHUTOFF: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "shut off"));
    case VIR_DOMAIN_CRASHED: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "crashed"));
    case VIR_DOMAIN_PMSUSPENDED: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "suspended"));
    default: return QStringLiteral(QT_TRANSLATE_NOOP("pcitopo::ConnectionsDock", "unknown"));
    }
}

/** <os><type arch machine> of a domain description. */
void readOsType(const QByteArray &xml, DomainSummary *summary)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path == QStringList{QStringLiteral("domain"), QStringLiteral("os"), QStringLiteral("type")}) {
                summary->arch = reader.attributes().value(QLatin1String("arch")).toString();
                summary->machine = reader.attributes().value(QLatin1String("machine")).toString();
                return;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
}

/**
 * Where libvirt's event thread delivers a connection's domain events. libvirt owns one
 * reference per registration and drops it (freeSink) once the callback can no longer run.
 */
struct EventSink
{
    std::mutex mutex;
    std::function<void(const DomainEvent &)> handler;

    void deliver(const DomainEvent &event)
    {
        std::lock_guard lock(mutex);
        if (handler)
            handler(event);
    }
};

using SinkRef = std::shared_ptr<EventSink>;

void freeSink(void *opaque)
{
    delete static_cast<SinkRef *>(opaque);
}

DomainEvent eventFor(virDomainPtr domain, DomainEvent::Kind kind)
{
    DomainEvent event;
    event.kind = kind;
    event.name = QString::fromUtf8(virDomainGetName(domain));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) == 0)
        event.uuid = QString::fromLatin1(uuid);
    return event;
}

DomainEvent::Kind lifecycleKind(int type, int detail)
{
    switch (type) {
    case VIR_DOMAIN_EVENT_DEFINED:
        return detail == VIR_DOMAIN_EVENT_DEFINED_RENAMED ? DomainEvent::Kind::Renamed : DomainEvent::Kind::Defined;
    case VIR_DOMAIN_EVENT_UNDEFINED:
        // A rename also undefines the old name; the Renamed event of the new one says it all.
        return detail == VIR_DOMAIN_EVENT_UNDEFINED_RENAMED ? DomainEvent::Kind::Other : DomainEvent::Kind::Undefined;
    case VIR_DOMAIN_EVENT_STARTED: return DomainEvent::Kind::Started;
    case VIR_DOMAIN_EVENT_STOPPED:
    case VIR_DOMAIN_EVENT_CRASHED: return DomainEvent::Kind::Stopped;
    case VIR_DOMAIN_EVENT_SUSPENDED:
    case VIR_DOMAIN_EVENT_PMSUSPENDED: return DomainEvent::Kind::Suspended;
    case VIR_DOMAIN_EVENT_RESUMED: return DomainEvent::Kind::Resumed;
    default: return DomainEvent::Kind::Other;
    }
}

int lifecycleEvent(virConnectPtr, virDomainPtr domain, int type, int detail, void *opaque)
{
    DomainEvent event = eventFor(domain, lifecycleKind(type, detail));
    event.redefined = type == VIR_DOMAIN_EVENT_DEFINED && detail == VIR_DOMAIN_EVENT_DEFINED_UPDATED;
    (*static_cast<SinkRef *>(opaque))->deliver(event);
    return 0;
}

void deviceAddedEvent(virConnectPtr, virDomainPtr domain, const char *alias, void *opaque)
{
    DomainEvent event = eventFor(domain, DomainEvent::Kind::DeviceAdded);
    event.device = QString::fromUtf8(alias);
    (*static_cast<SinkRef *>(opaque))->deliver(event);
}

void deviceRemovalFailedEvent(virConnectPtr, virDomainPtr domain, const char *alias, void *opaque)
{
    DomainEvent event = eventFor(domain, DomainEvent::Kind::DeviceRemovalFailed);
    event.device = QString::fromUtf8(alias);
    (*static_cast<SinkRef *>(opaque))->deliver(event);
}

void deviceRemovedEvent(virConnectPtr, virDomainPtr domain, const char *alias, void *opaque)
{
    DomainEvent event = eventFor(domain, DomainEvent::Kind::DeviceRemoved);
    event.device = QString::fromUtf8(alias);
    (*static_cast<SinkRef *>(opaque))->deliver(event);
}

} // namespace

struct VirtConnection::Private
{
    ConnectPtr connection;
    std::mutex lostMutex;
    std::function<void(const QString &)> lost;
    bool closeCallbackRegistered = false;
    SinkRef events;
    QList<int> eventCallbacks;

    static void closed(virConnectPtr, int reason, void *opaque)
    {
        auto *self = static_cast<Private *>(opaque);
        std::lock_guard lock(self->lostMutex);
        if (self->lost)
            self->lost(closeReason(reason));
    }
};

VirtConnection::~VirtConnection()
{
    if (!d)
        return;
    if (d->events) {
        std::lock_guard lock(d->events->mutex); // waits for a delivery under way
        d->events->handler = nullptr;
    }
    for (int id : std::as_const(d->eventCallbacks))
        virConnectDomainEventDeregisterAny(d->connection.get(), id);
    if (d->closeCallbackRegistered)
        virConnectUnregisterCloseCallback(d->connection.get(), &Private::closed);
}

std::unique_ptr<VirtConnection> VirtConnection::open(const QString &uri, QString *error, bool readOnly,
                                                     const CredentialHandler &credentials)
{
    ensureEventLoop();
    const QByteArray name = uri.toUtf8();
    virConnectAuth auth{credentialTypes, int(std::size(credentialTypes)), answerCredentials,
                        const_cast<CredentialHandler *>(&credentials)};
    virConnectAuthPtr authPtr = credentials ? &auth : virConnectAuthPtrDefault;
    virConnectPtr raw = virConnectOpenAuth(name.constData(), authPtr, readOnly ? VIR_CONNECT_RO : 0);
    if (!raw) {
        if (error)
            *error = lastError();
        return nullptr;
    }
    std::unique_ptr<VirtConnection> connection(new VirtConnection);
    connection->d = std::make_unique<Private>();
    connection->d->connection.reset(raw);
    connection->m_uri = uri;
    connection->m_readOnly = readOnly;
    // Remote connections notice a dead peer by keepalive and report it through the close
    // callback; local drivers support neither, which is fine.
    if (virConnectSetKeepAlive(raw, keepAliveInterval.load(), int(keepAliveCount.load())) < 0)
        virResetLastError();
    if (virConnectRegisterCloseCallback(raw, &Private::closed, connection->d.get(), nullptr) == 0)
        connection->d->closeCallbackRegistered = true;
    else
        virResetLastError();
    return connection;
}

std::unique_ptr<VirtConnection> VirtConnection::openWithin(const QString &uri, int timeoutMs, QString *error,
                                                           bool readOnly, const CredentialHandler &credentials)
{
    if (timeoutMs <= 0)
        return open(uri, error, readOnly, credentials);
    struct Attempt
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        bool abandoned = false;
        std::unique_ptr<VirtConnection> connection;
        QString error;
    };
    auto attempt = std::make_shared<Attempt>();
    SerialWorker().post([attempt, uri, readOnly, credentials] {
        QString why;
        std::unique_ptr<VirtConnection> connection = open(uri, &why, readOnly, credentials);
        std::lock_guard lock(attempt->mutex);
        if (attempt->abandoned)
            return; // the connection closes here, on this thread
        attempt->connection = std::move(connection);
        attempt->error = why;
        attempt->finished = true;
        attempt->done.notify_all();
    });
    std::unique_lock lock(attempt->mutex);
    if (!attempt->done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return attempt->finished; })) {
        attempt->abandoned = true;
        if (error)
            *error = Text::tr("no answer within %n second(s) (the host may be down, or a firewall may drop the "
                              "connection)",
                              nullptr, (timeoutMs + 999) / 1000);
        return nullptr;
    }
    if (error)
        *error = attempt->error;
    return std::move(attempt->connection);
}

void VirtConnection::setKeepAlive(int intervalSeconds, int count)
{
    keepAliveInterval = intervalSeconds;
    keepAliveCount = count;
}

bool VirtConnection::isAlive() const
{
    return virConnectIsAlive(d->connection.get()) == 1;
}

void VirtConnection::setLostHandler(std::function<void(const QString &)> handler)
{
    std::lock_guard lock(d->lostMutex);
    d->lost = std::move(handler);
}

bool VirtConnection::watchDomains(std::function<void(const DomainEvent &)> handler, QString *error)
{
    if (!d->events)
        d->events = std::make_shared<EventSink>();
    {
        std::lock_guard lock(d->events->mutex);
        d->events->handler = std::move(handler);
    }
    if (!d->eventCallbacks.isEmpty())
        return true;
    const struct
    {
        int id;
        virConnectDomainEventGenericCallback callback;
    } events[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleEvent)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(deviceAddedEvent)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(deviceRemovedEvent)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED, VIR_DOMAIN_EVENT_CALLBACK(deviceRemovalFailedEvent)},
    };
    for (const auto &event : events) {
        const int id = virConnectDomainEventRegisterAny(d->connection.get(), nullptr, event.id, event.callback,
                                                        new SinkRef(d->events), freeSink);
        if (id < 0) {
            if (error)
                *error = lastError();
            virResetLastError();
            return false;
        }
        d->eventCallbacks.append(id);
    }
    return true;
}

VirtConnection::Result VirtConnection::start(const QString &name)
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    if (!domain || virDomainCreate(domain.get()) < 0)
        return {false, lastError()};
    return {true, {}};
}

VirtConnection::Result VirtConnection::define(const QByteArray &xml, bool validate)
{
    const QByteArray text = xml + '\0';
    DomainPtr domain(
        virDomainDefineXMLFlags(d->connection.get(), text.constData(), validate ? VIR_DOMAIN_DEFINE_VALIDATE : 0));
    if (!domain)
        return {false, lastError()};
    return {true, {}};
}

VirtConnection::Result VirtConnection::undefine(const QString &name)
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    if (!domain)
        return {false, lastError()};
    // NVRAM goes with the definition; a driver without NVRAM (the test driver) refuses the flag.
    if (virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM) < 0
        && (virGetLastErrorCode() != VIR_ERR_INVALID_ARG || virDomainUndefine(domain.get()) < 0))
        return {false, lastError()};
    return {true, {}};
}

QByteArray VirtConnection::domainXml(const QString &name, QString *error) const
{
    return xmlOf(name, VIR_DOMAIN_XML_INACTIVE, error);
}

QByteArray VirtConnection::liveXml(const QString &name, QString *error) const
{
    return xmlOf(name, 0, error);
}

QByteArray VirtConnection::xmlOf(const QString &name, unsigned int flags, QString *error) const
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    // Secrets where the connection may read them: a save must not drop a password.
    char *xml = domain ? virDomainGetXMLDesc(domain.get(), flags | (m_readOnly ? 0 : VIR_DOMAIN_XML_SECURE)) : nullptr;
    if (!xml) {
        if (error)
            *error = lastError();
        return {};
    }
    QByteArray result(xml);
    free(xml);
    return result;
}

bool VirtConnection::isActive(const QString &name, QString *error) const
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    const int active = domain ? virDomainIsActive(domain.get()) : -1;
    if (active < 0 && error)
        *error = lastError();
    return active == 1;
}

VirtConnection::Result VirtConnection::destroy(const QString &name)
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    if (!domain || virDomainDestroy(domain.get()) < 0)
        return {false, lastError()};
    return {true, {}};
}

namespace {

/** Attaches or detaches (`call`) a device of the running guest, and of its definition too. */
VirtConnection::Result changeDevice(virConnectPtr connection, const QString &name, const QByteArray &deviceXml,
                                    bool alsoConfig, int (*call)(virDomainPtr, const char *, unsigned int))
{
    DomainPtr domain(virDomainLookupByName(connection, name.toUtf8().constData()));
    const unsigned int flags = VIR_DOMAIN_AFFECT_LIVE | (alsoConfig ? VIR_DOMAIN_AFFECT_CONFIG : 0);
    if (!domain || call(domain.get(), deviceXml.constData(), flags) < 0)
        return {false, lastError()};
    return {true, {}};
}

} // namespace

VirtConnection::Result VirtConnection::attachDevice(const QString &name, const QByteArray &deviceXml, bool alsoConfig)
{
    return changeDevice(d->connection.get(), name, deviceXml, alsoConfig, virDomainAttachDeviceFlags);
}

VirtConnection::Result VirtConnection::detachDevice(const QString &name, const QByteArray &deviceXml, bool alsoConfig)
{
    return changeDevice(d->connection.get(), name, deviceXml, alsoConfig, virDomainDetachDeviceFlags);
}

QByteArray VirtConnection::qemuMonitorCommand(const QString &name, const QByteArray &command, QString *error)
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    char *reply = nullptr;
    if (!domain || virDomainQemuMonitorCommand(domain.get(), command.constData(), &reply, 0) < 0) {
        if (error)
            *error = lastError();
        return {};
    }
    QByteArray result(reply);
    free(reply);
    return result;
}

QStringList VirtConnection::domainNames() const
{
    QStringList names;
    for (const DomainSummary &domain : domains(nullptr))
        names << domain.name;
    return names;
}

QList<DomainSummary> VirtConnection::domains(QString *error) const
{
    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(d->connection.get(), &list, 0);
    if (count < 0) {
        if (error)
            *error = lastError();
        return {};
    }
    QList<DomainSummary> result;
    for (int i = 0; i < count; ++i) {
        DomainPtr domain(list[i]);
        DomainSummary summary;
        summary.name = QString::fromUtf8(virDomainGetName(domain.get()));
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            summary.uuid = QString::fromLatin1(uuid);
        int state = 0, reason = 0;
        if (virDomainGetState(domain.get(), &state, &reason, 0) == 0)
            summary.state = stateName(state);
        summary.active = virDomainIsActive(domain.get()) == 1;
        summary.persistent = virDomainIsPersistent(domain.get()) == 1;
        if (char *xml = virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)) {
            summary.definition = QByteArray(xml);
            readOsType(summary.definition, &summary);
            free(xml);
        }
        virResetLastError();
        result.append(summary);
    }
    free(list);
    std::sort(result.begin(), result.end(),
              [](const DomainSummary &a, const DomainSummary &b) { return a.name < b.name; });
    return result;
}

QString VirtConnection::libvirtVersion() const
{
    unsigned long version = 0;
    if (virConnectGetLibVersion(d->connection.get(), &version) < 0)
        return QString();
    return libvirtVersionText(version);
}

QString VirtConnection::hypervisorVersion() const
{
    const char *type = virConnectGetType(d->connection.get());
    unsigned long version = 0;
    if (!type || virConnectGetVersion(d->connection.get(), &version) < 0) {
        virResetLastError();
        return QString();
    }
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(type), libvirtVersionText(version));
}

QByteArray VirtConnection::capabilities(QString *error) const
{
    char *xml = virConnectGetCapabilities(d->connection.get());
    if (!xml) {
        if (error)
            *error = lastError();
        return {};
    }
    QByteArray result(xml);
    free(xml);
    return result;
}

QByteArray VirtConnection::domainCapabilities(const QString &arch, const QString &machine, QString *error) const
{
    char *xml = virConnectGetDomainCapabilities(d->connection.get(), nullptr, arch.toUtf8().constData(),
                                                machine.toUtf8().constData(), nullptr, 0);
    if (!xml) {
        if (error)
            *error = lastError();
        return {};
    }
    QByteArray result(xml);
    free(xml);
    return result;
}

QList<QByteArray> VirtConnection::pciNodeDevices(QString *error) const
{
    virNodeDevicePtr *devices = nullptr;
    const int count =
        virConnectListAllNodeDevices(d->connection.get(), &devices, VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV);
    if (count < 0) {
        if (error)
            *error = lastError();
        return {};
    }
    QList<QByteArray> result;
    for (int i = 0; i < count; ++i) {
        if (char *xml = virNodeDeviceGetXMLDesc(devices[i], 0)) {
            result.append(QByteArray(xml));
            free(xml);
        }
        virNodeDeviceFree(devices[i]);
    }
    free(devices);
    return result;
}

} // namespace pcitopo
