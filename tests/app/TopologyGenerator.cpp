#include "TopologyGenerator.h"

#include <QList>

namespace pcitopo::test {

namespace {

struct Address
{
    int bus = 0;
    int slot = 0;
    int function = 0;
    QString extra; // e.g. " multifunction='on'"
};

QByteArray addressXml(const Address &a)
{
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' function='0x%3'%4/>")
        .arg(a.bus, 2, 16, QLatin1Char('0'))
        .arg(a.slot, 2, 16, QLatin1Char('0'))
        .arg(a.function, 0, 16)
        .arg(a.extra)
        .toUtf8();
}

struct Controller
{
    int index;
    QString model;
    QString target; // attributes of <target>, or empty
    bool hasAddress = false;
    Address address;
    QString modelName;
};

struct Endpoint
{
    QString kind; // disk, nic
    Address address;
};

struct Builder
{
    GenMachine machine;
    QList<Controller> controllers;
    QList<Endpoint> endpoints;

    QByteArray xml(const QString &name) const
    {
        QByteArray os;
        QByteArray emulator;
        switch (machine) {
        case GenMachine::Q35:
            os = "<type arch='x86_64' machine='q35'>hvm</type>";
            emulator = "x86_64";
            break;
        case GenMachine::Pc:
            os = "<type arch='x86_64' machine='pc'>hvm</type>";
            emulator = "x86_64";
            break;
        case GenMachine::ArmVirt:
            os = "<type arch='aarch64' machine='virt'>hvm</type>";
            emulator = "aarch64";
            break;
        case GenMachine::Pseries:
            os = "<type arch='ppc64' machine='pseries'>hvm</type>";
            emulator = "ppc64";
            break;
        }
        QByteArray out = "<domain type='qemu'>\n  <name>" + name.toUtf8()
            + "</name>\n  <memory unit='MiB'>256</memory>\n"
              "  <os>\n    "
            + os + "\n  </os>\n";
        if (machine == GenMachine::ArmVirt)
            out += "  <cpu mode='custom'><model>cortex-a57</model></cpu>\n";
        out += "  <devices>\n    <emulator>/usr/bin/qemu-system-" + emulator
            + "</emulator>\n"
              "    <memballoon model='none'/>\n";
        if (machine != GenMachine::Pseries)
            out += "    <controller type='usb' index='0' model='none'/>\n";
        for (const Controller &c : controllers) {
            out += "    <controller type='pci' index='" + QByteArray::number(c.index) + "' model='" + c.model.toUtf8()
                + "'>";
            if (!c.modelName.isEmpty())
                out += "<model name='" + c.modelName.toUtf8() + "'/>";
            if (!c.target.isEmpty())
                out += "<target " + c.target.toUtf8() + "/>";
            if (c.hasAddress)
                out += addressXml(c.address);
            out += "</controller>\n";
        }
        int n = 0;
        for (const Endpoint &e : endpoints) {
            ++n;
            if (e.kind == QLatin1String("disk")) {
                out += "    <disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                       "<source file='/var/lib/libvirt/images/g"
                    + QByteArray::number(n)
                    + ".img'/>"
                      "<target dev='vd"
                    + QByteArray(1, char('a' + (n - 1) % 26)) + (n > 26 ? QByteArray::number(n) : QByteArray())
                    + "' bus='virtio'/>" + addressXml(e.address) + "</disk>\n";
            } else {
                const QByteArray model = e.kind == QLatin1String("nic-legacy") ? "e1000"
                    : e.kind == QLatin1String("nic-pcie")                      ? "e1000e"
                                                                               : "virtio";
                out += "    <interface type='user'><mac address='52:54:00:00:"
                    + QStringLiteral("%1:%2")
                          .arg(n / 256, 2, 16, QLatin1Char('0'))
                          .arg(n % 256, 2, 16, QLatin1Char('0'))
                          .toUtf8()
                    + "'/><model type='" + model + "'/>" + addressXml(e.address) + "</interface>\n";
            }
        }
        out += "  </devices>\n</domain>\n";
        return out;
    }

    int nextIndex() const
    {
        int highest = 0;
        for (const Controller &c : controllers)
            highest = std::max(highest, c.index);
        return highest + 1;
    }
    Controller *find(const QString &model)
    {
        for (Controller &c : controllers) {
            if (c.model == model)
                return &c;
        }
        return nullptr;
    }
};

} // namespace

TopologyGenerator::TopologyGenerator(quint32 seed)
    : m_random(seed)
{ }

QString TopologyGenerator::machineName(GenMachine machine)
{
    switch (machine) {
    case GenMachine::Q35: return QStringLiteral("q35");
    case GenMachine::Pc: return QStringLiteral("pc");
    case GenMachine::ArmVirt: return QStringLiteral("aarch64-virt");
    case GenMachine::Pseries: return QStringLiteral("pseries");
    }
    return QString();
}

QList<Mutation> TopologyGenerator::allMutations()
{
    QList<Mutation> all;
    for (int m = int(Mutation::Legal); m <= int(Mutation::FunctionZeroMissing); ++m)
        all.append(Mutation(m));
    return all;
}

QString TopologyGenerator::mutationName(Mutation mutation)
{
    static const char *const names[] = {"legal",
                                        "duplicate-address",
                                        "root-port-slot",
                                        "bridge-slot-zero",
                                        "function-eight",
                                        "downstream-on-root",
                                        "pcie-to-pci-on-root",
                                        "endpoint-on-upstream",
                                        "bridge-index-order",
                                        "controller-index-order",
                                        "multifunction-off",
                                        "duplicate-chassis",
                                        "duplicate-index",
                                        "wrong-root",
                                        "expander-wrong-machine",
                                        "chipset-address",
                                        "busnr-range",
                                        "phb-index-range",
                                        "phb-index-duplicate",
                                        "missing-bus",
                                        "function-zero-missing"};
    return QString::fromLatin1(names[int(mutation)]);
}

GeneratedDomain TopologyGenerator::generate(GenMachine machine, Mutation mutation, const QString &name)
{
    Builder b{machine, {}, {}};
    const bool pcie = machine == GenMachine::Q35 || machine == GenMachine::ArmVirt;
    QList<Address> freeEndpointSlots; // where legal endpoints may go
    QString endpointKind =
        machine == GenMachine::Q35 || machine == GenMachine::Pc ? QStringLiteral("nic-legacy") : QStringLiteral("nic");

    if (pcie) {
        b.controllers.append({0, QStringLiteral("pcie-root"), {}, false, {}, {}});
        const int ports = between(3, 10);
        for (int i = 1; i <= ports; ++i) {
            const int slot = 2 + (i - 1) / 8;
            const int function = (i - 1) % 8;
            const bool more = function == 0 && i < ports && (i % 8) != 0;
            b.controllers.append({i,
                                  QStringLiteral("pcie-root-port"),
                                  QStringLiteral("chassis='%1' port='0x%2'").arg(i).arg(0x10 + i - 1, 0, 16),
                                  true,
                                  {0, slot, function, more ? QStringLiteral(" multifunction='on'") : QString()},
                                  QStringLiteral("pcie-root-port")});
        }
        int index = ports + 1;
        // Port 1 carries a pcie-to-pci-bridge with a pci-bridge on it.
        b.controllers.append(
            {index, QStringLiteral("pcie-to-pci-bridge"), {}, true, {1, 0, 0, {}}, QStringLiteral("pcie-pci-bridge")});
        const int pcieToPci = index++;
        b.controllers.append({index,
                              QStringLiteral("pci-bridge"),
                              QStringLiteral("chassisNr='%1'").arg(index),
                              true,
                              {pcieToPci, 1, 0, {}},
                              QStringLiteral("pci-bridge")});
        const int bridge = index++;
        // Port 2 carries a switch with two downstream ports, half the time.
        int firstEndpointPort = 3;
        if (between(0, 1) == 1) {
            b.controllers.append({index,
                                  QStringLiteral("pcie-switch-upstream-port"),
                                  {},
                                  true,
                                  {2, 0, 0, {}},
                                  QStringLiteral("x3130-upstream")});
            const int upstream = index++;
            for (int d = 0; d < 2; ++d) {
                b.controllers.append({index,
                                      QStringLiteral("pcie-switch-downstream-port"),
                                      QStringLiteral("chassis='%1' port='0x%2'").arg(index).arg(d),
                                      true,
                                      {upstream, d, 0, {}},
                                      QStringLiteral("xio3130-downstream")});
                b.endpoints.append({QStringLiteral("disk"), {index, 0, 0, {}}});
                ++index;
            }
        } else {
            firstEndpointPort = 2;
        }
        // Endpoints in most remaining ports (one stays empty for hotplug).
        for (int port = firstEndpointPort; port < ports; ++port)
            b.endpoints.append({between(0, 1) ? QStringLiteral("disk") : QStringLiteral("nic"), {port, 0, 0, {}}});
        for (int slot = 1; slot <= between(1, 4); ++slot)
            b.endpoints.append({machine == GenMachine::Q35 ? QStringLiteral("nic-legacy") : QStringLiteral("disk"),
                                {bridge, slot, 0, {}}});
        for (int slot = 2; slot <= 5; ++slot)
            freeEndpointSlots.append({pcieToPci, slot, 0, {}});
    } else if (machine == GenMachine::Pc) {
        b.controllers.append({0, QStringLiteral("pci-root"), {}, false, {}, {}});
        const int bridges = between(1, 3);
        for (int i = 1; i <= bridges; ++i)
            b.controllers.append({i,
                                  QStringLiteral("pci-bridge"),
                                  QStringLiteral("chassisNr='%1'").arg(i),
                                  true,
                                  {0, 2 + i, 0, {}},
                                  QStringLiteral("pci-bridge")});
        for (int slot = 6; slot < 6 + between(2, 5); ++slot)
            b.endpoints.append(
                {between(0, 1) ? QStringLiteral("disk") : QStringLiteral("nic-legacy"), {0, slot, 0, {}}});
        for (int i = 1; i <= bridges; ++i) {
            for (int slot = 1; slot <= between(1, 4); ++slot)
                b.endpoints.append({QStringLiteral("disk"), {i, slot, 0, {}}});
        }
        for (int slot = 20; slot <= 24; ++slot)
            freeEndpointSlots.append({0, slot, 0, {}});
    } else { // pseries
        b.controllers.append({0,
                              QStringLiteral("pci-root"),
                              QStringLiteral("index='0'"),
                              false,
                              {},
                              QStringLiteral("spapr-pci-host-bridge")});
        const int phbs = between(1, 3);
        for (int i = 1; i <= phbs; ++i)
            b.controllers.append({i,
                                  QStringLiteral("pci-root"),
                                  QStringLiteral("index='%1'").arg(i),
                                  false,
                                  {},
                                  QStringLiteral("spapr-pci-host-bridge")});
        for (int i = 0; i <= phbs; ++i) {
            for (int slot = 1; slot <= between(1, 3); ++slot)
                b.endpoints.append({between(0, 1) ? QStringLiteral("disk") : QStringLiteral("nic"), {i, slot, 0, {}}});
        }
        for (int slot = 20; slot <= 24; ++slot)
            freeEndpointSlots.append({0, slot, 0, {}});
    }

    GeneratedDomain result{name, {}, machine, mutation, true};
    const Address free0 = freeEndpointSlots.value(0);
    auto addEndpoint = [&](const Address &a) {
        b.endpoints.append({endpointKind, a});
    };
    switch (mutation) {
    case Mutation::Legal: break;
    case Mutation::DuplicateAddress: addEndpoint(b.endpoints.first().address); break;
    case Mutation::RootPortSlot:
        if (!pcie) {
            result.mutated = false;
            break;
        }
        addEndpoint({3, between(1, 31), 0, {}});
        break;
    case Mutation::BridgeSlotZero: {
        const Controller *bridge = b.find(QStringLiteral("pci-bridge"));
        if (!bridge) {
            result.mutated = false;
            break;
        }
        addEndpoint({bridge->index, 0, 0, {}});
        break;
    }
    case Mutation::FunctionEight: addEndpoint({free0.bus, free0.slot, 8, {}}); break;
    case Mutation::DownstreamOnRoot:
        if (!pcie) {
            result.mutated = false;
            break;
        }
        b.controllers.append(
            {b.nextIndex(), QStringLiteral("pcie-switch-downstream-port"), {}, true, {0, 0x1a, 0, {}}, {}});
        break;
    case Mutation::PcieToPciOnRoot:
        if (!pcie) {
            result.mutated = false;
            break;
        }
        b.controllers.append({b.nextIndex(), QStringLiteral("pcie-to-pci-bridge"), {}, true, {0, 0x1a, 0, {}}, {}});
        break;
    case Mutation::EndpointOnUpstream: {
        const Controller *up = b.find(QStringLiteral("pcie-switch-upstream-port"));
        if (!up) {
            result.mutated = false;
            break;
        }
        addEndpoint({up->index, 5, 0, {}});
        break;
    }
    case Mutation::BridgeIndexOrder: {
        // A pci-bridge plugged into a bridge whose index is higher than its own.
        if (machine != GenMachine::Pc) {
            result.mutated = false;
            break;
        }
        const int high = b.nextIndex();
        b.controllers.append({high + 1, QStringLiteral("pci-bridge"), {}, true, {0, 0x10, 0, {}}, {}});
        b.controllers.append({high, QStringLiteral("pci-bridge"), {}, true, {high + 1, 1, 0, {}}, {}});
        break;
    }
    case Mutation::ControllerIndexOrder: {
        if (!pcie) {
            result.mutated = false;
            break;
        }
        // A pcie-to-pci-bridge (low index) in a root port with a higher index.
        const int high = b.nextIndex();
        b.controllers.append({high + 1,
                              QStringLiteral("pcie-root-port"),
                              QStringLiteral("chassis='%1'").arg(high + 1),
                              true,
                              {0, 0x18, 0, {}},
                              {}});
        b.controllers.append({high, QStringLiteral("pcie-to-pci-bridge"), {}, true, {high + 1, 0, 0, {}}, {}});
        break;
    }
    case Mutation::MultifunctionOff:
        addEndpoint({free0.bus, free0.slot, 0, QStringLiteral(" multifunction='off'")});
        addEndpoint({free0.bus, free0.slot, 1, {}});
        break;
    case Mutation::DuplicateChassis: {
        if (!pcie) {
            result.mutated = false;
            break;
        }
        Controller &second = b.controllers[2]; // root port index 2
        second.target = QStringLiteral("chassis='1' port='0x11'");
        break;
    }
    case Mutation::DuplicateIndex:
        b.controllers.append(
            {1, pcie ? QStringLiteral("pcie-root-port") : QStringLiteral("pci-bridge"), {}, false, {}, {}});
        break;
    case Mutation::WrongRoot:
        if (machine == GenMachine::Pseries) {
            result.mutated = false;
            break;
        }
        b.controllers[0].model = pcie ? QStringLiteral("pci-root") : QStringLiteral("pcie-root");
        break;
    case Mutation::ExpanderWrongMachine:
        if (machine == GenMachine::Pseries) {
            result.mutated = false;
            break;
        }
        b.controllers.append({b.nextIndex(),
                              pcie ? QStringLiteral("pci-expander-bus") : QStringLiteral("pcie-expander-bus"),
                              QStringLiteral("busNr='200'"),
                              true,
                              {0, 0x1b, 0, {}},
                              {}});
        break;
    case Mutation::ChipsetAddress:
        if (machine == GenMachine::Q35)
            addEndpoint({0, 0x1f, between(0, 1) ? 3 : 0, {}});
        else if (machine == GenMachine::Pc)
            addEndpoint({0, 1, between(0, 1) ? 3 : 0, {}});
        else
            result.mutated = false;
        break;
    case Mutation::BusNrRange:
        if (machine == GenMachine::Pc)
            b.controllers.append({b.nextIndex(),
                                  QStringLiteral("pci-expander-bus"),
                                  QStringLiteral("busNr='255'"),
                                  true,
                                  {0, 0x1b, 0, {}},
                                  {}});
        else if (machine == GenMachine::Q35)
            b.controllers.append({b.nextIndex(),
                                  QStringLiteral("pcie-expander-bus"),
                                  QStringLiteral("busNr='0'"),
                                  true,
                                  {0, 0x1b, 0, {}},
                                  {}});
        else
            result.mutated = false;
        break;
    case Mutation::PhbIndexRange:
        if (machine != GenMachine::Pseries) {
            result.mutated = false;
            break;
        }
        b.controllers.append({b.nextIndex(),
                              QStringLiteral("pci-root"),
                              QStringLiteral("index='31'"),
                              false,
                              {},
                              QStringLiteral("spapr-pci-host-bridge")});
        break;
    case Mutation::PhbIndexDuplicate:
        if (machine != GenMachine::Pseries) {
            result.mutated = false;
            break;
        }
        b.controllers.append({b.nextIndex(),
                              QStringLiteral("pci-root"),
                              QStringLiteral("index='1'"),
                              false,
                              {},
                              QStringLiteral("spapr-pci-host-bridge")});
        break;
    case Mutation::MissingBus: addEndpoint({b.nextIndex(), pcie ? between(0, 1) : 1, 0, {}}); break;
    case Mutation::FunctionZeroMissing: addEndpoint({free0.bus, free0.slot, between(1, 7), {}}); break;
    }
    result.xml = b.xml(name);
    return result;
}

} // namespace pcitopo::test
