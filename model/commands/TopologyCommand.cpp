#include "TopologyCommand.h"

namespace pcitopo {

void TopologyCommand::apply(const QList<AttributeEdit> &edits, bool forward) const
{
    for (const AttributeEdit &edit : edits) {
        const QString &value = forward ? edit.after : edit.before;
        if (value.isNull())
            xml().removeAttribute(edit.element, edit.name.constData());
        else
            xml().setAttribute(edit.element, edit.name.constData(), value);
    }
}

} // namespace pcitopo
