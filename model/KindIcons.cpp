#include "KindIcons.h"

#include <QCoreApplication>
#include <QHash>

namespace pcitopo::KindIcons {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::KindIcons)
};

QString path(const char *name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

} // namespace

QString controllerPath(ControllerModel model)
{
    switch (model) {
    case ControllerModel::PciRoot:
    case ControllerModel::PcieRoot: return path("controller-root");
    case ControllerModel::PcieRootPort:
    case ControllerModel::PcieSwitchDownstreamPort: return path("controller-root-port");
    case ControllerModel::PcieSwitchUpstreamPort: return path("controller-switch");
    case ControllerModel::PciBridge:
    case ControllerModel::DmiToPciBridge:
    case ControllerModel::PcieToPciBridge: return path("controller-bridge");
    case ControllerModel::PciExpanderBus:
    case ControllerModel::PcieExpanderBus: return path("controller-expander");
    case ControllerModel::Unknown: break;
    }
    return path("device-generic");
}

QString controllerPath(const Controller &controller, MachineFamily family)
{
    if (family == MachineFamily::Pseries && controller.model == ControllerModel::PciRoot)
        return path("controller-phb");
    return controllerPath(controller.model);
}

QString pathFor(const QString &element, const QString &model)
{
    if (element == QLatin1String("disk") || element == QLatin1String("filesystem"))
        return path("device-disk");
    if (element == QLatin1String("interface"))
        return model == QLatin1String("hostdev") ? path("device-hostdev") : path("device-network");
    if (element == QLatin1String("hostdev"))
        return path("device-hostdev");
    if (element == QLatin1String("video"))
        return path("device-display");
    if (element == QLatin1String("sound"))
        return path("device-sound");
    if (element == QLatin1String("controller")) {
        if (model == QLatin1String("usb"))
            return path("device-usb");
        if (model == QLatin1String("virtio-serial"))
            return path("device-console");
        return path("device-storage-controller");
    }
    if (element == QLatin1String("rng"))
        return path("device-rng");
    if (element == QLatin1String("memballoon") || element == QLatin1String("memory")
        || element == QLatin1String("shmem"))
        return path("device-memory");
    if (element == QLatin1String("input"))
        return path("device-input");
    if (element == QLatin1String("serial") || element == QLatin1String("console")
        || element == QLatin1String("watchdog") || element == QLatin1String("vsock")
        || element == QLatin1String("channel"))
        return path("device-console");
    return path("device-generic");
}

QString devicePath(const Device &device)
{
    if (device.element == QLatin1String("controller"))
        return pathFor(device.element, device.controllerType);
    if (device.element == QLatin1String("interface") && device.hostAddress)
        return pathFor(device.element, QStringLiteral("hostdev"));
    return pathFor(device.element);
}

QString paletteEntryPath(const QString &id)
{
    static const QHash<QString, const char *> icons = {
        {QStringLiteral("pcie-root-port"), "controller-root-port"},
        {QStringLiteral("pcie-switch-downstream-port"), "controller-root-port"},
        {QStringLiteral("pcie-switch-upstream-port"), "controller-switch"},
        {QStringLiteral("pcie-to-pci-bridge"), "controller-bridge"},
        {QStringLiteral("pci-bridge"), "controller-bridge"},
        {QStringLiteral("pcie-expander-bus"), "controller-expander"},
        {QStringLiteral("pci-expander-bus"), "controller-expander"},
        {QStringLiteral("pseries-phb"), "controller-phb"},
        {QStringLiteral("virtio-disk"), "device-disk"},
        {QStringLiteral("virtio-net"), "device-network"},
        {QStringLiteral("e1000"), "device-network"},
        {QStringLiteral("virtio-scsi"), "device-storage-controller"},
        {QStringLiteral("qemu-xhci"), "device-usb"},
        {QStringLiteral("virtio-rng"), "device-rng"},
    };
    return path(icons.value(id, "device-generic"));
}

QString hostClassPath(quint32 classCode)
{
    switch (classCode >> 16) {
    case 0x01: return path("device-storage-controller");
    case 0x02: return path("device-network");
    case 0x03: return path("device-display");
    case 0x04: return path("device-sound");
    case 0x05: return path("device-memory");
    case 0x06: return path("controller-bridge");
    case 0x0c: return (classCode >> 8) == 0x0c03 ? path("device-usb") : path("device-generic");
    default: break;
    }
    return path("device-generic");
}

QIcon icon(const QString &path)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QList<Meaning> meanings()
{
    return {
        {path("controller-root"), Text::tr("Root bus: pcie-root or pci-root, where everything starts"),
         Text::tr("root bus")},
        {path("controller-root-port"), Text::tr("PCIe root port or switch downstream port: one hot-pluggable slot"),
         Text::tr("PCIe port")},
        {path("controller-switch"), Text::tr("PCIe switch upstream port: fans out to downstream ports"),
         Text::tr("PCIe switch")},
        {path("controller-bridge"),
         Text::tr("Bridge to conventional PCI: pci-bridge, pcie-to-pci-bridge, dmi-to-pci-bridge"),
         Text::tr("PCI bridge")},
        {path("controller-expander"), Text::tr("Expander bus: a further root bus, e.g. on another NUMA node"),
         Text::tr("expander bus")},
        {path("controller-phb"), Text::tr("pseries PCI host bridge (PHB): a PCI domain of its own"), Text::tr("PHB")},
        {path("device-hostdev"), Text::tr("Host device passed through (VFIO), or a hostdev network interface"),
         Text::tr("host device")},
        {path("device-disk"), Text::tr("Disk or shared filesystem"), Text::tr("disk")},
        {path("device-network"), Text::tr("Network interface"), Text::tr("network")},
        {path("device-display"), Text::tr("Video adapter"), Text::tr("video")},
        {path("device-sound"), Text::tr("Sound card"), Text::tr("sound")},
        {path("device-usb"), Text::tr("USB controller"), Text::tr("USB")},
        {path("device-storage-controller"), Text::tr("Storage controller: SCSI, SATA, NVMe"),
         Text::tr("storage controller")},
        {path("device-memory"), Text::tr("Memory balloon, memory device or shared memory"), Text::tr("memory")},
        {path("device-rng"), Text::tr("Random number generator"), Text::tr("RNG")},
        {path("device-input"), Text::tr("Input device"), Text::tr("input")},
        {path("device-console"), Text::tr("Serial port, console, watchdog or vsock"), Text::tr("console")},
        {path("device-generic"), Text::tr("Any other PCI device"), Text::tr("other device")},
    };
}

} // namespace pcitopo::KindIcons
