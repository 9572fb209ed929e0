#pragma once

#include "Topology.h"

#include <QIcon>
#include <QString>

namespace pcitopo {

/**
 * The icon of each kind of controller and device (resources/icons, scalable SVG), the same in
 * the tree, the diagram, the palette, the host devices and the symbols page.
 */
namespace KindIcons {

/** ":/icons/controller-root-port.svg" and the like. */
QString controllerPath(ControllerModel model);
/** A controller on its machine: pseries pci-root controllers are PHBs. */
QString controllerPath(const Controller &controller, MachineFamily family);
QString devicePath(const Device &device);
/** By element name and model, for things not in a topology yet (the palette). */
QString pathFor(const QString &element, const QString &model = QString());
/** A palette entry by its id ("pcie-root-port", "virtio-disk", …). */
QString paletteEntryPath(const QString &id);
/** A host function by its PCI class code. */
QString hostClassPath(quint32 classCode);
/** The icon at a path, cached. */
QIcon icon(const QString &path);

/** Every icon with what it stands for, for the symbols page. */
struct Meaning
{
    QString path;
    QString text; // what it stands for, in a sentence
    QString brief; // a word or two, for the exported legend
};
QList<Meaning> meanings();

} // namespace KindIcons

} // namespace pcitopo
