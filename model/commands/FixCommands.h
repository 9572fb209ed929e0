#pragma once

#include "rules/Diagnostic.h"

class QUndoCommand;

namespace pcitopo {

class DomainDocument;
class TopologyCommand;

/**
 * The undoable command that applies a rule's fix; null when the fix no longer applies (the
 * node is gone), and for the fixes planned when applied (Place, AddSparePorts: use
 * applyFix). Push it on the document's undo stack: one fix, one undo step.
 */
TopologyCommand *createFixCommand(DomainDocument *document, const Fix &fix);

/**
 * Applies a fix as one undo step named after it; false, with the reason in *why, and nothing
 * changed, when it no longer applies or finds no place.
 */
bool applyFix(DomainDocument *document, const Fix &fix, QString *why = nullptr);

} // namespace pcitopo
