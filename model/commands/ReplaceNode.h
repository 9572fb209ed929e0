#pragma once

#include "TopologyCommand.h"

namespace pcitopo {

/**
 * Replaces a controller's or device's element by the one an XML fragment gives (the XML
 * pane's Apply), in the same place and indented like it. The fragment must be one element of
 * the same name. Every other byte of the document stays as it was, and undo puts the old
 * element back byte for byte. The new element is a new node: node() names it.
 */
class ReplaceNode : public TopologyCommand
{
public:
    ReplaceNode(DomainDocument *document, NodeId node, const QByteArray &fragment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** The node the new element is, valid once constructed. */
    NodeId node() const { return NodeId(m_element.id()); }
    /** Where the fragment failed to parse, 1-based; 0 when it parsed. */
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    NodeId m_old;
    XmlNode m_oldElement;
    XmlNode m_element;
    XmlNode m_parent;
    XmlSplice m_removed;
    XmlSplice m_added;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_done = false;
};

} // namespace pcitopo
