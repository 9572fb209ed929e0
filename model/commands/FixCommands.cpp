#include "FixCommands.h"

#include "RemoveNode.h"
#include "SetAddress.h"
#include "SetAttribute.h"

#include <QUndoStack>

namespace pcitopo {

TopologyCommand *createFixCommand(DomainDocument *document, const Fix &fix)
{
    TopologyCommand *command = nullptr;
    switch (fix.kind) {
    case Fix::SetAddress: command = new SetAddress(document, fix.node, fix.address); break;
    case Fix::ClearAddress: command = new SetAddress(document, fix.node, std::nullopt); break;
    case Fix::SetAttribute: command = new SetAttribute(document, fix.node, fix.child, fix.attribute, fix.value); break;
    case Fix::RemoveNode: command = new RemoveNode(document, fix.node); break;
    case Fix::MoveNodes: command = new MoveNodes(document, fix.nodes, fix.addresses); break;
    }
    if (command && !command->isValid()) {
        delete command;
        return nullptr;
    }
    if (command && !fix.text.isEmpty())
        command->setText(fix.text);
    return command;
}

bool applyFix(DomainDocument *document, const Fix &fix)
{
    TopologyCommand *command = createFixCommand(document, fix);
    if (!command)
        return false;
    document->undoStack()->push(command);
    return true;
}

} // namespace pcitopo
