#include "XmlPane.h"

#include "DomainDocument.h"
#include "NodeSelection.h"
#include "commands/ReplaceNode.h"
#include "xml/XmlDocument.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

/** Tags, attribute names, values and comments, in colours that read on light and dark themes. */
class XmlHighlighter : public QSyntaxHighlighter
{
public:
    XmlHighlighter(QTextDocument *document, bool dark)
        : QSyntaxHighlighter(document)
    {
        const auto format = [](const QColor &color, bool bold = false) {
            QTextCharFormat f;
            f.setForeground(color);
            if (bold)
                f.setFontWeight(QFont::Bold);
            return f;
        };
        m_rules = {
            {QRegularExpression(QStringLiteral("</?[A-Za-z_][\\w:.-]*|/?>")),
             format(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0xa0), true)},
            {QRegularExpression(QStringLiteral("[A-Za-z_][\\w:.-]*(?=\\s*=)")),
             format(dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x8a, 0x4b, 0x08))},
            {QRegularExpression(QStringLiteral("'[^']*'|\"[^\"]*\"")),
             format(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32))},
            {QRegularExpression(QStringLiteral("<!--.*?-->")), format(QColor(0x80, 0x80, 0x80))},
        };
    }

protected:
    void highlightBlock(const QString &text) override
    {
        for (const auto &[pattern, format] : std::as_const(m_rules)) {
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
            }
        }
    }

private:
    QList<std::pair<QRegularExpression, QTextCharFormat>> m_rules;
};

} // namespace

XmlPane::XmlPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_verdict(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_validateLater(new QTimer(this))
{
    m_title->setWordWrap(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("XML of the selection"));
    new XmlHighlighter(m_editor->document(), m_editor->palette().color(QPalette::Base).lightness() < 128);
    setFocusProxy(m_editor); // Show XML puts the cursor in the text
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setToolTip(tr("Replace the element with this XML, as one undo step (Ctrl+Return)"));
    m_revert->setToolTip(tr("Show the document's version again"));

    // The verdict has a row of its own: a parser's message is long, the dock often narrow.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);

    // Checked once typing pauses: a large element is parsed once, not per key.
    m_validateLater->setSingleShot(true);
    m_validateLater->setInterval(150);
    connect(m_validateLater, &QTimer::timeout, this, &XmlPane::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        m_apply->setEnabled(false);
        m_revert->setEnabled(edited());
        m_validateLater->start();
    });
    connect(m_apply, &QPushButton::clicked, this, &XmlPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &XmlPane::revert);
    auto *applyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    applyKey->setContext(Qt::WidgetShortcut);
    connect(applyKey, &QShortcut::activated, this, &XmlPane::apply);
    refresh();
}

void XmlPane::setDocument(DomainDocument *document, NodeSelection *selection)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    m_node = selection ? selection->single() : NodeId();
    m_shown.clear();
    if (document) {
        connect(document, &DomainDocument::changed, this, [this] {
            // A text being edited stays; the verdict says whether it still applies.
            if (edited())
                validate();
            else
                refresh();
        });
    }
    if (selection)
        connect(selection, &NodeSelection::changed, this, [this] { setNode(m_selection->single()); });
    refresh();
}

void XmlPane::setNode(NodeId node)
{
    if (node == m_node)
        return;
    if (edited()) {
        // A text being edited is not thrown away by a click elsewhere: the pane stays on its
        // element until Apply or Revert.
        m_title->setText(tr("Editing the XML of %1: Apply or Revert to follow the selection.")
                             .arg(m_document->topology().labelOf(m_node)));
        return;
    }
    m_node = node;
    m_shown.clear();
    refresh();
}

bool XmlPane::edited() const
{
    return m_editor->isEnabled() && m_editor->toPlainText().toUtf8() != m_shown;
}

void XmlPane::refresh()
{
    m_validateLater->stop();
    const Topology *topology = m_document ? &m_document->topology() : nullptr;
    const bool known = topology && (topology->device(m_node) || topology->controller(m_node));
    const QByteArray xml = known ? m_document->elementXml(m_node) : QByteArray();
    if (!known) {
        m_title->setText(tr("Select one controller or device to see its XML."));
    } else if (xml.isEmpty()) {
        m_title->setText(
            tr("%1 is not in the XML: libvirt adds it when it defines the domain.").arg(topology->labelOf(m_node)));
    } else {
        m_title->setText(tr("XML of %1").arg(topology->labelOf(m_node)));
    }
    m_base = xml;
    m_settingText = true;
    if (m_editor->toPlainText().toUtf8() != xml)
        m_editor->setPlainText(QString::fromUtf8(xml));
    m_settingText = false;
    // What the editor holds: it turns \r\n into \n, so an unedited text compares with that.
    m_shown = m_editor->toPlainText().toUtf8();
    m_editor->setEnabled(!xml.isEmpty());
    m_problem.clear();
    m_verdict->clear();
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
}

void XmlPane::validate()
{
    m_validateLater->stop();
    m_problem.clear();
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const XmlNode element = m_document ? m_document->topology().element(m_node) : XmlNode();
    if (!element) {
        m_problem = tr("The element is gone from the document; Revert to leave it.");
    } else {
        XmlParseError error;
        const std::unique_ptr<XmlDocument> parsed = XmlDocument::parse(text, &error);
        if (!parsed)
            m_problem = tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message);
        else if (parsed->root().name() != element.name())
            m_problem =
                tr("This pane edits one <%1> element; the text is a <%2>.").arg(element.name(), parsed->root().name());
    }
    const bool changed = text != m_shown;
    // Changed in the document meanwhile (a drag, a fix, Properties): Apply would undo that.
    const bool stale = element && m_document->elementXml(m_node) != m_base;
    m_verdict->setStyleSheet(m_problem.isEmpty() && !stale ? QString() : QStringLiteral("color: #c62828"));
    m_verdict->setText(!m_problem.isEmpty() ? m_problem
                           : stale          ? tr("The element changed in the document since you began: Apply "
                                                          "replaces it with this text, Revert shows the new version.")
                           : changed        ? tr("Well-formed: Apply replaces the element (one undo step).")
                                            : QString());
    m_apply->setEnabled(m_problem.isEmpty() && changed);
    m_revert->setEnabled(changed);
}

bool XmlPane::apply()
{
    validate();
    if (!m_problem.isEmpty() || !m_document || !edited())
        return false;
    auto *command = new ReplaceNode(m_document, m_node, m_editor->toPlainText().toUtf8());
    if (!command->isValid()) {
        m_problem = command->error();
        m_verdict->setStyleSheet(QStringLiteral("color: #c62828"));
        m_verdict->setText(m_problem);
        delete command;
        return false;
    }
    const NodeId replaced = command->node();
    m_shown = m_editor->toPlainText().toUtf8(); // what is applied is no longer an edit
    m_document->undoStack()->push(command);
    // The element is a new node now: it stays the selection, and the pane shows it as written.
    m_node = replaced;
    if (m_selection)
        m_selection->select({replaced}, this);
    m_shown.clear();
    refresh();
    return true;
}

void XmlPane::revert()
{
    if (m_selection)
        m_node = m_selection->single(); // the selection may have moved on while the text was edited
    m_shown.clear();
    refresh();
}

} // namespace pcitopo
