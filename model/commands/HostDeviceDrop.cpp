#include "HostDeviceDrop.h"

#include "AddNode.h"
#include "DomainDocument.h"
#include "DeviceCatalogue.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace pcitopo {

QByteArray encodeHostDevices(const QList<PciAddress> &host)
{
    QByteArray data;
    for (const PciAddress &a : host)
        data += a.toString().toLatin1() + '\n';
    return data;
}

QList<PciAddress> decodeHostDevices(const QByteArray &data)
{
    QList<PciAddress> host;
    for (const QByteArray &line : data.split('\n')) {
        if (const std::optional<PciAddress> a = PciAddress::fromString(QString::fromLatin1(line)))
            host.append(*a);
    }
    return host;
}

namespace {

/** Guest functions for host functions, in their order. */
QList<int> guestFunctions(const QList<PciAddress> &host)
{
    QList<int> functions;
    const bool oneSlot =
        std::all_of(host.cbegin(), host.cend(), [&](const PciAddress &a) { return a.sameSlot(host.first()); });
    if (oneSlot) {
        quint32 lowest = 7;
        for (const PciAddress &a : host)
            lowest = std::min(lowest, a.function);
        for (const PciAddress &a : host)
            functions.append(int(a.function - lowest));
    } else {
        for (qsizetype i = 0; i < host.size(); ++i)
            functions.append(int(i));
    }
    return functions;
}

} // namespace

rules::AttachVerdict hostDevicesVerdict(const Topology &topology, const QList<PciAddress> &host, int busIndex)
{
    rules::AttachVerdict verdict;
    if (host.isEmpty()) {
        verdict.reason = QCoreApplication::translate("pcitopo::AddHostDevices", "No host device to add.");
        return verdict;
    }
    if (host.size() > 8) {
        verdict.reason = QCoreApplication::translate("pcitopo::AddHostDevices",
                                                     "A guest slot holds at most 8 functions; drop fewer devices.");
        return verdict;
    }
    for (const HostdevSource &source : topology.hostdevSources()) {
        for (const PciAddress &a : host) {
            if (source.pciAddress == a) {
                verdict.reason =
                    QCoreApplication::translate("pcitopo::AddHostDevices", "%1 is already in this guest (%2).")
                        .arg(a.toString(), source.label);
                return verdict;
            }
        }
    }
    // A host device is PCIe on a PCIe machine, as libvirt assumes when placing one (§2).
    const rules::ConnectFlags needs = Topology::isPcieMachine(topology.family())
        ? rules::ConnectFlags(rules::Connect::PcieDevice)
        : rules::ConnectFlags(rules::Connect::PciDevice);
    const QString label =
        QCoreApplication::translate("pcitopo::AddHostDevices", "hostdev %1").arg(host.first().toString());
    return rules::placeNewFunctionsOnController(topology, needs, label, busIndex, guestFunctions(host));
}

bool pushHostDevices(DomainDocument *document, const QList<PciAddress> &host, int busIndex, QString *reason)
{
    const rules::AttachVerdict verdict = hostDevicesVerdict(document->topology(), host, busIndex);
    if (!verdict.allowed) {
        if (reason)
            *reason = verdict.reason;
        return false;
    }
    auto *macro = new QUndoCommand(
        host.size() == 1
            ? QCoreApplication::translate("pcitopo::AddHostDevices", "Add host device %1").arg(host.first().toString())
            : QCoreApplication::translate("pcitopo::AddHostDevices", "Add %n host functions", nullptr,
                                          int(host.size())));
    for (qsizetype i = 0; i < host.size(); ++i) {
        const PciAddress &guest = verdict.addresses.at(i);
        const bool opensSlot = host.size() > 1 && guest.function == 0;
        auto *add = new AddNode(document, DeviceCatalogue::hostdevFragment(host.at(i), guest, opensSlot), macro);
        if (!add->isValid()) {
            delete macro;
            if (reason)
                *reason = QCoreApplication::translate("pcitopo::AddHostDevices", "The host device could not be added.");
            return false;
        }
    }
    document->undoStack()->push(macro);
    return true;
}

} // namespace pcitopo
