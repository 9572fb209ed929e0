#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace pcitopo {

class XmlDocument;

/**
 * A handle on one node (element or text) of an XmlDocument. Cheap to copy; a default-constructed
 * handle is null. Handles stay valid while the node is detached (see XmlDocument::detach), so
 * undo commands can keep them and relink the very same node.
 */
class XmlNode
{
public:
    XmlNode() = default;

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    bool isElement() const;
    /** Text of a whitespace-only text node, the element's local name for an element. */
    QString name() const;
    /** The namespace URI of an element, empty when it has none. */
    QString namespaceUri() const;
    /** The name without its namespace prefix. */
    QString localName() const;
    /** The element's attribute without namespace, null QString when absent. */
    QString attribute(const char *name) const;
    bool hasAttribute(const char *name) const;
    /**
     * The attribute's UTF-8 value without a copy, empty when absent: for hot paths. Valid until
     * the attribute changes.
     */
    QByteArrayView attributeView(const char *name) const;
    /** True for an element with this local name; cheaper than name() == …. */
    bool is(const char *name) const;
    /** The concatenated text content of the node and its descendants. */
    QString text() const;
    /** Line of the start tag in the original document, 0 for nodes created by edits. */
    int line() const;
    /** Stable identity of an element, kept across detach/attach; 0 for text nodes. */
    quint32 id() const;

    XmlNode parent() const;
    /** First child element, optionally the first with the given local name. */
    XmlNode firstChildElement(const char *name = nullptr) const;
    /** Next sibling element, optionally the next with the given local name. */
    XmlNode nextSiblingElement(const char *name = nullptr) const;
    QList<XmlNode> childElements(const char *name = nullptr) const;

    bool operator==(const XmlNode &other) const { return m_node == other.m_node; }
    bool operator!=(const XmlNode &other) const { return m_node != other.m_node; }

private:
    friend class XmlDocument;
    friend size_t qHash(const XmlNode &node, size_t seed) noexcept;
    explicit XmlNode(void *node)
        : m_node(node)
    { }
    void *m_node = nullptr;
};

inline size_t qHash(const XmlNode &node, size_t seed = 0) noexcept
{
    return ::qHash(reinterpret_cast<quintptr>(node.m_node), seed);
}

/** Why a parse was refused: a readable message and where. */
struct XmlParseError
{
    QString message;
    int line = 0;
    int column = 0;

    /** "line L, column C: message" */
    QString toString() const;
};

/** Limits of the safe parser. */
struct XmlParseLimits
{
    /** Largest document accepted, in bytes. A 5000-device domain is about 3 MiB. */
    qsizetype maxBytes = 32 * 1024 * 1024;
};

/**
 * Where a splice of nodes sits: under parent, before `before` (null: at the end). Returned by
 * the structural edits so that an undo can detach or reattach exactly these nodes.
 */
struct XmlSplice
{
    XmlNode parent;
    XmlNode before;
    QList<XmlNode> nodes;
};

/**
 * One libvirt domain XML document, parsed safely and written back losslessly.
 *
 * Parsing never touches the network, never loads a DTD and refuses documents that declare
 * one (so no external or expanding entities can exist), and refuses input over a size limit
 * or not in UTF-8. Every node parsed remembers its byte span in the original text; writing
 * copies those bytes for every part of the tree an edit did not touch, and patches only the
 * attributes an edit changed, keeping their quoting. Loading and saving an unedited document
 * therefore gives back the same bytes, and undoing an edit gives back the original bytes.
 *
 * This class is the only caller of libxml2.
 */
class XmlDocument
{
public:
    ~XmlDocument();
    XmlDocument(const XmlDocument &) = delete;
    XmlDocument &operator=(const XmlDocument &) = delete;

    /** Parses bytes; on failure returns null and fills *error. */
    static std::unique_ptr<XmlDocument> parse(const QByteArray &bytes, XmlParseError *error,
                                              const XmlParseLimits &limits = {});

    XmlNode root() const;
    /** The document as bytes: the original text with the edits applied. */
    QByteArray serialize() const;
    /** One node as bytes, as serialize() writes it within the document (no blanks around it). */
    QByteArray serialize(XmlNode node) const;

    // Attribute edits. A value equal to the original one restores the original bytes.
    void setAttribute(XmlNode element, const char *name, const QString &value);
    void removeAttribute(XmlNode element, const char *name);

    /** Creates a detached element (owned by the document until attached). */
    XmlNode createElement(const QString &name);
    /** Creates a detached text node. */
    XmlNode createText(const QString &text);
    /** Creates a detached comment, <!--text-->. */
    XmlNode createComment(const QString &text);
    /**
     * Parses a fragment (one element, well-formed, with the same safety rules) into detached
     * nodes owned by this document, its comments included (its blanks are not: insertElement
     * indents it). Returns null and fills *error on failure.
     */
    XmlNode parseFragment(const QByteArray &bytes, XmlParseError *error);

    /** Links detached nodes under parent before `before` (null: append). */
    void attach(const XmlSplice &splice);
    /** Unlinks the nodes of a splice; they stay alive for a later attach. */
    void detach(const XmlSplice &splice);

    /**
     * Inserts an element as a child of parent before `before` (null: after the last child
     * element), with the indentation its siblings use. Returns the splice to detach for undo.
     */
    XmlSplice insertElement(XmlNode parent, XmlNode element, XmlNode before = {});
    /**
     * Removes an element together with the indentation in front of it. Returns the splice
     * that attach() puts back.
     */
    XmlSplice removeElement(XmlNode element);
    /** Replaces the text content of an element; returns {removed, added} splices for undo. */
    QList<XmlSplice> setText(XmlNode element, const QString &text);

    struct Private; // implementation detail, public only for the parser's C callbacks

private:
    XmlDocument();
    std::unique_ptr<Private> d;
    QByteArray m_original;
};

} // namespace pcitopo
