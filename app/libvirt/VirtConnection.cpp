#include "VirtConnection.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QXmlStreamReader>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>

namespace pcitopo {

namespace {

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

} // namespace

struct VirtConnection::Private
{
    ConnectPtr connection;
    std::mutex lostMutex;
    std::function<void(const QString &)> lost;
    bool closeCallbackRegistered = false;

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
    if (d && d->closeCallbackRegistered)
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
    if (virConnectSetKeepAlive(raw, 5, 3) < 0)
        virResetLastError();
    if (virConnectRegisterCloseCallback(raw, &Private::closed, connection->d.get(), nullptr) == 0)
        connection->d->closeCallbackRegistered = true;
    else
        virResetLastError();
    return connection;
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
    if (!domain || virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM) < 0)
        return {false, lastError()};
    return {true, {}};
}

QByteArray VirtConnection::domainXml(const QString &name, QString *error) const
{
    DomainPtr domain(virDomainLookupByName(d->connection.get(), name.toUtf8().constData()));
    const unsigned int flags = VIR_DOMAIN_XML_INACTIVE | (m_readOnly ? 0 : VIR_DOMAIN_XML_SECURE);
    char *xml = domain ? virDomainGetXMLDesc(domain.get(), flags) : nullptr;
    if (!xml) {
        if (error)
            *error = lastError();
        return {};
    }
    QByteArray result(xml);
    free(xml);
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
