#pragma once

#include "placement/Convert.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace pcitopo {

class DomainDocument;

/**
 * Edit › Convert Machine Type: pc (i440fx) to q35 or back. The placement policy is chosen
 * here, and the preview, worked out on a copy of the document, lists first what cannot carry
 * over as it was and then every change. Convert is offered only when the conversion works;
 * otherwise the preview says why.
 */
class ConvertDialog : public QDialog
{
    Q_OBJECT

public:
    ConvertDialog(const DomainDocument *document, QWidget *parent = nullptr);

    /** The chipset converted to: the other one of pc and q35. */
    MachineFamily target() const { return m_target; }
    placement::Options options() const;
    /** The preview as shown (for tests). */
    const placement::Conversion &preview() const { return m_preview; }

private:
    void updatePreview();

    const DomainDocument *m_document;
    MachineFamily m_target;
    QLabel *m_summary;
    QComboBox *m_policy;
    QSpinBox *m_spare;
    QTextBrowser *m_text;
    QDialogButtonBox *m_buttons;
    placement::Conversion m_preview;
};

} // namespace pcitopo
