#include "VirtConnection.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

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

} // namespace

struct VirtConnection::Private
{
    ConnectPtr connection;
};

VirtConnection::~VirtConnection() = default;

std::unique_ptr<VirtConnection> VirtConnection::open(const QString &uri, QString *error, bool readOnly)
{
    ensureEventLoop();
    const QByteArray name = uri.toUtf8();
    virConnectPtr raw = readOnly ? virConnectOpenReadOnly(name.constData()) : virConnectOpen(name.constData());
    if (!raw) {
        if (error)
            *error = lastError();
        return nullptr;
    }
    std::unique_ptr<VirtConnection> connection(new VirtConnection);
    connection->d = std::make_unique<Private>();
    connection->d->connection.reset(raw);
    connection->m_uri = uri;
    return connection;
}

VirtConnection::Result VirtConnection::define(const QByteArray &xml, bool validate)
{
    const QByteArray text = xml + '\0';
    DomainPtr domain(virDomainDefineXMLFlags(d->connection.get(), text.constData(),
                                             validate ? VIR_DOMAIN_DEFINE_VALIDATE : 0));
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
    char *xml = domain ? virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE)
                       : nullptr;
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
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(d->connection.get(), &domains, 0);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names << QString::fromUtf8(virDomainGetName(domains[i]));
        virDomainFree(domains[i]);
    }
    free(domains);
    return names;
}

} // namespace pcitopo
