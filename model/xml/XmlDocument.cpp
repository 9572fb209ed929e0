// XmlDocument's life and its edits; parsing, writing and nodes are in files of their own.
#include "XmlInternals.h"

namespace pcitopo {

using namespace xmldetail;

XmlDocument::XmlDocument()
    : d(std::make_unique<Private>())
{ }

XmlDocument::~XmlDocument()
{
    for (xmlNodePtr node : std::as_const(d->detached)) {
        if (!node->parent)
            xmlFreeNode(node);
    }
    if (d->doc)
        xmlFreeDoc(d->doc);
}

XmlNode XmlDocument::root() const
{
    return XmlNode(d->doc ? xmlDocGetRootElement(d->doc) : nullptr);
}

void XmlDocument::Private::indentNew(xmlNodePtr element, const QByteArray &indent)
{
    const NodeInfo *info = infoOf(element);
    if (info && info->begin >= 0)
        return; // parsed: it keeps its own blanks
    bool hasElements = false;
    bool hasText = false;
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (isWhitespaceText(child))
            return; // indented already
        hasElements = hasElements || child->type == XML_ELEMENT_NODE;
        hasText = hasText || child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE;
    }
    if (!hasElements)
        return;
    // Comments get a line of their own like elements, unless text around them would change.
    const auto indented = [hasText](xmlNodePtr child) {
        return child->type == XML_ELEMENT_NODE || (child->type == XML_COMMENT_NODE && !hasText);
    };
    auto blank = [&](const QByteArray &text) {
        xmlNodePtr node = xmlNewDocTextLen(doc, reinterpret_cast<const xmlChar *>(text.constData()), int(text.size()));
        newInfo(node);
        return node;
    };
    const QByteArray inner = indent + "  ";
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (!indented(child))
            continue;
        linkBefore(element, blank('\n' + inner), child);
        if (child->type == XML_ELEMENT_NODE)
            indentNew(child, inner);
    }
    linkBefore(element, blank('\n' + indent), nullptr);
}

void XmlDocument::setAttribute(XmlNode element, const char *name, const QString &value)
{
    Q_ASSERT(element.isElement());
    xmlNodePtr node = asNode(element.m_node);
    const QByteArray utf8 = value.toUtf8();
    xmlSetProp(node, reinterpret_cast<const xmlChar *>(name), reinterpret_cast<const xmlChar *>(utf8.constData()));
    d->markDirty(node);
}

void XmlDocument::removeAttribute(XmlNode element, const char *name)
{
    Q_ASSERT(element.isElement());
    xmlNodePtr node = asNode(element.m_node);
    xmlUnsetProp(node, reinterpret_cast<const xmlChar *>(name));
    d->markDirty(node);
}

XmlNode XmlDocument::createElement(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    xmlNodePtr node = xmlNewDocNode(d->doc, nullptr, reinterpret_cast<const xmlChar *>(utf8.constData()), nullptr);
    d->newInfo(node);
    d->detached.insert(node);
    return XmlNode(node);
}

XmlNode XmlDocument::createText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    xmlNodePtr node = xmlNewDocTextLen(d->doc, reinterpret_cast<const xmlChar *>(utf8.constData()), int(utf8.size()));
    d->newInfo(node);
    d->detached.insert(node);
    return XmlNode(node);
}

XmlNode XmlDocument::createComment(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    xmlNodePtr node = xmlNewDocComment(d->doc, reinterpret_cast<const xmlChar *>(utf8.constData()));
    d->newInfo(node);
    d->detached.insert(node);
    return XmlNode(node);
}

void XmlDocument::attach(const XmlSplice &splice)
{
    xmlNodePtr parent = asNode(splice.parent.m_node);
    xmlNodePtr before = asNode(splice.before.m_node);
    for (const XmlNode &node : splice.nodes) {
        xmlNodePtr n = asNode(node.m_node);
        Q_ASSERT(!n->parent);
        d->detached.remove(n);
        linkBefore(parent, n, before);
    }
    d->markDirty(parent);
}

void XmlDocument::detach(const XmlSplice &splice)
{
    for (const XmlNode &node : splice.nodes) {
        xmlNodePtr n = asNode(node.m_node);
        if (n->parent)
            d->markDirty(n->parent);
        xmlUnlinkNode(n);
        d->detached.insert(n);
    }
}

XmlSplice XmlDocument::insertElement(XmlNode parent, XmlNode element, XmlNode before)
{
    xmlNodePtr p = asNode(parent.m_node);
    xmlNodePtr anchor = asNode(before.m_node);
    if (!anchor) {
        // After the last child element: before the whitespace that closes the parent.
        xmlNodePtr last = p->last;
        anchor = isWhitespaceText(last) ? last : nullptr;
    }
    // Indentation: that of a sibling element, else the parent's own plus two spaces.
    xmlNodePtr sibling =
        anchor && anchor->type == XML_ELEMENT_NODE ? anchor : previousElement(anchor ? anchor : p->last);
    if (!sibling) {
        for (xmlNodePtr c = p->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                sibling = c;
                break;
            }
        }
    }
    QByteArray indent;
    if (sibling) {
        indent = indentationOf(sibling->prev);
    } else {
        indent = indentationOf(p->prev) + "  ";
    }
    d->indentNew(asNode(element.m_node), indent);
    XmlSplice splice{parent, XmlNode(anchor), {}};
    if (!p->children && p->parent) {
        // An empty element gets content: put its end tag on its own line, as libvirt does.
        XmlNode closing = createText(QString::fromUtf8('\n' + indentationOf(p->prev)));
        XmlNode ws = createText(QString::fromUtf8('\n' + indent));
        splice.nodes = {ws, element, closing};
    } else if (anchor && anchor->type == XML_ELEMENT_NODE) {
        // Before an element: the new element takes that element's place, then new blanks.
        XmlNode ws = createText(QString::fromUtf8('\n' + indent));
        splice.nodes = {element, ws};
    } else {
        XmlNode ws = createText(QString::fromUtf8('\n' + indent));
        splice.nodes = {ws, element};
    }
    attach(splice);
    return splice;
}

XmlSplice XmlDocument::removeElement(XmlNode element)
{
    xmlNodePtr n = asNode(element.m_node);
    XmlSplice splice;
    splice.parent = XmlNode(n->parent);
    if (isWhitespaceText(n->prev)) {
        splice.nodes = {XmlNode(n->prev), element};
    } else if (isWhitespaceText(n->next)) {
        splice.nodes = {element, XmlNode(n->next)};
    } else {
        splice.nodes = {element};
    }
    splice.before = XmlNode(asNode(splice.nodes.last().m_node)->next);
    detach(splice);
    return splice;
}

QList<XmlSplice> XmlDocument::setText(XmlNode element, const QString &text)
{
    xmlNodePtr n = asNode(element.m_node);
    XmlSplice removed{element, {}, {}};
    for (xmlNodePtr child = n->children; child; child = child->next)
        removed.nodes.append(XmlNode(child));
    detach(removed);
    XmlSplice added{element, {}, {}};
    if (!text.isEmpty())
        added.nodes.append(createText(text));
    attach(added);
    return {removed, added};
}

} // namespace pcitopo
