#include "XmlDocument.h"

#include "XmlFragment.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>
#include <optional>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

namespace pcitopo {

namespace {

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

xmlNodePtr asNode(void *p)
{
    return static_cast<xmlNodePtr>(p);
}

NodeInfo *infoOf(xmlNodePtr node)
{
    return node ? static_cast<NodeInfo *>(node->_private) : nullptr;
}

QByteArray qualifiedName(const xmlChar *name, xmlNsPtr ns)
{
    QByteArray result;
    if (ns && ns->prefix) {
        result = reinterpret_cast<const char *>(ns->prefix);
        result += ':';
    }
    result += reinterpret_cast<const char *>(name);
    return result;
}

QByteArray contentOf(xmlNodePtr node)
{
    xmlChar *content = xmlNodeGetContent(node);
    QByteArray result(content ? reinterpret_cast<const char *>(content) : "");
    xmlFree(content);
    return result;
}

Attributes currentAttributes(xmlNodePtr element)
{
    Attributes result;
    for (xmlAttrPtr attr = element->properties; attr; attr = attr->next)
        result.append({qualifiedName(attr->name, attr->ns), contentOf(reinterpret_cast<xmlNodePtr>(attr))});
    return result;
}

bool sameAttributeSet(const Attributes &a, const Attributes &b)
{
    if (a.size() != b.size())
        return false;
    for (const auto &pair : a) {
        if (!b.contains(pair))
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** One attribute token of an original start tag: [begin, end) includes the leading blanks. */
struct AttributeToken
{
    qsizetype begin;
    qsizetype end;
    QByteArray name;
    char quote;
    QByteArray value; // decoded as an XML parser does (entities, blank normalization)
};

/**
 * Decodes an attribute value as written between its quotes into the value a conforming parser
 * reports (XML 1.0 §3.3.3 for documents without a DTD): character and predefined entity
 * references replaced, each literal tab, newline or carriage return (CR LF counting as one)
 * becoming a space. Used to tell which attributes of an original start tag an edit changed.
 */
QByteArray decodeAttributeValue(const QByteArray &raw)
{
    QByteArray value;
    value.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            value += ' ';
        } else if (c == '\n' || c == '\t') {
            value += ' ';
        } else if (c == '&') {
            const qsizetype semicolon = raw.indexOf(';', i);
            const QByteArray entity = raw.mid(i + 1, semicolon - i - 1);
            i = semicolon;
            if (entity == "amp")
                value += '&';
            else if (entity == "lt")
                value += '<';
            else if (entity == "gt")
                value += '>';
            else if (entity == "quot")
                value += '"';
            else if (entity == "apos")
                value += '\'';
            else if (entity.startsWith('#')) {
                const bool hex = entity.startsWith("#x");
                const uint code = entity.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
                const char32_t ch = char32_t(code);
                value += QString::fromUcs4(&ch, 1).toUtf8();
            }
        } else {
            value += c;
        }
    }
    return value;
}

/** Splits an original start tag into its attribute tokens; returns where the closer starts. */
qsizetype tokenizeStartTag(const QByteArray &text, qsizetype begin, qsizetype end, QList<AttributeToken> *tokens)
{
    qsizetype i = begin + 1;
    while (i < end && !isSpace(text[i]) && text[i] != '>' && text[i] != '/')
        ++i;
    for (;;) {
        const qsizetype tokenBegin = i;
        while (i < end && isSpace(text[i]))
            ++i;
        if (i >= end || text[i] == '>' || text[i] == '/')
            return tokenBegin;
        const qsizetype nameBegin = i;
        while (i < end && !isSpace(text[i]) && text[i] != '=')
            ++i;
        AttributeToken token{tokenBegin, 0, text.mid(nameBegin, i - nameBegin), '\'', {}};
        while (i < end && text[i] != '\'' && text[i] != '"')
            ++i;
        if (i >= end)
            return tokenBegin; // cannot happen for a well-formed tag
        token.quote = text[i];
        const qsizetype open = i;
        const qsizetype close = text.indexOf(token.quote, i + 1);
        i = close < 0 ? end : close + 1;
        token.end = i;
        token.value = decodeAttributeValue(text.mid(open + 1, (close < 0 ? end : close) - open - 1));
        tokens->append(token);
    }
}

bool isWhitespaceText(xmlNodePtr node)
{
    if (!node || node->type != XML_TEXT_NODE)
        return false;
    for (const xmlChar *c = node->content; c && *c; ++c) {
        if (!isSpace(char(*c)))
            return false;
    }
    return true;
}

/** The blanks after the last newline of a whitespace text node: the indentation it gives. */
QByteArray indentationOf(xmlNodePtr whitespace)
{
    if (!isWhitespaceText(whitespace))
        return {};
    const QByteArray text(reinterpret_cast<const char *>(whitespace->content));
    const qsizetype newline = text.lastIndexOf('\n');
    return newline < 0 ? QByteArray() : text.mid(newline + 1);
}

xmlNodePtr previousElement(xmlNodePtr node)
{
    for (node = node ? node->prev : nullptr; node; node = node->prev) {
        if (node->type == XML_ELEMENT_NODE)
            return node;
    }
    return nullptr;
}

} // namespace

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

bool XmlNode::isText() const
{
    return m_node && asNode(m_node)->type == XML_TEXT_NODE;
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

XmlNode XmlNode::previousSibling() const
{
    return XmlNode(m_node ? asNode(m_node)->prev : nullptr);
}

XmlNode XmlNode::nextSibling() const
{
    return XmlNode(m_node ? asNode(m_node)->next : nullptr);
}

QList<XmlNode> XmlNode::childElements(const char *name) const
{
    QList<XmlNode> result;
    for (XmlNode child = firstChildElement(name); child; child = child.nextSiblingElement(name))
        result.append(child);
    return result;
}

// ---------------------------------------------------------------------------------------------
// XmlDocument internals

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

namespace {

struct ParseState
{
    XmlDocument::Private *d = nullptr;
    const QByteArray *bytes = nullptr;
    QString refusal;
    std::optional<XmlParseError> error;
};

ParseState *stateOf(void *ctx)
{
    return static_cast<ParseState *>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

qsizetype offsetOf(void *ctx)
{
    return qsizetype(xmlByteConsumed(static_cast<xmlParserCtxtPtr>(ctx)));
}

void refuse(void *ctx, const QString &why)
{
    ParseState *state = stateOf(ctx);
    if (state->refusal.isEmpty())
        state->refusal = why;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

void onStartElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri, int nbNamespaces,
                    const xmlChar **namespaces, int nbAttributes, int nbDefaulted, const xmlChar **attributes)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    xmlSAX2StartElementNs(ctx, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, nbDefaulted, attributes);
    xmlNodePtr node = ctxt->node;
    ParseState *state = stateOf(ctx);
    if (!node || !state->d)
        return;
    const QByteArray &bytes = *state->bytes;
    const qsizetype at = offsetOf(ctx); // at the '>' or '/>' closing the start tag
    NodeInfo *info = state->d->newInfo(node);
    info->begin = bytes.lastIndexOf('<', at);
    info->selfClosing = at < bytes.size() && bytes[at] == '/';
    info->startTagEnd = at + (info->selfClosing ? 2 : 1);
    info->line = int(xmlGetLineNo(node));
}

void onEndElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    if (NodeInfo *info = infoOf(ctxt->node)) {
        const QByteArray &bytes = *stateOf(ctx)->bytes;
        info->end = offsetOf(ctx); // after the '>' of the end tag, or after '/>'
        // From end - 1: a "</" starting at end would be the parent's end tag.
        info->endTagBegin = info->selfClosing ? info->end : bytes.lastIndexOf("</", info->end - 1);
    }
    xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

/** Records the span of a comment, PI or CDATA node just added under the current element. */
void recordLastChild(void *ctx, const char *opener)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    ParseState *state = stateOf(ctx);
    if (!ctxt->node || !ctxt->node->last || !state->d)
        return; // prolog and epilog are copied as a whole
    NodeInfo *info = state->d->newInfo(ctxt->node->last);
    info->end = offsetOf(ctx);
    info->begin = state->bytes->lastIndexOf(opener, info->end - 1);
}

void onComment(void *ctx, const xmlChar *value)
{
    xmlSAX2Comment(ctx, value);
    recordLastChild(ctx, "<!--");
}

void onProcessingInstruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
    xmlSAX2ProcessingInstruction(ctx, target, data);
    recordLastChild(ctx, "<?");
}

void onCData(void *ctx, const xmlChar *value, int len)
{
    xmlSAX2CDataBlock(ctx, value, len);
    recordLastChild(ctx, "<![CDATA[");
}

void onInternalSubset(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *)
{
    refuse(ctx,
           QCoreApplication::translate("XmlDocument",
                                       "document type declarations (<!DOCTYPE>) are not allowed in a domain XML"));
}

void onEntityDecl(void *ctx, const xmlChar *, int, const xmlChar *, const xmlChar *, xmlChar *)
{
    refuse(ctx, QCoreApplication::translate("XmlDocument", "entity declarations are not allowed in a domain XML"));
}

void onStructuredError(void *ctx, xmlErrorPtr error)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    if (!ctxt || !error || error->level < XML_ERR_ERROR)
        return;
    ParseState *state = stateOf(ctx);
    if (!state || state->error)
        return;
    XmlParseError parsed;
    parsed.message = QString::fromUtf8(error->message ? error->message : "unknown error").trimmed();
    // libxml2's wording for the limits it enforces names its own API; say what is wrong instead.
    if (error->code == XML_ERR_INVALID_CHAR && parsed.message.contains(QLatin1String("UTF-8"))) {
        parsed.message = QCoreApplication::translate("XmlDocument",
                                                     "the file is not UTF-8 text (libvirt domain XML is always UTF-8)");
    } else if (parsed.message.contains(QLatin1String("Excessive depth"))) {
        parsed.message = QCoreApplication::translate("XmlDocument",
                                                     "elements are nested more than %1 deep; no "
                                                     "domain XML is")
                             .arg(xmlParserMaxDepth);
    } else if (parsed.message.contains(QLatin1String("XML_PARSE_HUGE"))) {
        parsed.message = QCoreApplication::translate("XmlDocument",
                                                     "a text or attribute is longer than a domain XML "
                                                     "may have");
    }
    parsed.line = error->line;
    parsed.column = error->int2;
    state->error = parsed;
}

void silentGenericError(void *, const char *, ...) { }

bool isUtf8Name(const xmlChar *encoding)
{
    if (!encoding)
        return true;
    const QByteArray name = QByteArray(reinterpret_cast<const char *>(encoding)).toUpper();
    return name == "UTF-8" || name == "UTF8" || name == "US-ASCII" || name == "ASCII";
}

/** Gives every text node a span: the bytes between its neighbours. */
void assignTextSpans(XmlDocument::Private *d, xmlNodePtr element)
{
    const NodeInfo *parentInfo = infoOf(element);
    if (!parentInfo || parentInfo->begin < 0)
        return;
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            assignTextSpans(d, child);
            continue;
        }
        if (child->type != XML_TEXT_NODE || child->_private)
            continue;
        const NodeInfo *prev = infoOf(child->prev);
        const NodeInfo *next = infoOf(child->next);
        NodeInfo *info = d->newInfo(child);
        info->begin = prev ? prev->end : parentInfo->startTagEnd;
        info->end = next ? next->begin : parentInfo->endTagBegin;
    }
}

bool spansAreSound(xmlNodePtr element, qsizetype size)
{
    for (xmlNodePtr child = element->children; child; child = child->next) {
        const NodeInfo *info = infoOf(child);
        if (!info || info->begin < 0 || info->end < info->begin || info->end > size)
            return false;
        if (child->type == XML_ELEMENT_NODE && !spansAreSound(child, size))
            return false;
    }
    return true;
}

void linkBefore(xmlNodePtr parent, xmlNodePtr node, xmlNodePtr before)
{
    // Linked by hand: xmlAddChild and friends merge adjacent text nodes, which would lose the
    // byte spans the lossless writer relies on.
    node->parent = parent;
    node->doc = parent->doc;
    if (before) {
        node->next = before;
        node->prev = before->prev;
        if (before->prev)
            before->prev->next = node;
        else
            parent->children = node;
        before->prev = node;
    } else {
        node->next = nullptr;
        node->prev = parent->last;
        if (parent->last)
            parent->last->next = node;
        else
            parent->children = node;
        parent->last = node;
    }
}

} // namespace

void XmlDocument::Private::indentNew(xmlNodePtr element, const QByteArray &indent)
{
    const NodeInfo *info = infoOf(element);
    if (info && info->begin >= 0)
        return; // parsed: it keeps its own blanks
    bool hasElements = false;
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (isWhitespaceText(child))
            return; // indented already
        hasElements = hasElements || child->type == XML_ELEMENT_NODE;
    }
    if (!hasElements)
        return;
    auto blank = [&](const QByteArray &text) {
        xmlNodePtr node = xmlNewDocTextLen(doc, reinterpret_cast<const xmlChar *>(text.constData()), int(text.size()));
        newInfo(node);
        return node;
    };
    const QByteArray inner = indent + "  ";
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        linkBefore(element, blank('\n' + inner), child);
        indentNew(child, inner);
    }
    linkBefore(element, blank('\n' + indent), nullptr);
}

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

// ---------------------------------------------------------------------------------------------
// XmlDocument

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

std::unique_ptr<XmlDocument> XmlDocument::parse(const QByteArray &bytes, XmlParseError *error,
                                                const XmlParseLimits &limits)
{
    auto fail = [error](const QString &message, int line = 0, int column = 0) {
        if (error)
            *error = XmlParseError{message, line, column};
        return std::unique_ptr<XmlDocument>();
    };
    if (bytes.size() > limits.maxBytes) {
        return fail(QCoreApplication::translate("XmlDocument",
                                                "the file is %1 MiB, larger than the %2 MiB a "
                                                "domain XML may have")
                        .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(limits.maxBytes / (1024 * 1024)));
    }
    if (bytes.trimmed().isEmpty())
        return fail(QCoreApplication::translate("XmlDocument", "the file is empty"));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.contains('\0')) {
        return fail(QCoreApplication::translate("XmlDocument",
                                                "the file is not UTF-8 text (libvirt domain XML is always UTF-8)"));
    }

    std::unique_ptr<XmlDocument> document(new XmlDocument);
    document->m_original = bytes;
    ParseState state;
    state.d = document->d.get();
    state.bytes = &document->m_original;

    xmlSetGenericErrorFunc(nullptr, silentGenericError);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return fail(QCoreApplication::translate("XmlDocument", "out of memory"));
    ctxt->_private = &state;
    xmlSAXHandlerPtr sax = ctxt->sax;
    sax->startElementNs = onStartElement;
    sax->endElementNs = onEndElement;
    sax->comment = onComment;
    sax->processingInstruction = onProcessingInstruction;
    sax->cdataBlock = onCData;
    sax->internalSubset = onInternalSubset;
    sax->externalSubset = onInternalSubset;
    sax->entityDecl = onEntityDecl;
    sax->serror = onStructuredError;
    sax->warning = nullptr;
    sax->error = nullptr;
    sax->fatalError = nullptr;

    // No XML_PARSE_NOENT (no entity substitution), no DTD loading or validation, no network,
    // no XML_PARSE_HUGE (keep libxml2's depth and text-size limits), blanks and comments kept.
    const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, document->m_original.constData(), int(document->m_original.size()),
                                      "domain.xml", nullptr, options);
    // Namespace errors leave libxml2's document "well-formed", but a malformed name such as
    // "xmlns:" cannot be written back faithfully after an edit (found by fuzzing): refuse them.
    const bool wellFormed = ctxt->wellFormed && ctxt->nsWellFormed;
    xmlFreeParserCtxt(ctxt);
    document->d->doc = doc;

    if (!state.refusal.isEmpty())
        return fail(state.refusal, state.error ? state.error->line : 0, state.error ? state.error->column : 0);
    if (!doc || !wellFormed) {
        if (state.error)
            return fail(state.error->message, state.error->line, state.error->column);
        return fail(QCoreApplication::translate("XmlDocument", "the file is not well-formed XML"));
    }
    if (!isUtf8Name(doc->encoding)) {
        return fail(QCoreApplication::translate("XmlDocument",
                                                "the file declares the encoding %1; pcitopo reads "
                                                "UTF-8 only, as libvirt writes it")
                        .arg(QString::fromUtf8(reinterpret_cast<const char *>(doc->encoding))));
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !infoOf(root))
        return fail(QCoreApplication::translate("XmlDocument", "the file has no root element"));
    assignTextSpans(document->d.get(), root);
    if (!spansAreSound(root, bytes.size())) {
        return fail(QCoreApplication::translate("XmlDocument",
                                                "the file could not be indexed for lossless "
                                                "editing"));
    }
    return document;
}

XmlNode XmlDocument::root() const
{
    return XmlNode(d->doc ? xmlDocGetRootElement(d->doc) : nullptr);
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

XmlNode XmlDocument::parseFragment(const QByteArray &bytes, XmlParseError *error)
{
    std::unique_ptr<XmlDocument> fragment = parse(bytes, error);
    if (!fragment)
        return {};
    // Rebuild the fragment in this document without its whitespace, so that insertElement()
    // can indent it like its new siblings.
    std::function<XmlNode(xmlNodePtr)> copy = [&](xmlNodePtr source) -> XmlNode {
        XmlNode element = createElement(QString::fromUtf8(qualifiedName(source->name, source->ns)));
        for (xmlNsPtr ns = source->nsDef; ns; ns = ns->next) {
            const QByteArray attr =
                ns->prefix ? "xmlns:" + QByteArray(reinterpret_cast<const char *>(ns->prefix)) : QByteArray("xmlns");
            setAttribute(element, attr.constData(), QString::fromUtf8(reinterpret_cast<const char *>(ns->href)));
        }
        for (const auto &attr : currentAttributes(source))
            setAttribute(element, attr.first.constData(), QString::fromUtf8(attr.second));
        for (xmlNodePtr child = source->children; child; child = child->next) {
            if (child->type == XML_ELEMENT_NODE) {
                attach({element, {}, {copy(child)}}); // blanks come with insertElement()
            } else if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
                       && !isWhitespaceText(child)) {
                XmlNode text = createText(QString::fromUtf8(contentOf(child)));
                attach({element, {}, {text}});
            }
        }
        return element;
    };
    XmlNode result = copy(asNode(fragment->root().m_node));
    return result;
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
