#include "ConvertDialog.h"

#include "DomainDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pcitopo {

ConvertDialog::ConvertDialog(const DomainDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_target(document->topology().family() == MachineFamily::Q35 ? MachineFamily::Pc : MachineFamily::Q35)
    , m_summary(new QLabel(this))
    , m_policy(new QComboBox(this))
    , m_spare(new QSpinBox(this))
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Convert Machine Type"));
    setObjectName(QStringLiteral("ConvertDialog"));
    resize(640, 520);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("ConvertSummary"));
    m_policy->setObjectName(QStringLiteral("ConvertPolicy"));
    m_policy->addItem(tr("As libvirt would place them"));
    if (m_target == MachineFamily::Q35) // pc has no recommended placement: no ports to give
        m_policy->addItem(tr("Recommended: a port per device, for hotplug"));
    m_spare->setObjectName(QStringLiteral("ConvertSparePorts"));
    m_spare->setRange(0, 64);
    m_spare->setEnabled(false);
    m_spare->setToolTip(tr("Empty hotpluggable root ports to add (recommended placement on q35)"));
    m_text->setObjectName(QStringLiteral("ConvertPreview"));
    m_text->setOpenLinks(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Convert"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Placement:"), m_policy);
    form->addRow(tr("&Spare ports:"), m_spare);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_spare->setEnabled(index == 1 && m_target == MachineFamily::Q35);
        updatePreview();
    });
    connect(m_spare, &QSpinBox::valueChanged, this, &ConvertDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

placement::Options ConvertDialog::options() const
{
    placement::Options options;
    options.policy =
        m_policy->currentIndex() == 1 ? placement::Policy::Recommended : placement::Policy::LibvirtCompatible;
    options.sparePorts = m_spare->isEnabled() ? m_spare->value() : 0;
    return options;
}

void ConvertDialog::updatePreview()
{
    const Topology &t = m_document->topology();
    m_preview = placement::previewConversion(*m_document, m_target, options());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_preview.ok);
    if (!m_preview.ok) {
        m_summary->setText(tr("<b>%1</b> cannot be converted to %2.")
                               .arg(t.domainName().toHtmlEscaped(), Topology::familyName(m_target)));
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(m_preview.reason.toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("Convert <b>%1</b> from <b>%2</b> to <b>%3</b>: machine type %4 becomes %5. Every device "
                          "is kept and placed anew; Convert is one undo step.")
                           .arg(t.domainName().toHtmlEscaped(), Topology::familyName(t.family()).toHtmlEscaped(),
                                Topology::familyName(m_target).toHtmlEscaped(), t.machine().toHtmlEscaped(),
                                m_preview.machine.toHtmlEscaped()));
    const auto list = [](const QStringList &lines) {
        QString html = QStringLiteral("<ul style='margin-left:12px; -qt-list-indent:0'>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    QString html;
    if (!m_preview.notes.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(tr("What does not carry over as it was")) + list(m_preview.notes);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%n change(s)", nullptr, int(m_preview.changes.size())))
        + list(m_preview.changes);
    m_text->setHtml(html);
}

} // namespace pcitopo
