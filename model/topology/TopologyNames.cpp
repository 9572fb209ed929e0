// The names of machine families, controller models and device classes, and the family a
// domain's type, arch and machine belong to.
#include "ElementReader.h"

namespace pcitopo {

namespace detail {

MachineFamily familyOf(const QString &domainType, const QString &arch, const QString &machine)
{
    if (domainType == QLatin1String("xen"))
        return MachineFamily::Xen;
    if (arch == QLatin1String("x86_64") || arch == QLatin1String("i686") || arch.isEmpty()) {
        if (machine.contains(QLatin1String("q35")))
            return MachineFamily::Q35;
        if (machine.isEmpty() || machine.startsWith(QLatin1String("pc")) || machine.startsWith(QLatin1String("rhel")))
            return MachineFamily::Pc;
        if (machine.startsWith(QLatin1String("xenfv")))
            return MachineFamily::Xen;
        return MachineFamily::Other;
    }
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("armv7l"))
        return machine.startsWith(QLatin1String("virt")) ? MachineFamily::ArmVirt : MachineFamily::Other;
    if (arch == QLatin1String("riscv64"))
        return machine.startsWith(QLatin1String("virt")) ? MachineFamily::RiscvVirt : MachineFamily::Other;
    if (arch.startsWith(QLatin1String("ppc64")))
        return machine.isEmpty() || machine.startsWith(QLatin1String("pseries")) ? MachineFamily::Pseries
                                                                                 : MachineFamily::Other;
    if (arch == QLatin1String("s390x"))
        return MachineFamily::S390;
    return MachineFamily::Other;
}

} // namespace detail

using detail::Text;

bool Topology::isPcieMachine(MachineFamily family)
{
    return family == MachineFamily::Q35 || family == MachineFamily::ArmVirt || family == MachineFamily::RiscvVirt;
}

QString Topology::familyName(MachineFamily family)
{
    switch (family) {
    case MachineFamily::Pc: return QStringLiteral("pc (i440fx)");
    case MachineFamily::Q35: return QStringLiteral("q35");
    case MachineFamily::ArmVirt: return QStringLiteral("ARM virt");
    case MachineFamily::RiscvVirt: return QStringLiteral("RISC-V virt");
    case MachineFamily::Pseries: return QStringLiteral("pseries");
    case MachineFamily::S390: return QStringLiteral("s390x");
    case MachineFamily::Xen: return QStringLiteral("Xen HVM");
    case MachineFamily::Other: break;
    }
    return Text::tr("other");
}

ControllerModel Topology::controllerModelFromString(const QString &model)
{
    static const QHash<QString, ControllerModel> models = {
        {QStringLiteral("pci-root"), ControllerModel::PciRoot},
        {QStringLiteral("pcie-root"), ControllerModel::PcieRoot},
        {QStringLiteral("pci-bridge"), ControllerModel::PciBridge},
        {QStringLiteral("dmi-to-pci-bridge"), ControllerModel::DmiToPciBridge},
        {QStringLiteral("pcie-to-pci-bridge"), ControllerModel::PcieToPciBridge},
        {QStringLiteral("pcie-root-port"), ControllerModel::PcieRootPort},
        {QStringLiteral("pcie-switch-upstream-port"), ControllerModel::PcieSwitchUpstreamPort},
        {QStringLiteral("pcie-switch-downstream-port"), ControllerModel::PcieSwitchDownstreamPort},
        {QStringLiteral("pci-expander-bus"), ControllerModel::PciExpanderBus},
        {QStringLiteral("pcie-expander-bus"), ControllerModel::PcieExpanderBus},
    };
    return models.value(model, ControllerModel::Unknown);
}

QString Topology::controllerModelName(ControllerModel model)
{
    switch (model) {
    case ControllerModel::PciRoot: return QStringLiteral("pci-root");
    case ControllerModel::PcieRoot: return QStringLiteral("pcie-root");
    case ControllerModel::PciBridge: return QStringLiteral("pci-bridge");
    case ControllerModel::DmiToPciBridge: return QStringLiteral("dmi-to-pci-bridge");
    case ControllerModel::PcieToPciBridge: return QStringLiteral("pcie-to-pci-bridge");
    case ControllerModel::PcieRootPort: return QStringLiteral("pcie-root-port");
    case ControllerModel::PcieSwitchUpstreamPort: return QStringLiteral("pcie-switch-upstream-port");
    case ControllerModel::PcieSwitchDownstreamPort: return QStringLiteral("pcie-switch-downstream-port");
    case ControllerModel::PciExpanderBus: return QStringLiteral("pci-expander-bus");
    case ControllerModel::PcieExpanderBus: return QStringLiteral("pcie-expander-bus");
    case ControllerModel::Unknown: break;
    }
    return QString();
}

QString Topology::deviceClassName(DeviceClass deviceClass)
{
    switch (deviceClass) {
    case DeviceClass::PciEndpoint: return Text::tr("PCI endpoint");
    case DeviceClass::PcieEndpoint: return Text::tr("PCIe endpoint");
    case DeviceClass::Either: return Text::tr("PCI or PCIe (host device)");
    case DeviceClass::None: return Text::tr("not PCI");
    }
    return QString();
}

} // namespace pcitopo
