// The lossless writer: bytes of untouched nodes as they were read, edited ones written anew in
// the style around them.
#include "XmlInternals.h"

#include "XmlFragment.h"

namespace pcitopo {

using namespace xmldetail;

void XmlDocument::Private::writeStartTag(QByteArray &out, xmlNodePtr node, const NodeInfo *info, bool open,
                                         const QByteArray &original) const
{
    const Attributes current = currentAttributes(node);
    QList<AttributeToken> tokens;
    const qsizetype closer = tokenizeStartTag(original, info->begin, info->startTagEnd, &tokens);
    Attributes originalAttributes;
    for (const AttributeToken &token : std::as_const(tokens)) {
        if (token.name != "xmlns" && !token.name.startsWith("xmlns:"))
            originalAttributes.append({token.name, token.value});
    }
    QByteArray tag;
    if (sameAttributeSet(current, originalAttributes)) {
        tag = original.mid(info->begin, info->startTagEnd - info->begin);
    } else {
        qsizetype copied = info->begin;
        const char quote = tokens.isEmpty() ? '\'' : tokens.first().quote;
        QSet<QByteArray> written;
        for (const AttributeToken &token : std::as_const(tokens)) {
            tag += original.mid(copied, token.begin - copied);
            copied = token.end;
            if (token.name == "xmlns" || token.name.startsWith("xmlns:")) {
                tag += original.mid(token.begin, token.end - token.begin);
                continue;
            }
            const auto it =
                std::find_if(current.cbegin(), current.cend(), [&](const auto &a) { return a.first == token.name; });
            if (it == current.cend())
                continue; // removed: drop the token with its leading blanks
            written.insert(token.name);
            if (token.value == it->second) {
                tag += original.mid(token.begin, token.end - token.begin);
            } else {
                qsizetype nameAt = token.begin;
                while (isSpace(original[nameAt]))
                    ++nameAt;
                tag += original.mid(token.begin, nameAt - token.begin);
                tag += token.name + '=' + token.quote;
                escapeXmlInto(tag, it->second, token.quote);
                tag += token.quote;
            }
        }
        tag += original.mid(copied, closer - copied);
        for (const auto &attr : current) {
            if (written.contains(attr.first))
                continue;
            tag += ' ' + attr.first + '=' + quote;
            escapeXmlInto(tag, attr.second, quote);
            tag += quote;
        }
        tag += original.mid(closer, info->startTagEnd - closer);
    }
    if (open && info->selfClosing) {
        // The element had no content and gets some: "<a .../>" becomes "<a ...>".
        tag.chop(2);
        tag += '>';
    }
    out += tag;
}

void XmlDocument::Private::writeNode(QByteArray &out, xmlNodePtr node, const QByteArray &original) const
{
    const NodeInfo *info = infoOf(node);
    const bool parsed = info && info->begin >= 0;
    if (parsed && !info->dirty) {
        out.append(original.constData() + info->begin, info->end - info->begin);
        return;
    }
    switch (node->type) {
    case XML_ELEMENT_NODE: {
        const QByteArray name = qualifiedName(node->name, node->ns);
        if (parsed) {
            writeStartTag(out, node, info, node->children != nullptr, original);
        } else {
            out += '<' + name;
            for (xmlNsPtr ns = node->nsDef; ns; ns = ns->next) {
                out += ns->prefix ? " xmlns:" + QByteArray(reinterpret_cast<const char *>(ns->prefix))
                                  : QByteArray(" xmlns");
                out += "='";
                escapeXmlInto(out, QByteArray(reinterpret_cast<const char *>(ns->href)), '\'');
                out += '\'';
            }
            for (const auto &attr : currentAttributes(node)) {
                out += ' ' + attr.first + "='";
                escapeXmlInto(out, attr.second, '\'');
                out += '\'';
            }
            out += node->children ? ">" : "/>";
        }
        for (xmlNodePtr child = node->children; child; child = child->next)
            writeNode(out, child, original);
        if (parsed && !info->selfClosing)
            out.append(original.constData() + info->endTagBegin, info->end - info->endTagBegin);
        else if (node->children)
            out += "</" + name + '>';
        break;
    }
    case XML_TEXT_NODE: escapeXmlInto(out, contentOf(node), 0); break;
    case XML_COMMENT_NODE: out += "<!--" + contentOf(node) + "-->"; break;
    case XML_CDATA_SECTION_NODE: out += "<![CDATA[" + contentOf(node) + "]]>"; break;
    case XML_PI_NODE:
        out += "<?" + QByteArray(reinterpret_cast<const char *>(node->name)) + ' ' + contentOf(node) + "?>";
        break;
    default: break;
    }
}

QByteArray XmlDocument::serialize() const
{
    xmlNodePtr root = xmlDocGetRootElement(d->doc);
    const NodeInfo *info = infoOf(root);
    if (!info || !info->dirty)
        return m_original;
    QByteArray out;
    out.reserve(m_original.size() + 1024);
    out.append(m_original.constData(), info->begin); // prolog as it was
    d->writeNode(out, root, m_original);
    out.append(m_original.constData() + info->end, m_original.size() - info->end);
    return out;
}

QByteArray XmlDocument::serialize(XmlNode node) const
{
    QByteArray out;
    if (node.m_node)
        d->writeNode(out, asNode(node.m_node), m_original);
    return out;
}

} // namespace pcitopo
