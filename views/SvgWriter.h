#pragma once

#include "DiagramExporter.h"

class QIODevice;

namespace pcitopo {

class DomainDocument;

/**
 * Writes a domain's diagram as SVG straight from GraphLayout, element by element onto a
 * device: no scene is built and no buffer holds the whole file. It draws what GraphScene draws
 * (the same texts and geometry, through GraphScene's static helpers), defines each kind icon
 * once in <defs> and places it with <use>, and wraps every node in a <g> with its stable id
 * (DiagramExporter::elementId) and a class (controller, device, link, multifunction, …) that
 * CSS can style.
 */
class SvgWriter
{
public:
    /** Writes the whole document; false (with *error) when the device refuses a write. */
    static bool write(QIODevice *out, DomainDocument *document, const DiagramExporter::Options &options,
                      QString *error);
};

} // namespace pcitopo
