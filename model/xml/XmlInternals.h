#pragma once

// The XML layer's own: what it keeps beside libxml2's nodes (NodeInfo, XmlDocument::Private)
// and the helpers its parser, lossless writer and editor share. Included by model/xml only.

#include "XmlDocument.h"

#include <QSet>

#include <deque>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

namespace pcitopo::xmldetail {

using Attributes = QList<QPair<QByteArray, QByteArray>>;

/**
 * What the document knows of a node beyond libxml2: its stable id and, for parsed nodes, its
 * byte span in the original text. Stored in xmlNode::_private.
 */
struct NodeInfo
{
    quint32 id = 0;
    qsizetype begin = -1; // -1: the node was created by an edit
    qsizetype end = -1;
    qsizetype startTagEnd = -1; // elements only
    qsizetype endTagBegin = -1; // elements only; == end when self-closing
    bool selfClosing = false;
    bool dirty = false; // an edit touched this node or something below it
    int line = 0;
};

inline xmlNodePtr asNode(void *p)
{
    return static_cast<xmlNodePtr>(p);
}

inline NodeInfo *infoOf(xmlNodePtr node)
{
    return node ? static_cast<NodeInfo *>(node->_private) : nullptr;
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** "prefix:name" of an element or attribute. */
QByteArray qualifiedName(const xmlChar *name, xmlNsPtr ns);
/** The text content of a node and its descendants. */
QByteArray contentOf(xmlNodePtr node);
/** An element's attributes as they are now, by qualified name, in document order. */
Attributes currentAttributes(xmlNodePtr element);
/** Whether two attribute lists hold the same attributes, in any order. */
bool sameAttributeSet(const Attributes &a, const Attributes &b);

/** One attribute token of an original start tag: [begin, end) includes the leading blanks. */
struct AttributeToken
{
    qsizetype begin;
    qsizetype end;
    QByteArray name;
    char quote;
    QByteArray value; // decoded as an XML parser does (entities, blank normalization)
};

/** The value a parser reports for an attribute written `raw` between its quotes (XML 1.0 §3.3.3). */
QByteArray decodeAttributeValue(const QByteArray &raw);
/** Splits an original start tag into its attribute tokens; returns where the closer starts. */
qsizetype tokenizeStartTag(const QByteArray &text, qsizetype begin, qsizetype end, QList<AttributeToken> *tokens);
/** Whether a node is a text node of blanks only. */
bool isWhitespaceText(xmlNodePtr node);
/** The blanks after the last newline of a whitespace text node: the indentation it gives. */
QByteArray indentationOf(xmlNodePtr whitespace);
/** The element before a node among its siblings, if any. */
xmlNodePtr previousElement(xmlNodePtr node);
/**
 * Links a node into a parent before `before` (at the end when null) without merging adjacent
 * text nodes, which would lose the byte spans the lossless writer relies on.
 */
void linkBefore(xmlNodePtr parent, xmlNodePtr node, xmlNodePtr before);

} // namespace pcitopo::xmldetail

namespace pcitopo {

using xmldetail::infoOf;
using xmldetail::NodeInfo;

struct XmlDocument::Private
{
    xmlDocPtr doc = nullptr;
    std::deque<NodeInfo> infos;
    QSet<xmlNodePtr> detached; // roots of subtrees unlinked by edits, owned here
    quint32 nextId = 1;

    NodeInfo *newInfo(xmlNodePtr node)
    {
        infos.emplace_back();
        NodeInfo *info = &infos.back();
        if (node->type == XML_ELEMENT_NODE)
            info->id = nextId++;
        node->_private = info;
        return info;
    }

    void markDirty(xmlNodePtr node)
    {
        for (; node && node->type != XML_DOCUMENT_NODE; node = node->parent) {
            NodeInfo *info = infoOf(node);
            if (!info)
                info = newInfo(node);
            if (info->dirty)
                break; // everything above is dirty already
            info->dirty = true;
        }
    }

    /**
     * Indents the element children of an element an edit created (a parsed fragment holds
     * none of its blanks), so that new subtrees read like libvirt's own output.
     */
    void indentNew(xmlNodePtr element, const QByteArray &indent);

    void writeNode(QByteArray &out, xmlNodePtr node, const QByteArray &original) const;
    void writeStartTag(QByteArray &out, xmlNodePtr node, const NodeInfo *info, bool open,
                       const QByteArray &original) const;
};

} // namespace pcitopo
