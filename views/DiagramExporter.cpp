#include "DiagramExporter.h"

#include "KindIcons.h"
#include <QSvgRenderer>

#include "DomainDocument.h"
#include "SvgWriter.h"
#include "items/NodeItem.h"
#include "rules/GuestAddressing.h"
#include "rules/RuleChecker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>

namespace pcitopo {

namespace {

/** One translation context for the whole file, the same for lupdate and at run time. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::DiagramExporter)
};

QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

/** A kind icon in the legend, drawn as vectors. */
class IconItem : public QGraphicsItem
{
public:
    IconItem(const QString &path, const QRectF &rect)
        : m_path(path)
        , m_rect(rect)
    { }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (QSvgRenderer *renderer = NodeItem::iconRenderer(m_path))
            renderer->render(painter, m_rect);
    }

private:
    QString m_path;
    QRectF m_rect;
};

/** Adds the title above and the legend below the diagram; returns the area to render. */
QRectF decorate(GraphScene &scene, DomainDocument *document, const DiagramExporter::Options &options)
{
    const Topology &t = document->topology();
    const NodeItem::Colors colors = NodeItem::colors(int(options.scene.palette));
    const QRectF diagram = scene.itemsBoundingRect();
    QFont titleFont;
    titleFont.setPointSizeF(14);
    titleFont.setBold(true);
    auto *title = scene.addSimpleText(Text::tr("%1 — %2 (%3)")
                                          .arg(document->displayName(), Topology::familyName(t.family()),
                                               t.machine().isEmpty() ? t.arch() : t.machine()),
                                      titleFont);
    title->setBrush(colors.text);
    title->setPos(diagram.left(), diagram.top() - title->boundingRect().height() - 16);
    title->setData(0, QStringLiteral("title"));

    DiagramExporter::drawLegend(scene, int(options.scene.palette), QPointF(diagram.left(), diagram.bottom() + 28));
    return scene.itemsBoundingRect().adjusted(-24, -24, 24, 24);
}

/** The scene of an export: the diagram with its findings, title and legend; returns its area. */
QRectF prepare(GraphScene &scene, DomainDocument *document, const DiagramExporter::Options &options)
{
    scene.setOptions(options.scene);
    scene.setHostFacts(options.host);
    scene.setDocument(document);
    scene.setDiagnostics(rules::checkTopology(document->topology(), {options.host}));
    scene.clearSelection();
    return decorate(scene, document, options);
}

QString dotQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray renderDot(DomainDocument *document, const DiagramExporter::Options &options)
{
    const Topology &t = document->topology();
    const GraphLayout layout = GraphLayout::compute(t, options.scene.orientation, false);
    const rules::GuestNumbering guest = rules::numberGuestBuses(t);
    QString out;
    out += QStringLiteral("// PCI topology of %1, exported by pcitopo. Render with: dot -Tsvg\n")
               .arg(document->displayName());
    out += QStringLiteral("digraph %1 {\n").arg(dotQuote(document->displayName()));
    out += QStringLiteral("  label=%1;\n  labelloc=t;\n")
               .arg(dotQuote(Text::tr("%1 — %2").arg(document->displayName(), Topology::familyName(t.family()))));
    out += QStringLiteral("  rankdir=%1;\n")
               .arg(options.scene.orientation == GraphLayout::Orientation::TopDown ? QStringLiteral("TB")
                                                                                   : QStringLiteral("LR"));
    out += QStringLiteral("  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n");
    QHash<int, QStringList> groups;
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
        const NodeId id = it.key();
        const QString name = DiagramExporter::elementId(t, id);
        QStringList lines{t.labelOf(id)};
        const std::optional<PciAddress> address = t.addressOf(id);
        const auto g = guest.address.constFind(id);
        lines << (address ? QStringLiteral("libvirt %1").arg(address->toShortString()) : Text::tr("no address"))
                + (g != guest.address.cend() ? QStringLiteral(" · guest %1").arg(g->toString()) : QString());
        const Controller *c = t.controller(id);
        if (const QStringList facts = c ? c->facts() : QStringList(); !facts.isEmpty())
            lines << facts.join(QStringLiteral(" · "));
        out += QStringLiteral("  %1 [label=%2, fillcolor=%3%4];\n")
                   .arg(dotQuote(name), dotQuote(lines.join(QStringLiteral("\\n"))),
                        c ? QStringLiteral("\"#e3ecf7\"") : QStringLiteral("white"),
                        layout.unconnected.contains(id) ? QStringLiteral(", style=\"rounded,dashed\"") : QString());
        const Device *d = t.device(id);
        const HostFunction *host = d && d->hostAddress ? options.host.function(*d->hostAddress) : nullptr;
        if (host && host->iommuGroup >= 0)
            groups[host->iommuGroup] << name;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        out += QStringLiteral("  subgraph cluster_iommu_%1 { label=%2; style=dashed; %3; }\n")
                   .arg(it.key())
                   .arg(dotQuote(Text::tr("IOMMU group %1").arg(it.key())))
                   .arg(it->join(QStringLiteral("; ")).isEmpty() ? QString() : [&] {
                       QStringList quoted;
                       for (const QString &n : *it)
                           quoted << dotQuote(n);
                       return quoted.join(QStringLiteral("; "));
                   }());
    }
    for (const GraphLayout::Edge &e : layout.edges) {
        out +=
            QStringLiteral("  %1 -> %2 [label=%3%4];\n")
                .arg(dotQuote(DiagramExporter::elementId(t, e.parent)),
                     dotQuote(DiagramExporter::elementId(t, e.child)),
                     dotQuote(
                         QStringLiteral("%1.%2").arg(e.address.slot, 2, 16, QLatin1Char('0')).arg(e.address.function)),
                     e.hotplug ? QString() : QStringLiteral(", style=dashed"));
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return Format::Dot;
    return std::nullopt;
}

QString DiagramExporter::elementId(const Topology &topology, NodeId node)
{
    if (const Controller *c = topology.controller(node))
        return QStringLiteral("controller-%1").arg(c->index);
    const Device *d = topology.device(node);
    if (!d)
        return QStringLiteral("node-%1").arg(node.value());
    // From the untranslated key ("disk vda", "rng #1"), so that ids are the same in every
    // language. Two devices with one key (a disk target written twice): numbered in order.
    QString id = QStringLiteral("device-") + slug(d->key);
    int same = 0;
    for (const Device &other : topology.devices()) {
        if (other.id == node)
            break;
        if (other.key == d->key)
            ++same;
    }
    return same == 0 ? id : id + QLatin1Char('-') + QString::number(same + 1);
}

QByteArray DiagramExporter::render(DomainDocument *document, Format format, const Options &options, QString *error)
{
    if (format == Format::Dot)
        return renderDot(document, options);
    if (format == Format::Svg) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        return SvgWriter::write(&buffer, document, options, error) ? bytes : QByteArray();
    }
    GraphScene scene;
    const QRectF area = prepare(scene, document, options);
    if (format == Format::Png) {
        const QSize size = (area.size() * options.scale).toSize();
        if (size.width() > MaxPngSide || size.height() > MaxPngSide) {
            if (error)
                *error = Text::tr("the image would be %1×%2 pixels; use a smaller --scale, or SVG or PDF")
                             .arg(size.width())
                             .arg(size.height());
            return {};
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.backgroundBrush().color());
        {
            const FullDetail everything; // at any scale
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), size), area);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(document->displayName());
        pdf.setCreator(QStringLiteral("pcitopo"));
        pdf.setResolution(72); // one diagram unit per point
        pdf.setPageSize(QPageSize(area.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        const FullDetail everything;
        QPainter painter(&pdf);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    return bytes;
}

QImage DiagramExporter::preview(DomainDocument *document, const Options &options, const QSize &bounds, QSizeF *fullSize)
{
    GraphScene scene;
    const QRectF area = prepare(scene, document, options);
    if (fullSize)
        *fullSize = area.size();
    // No larger than the export itself: a small diagram is shown at its real size.
    const QSizeF fitted = area.size().scaled(QSizeF(bounds), Qt::KeepAspectRatio).boundedTo(area.size());
    QImage image(fitted.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    const FullDetail everything; // what will be written, in miniature
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), area, Qt::KeepAspectRatio);
    return image;
}

bool DiagramExporter::write(DomainDocument *document, Format format, const Options &options, QIODevice *out,
                            QString *error)
{
    if (format == Format::Svg)
        return SvgWriter::write(out, document, options, error); // as it goes
    const QByteArray bytes = render(document, format, options, error);
    if (bytes.isEmpty())
        return false;
    if (out->write(bytes) != bytes.size()) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}

QRectF DiagramExporter::drawLegend(QGraphicsScene &scene, int palette, const QPointF &topLeft)
{
    const NodeItem::Colors colors = NodeItem::colors(palette);
    const qreal x = topLeft.x();
    qreal y = topLeft.y();
    QFont font;
    font.setPointSizeF(8.5);
    QList<QGraphicsItem *> legend;
    // Items of the second column are made at x 0 and moved once the first column is measured,
    // so that no text runs into the next sample in any language.
    QList<QGraphicsItem *> secondColumn;
    qreal firstColumnRight = x;
    enum Column { First, Second, Both };
    auto mark = [&](QGraphicsItem *item, Column column) {
        item->setData(0, QStringLiteral("legend"));
        legend << item;
        if (column == Second)
            secondColumn << item;
        else if (column == First)
            firstColumnRight = qMax(firstColumnRight, item->sceneBoundingRect().right());
        return item;
    };
    auto text = [&](const QString &s, qreal tx, qreal ty, Column column = First) {
        auto *item = scene.addSimpleText(s, font);
        item->setBrush(colors.text);
        item->setPos(tx, ty);
        return mark(item, column);
    };
    QFont bold = font;
    bold.setBold(true);
    auto *heading = scene.addSimpleText(Text::tr("Legend"), bold);
    heading->setBrush(colors.text);
    heading->setPos(x, y);
    mark(heading, First);
    y += 20;
    constexpr qreal TextAt = 34; // after a sample
    auto swatch = [&](const QColor &fill, const QColor &border, Qt::PenStyle style, qreal sy) {
        mark(scene.addRect(x, sy, 26, 14, QPen(border, 1.2, style), fill), First);
    };
    auto line = [&](Qt::PenStyle style, qreal sy) {
        mark(scene.addLine(0, sy + 7, 26, sy + 7, QPen(colors.border, 1.3, style)), Second);
    };
    auto dot = [&](const QColor &color, qreal sy) {
        mark(scene.addEllipse(8, sy + 2, 10, 10, Qt::NoPen, color), Second);
    };
    swatch(colors.controller, colors.controllerBorder, Qt::SolidLine, y);
    text(Text::tr("PCI controller (model, index, guest bus it provides)"), x + TextAt, y);
    line(Qt::SolidLine, y);
    text(Text::tr("slot that takes hotplug (label: slot.function)"), TextAt, y, Second);
    y += 20;
    swatch(colors.device, colors.border, Qt::SolidLine, y);
    text(Text::tr("device (kind, model, PCI or PCIe)"), x + TextAt, y);
    line(Qt::DashLine, y);
    text(Text::tr("slot without hotplug (cold-plug only)"), TextAt, y, Second);
    y += 20;
    swatch(colors.unconnected, colors.border, Qt::DashLine, y);
    text(Text::tr("not connected, or an empty slot"), x + TextAt, y);
    dot(NodeItem::severityColor(Severity::LibvirtError), y);
    text(Text::tr("libvirt refuses the domain because of it"), TextAt, y, Second);
    y += 20;
    text(Text::tr("libvirt bb:ss.f: controller index : slot . function in the XML"), x, y);
    dot(NodeItem::severityColor(Severity::QemuError), y);
    text(Text::tr("libvirt accepts, QEMU would refuse to start"), TextAt, y, Second);
    y += 20;
    text(Text::tr("guest dddd:bb:ss.f: the address the guest sees"), x, y);
    dot(NodeItem::severityColor(Severity::Warning), y);
    text(Text::tr("works, but breaks a guideline"), TextAt, y, Second);
    y += 20;
    text(Text::tr("NUMA n: the NUMA node of an expander bus or PHB"), x, y);
    mark(scene.addRect(2, y, 22, 14, QPen(NodeItem::groupColor(13), 1.6, Qt::DashLine)), Second);
    text(Text::tr("guest devices of one IOMMU group"), TextAt, y, Second);
    y += 20;
    // The longest line has a row of its own, across both columns.
    mark(scene.addRect(x, y, 5, 14, Qt::NoPen, NodeItem::groupColor(13)), First);
    text(Text::tr("IOMMU group (host PE) of a passed-through device, one colour per group"), x + TextAt, y, Both);
    const qreal col2 = qMax(x + 330, firstColumnRight + 24);
    for (QGraphicsItem *item : std::as_const(secondColumn))
        item->moveBy(col2, 0);

    // The kind icons, three to a row, as vectors, in columns as wide as their longest text.
    y += 24;
    const QList<KindIcons::Meaning> kinds = KindIcons::meanings();
    QList<QGraphicsSimpleTextItem *> briefs;
    qreal widest = 0;
    for (const KindIcons::Meaning &kind : kinds) {
        auto *item = static_cast<QGraphicsSimpleTextItem *>(text(kind.brief, 0, 0, Both));
        briefs << item;
        widest = qMax(widest, item->boundingRect().width());
    }
    const qreal columnWidth = qMax<qreal>(220, TextAt + widest + 20);
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const qreal ix = x + (i % 3) * columnWidth;
        const qreal iy = y + (i / 3) * 20;
        auto *icon = new IconItem(kinds[i].path, QRectF(ix + 6, iy, 14, 14));
        scene.addItem(icon);
        mark(icon, Both);
        briefs[i]->setPos(ix + TextAt, iy);
    }
    QRectF area;
    for (QGraphicsItem *item : std::as_const(legend))
        area |= item->sceneBoundingRect();
    return area;
}

} // namespace pcitopo
