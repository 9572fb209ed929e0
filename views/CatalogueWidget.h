#pragma once

#include "DeviceCatalogue.h"
#include "Topology.h"

#include <QListWidget>
#include <QPointer>

namespace pcitopo {

class DomainDocument;

/**
 * Controllers and devices that make sense on the document's machine type. Drag one onto a
 * controller to add it there; double-click to add it without an address (libvirt places it).
 */
class CatalogueWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit CatalogueWidget(QWidget *parent = nullptr);
    void setDocument(DomainDocument *document);
    /** Adds an entry without an address, as one undoable command. */
    bool addUnplaced(const QString &id);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    QPointer<DomainDocument> m_document;
};

} // namespace pcitopo
