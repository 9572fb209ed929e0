#pragma once

#include "TopologyCommand.h"

namespace pcitopo {

/**
 * Sets or removes one attribute of a node's element or of one of its direct children (for
 * example <target chassis='…'> of a controller, <model name='…'>), creating the child when it
 * is missing. With `child` "target" and `attribute` empty it sets the child's text instead
 * (<target><node>1</node></target> uses child "target/node"); removing that text removes the
 * child element.
 */
class SetAttribute : public TopologyCommand
{
public:
    /** A null value removes the attribute. */
    SetAttribute(DomainDocument *document, NodeId node, const QByteArray &child, const QByteArray &attribute,
                 const QString &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    XmlNode resolveChild(bool create);

    NodeId m_node;
    QByteArray m_child;
    QByteArray m_attribute;
    QString m_before;
    QString m_after;
    QList<XmlSplice> m_created; // children this command added, outermost first
    QList<XmlSplice> m_text; // {removed, added} of a text edit
    XmlSplice m_removedChild; // a text removed: the child element that held it
    bool m_done = false;
};

} // namespace pcitopo
