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
    auto *list = new QListWidget(tabs);
    list->addItems(changes.isEmpty() ? QStringList{tr("No controller or device moves; other attributes changed.")}
                                     : changes);
    tabs->addTab(list, tr("Topology changes (%1)").arg(changes.size()));
    auto *diff = new QPlainTextEdit(tabs);
    diff->setObjectName(QStringLiteral("XmlDiff"));
    diff->setReadOnly(true);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diff->setPlainText(xmlDiff.isEmpty() ? tr("The XML is unchanged.") : xmlDiff);
    tabs->addTab(diff, tr("XML diff"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Define in libvirt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

} // namespace pcitopo
