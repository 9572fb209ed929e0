#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace pcitopo {

/** One question libvirt's authentication asks (virConnectCredential). */
struct Credential
{
    enum class Kind { UserName, Password, Passphrase, Prompt, SecretPrompt, Realm, Other };
    Kind kind = Kind::Other;
    QString prompt;
    QString challenge;
    QString defaultAnswer;
    QString answer; // filled by the handler; wiped after use
    /** Whether the answer must not be echoed (passwords, passphrases). */
    bool isSecret() const { return kind == Kind::Password || kind == Kind::Passphrase || kind == Kind::SecretPrompt; }
};

/**
 * Answers libvirt's authentication questions; returns false when the user cancels. Called on
 * the thread that opens the connection, never the GUI thread: a GUI handler must hop over.
 */
using CredentialHandler = std::function<bool(QList<Credential> &questions)>;

/** A domain in a connection's list. */
struct DomainSummary
{
    QString name;
    QString uuid;
    QString state; // "running", "shut off", …
    bool active = false;
    bool persistent = true;
    QString arch; // from the persistent definition's <os><type arch>
    QString machine; // and machine
    QByteArray definition; // the persistent definition without secrets, for host-device use
};

/** Something that happened to a domain on the server, as libvirt's domain events tell it. */
struct DomainEvent
{
    enum class Kind {
        Defined, // new, or its definition changed (`redefined`)
        Undefined,
        Renamed, // `name` is the new name; the UUID stays
        Started,
        Stopped,
        Suspended,
        Resumed,
        DeviceAdded, // `device` is the alias
        DeviceRemoved,
        DeviceRemovalFailed, // the guest refused to release `device`
        Other,
    };
    Kind kind = Kind::Other;
    QString name;
    QString uuid;
    QString device;
    bool redefined = false; // Defined: an existing definition was replaced
};

/**
 * One connection to libvirt through its C API (the only code besides LibvirtInfo that includes
 * libvirt). Calls block: run them off the GUI thread (libvirt's connections are thread-safe).
 * Errors are copied from libvirt's thread-local error at the call site.
 */
class VirtConnection
{
public:
    ~VirtConnection();
    VirtConnection(const VirtConnection &) = delete;
    VirtConnection &operator=(const VirtConnection &) = delete;

    /**
     * Opens a URI (qemu:///system, test:///…, qemu:///embed?root=DIR, qemu+tcp://…). Registers
     * and runs libvirt's event loop first, which the embedded QEMU driver and the keepalive and
     * close notifications of remote connections need. Without a credential handler, libvirt's
     * default one asks on the terminal.
     */
    static std::unique_ptr<VirtConnection> open(const QString &uri, QString *error, bool readOnly = false,
                                                const CredentialHandler &credentials = {});

    /**
     * open() for callers that may block but not forever (the command line): gives up after
     * `timeoutMs` (0: never) with a message saying so. The attempt given up goes on, on a
     * thread of its own, and its connection is closed there if it ever arrives.
     */
    static std::unique_ptr<VirtConnection> openWithin(const QString &uri, int timeoutMs, QString *error,
                                                      bool readOnly = false, const CredentialHandler &credentials = {});

    /**
     * How remote connections opened from now on notice a host that stopped answering: a
     * keepalive message every `intervalSeconds`, given up after `count` unanswered (5 and 3:
     * about 20 s). Process-wide.
     */
    static void setKeepAlive(int intervalSeconds, int count);

    QString uri() const { return m_uri; }
    bool isReadOnly() const { return m_readOnly; }
    /** False once libvirt has noticed the connection is gone. */
    bool isAlive() const;
    /**
     * Called (on libvirt's event thread) when the connection closes for a reason other than
     * close(): an EOF, a keepalive timeout, an error. The argument says which, in words.
     */
    void setLostHandler(std::function<void(const QString &reason)> handler);
    /**
     * Follows the server's domains: registers libvirt's lifecycle and device events and calls
     * `handler` for each (on libvirt's event thread; an empty handler stops the calls). Returns
     * false, with libvirt's message, when the driver has no events.
     */
    bool watchDomains(std::function<void(const DomainEvent &event)> handler, QString *error = nullptr);

    struct Result
    {
        bool ok = false;
        QString error; // libvirt's message when !ok
        bool unknown = false; // no answer came (the connection was given up): it may have happened
    };

    /** virDomainDefineXMLFlags, with VIR_DOMAIN_DEFINE_VALIDATE when `validate`. */
    Result define(const QByteArray &xml, bool validate = true);
    /** Removes a persistent domain definition. */
    Result undefine(const QString &name);
    /** Starts a defined domain (virDomainCreate). */
    Result start(const QString &name);
    /**
     * The persistent definition: with secrets (VIR_DOMAIN_XML_INACTIVE | _SECURE) on a
     * read-write connection, without them on a read-only one, which may not ask for them.
     */
    QByteArray domainXml(const QString &name, QString *error) const;
    QStringList domainNames() const;
    /**
     * The running guest's live definition (virDomainGetXMLDesc without INACTIVE): the
     * addresses libvirt assigned, the aliases QEMU knows its devices by.
     */
    QByteArray liveXml(const QString &name, QString *error) const;
    /** Whether the domain runs now (virDomainIsActive); false with an error when it is unknown. */
    bool isActive(const QString &name, QString *error) const;
    /** Stops a running guest at once (virDomainDestroy). */
    Result destroy(const QString &name);
    /**
     * Plugs a device into the running guest (virDomainAttachDeviceFlags, AFFECT_LIVE, and
     * AFFECT_CONFIG too when `alsoConfig`).
     */
    Result attachDevice(const QString &name, const QByteArray &deviceXml, bool alsoConfig);
    /**
     * Asks the guest to release a device (virDomainDetachDeviceFlags). Success says only that
     * the request was made: the device is gone when DeviceRemoved arrives, not before.
     */
    Result detachDevice(const QString &name, const QByteArray &deviceXml, bool alsoConfig);
    /** A QMP command to the guest's QEMU (virDomainQemuMonitorCommand), for tests and diagnosis. */
    QByteArray qemuMonitorCommand(const QString &name, const QByteArray &command, QString *error);
    /** The version of the libvirt that serves the connection (the daemon's, for a remote one), "10.0.0"; "" if unknown.
     */
    QString libvirtVersion() const;
    /** The hypervisor and its version, "QEMU 7.2.0" (virConnectGetType, virConnectGetVersion); "" if unknown. */
    QString hypervisorVersion() const;
    /** The host's capabilities XML (virConnectGetCapabilities): its guest architectures and machine types. */
    QByteArray capabilities(QString *error) const;
    /**
     * What the hypervisor offers a guest of this architecture and machine type
     * (virConnectGetDomainCapabilities, the default emulator and virtualization type).
     */
    QByteArray domainCapabilities(const QString &arch, const QString &machine, QString *error) const;
    /** Every domain, active or not, with its state and machine type; sorted by name. */
    QList<DomainSummary> domains(QString *error) const;
    /** The XML of every PCI node device (virConnectListAllNodeDevices with the PCI capability). */
    QList<QByteArray> pciNodeDevices(QString *error) const;

private:
    /** virDomainGetXMLDesc with these flags (and SECURE on a read-write connection). */
    QByteArray xmlOf(const QString &name, unsigned int flags, QString *error) const;
    VirtConnection() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_uri;
    bool m_readOnly = false;
};

} // namespace pcitopo
