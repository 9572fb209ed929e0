#pragma once

#include "../DomainDocument.h"
#include "../xml/XmlDocument.h"

#include <QUndoCommand>

namespace pcitopo {

/**
 * Base of every edit. The only friend of DomainDocument: subclasses change the XML through
 * the helpers here, and each do/undo ends in one commit() that reindexes the topology and
 * emits DomainDocument::changed. Subclasses validate in their constructor, so that redo()
 * cannot fail halfway; push only commands whose isValid() is true.
 */
class TopologyCommand : public QUndoCommand
{
public:
    bool isValid() const { return m_error.isEmpty(); }
    /** Why the edit cannot be made, when !isValid(). */
    QString error() const { return m_error; }

protected:
    explicit TopologyCommand(DomainDocument *document, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
    { }

    DomainDocument *document() const { return m_document; }
    XmlDocument &xml() const { return m_document->xml(); }
    const Topology &topology() const { return m_document->topology(); }
    void commit(const TopologyChange &change) const { m_document->commit(change); }
    void setError(const QString &error) { m_error = error; }

    /** One attribute of one element, before and after; a null value means absent. */
    struct AttributeEdit
    {
        XmlNode element;
        QByteArray name;
        QString before;
        QString after;
    };
    void apply(const QList<AttributeEdit> &edits, bool forward) const;

private:
    DomainDocument *m_document;
    QString m_error;
};

} // namespace pcitopo
