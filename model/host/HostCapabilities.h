#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pcitopo {

/** What the hypervisor offers one kind of guest (its domain capabilities). */
struct GuestCapabilities
{
    QString machine; // the machine type it resolved to, "pc-q35-7.2" for "q35"
    QString emulator;
    QStringList videoModels; // <video><enum name='modelType'>
    QStringList diskBuses; // <disk><enum name='bus'>
    bool pciHostdev = true; // <hostdev> supported with subsysType pci
    friend bool operator==(const GuestCapabilities &, const GuestCapabilities &) = default;
};

/**
 * What a connection's hypervisor offers: the machine types of each guest architecture (from
 * the host capabilities) and, per architecture and machine type, the domain capabilities. The
 * rules judge a domain against it when it came from that connection. Empty when unknown (a
 * file, or a driver that lists no machine types, such as the test driver).
 */
struct HostCapabilities
{
    QString hypervisor; // "QEMU 7.2.0"; "" when unknown
    QHash<QString, QStringList> machines; // arch → machine types and their aliases
    QHash<QString, GuestCapabilities> guests; // "arch machine" → domain capabilities

    bool isEmpty() const { return machines.isEmpty(); }
    /** Reads <guest><arch><machine>s of a capabilities XML; false (with why) when unreadable. */
    bool readCapabilities(const QByteArray &xml, QString *error);
    /** Reads the domain capabilities of one architecture and machine type. */
    bool readDomainCapabilities(const QString &arch, const QString &machine, const QByteArray &xml, QString *error);
    /** The domain capabilities for a guest, if read. */
    const GuestCapabilities *guest(const QString &arch, const QString &machine) const;
    friend bool operator==(const HostCapabilities &, const HostCapabilities &) = default;
};

} // namespace pcitopo
