#pragma once

#include "TopologyCommand.h"

namespace pcitopo {

/** Removes a device or controller element (with the indentation in front of it). */
class RemoveNode : public TopologyCommand
{
public:
    RemoveNode(DomainDocument *document, NodeId node, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    NodeId m_node;
    XmlSplice m_splice;
    bool m_done = false;
};

} // namespace pcitopo
