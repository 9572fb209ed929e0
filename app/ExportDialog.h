#pragma once

#include "DiagramExporter.h"

#include <QDialog>
#include <QImage>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace pcitopo {

class DomainDocument;

/**
 * File › Export Diagram: the options of `pcitopo export` (format, orientation, palette, empty
 * slots, PNG scale) with a preview of what will be written. The preview follows every change;
 * the file is written only by Export, atomically, and a failure keeps the dialog open.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(DomainDocument *document, const DiagramExporter::Options &initial, QWidget *parent = nullptr);

    DiagramExporter::Options options() const;
    DiagramExporter::Format format() const;
    QString path() const;
    void setPath(const QString &path);
    /** The preview being shown (the DOT text shows instead for DOT), for tests. */
    QImage previewImage() const { return m_previewImage; }
    /** Renders the preview now instead of after the short pause that follows a change. */
    void updatePreviewNow();

signals:
    void exported(const QString &path);

public slots:
    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void browse();
    void formatChosen();
    void pathEdited();
    void optionsChanged(bool redraw);
    void updateSizeNote();
    void remember() const;

    DomainDocument *m_document;
    DiagramExporter::Options m_base;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_orientation;
    QComboBox *m_palette;
    QCheckBox *m_emptySlots;
    QDoubleSpinBox *m_scale;
    QLabel *m_sizeNote;
    QStackedWidget *m_previewStack;
    QLabel *m_preview;
    QPlainTextEdit *m_dotText;
    QDialogButtonBox *m_buttons;
    QTimer m_previewTimer;
    QImage m_previewImage;
    QSizeF m_diagramSize; // units: PNG pixels at scale 1
    QString m_confirmedPath; // chosen in the file dialog, which has asked about overwriting
};

} // namespace pcitopo
