#pragma once

#include "TopologyCommand.h"

namespace pcitopo {

/**
 * Adds a controller or device, given as an XML fragment, under <devices>: after the last
 * element of the same name, indented like its siblings.
 */
class AddNode : public TopologyCommand
{
public:
    AddNode(DomainDocument *document, const QByteArray &fragment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** The id the new node has, valid once constructed (before and after redo). */
    NodeId node() const { return NodeId(m_element.id()); }

private:
    XmlNode m_element;
    XmlNode m_before;
    XmlSplice m_splice;
    bool m_done = false;
};

} // namespace pcitopo
