#include "SvgWriter.h"

#include "DomainDocument.h"
#include "GraphScene.h"
#include "KindIcons.h"
#include "items/NodeItem.h"
#include "layout/GraphLayout.h"
#include "rules/GuestAddressing.h"
#include "rules/RuleChecker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pcitopo {

namespace {

const QString SvgNamespace = QStringLiteral("http://www.w3.org/2000/svg");
const QString XlinkNamespace = QStringLiteral("http://www.w3.org/1999/xlink");

/** One translation context with DiagramExporter (the title is the same text). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::DiagramExporter)
};

/** A coordinate, short: two decimals at most. */
QString num(qreal value)
{
    return QString::number(qRound64(value * 100) / 100.0, 'g', 10);
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

/**
 * Text metrics in diagram units: SVG font sizes are user units, and one point is one unit at
 * 72 dpi (as Qt's SVG generator writes them), so text is measured on a 72-dpi device.
 */
class Metrics
{
public:
    Metrics()
        : m_device(1, 1, QImage::Format_RGB32)
    {
        m_device.setDotsPerMeterX(2835); // 72 dpi
        m_device.setDotsPerMeterY(2835);
    }
    QFontMetricsF of(qreal pointSize, bool bold) const
    {
        QFont font;
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        return QFontMetricsF(font, &m_device);
    }

private:
    QImage m_device;
};

/** An SVG element writer with the few shapes the diagram uses. */
class Writer
{
public:
    explicit Writer(QIODevice *out)
        : xml(out)
    { }

    void rect(const QRectF &r, qreal radius, const QString &fill, const QString &stroke = QString(), qreal width = 0,
              const QString &dashes = QString())
    {
        xml.writeEmptyElement(QStringLiteral("rect"));
        xml.writeAttribute(QStringLiteral("x"), num(r.x()));
        xml.writeAttribute(QStringLiteral("y"), num(r.y()));
        xml.writeAttribute(QStringLiteral("width"), num(r.width()));
        xml.writeAttribute(QStringLiteral("height"), num(r.height()));
        if (radius > 0)
            xml.writeAttribute(QStringLiteral("rx"), num(radius));
        xml.writeAttribute(QStringLiteral("fill"), fill);
        if (!stroke.isEmpty()) {
            xml.writeAttribute(QStringLiteral("stroke"), stroke);
            xml.writeAttribute(QStringLiteral("stroke-width"), num(width));
        }
        if (!dashes.isEmpty())
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), dashes);
    }

    /** A polyline path (the diagram's links are made of lines only). */
    void path(const QPainterPath &p, const QString &dashes = QString())
    {
        QString d;
        for (int i = 0; i < p.elementCount(); ++i) {
            const QPainterPath::Element e = p.elementAt(i);
            d += (e.isMoveTo() ? QLatin1Char('M') : QLatin1Char('L')) + num(e.x) + QLatin1Char(',') + num(e.y);
        }
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"), d);
        if (!dashes.isEmpty())
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), dashes);
    }

    /** Text whose top-left corner is at `topLeft` (as Qt places it), on its baseline. */
    void text(const QString &s, const QPointF &topLeft, const QFontMetricsF &metrics, const QString &attributes = {})
    {
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), num(topLeft.x()));
        xml.writeAttribute(QStringLiteral("y"), num(topLeft.y() + metrics.ascent()));
        if (!attributes.isEmpty()) {
            for (const QString &pair : attributes.split(QLatin1Char(';'))) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                xml.writeAttribute(pair.left(eq), pair.mid(eq + 1));
            }
        }
        xml.writeCharacters(s);
        xml.writeEndElement();
    }

    QXmlStreamWriter xml;
};

/** "icon-device-disk" for ":/icons/device-disk.svg". */
QString iconId(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return QStringLiteral("icon-") + path.mid(slash + 1).chopped(4);
}

/** Copies a kind icon into <defs> as a group: its root's presentation attributes, its shapes. */
void defineIcon(QXmlStreamWriter &xml, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader reader(&file);
    while (!reader.atEnd() && !reader.isStartElement())
        reader.readNext();
    if (reader.name() != QLatin1String("svg"))
        return;
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), iconId(path));
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        const QStringView name = a.name();
        if (a.namespaceUri().isEmpty() && name != QLatin1String("width") && name != QLatin1String("height")
            && name != QLatin1String("viewBox") && name != QLatin1String("version"))
            xml.writeAttribute(name.toString(), a.value().toString());
    }
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            ++depth;
        if (reader.isEndElement() && depth-- == 0)
            break;
        if (reader.isStartElement() || reader.isEndElement())
            xml.writeCurrentToken(reader);
    }
    xml.writeEndElement();
}

/** The legend, drawn by DiagramExporter::drawLegend and turned into SVG by Qt: a few items. */
QByteArray legendSvg(int palette, QRectF *area)
{
    QGraphicsScene scene;
    *area = DiagramExporter::drawLegend(scene, palette, QPointF(0, 0));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(area->size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), area->size()));
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area->size()), *area);
    }
    return buffer.data();
}

/** Copies the drawing of an SVG document (its root's children but title, desc and defs). */
void copyDrawing(QXmlStreamWriter &xml, const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (depth == 1
                && (name == QLatin1String("title") || name == QLatin1String("desc") || name == QLatin1String("defs"))) {
                reader.skipCurrentElement();
                continue;
            }
            if (depth++ >= 1)
                xml.writeCurrentToken(reader);
        } else if (reader.isEndElement()) {
            if (--depth >= 1)
                xml.writeCurrentToken(reader);
        } else if (reader.isCharacters() && depth >= 2 && !reader.isWhitespace()) {
            xml.writeCurrentToken(reader);
        }
    }
}

} // namespace

bool SvgWriter::write(QIODevice *out, DomainDocument *document, const DiagramExporter::Options &options, QString *error)
{
    const Topology &t = document->topology();
    const GraphLayout layout = GraphLayout::compute(t, options.scene.orientation, options.scene.emptySlots);
    const rules::GuestNumbering guest = rules::numberGuestBuses(t);
    QHash<NodeId, Severity> worst;
    for (const Diagnostic &d : rules::checkTopology(t, {options.host})) {
        for (NodeId id : d.nodes)
            if (!worst.contains(id) || worst[id] < d.severity)
                worst[id] = d.severity;
    }
    const int palette = int(options.scene.palette);
    const NodeItem::Colors colors = NodeItem::colors(palette);
    const Metrics metrics;
    const QFontMetricsF titleFont = metrics.of(14, true), boldLine = metrics.of(9.5, true),
                        line = metrics.of(8.5, false), small = metrics.of(7.5, false), caption = metrics.of(9, false);

    // Multifunction slots: the functions of one slot framed together.
    QMap<QPair<quint32, quint32>, QRectF> frames;
    QHash<QPair<quint32, quint32>, int> functions;
    for (const GraphLayout::Edge &edge : layout.edges) {
        const QPair<quint32, quint32> key{edge.address.bus, edge.address.slot};
        frames[key] = frames.value(key).united(layout.nodes.value(edge.child));
        ++functions[key];
    }
    frames.removeIf([&](const auto &it) { return functions.value(it.key()) < 2; });

    // Where everything goes, before the first byte: the header names the size.
    QRectF diagram = layout.bounds;
    for (const QRectF &frame : std::as_const(frames))
        diagram |= frame.adjusted(-6, -16, 6, 6);
    QPointF unconnectedAt;
    if (!layout.unconnected.isEmpty()) {
        qreal top = std::numeric_limits<qreal>::max(), left = top;
        for (NodeId id : layout.unconnected) {
            top = std::min(top, layout.nodes.value(id).top());
            left = std::min(left, layout.nodes.value(id).left());
        }
        unconnectedAt = QPointF(left, top - caption.height() - 6);
        diagram |= QRectF(unconnectedAt,
                          QSizeF(caption.horizontalAdvance(GraphScene::unconnectedCaption()), caption.height()));
    }
    const QString title = Text::tr("%1 — %2 (%3)")
                              .arg(document->displayName(), Topology::familyName(t.family()),
                                   t.machine().isEmpty() ? t.arch() : t.machine());
    const QRectF titleRect(diagram.left(), diagram.top() - titleFont.height() - 16, titleFont.horizontalAdvance(title),
                           titleFont.height());
    QRectF legendArea;
    const QByteArray legend = legendSvg(palette, &legendArea);
    const QPointF legendAt(diagram.left(), diagram.bottom() + 28);
    const QRectF area = (diagram | titleRect | legendArea.translated(legendAt)).adjusted(-24, -24, 24, 24);

    Writer w(out);
    QXmlStreamWriter &xml = w.xml;
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    xml.writeCharacters(QStringLiteral("\n"));
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(SvgNamespace);
    xml.writeNamespace(XlinkNamespace, QStringLiteral("xlink"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeAttribute(QStringLiteral("baseProfile"), QStringLiteral("tiny"));
    xml.writeAttribute(QStringLiteral("width"), num(area.width()));
    xml.writeAttribute(QStringLiteral("height"), num(area.height()));
    xml.writeAttribute(QStringLiteral("viewBox"),
                       QStringLiteral("0 0 %1 %2").arg(num(area.width()), num(area.height())));
    xml.writeTextElement(QStringLiteral("title"), document->displayName());
    xml.writeTextElement(QStringLiteral("desc"), QStringLiteral("PCI topology, exported by pcitopo"));

    // Each kind icon once; boxes refer to it.
    QHash<NodeId, QString> icons;
    QStringList defined;
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
        const Controller *c = t.controller(it.key());
        const Device *d = t.device(it.key());
        const QString path = c ? KindIcons::controllerPath(*c, t.family()) : d ? KindIcons::devicePath(*d) : QString();
        if (path.isEmpty() || !QFile::exists(path))
            continue;
        icons.insert(it.key(), iconId(path));
        if (!defined.contains(path))
            defined.append(path);
    }
    std::sort(defined.begin(), defined.end()); // the same bytes for the same domain
    xml.writeStartElement(QStringLiteral("defs"));
    for (const QString &path : std::as_const(defined))
        defineIcon(xml, path);
    xml.writeEndElement();
    xml.writeCharacters(QStringLiteral("\n"));

    const QColor background = palette == 1 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    w.rect(QRectF(QPointF(0, 0), area.size()), 0, hex(background));
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("transform"),
                       QStringLiteral("translate(%1,%2)").arg(num(-area.left()), num(-area.top())));
    xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    w.text(title, titleRect.topLeft(), titleFont,
           QStringLiteral("class=title;font-size=14;font-weight=bold;fill=%1").arg(hex(colors.text)));
    xml.writeCharacters(QStringLiteral("\n"));

    // Multifunction frames and links under the boxes.
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("multifunction"));
        w.rect(it.value().adjusted(-6, -16, 6, 6), 0, QStringLiteral("none"), hex(colors.border), 1,
               QStringLiteral("1,2"));
        w.text(GraphScene::frameCaption(it.key().first, it.key().second), it.value().topLeft() - QPointF(0, 14), small,
               QStringLiteral("font-size=7.5;fill=%1").arg(hex(colors.secondaryText)));
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral("\n"));
    }
    const QString linkAttributes = QStringLiteral("font-size=7.5;fill=%1;stroke=none").arg(hex(colors.secondaryText));
    const QString linkDashes = QStringLiteral("5.2,2.6"); // Qt's dash line at 1.3 units
    for (const GraphLayout::Edge &edge : layout.edges) {
        const QPainterPath path = GraphScene::linkPath(edge.route);
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"),
                           edge.hotplug ? QStringLiteral("link") : QStringLiteral("link no-hotplug"));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("stroke"), hex(colors.border));
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.3"));
        w.path(path, edge.hotplug ? QString() : linkDashes);
        w.text(GraphScene::linkLabel(edge.address), edge.labelAt, small, linkAttributes);
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral("\n"));
    }
    if (!layout.unconnected.isEmpty())
        w.text(GraphScene::unconnectedCaption(), unconnectedAt, caption,
               QStringLiteral("class=caption;font-size=9;fill=%1").arg(hex(colors.text)));

    // A box as NodeItem paints it: frame, IOMMU group stripe, severity mark, icon, three lines.
    const auto box = [&](const QRectF &r, NodeItem::Kind kind, const QStringList &lines, const QString &icon, int group,
                         std::optional<Severity> severity) {
        const QString fill = hex(kind == NodeItem::Kind::Controller   ? colors.controller
                                     : kind == NodeItem::Kind::Device ? colors.device
                                                                      : colors.unconnected);
        const bool dashed = kind == NodeItem::Kind::Unconnected || kind == NodeItem::Kind::EmptySlot;
        const qreal width = palette == 2 ? 1.5 : 1.2;
        w.rect(r, 6, fill, hex(kind == NodeItem::Kind::Controller ? colors.controllerBorder : colors.border), width,
               dashed ? QStringLiteral("%1,%2").arg(num(4 * width), num(2 * width)) : QString());
        if (group >= 0)
            w.rect(QRectF(r.left() + 1.5, r.top() + 1.5, 5, r.height() - 3), 2, hex(NodeItem::groupColor(group)));
        if (severity && *severity > Severity::Info) {
            xml.writeEmptyElement(QStringLiteral("circle"));
            xml.writeAttribute(QStringLiteral("cx"), num(r.right() - 10));
            xml.writeAttribute(QStringLiteral("cy"), num(r.top() + 10));
            xml.writeAttribute(QStringLiteral("r"), QStringLiteral("5.5"));
            xml.writeAttribute(QStringLiteral("fill"), hex(NodeItem::severityColor(*severity)));
        }
        const QRectF text = r.adjusted(8, 4, -20, -4);
        const qreal lineHeight = text.height() / 3;
        qreal indent = 0;
        if (!icon.isEmpty()) {
            constexpr qreal size = 13;
            xml.writeEmptyElement(QStringLiteral("use"));
            xml.writeAttribute(XlinkNamespace, QStringLiteral("href"), QLatin1Char('#') + icon);
            xml.writeAttribute(QStringLiteral("transform"),
                               QStringLiteral("translate(%1,%2) scale(%3)")
                                   .arg(num(text.left()), num(text.top() + (lineHeight - size) / 2), num(size / 16)));
            indent = size + 4;
        }
        for (int i = 0; i < lines.size() && i < 3; ++i) {
            if (lines[i].isEmpty())
                continue;
            const QFontMetricsF &m = i == 0 ? boldLine : line;
            const qreal left = i == 0 ? indent : 0;
            const qreal available = text.width() + (i == 0 ? 0 : 12) - left;
            const QPointF at(text.left() + left, text.top() + i * lineHeight + (lineHeight - m.height()) / 2);
            w.text(m.elidedText(lines[i], Qt::ElideRight, available), at, m,
                   i == 0 ? QStringLiteral("font-size=9.5;font-weight=bold;fill=%1").arg(hex(colors.text))
                          : QStringLiteral("font-size=8.5;fill=%1").arg(hex(colors.secondaryText)));
        }
    };

    for (const GraphLayout::EmptySlot &slot : layout.emptySlots) {
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("empty-slot"));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("stroke"), hex(colors.border));
        w.path(GraphScene::linkPath(slot.route), slot.hotplug ? QString() : QStringLiteral("4,2"));
        box(slot.rect, NodeItem::Kind::EmptySlot, GraphScene::emptySlotLines(slot), QString(), -1, std::nullopt);
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral("\n"));
    }

    // The boxes in a stable order: by position.
    QList<NodeId> order = layout.nodes.keys();
    std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
        const QRectF ra = layout.nodes.value(a), rb = layout.nodes.value(b);
        return std::tuple(ra.top(), ra.left(), a) < std::tuple(rb.top(), rb.left(), b);
    });
    const QSet<NodeId> unconnected(layout.unconnected.cbegin(), layout.unconnected.cend());
    for (NodeId id : std::as_const(order)) {
        const bool controller = t.controller(id) != nullptr;
        const NodeItem::Kind kind = unconnected.contains(id) ? NodeItem::Kind::Unconnected
            : controller                                     ? NodeItem::Kind::Controller
                                                             : NodeItem::Kind::Device;
        int group = -1;
        const QStringList lines = GraphScene::nodeLines(t, guest, options.host, id, &group);
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("id"), DiagramExporter::elementId(t, id));
        xml.writeAttribute(QStringLiteral("class"),
                           controller ? QStringLiteral("controller") : QStringLiteral("device"));
        const auto severity = worst.constFind(id);
        box(layout.nodes.value(id), kind, lines, icons.value(id), group,
            severity == worst.cend() ? std::nullopt : std::optional<Severity>(*severity));
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral("\n"));
    }

    // The legend: Qt's SVG of a few items, placed below the diagram.
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("legend"));
    xml.writeAttribute(QStringLiteral("transform"),
                       QStringLiteral("translate(%1,%2)")
                           .arg(num(legendAt.x() + legendArea.left()), num(legendAt.y() + legendArea.top())));
    copyDrawing(xml, legend);
    xml.writeEndElement();
    xml.writeEndElement(); // the translated group
    xml.writeEndElement(); // svg
    xml.writeEndDocument();
    if (xml.hasError()) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace pcitopo
