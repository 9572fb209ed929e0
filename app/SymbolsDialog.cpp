#include "SymbolsDialog.h"

#include "DiagramExporter.h"
#include "KindIcons.h"

#include <QDialogButtonBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QVBoxLayout>

namespace pcitopo {

SymbolsDialog::SymbolsDialog(QWidget *parent)
    : QDialog(parent)
    , m_legend(new QGraphicsScene(this))
{
    setWindowTitle(tr("What Do These Symbols Mean?"));
    resize(820, 640);
    auto *intro = new QLabel(tr("<p>Each box of the diagram is a PCI controller or a device. Lines run from a "
                                "controller's slots to what sits in them; the small label on a line is the slot "
                                "and function. Boxes show the libvirt address (<i>bus</i> is a controller's "
                                "index) and the address the guest sees. Exported diagrams carry the same legend.</p>"),
                             this);
    intro->setWordWrap(true);

    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    DiagramExporter::drawLegend(*m_legend, dark ? 1 : 0, QPointF(0, 0));
    m_legend->setBackgroundBrush(dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
    auto *view = new QGraphicsView(m_legend, this);
    view->setObjectName(QStringLiteral("LegendView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(int(m_legend->itemsBoundingRect().height()) + 24);

    auto *kinds =
        new QLabel(tr("<b>Icons of controller and device kinds</b> (tree, diagram, palette and host devices)"), this);
    auto *icons = new QListWidget(this);
    icons->setObjectName(QStringLiteral("KindIcons"));
    icons->setIconSize(QSize(20, 20));
    for (const KindIcons::Meaning &meaning : KindIcons::meanings())
        new QListWidgetItem(KindIcons::icon(meaning.path), meaning.text, icons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view);
    layout->addWidget(kinds);
    layout->addWidget(icons, 1);
    layout->addWidget(buttons);
}

} // namespace pcitopo
