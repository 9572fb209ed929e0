// Parsing: libxml2's SAX2 with callbacks that record each node's byte span, refuse what a
// domain XML never holds (DTDs, entities) and keep within the limits.
#include "XmlInternals.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace pcitopo {

using namespace xmldetail;

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

} // namespace

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
            } else if (child->type == XML_COMMENT_NODE) {
                attach({element, {}, {createComment(QString::fromUtf8(contentOf(child)))}});
            }
        }
        return element;
    };
    XmlNode result = copy(asNode(fragment->root().m_node));
    return result;
}

} // namespace pcitopo
