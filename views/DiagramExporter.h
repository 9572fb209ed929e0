#pragma once

#include "GraphScene.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QGraphicsScene;
class QIODevice;

namespace pcitopo {

class DomainDocument;
class Topology;

/**
 * Renders a domain's topology as a document: SVG (SvgWriter, with stable element ids), PNG, PDF
 * (vector, one page) or Graphviz DOT, with a title and a legend. The same renderer serves
 * File › Export and `pcitopo export`. Only labels, models and addresses are drawn: nothing of
 * the XML that could hold secrets.
 */
class DiagramExporter
{
public:
    enum class Format { Svg, Png, Pdf, Dot };
    /** The longest side of a PNG it writes, in pixels: past it, SVG or PDF. */
    static constexpr int MaxPngSide = 30000;

    struct Options
    {
        GraphScene::Options scene;
        qreal scale = 2.0; // PNG pixels per diagram unit (2 = crisp on high-DPI screens)
        HostFacts host;
    };

    /** The format a file name asks for, by its extension. */
    static std::optional<Format> formatFor(const QString &path);
    /** Renders; on failure returns empty bytes and sets *error. */
    static QByteArray render(DomainDocument *document, Format format, const Options &options, QString *error);
    /**
     * The picture `render` would make as PNG, shrunk to fit `bounds` (never enlarged), for
     * the Export dialog; *fullSize gets the diagram's size in units (PNG pixels at scale 1).
     */
    static QImage preview(DomainDocument *document, const Options &options, const QSize &bounds,
                          QSizeF *fullSize = nullptr);
    /**
     * Renders onto a device (a QSaveFile, standard output). SVG is written as it is made,
     * without holding the document in memory; false (with *error) on failure.
     */
    static bool write(DomainDocument *document, Format format, const Options &options, QIODevice *out, QString *error);
    /**
     * A stable id for a node: "controller-N" by libvirt index, "device-KIND-NAME" from its
     * label (so two exports of one domain can be diffed and styled with CSS).
     */
    static QString elementId(const Topology &topology, NodeId node);
    /**
     * Draws the legend (every symbol and colour of the diagram) into a scene at `topLeft`, in
     * palette 0 light, 1 dark or 2 print; returns its area. Exports and the in-app symbols
     * page both use it, so they cannot disagree.
     */
    static QRectF drawLegend(QGraphicsScene &scene, int palette, const QPointF &topLeft);
};

} // namespace pcitopo
