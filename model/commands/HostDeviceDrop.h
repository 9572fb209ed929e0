#pragma once

#include "../PciAddress.h"
#include "../rules/CanAttach.h"

#include <QList>

namespace pcitopo {

class DomainDocument;

/** The MIME type of a host-device drag: host PCI addresses, one per line ("0000:01:00.0"). */
inline constexpr char HostDeviceMimeType[] = "application/x-pcitopo-hostdev";

QByteArray encodeHostDevices(const QList<PciAddress> &host);
QList<PciAddress> decodeHostDevices(const QByteArray &data);

/**
 * Where host functions dropped onto the controller with libvirt index `busIndex` would go: one
 * guest slot, keeping their function numbers when they come from one host slot (a GPU at .0 and
 * its audio at .1 stay .0 and .1), else numbered from 0.
 */
rules::AttachVerdict hostDevicesVerdict(const Topology &topology, const QList<PciAddress> &host, int busIndex);

/**
 * Adds a managed <hostdev> per host function at the verdict's addresses as one undo step (the
 * first with multifunction='on' when there are several). False, with the reason, when the
 * drop is not legal; nothing changes then.
 */
bool pushHostDevices(DomainDocument *document, const QList<PciAddress> &host, int busIndex, QString *reason);

} // namespace pcitopo
