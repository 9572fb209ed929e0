#pragma once

#include "NodeId.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pcitopo {

class DomainDocument;
class NodeSelection;

/**
 * The selected controller's or device's XML, as virt-manager's XML tab shows it: highlighted,
 * editable, checked as it is typed (well-formed, still one element of the same kind), and
 * applied as one undo step that replaces only that element. An invalid text is refused with
 * its line and column and changes nothing. A text being edited is kept when the document
 * changes elsewhere; Revert takes the document's version.
 */
class XmlPane : public QWidget
{
    Q_OBJECT

public:
    explicit XmlPane(QWidget *parent = nullptr);

    void setDocument(DomainDocument *document, NodeSelection *selection = nullptr);
    void setNode(NodeId node);
    NodeId node() const { return m_node; }

    QPlainTextEdit *editor() const { return m_editor; }
    /** The verdict on the text as typed: empty when it can be applied. */
    QString problem() const { return m_problem; }
    /** Applies the text: false, with the reason shown and nothing changed, when refused. */
    bool apply();
    /** Puts the document's version back into the editor. */
    void revert();

private:
    void refresh();
    void validate();
    bool edited() const;

    QPointer<DomainDocument> m_document;
    QPointer<NodeSelection> m_selection;
    NodeId m_node;
    QByteArray m_base; // the document's version of the element, as last put into the editor
    QByteArray m_shown; // the same, as the editor holds it (its line ends)
    QString m_problem;
    QLabel *m_title;
    QPlainTextEdit *m_editor;
    QLabel *m_verdict;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_validateLater;
    bool m_settingText = false;
};

} // namespace pcitopo
