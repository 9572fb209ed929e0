#include "XmlInternals.h"

namespace pcitopo::xmldetail {

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

} // namespace pcitopo::xmldetail
