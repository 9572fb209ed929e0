#include "CatalogueWidget.h"

#include "KindIcons.h"

#include "DomainDocument.h"
#include "DeviceCatalogue.h"
#include "commands/AddNode.h"

#include <QMimeData>

namespace pcitopo {

CatalogueWidget::CatalogueWidget(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addUnplaced(item->data(Qt::UserRole).toString()); });
}

void CatalogueWidget::setDocument(DomainDocument *document)
{
    m_document = document;
    clear();
    if (!document)
        return;
    for (const CatalogueEntry &entry : DeviceCatalogue::entries(document->topology().family())) {
        auto *item = new QListWidgetItem(entry.name, this);
        item->setData(Qt::UserRole, entry.id);
        item->setIcon(KindIcons::icon(KindIcons::paletteEntryPath(entry.id)));
        item->setToolTip(entry.description + QLatin1Char('\n')
                         + tr("Drag onto a controller, or double-click to let libvirt place it."));
        QFont font = item->font();
        font.setBold(entry.controller);
        item->setFont(font);
    }
}

bool CatalogueWidget::addUnplaced(const QString &id)
{
    if (!m_document)
        return false;
    const std::optional<CatalogueEntry> entry = DeviceCatalogue::find(m_document->topology().family(), id);
    if (!entry)
        return false;
    auto *command = new AddNode(m_document, DeviceCatalogue::fragment(*entry, m_document->topology(), std::nullopt));
    if (!command->isValid()) {
        delete command;
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

QStringList CatalogueWidget::mimeTypes() const
{
    return {QLatin1String(CatalogueMimeType)};
}

QMimeData *CatalogueWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(CatalogueMimeType), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace pcitopo
