#include "ConnectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

const QString RecentKey = QStringLiteral("recentConnections");

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_uri(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("&Read-only (no saving, no secrets)"), this))
{
    setWindowTitle(tr("Connect to libvirt"));
    m_uri->setEditable(true);
    m_uri->setObjectName(QStringLiteral("ConnectUri"));
    m_uri->setMinimumContentsLength(40);
    QStringList choices = recentUris();
    for (const QString &example :
         {QStringLiteral("qemu:///system"), QStringLiteral("qemu:///session"),
          QStringLiteral("qemu+ssh://user@host/system"), QStringLiteral("qemu+libssh://user@host/system"),
          QStringLiteral("qemu+tls://host/system"), QStringLiteral("qemu+tcp://host/system"),
          QStringLiteral("test:///default")}) {
        if (!choices.contains(example))
            choices.append(example);
    }
    m_uri->addItems(choices);
    auto *hint = new QLabel(tr("Any libvirt URI. Remote hosts ask for a user name, password or key passphrase "
                               "when they need one; pcitopo keeps none of them."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(QString(), m_readOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString ConnectDialog::uri() const
{
    return m_uri->currentText().trimmed();
}

bool ConnectDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

QStringList ConnectDialog::recentUris()
{
    return QSettings().value(RecentKey).toStringList();
}

void ConnectDialog::addRecentUri(const QString &uri)
{
    QStringList recent = recentUris();
    recent.removeAll(uri);
    recent.prepend(uri);
    QSettings().setValue(RecentKey, recent.mid(0, 10));
}

bool askCredentials(QWidget *parent, const QString &uri, QList<Credential> &questions)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ConnectDialog::tr("Authentication for %1").arg(uri));
    auto *form = new QFormLayout;
    QList<QLineEdit *> fields;
    for (const Credential &question : std::as_const(questions)) {
        auto *field = new QLineEdit(&dialog);
        field->setText(question.defaultAnswer);
        if (question.isSecret())
            field->setEchoMode(QLineEdit::Password);
        QString label = question.prompt;
        if (!question.challenge.isEmpty())
            label += QStringLiteral(" (%1)").arg(question.challenge);
        form->addRow(label + QLatin1Char(':'), field);
        fields.append(field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (accepted)
            questions[i].answer = fields[i]->text();
        fields[i]->clear();
    }
    return accepted;
}

} // namespace pcitopo
