#pragma once

#include "rules/Diagnostic.h"

class QUndoCommand;

namespace pcitopo {

class DomainDocument;
class TopologyCommand;

/**
 * The undoable command that applies a rule's fix; null when the fix no longer applies (the
 * node is gone). Push it on the document's undo stack: one fix, one undo step.
 */
TopologyCommand *createFixCommand(DomainDocument *document, const Fix &fix);

/** Applies a fix as one undo step named after it; false, and nothing changes, when it no longer applies. */
bool applyFix(DomainDocument *document, const Fix &fix);

} // namespace pcitopo
