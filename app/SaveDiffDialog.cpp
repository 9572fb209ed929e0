#include "SaveDiffDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

/** The topology changes in words; `xmlDiff` tells "nothing changed" from "other attributes". */
QListWidget *changeList(const QStringList &changes, const QString &xmlDiff, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    if (!changes.isEmpty())
        list->addItems(changes);
    else if (xmlDiff.isEmpty())
        list->addItem(SaveDiffDialog::tr("No changes."));
    else
        list->addItem(SaveDiffDialog::tr("No controller or device moves; other attributes changed."));
    return list;
}

QPlainTextEdit *diffView(const QString &xmlDiff, QWidget *parent)
{
    auto *diff = new QPlainTextEdit(parent);
    diff->setObjectName(QStringLiteral("XmlDiff"));
    diff->setReadOnly(true);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diff->setPlainText(xmlDiff.isEmpty() ? SaveDiffDialog::tr("The XML is unchanged.") : xmlDiff);
    return diff;
}

} // namespace

SaveDiffDialog::SaveDiffDialog(const QString &domain, const QString &uri, const QStringList &changes,
                               const QString &xmlDiff, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save %1 to %2").arg(domain, uri));
    resize(760, 520);
    auto *intro = new QLabel(tr("libvirt will define <b>%1</b> on <b>%2</b> with these changes, "
                                "after validating it. The running guest, if any, sees them at its next start.")
                                 .arg(domain.toHtmlEscaped(), uri.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(changeList(changes, xmlDiff, tabs), tr("Topology changes (%1)").arg(changes.size()));
    tabs->addTab(diffView(xmlDiff, tabs), tr("XML diff"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Define in libvirt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

ServerChangesDialog::ServerChangesDialog(const QString &domain, const QString &uri, const QStringList &theirChanges,
                                         const QStringList &yourChanges, const QString &theirDiff,
                                         const QString &yourDiff, const QStringList &conflicts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 Changed on %2").arg(domain, uri));
    setObjectName(QStringLiteral("ServerChangesDialog"));
    resize(820, 560);
    QString text = tr("Another client redefined <b>%1</b> on <b>%2</b> since you opened it. Both sides are "
                      "compared with the definition as you opened it.")
                       .arg(domain.toHtmlEscaped(), uri.toHtmlEscaped());
    if (!conflicts.isEmpty()) {
        text += QStringLiteral("<p>") + tr("The changes cannot be merged:") + QStringLiteral("</p><ul>");
        for (const QString &conflict : conflicts)
            text += QStringLiteral("<li>") + conflict.toHtmlEscaped() + QStringLiteral("</li>");
        text += QStringLiteral("</ul>");
    }
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(changeList(theirChanges, theirDiff, tabs), tr("Server's changes (%1)").arg(theirChanges.size()));
    tabs->addTab(changeList(yourChanges, yourDiff, tabs), tr("Your changes (%1)").arg(yourChanges.size()));
    tabs->addTab(diffView(theirDiff, tabs), tr("Server's XML diff"));
    tabs->addTab(diffView(yourDiff, tabs), tr("Your XML diff"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *merge = buttons->addButton(tr("&Merge Both"), QDialogButtonBox::AcceptRole);
    merge->setEnabled(conflicts.isEmpty());
    merge->setToolTip(tr("Your edits applied to the server's version; saving defines the result."));
    QPushButton *take = buttons->addButton(tr("&Take the Server's"), QDialogButtonBox::DestructiveRole);
    take->setToolTip(tr("Reload the server's version; your edits are dropped."));
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    connect(merge, &QPushButton::clicked, this, [this] { done(Merge); });
    connect(take, &QPushButton::clicked, this, [this] { done(TakeServer); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

} // namespace pcitopo
