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
class QPushButton;
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

    /** The options chosen, over the ones the dialog started from (host facts included). */
    DiagramExporter::Options options() const;
    /** The format chosen; it follows the file's ending and the other way round. */
    DiagramExporter::Format format() const;
    /** The file to write, absolute: a bare name goes in the folder the dialog started in. */
    QString path() const;
    /** Sets the file as if typed: a known ending chooses the format. */
    void setPath(const QString &path);
    /** The preview being shown (the DOT text shows instead for DOT), for tests. */
    QImage previewImage() const { return m_previewImage; }
    /** Renders the preview now instead of after the short pause that follows a change. */
    void updatePreviewNow();

signals:
    /** The file was written. */
    void exported(const QString &path);

public slots:
    /** Writes the file; on failure it stays open and says why. */
    void accept() override;
    void done(int result) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

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
    QPushButton *m_exportButton = nullptr;
    QTimer m_previewTimer;
    QImage m_previewImage;
    QSizeF m_diagramSize; // units: PNG pixels at scale 1
    QString m_confirmedPath; // chosen in the file dialog, which has asked about overwriting
    QString m_directory; // where a bare file name goes
};

} // namespace pcitopo
