#pragma once

#include "Topology.h"
#include "TopologyChange.h"
#include "rules/GuestAddressing.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace pcitopo {

class TopologyCommand;
class XmlDocument;

/**
 * One open libvirt domain: its XML (kept losslessly), the undo stack, and the Topology index
 * brought up to date after every edit. Reads are const; the only writers are TopologyCommand subclasses
 * pushed on undoStack(), so every edit can be undone and nothing edits behind the stack.
 */
class DomainDocument : public QObject
{
    Q_OBJECT

public:
    ~DomainDocument() override;

    /** Parses a domain XML; on failure returns null and sets *error ("line L, column C: …"). */
    static std::unique_ptr<DomainDocument> fromXml(const QByteArray &xml, QString *error);
    /** Reads and parses a file; the error names the file's problem. */
    static std::unique_ptr<DomainDocument> fromFile(const QString &path, QString *error);

    QByteArray toXml() const;
    /**
     * One controller's or device's element as the document writes it, its lines shifted left by
     * the element's own indentation (the XML pane); empty for a node libvirt adds by itself.
     */
    QByteArray elementXml(NodeId node) const;
    /** The index, kept up to date edit by edit (Topology::update, else a full build). */
    const Topology &topology() const { return m_topology; }
    /** The index built anew from the XML as it is now: what topology() must equal (for tests). */
    Topology builtTopology() const;
    /**
     * The guest's bus numbering of topology(), computed once per change for every view that
     * shows guest addresses (the diagram, the tree, the properties).
     */
    const rules::GuestNumbering &guestNumbering() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Where the document was read from (a path, or a libvirt URI and domain). */
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    /** The domain's <uuid>, lower case; empty when the XML has none (libvirt makes one). */
    QString uuid() const;
    /** The domain's <name>, or "untitled". */
    QString displayName() const;
    bool isModified() const { return !m_undoStack->isClean(); }

    /**
     * Edits pushed between beginBatch() and endBatch() rebuild the index once, at the end,
     * with one Reset change (a placement of a thousand devices is a thousand commands). While
     * a batch is open, topology() still shows the state before it: push only commands that
     * were computed beforehand.
     */
    void beginBatch() { m_batch = true; }
    void endBatch();

signals:
    void changed(const pcitopo::TopologyChange &change);

private:
    friend class TopologyCommand;
    explicit DomainDocument(std::unique_ptr<XmlDocument> xml);

    // Used by TopologyCommand only.
    XmlDocument &xml() { return *m_xml; }
    void commit(const TopologyChange &change);

    std::unique_ptr<XmlDocument> m_xml;
    Topology m_topology;
    mutable std::optional<rules::GuestNumbering> m_guest; // of m_topology, made when first asked
    QUndoStack *m_undoStack;
    QString m_source;
    bool m_batch = false;
    bool m_batchDirty = false;
};

} // namespace pcitopo
