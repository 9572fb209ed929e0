#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace pcitopo {

/**
 * One connection to libvirt through its C API (the only code besides LibvirtInfo that includes
 * libvirt). Calls block: run them off the GUI thread. Errors are copied from libvirt's
 * thread-local error at the call site.
 */
class VirtConnection
{
public:
    ~VirtConnection();
    VirtConnection(const VirtConnection &) = delete;
    VirtConnection &operator=(const VirtConnection &) = delete;

    /**
     * Opens a URI (qemu:///system, test:///…, qemu:///embed?root=DIR, qemu+tcp://…). Registers
     * and runs libvirt's event loop first, which the embedded QEMU driver needs.
     */
    static std::unique_ptr<VirtConnection> open(const QString &uri, QString *error,
                                                bool readOnly = false);

    QString uri() const { return m_uri; }

    struct Result
    {
        bool ok = false;
        QString error; // libvirt's message when !ok
    };

    /** virDomainDefineXMLFlags, with VIR_DOMAIN_DEFINE_VALIDATE when `validate`. */
    Result define(const QByteArray &xml, bool validate = true);
    /** Removes a persistent domain definition. */
    Result undefine(const QString &name);
    /** The persistent definition, with secrets (VIR_DOMAIN_XML_INACTIVE | _SECURE). */
    QByteArray domainXml(const QString &name, QString *error) const;
    QStringList domainNames() const;

private:
    VirtConnection() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_uri;
};

} // namespace pcitopo
