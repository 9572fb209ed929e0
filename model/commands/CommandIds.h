#pragma once

namespace pcitopo {

/** QUndoCommand::id() values of commands that merge; alphabetical, never typeid. */
enum CommandId {
    SetAttributeCommandId = 1,
};

} // namespace pcitopo
