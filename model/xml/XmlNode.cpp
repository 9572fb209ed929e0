// XmlNode: a handle on one node of an XmlDocument.
#include "XmlInternals.h"

#include <QCoreApplication>

namespace pcitopo {

using namespace xmldetail;

QString XmlParseError::toString() const
{
    if (line <= 0)
        return message;
    return QCoreApplication::translate("XmlDocument", "line %1, column %2: %3").arg(line).arg(column).arg(message);
}

// ---------------------------------------------------------------------------------------------
// XmlNode

bool XmlNode::isElement() const
{
    return m_node && asNode(m_node)->type == XML_ELEMENT_NODE;
}

QString XmlNode::namespaceUri() const
{
    if (!m_node)
        return {};
    const xmlNodePtr node = asNode(m_node);
    if (node->ns && node->ns->href)
        return QString::fromUtf8(reinterpret_cast<const char *>(node->ns->href));
    // Elements built by parseFragment() carry their prefix in the name and their xmlns
    // declarations as attributes: resolve the prefix through them.
    const QByteArray name(reinterpret_cast<const char *>(node->name));
    const qsizetype colon = name.indexOf(':');
    const QByteArray declaration = colon < 0 ? QByteArray("xmlns") : "xmlns:" + name.left(colon);
    for (XmlNode e = *this; e && e.isElement(); e = e.parent())
        if (e.hasAttribute(declaration.constData()))
            return e.attribute(declaration.constData());
    return {};
}

QString XmlNode::localName() const
{
    const QString qualified = name();
    return qualified.mid(qualified.indexOf(QLatin1Char(':')) + 1);
}

QString XmlNode::name() const
{
    if (!m_node)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(asNode(m_node)->name));
}

QString XmlNode::attribute(const char *name) const
{
    if (!isElement())
        return {};
    xmlChar *value = xmlGetNoNsProp(asNode(m_node), reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    if (result.isNull())
        result = QLatin1String("");
    return result;
}

bool XmlNode::hasAttribute(const char *name) const
{
    return isElement() && xmlHasNsProp(asNode(m_node), reinterpret_cast<const xmlChar *>(name), nullptr);
}

QByteArrayView XmlNode::attributeView(const char *name) const
{
    if (!isElement())
        return {};
    for (xmlAttrPtr attr = asNode(m_node)->properties; attr; attr = attr->next) {
        if (attr->ns || !xmlStrEqual(attr->name, reinterpret_cast<const xmlChar *>(name)))
            continue;
        // libxml2 keeps a plain value as one text child; entity-free by construction here.
        xmlNodePtr child = attr->children;
        if (child && !child->next && child->type == XML_TEXT_NODE && child->content)
            return QByteArrayView(reinterpret_cast<const char *>(child->content));
        return {};
    }
    return {};
}

bool XmlNode::is(const char *name) const
{
    return isElement() && xmlStrEqual(asNode(m_node)->name, reinterpret_cast<const xmlChar *>(name));
}

QString XmlNode::text() const
{
    return m_node ? QString::fromUtf8(contentOf(asNode(m_node))) : QString();
}

int XmlNode::line() const
{
    const NodeInfo *info = infoOf(asNode(m_node));
    return info ? info->line : 0;
}

quint32 XmlNode::id() const
{
    const NodeInfo *info = infoOf(asNode(m_node));
    return info ? info->id : 0;
}

XmlNode XmlNode::parent() const
{
    if (!m_node)
        return {};
    xmlNodePtr parent = asNode(m_node)->parent;
    return XmlNode(parent && parent->type == XML_ELEMENT_NODE ? parent : nullptr);
}

static bool hasName(xmlNodePtr node, const char *name)
{
    return node->type == XML_ELEMENT_NODE
        && (!name || xmlStrEqual(node->name, reinterpret_cast<const xmlChar *>(name)));
}

XmlNode XmlNode::firstChildElement(const char *name) const
{
    if (!isElement())
        return {};
    for (xmlNodePtr child = asNode(m_node)->children; child; child = child->next) {
        if (hasName(child, name))
            return XmlNode(child);
    }
    return {};
}

XmlNode XmlNode::nextSiblingElement(const char *name) const
{
    if (!m_node)
        return {};
    for (xmlNodePtr next = asNode(m_node)->next; next; next = next->next) {
        if (hasName(next, name))
            return XmlNode(next);
    }
    return {};
}

QList<XmlNode> XmlNode::childElements(const char *name) const
{
    QList<XmlNode> result;
    for (XmlNode child = firstChildElement(name); child; child = child.nextSiblingElement(name))
        result.append(child);
    return result;
}

} // namespace pcitopo
