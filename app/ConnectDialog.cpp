#include "ConnectDialog.h"

#include "libvirt/LibvirtSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

const QString RecentKey = QStringLiteral("recentConnections");
const QString TimeoutKey = QStringLiteral("connectTimeoutSeconds");

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_uri(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("&Read-only (no saving, no secrets)"), this))
    , m_timeout(new QSpinBox(this))
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
    m_timeout->setObjectName(QStringLiteral("ConnectTimeout"));
    m_timeout->setRange(0, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("No timeout"));
    m_timeout->setValue(connectTimeoutSeconds());
    m_timeout->setToolTip(tr("How long to wait for the host before giving up (time spent answering a "
                             "password prompt does not count). Remembered for later connections."));
    auto *form = new QFormLayout;
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(tr("&Timeout:"), m_timeout);
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

int ConnectDialog::timeoutSeconds() const
{
    return m_timeout->value();
}

void ConnectDialog::accept()
{
    QSettings().setValue(TimeoutKey, m_timeout->value());
    QDialog::accept();
}

int ConnectDialog::connectTimeoutSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(TimeoutKey).toInt(&ok);
    return ok && seconds >= 0 ? seconds : LibvirtSession::DefaultConnectTimeoutMs / 1000;
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

QDialog *askCredentials(QWidget *parent, const QString &uri, const QList<Credential> &questions,
                        std::function<void(std::optional<QList<Credential>>)> reply)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("CredentialDialog"));
    dialog->setWindowTitle(ConnectDialog::tr("Authentication for %1").arg(uri));
    auto *form = new QFormLayout;
    QList<QLineEdit *> fields;
    for (const Credential &question : questions) {
        auto *field = new QLineEdit(dialog);
        field->setText(question.defaultAnswer);
        if (question.isSecret())
            field->setEchoMode(QLineEdit::Password);
        QString label = question.prompt;
        if (!question.challenge.isEmpty())
            label += QStringLiteral(" (%1)").arg(question.challenge);
        form->addRow(label + QLatin1Char(':'), field);
        fields.append(field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Answered once, whichever way the dialog goes (accepted, rejected, closed with the window).
    QObject::connect(dialog, &QDialog::finished, dialog, [questions, fields, reply](int result) {
        std::optional<QList<Credential>> answers;
        if (result == QDialog::Accepted) {
            answers = questions;
            for (qsizetype i = 0; i < fields.size(); ++i)
                (*answers)[i].answer = fields[i]->text();
        }
        for (QLineEdit *field : fields)
            field->clear();
        reply(std::move(answers));
    });
    dialog->open();
    return dialog;
}

} // namespace pcitopo
