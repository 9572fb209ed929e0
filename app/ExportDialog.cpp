#include "ExportDialog.h"

#include "AtomicFile.h"
#include "DomainDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

using Format = DiagramExporter::Format;
using Palette = GraphScene::Options::Palette;

constexpr char FormatKey[] = "export/format";
constexpr char ScaleKey[] = "export/scale";
constexpr char DirectoryKey[] = "export/directory";

QString suffixOf(Format format)
{
    switch (format) {
    case Format::Svg: return QStringLiteral("svg");
    case Format::Png: return QStringLiteral("png");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Dot: return QStringLiteral("dot");
    }
    return {};
}

/** A file name from a domain name: no directory separators. */
QString fileNameFor(const QString &name)
{
    QString s = name.trimmed();
    s.replace(QLatin1Char('/'), QLatin1Char('_'));
    return s.isEmpty() ? QStringLiteral("diagram") : s;
}

/**
 * Beside the domain's file; for a domain from libvirt, or the demo kept among pcitopo's own
 * data, the user's documents folder.
 */
QString defaultDirectory(const QString &source)
{
    const QFileInfo file(source);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!source.isEmpty() && file.isAbsolute() && file.dir().exists()
        && !file.absoluteFilePath().startsWith(data + QLatin1Char('/')))
        return file.absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(DomainDocument *document, const DiagramExporter::Options &initial, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_base(initial)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_palette(new QComboBox(this))
    , m_emptySlots(new QCheckBox(tr("Draw empty &slots"), this))
    , m_scale(new QDoubleSpinBox(this))
    , m_sizeNote(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_preview(new QLabel(this))
    , m_dotText(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Diagram"));
    const QSettings settings;

    m_format->setObjectName(QStringLiteral("ExportFormat"));
    m_format->addItem(tr("SVG (vector, with stable element ids)"), int(Format::Svg));
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("PDF (vector, one page)"), int(Format::Pdf));
    m_format->addItem(tr("Graphviz DOT (laid out by Graphviz)"), int(Format::Dot));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value(FormatKey, int(Format::Svg)).toInt())));

    m_orientation->setObjectName(QStringLiteral("ExportOrientation"));
    m_orientation->addItem(tr("Left to right"), int(GraphLayout::Orientation::LeftRight));
    m_orientation->addItem(tr("Top down"), int(GraphLayout::Orientation::TopDown));
    m_orientation->setCurrentIndex(m_orientation->findData(int(initial.scene.orientation)));

    m_palette->setObjectName(QStringLiteral("ExportPalette"));
    m_palette->addItem(tr("Light"), int(Palette::Light));
    m_palette->addItem(tr("Dark"), int(Palette::Dark));
    m_palette->addItem(tr("Print (black on white)"), int(Palette::Print));
    m_palette->setCurrentIndex(m_palette->findData(int(initial.scene.palette)));

    m_emptySlots->setObjectName(QStringLiteral("ExportEmptySlots"));
    m_emptySlots->setChecked(initial.scene.emptySlots);

    m_scale->setObjectName(QStringLiteral("ExportScale"));
    m_scale->setRange(0.25, 16);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(tr(" px per unit"));
    m_scale->setValue(settings.value(ScaleKey, initial.scale).toDouble());
    m_scale->setToolTip(tr("2 is sharp on high-DPI screens; 1 is the size the diagram has on screen at 100%."));

    m_sizeNote->setObjectName(QStringLiteral("ExportSizeNote"));
    m_sizeNote->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("ExportPath"));
    // The folder of the last export, unless it is gone.
    m_directory = settings.value(DirectoryKey).toString();
    if (m_directory.isEmpty() || !QDir(m_directory).exists())
        m_directory = defaultDirectory(document->source());
    m_path->setText(
        QDir(m_directory).filePath(fileNameFor(document->displayName()) + QLatin1Char('.') + suffixOf(format())));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Fo&rmat:"), m_format);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Colours:"), m_palette);
    form->addRow(QString(), m_emptySlots);
    form->addRow(tr("PNG sc&ale:"), m_scale);
    form->addRow(QString(), m_sizeNote);

    m_preview->setObjectName(QStringLiteral("ExportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(360, 240);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // the picture follows the label
    m_dotText->setObjectName(QStringLiteral("ExportDotText"));
    m_dotText->setReadOnly(true);
    m_dotText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_dotText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_dotText);

    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("ExportButton"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 0);
    columns->addWidget(m_previewStack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120); // typing a scale or stepping options draws once
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, [this] { optionsChanged(true); });
    connect(m_palette, &QComboBox::currentIndexChanged, this, [this] { optionsChanged(true); });
    connect(m_emptySlots, &QCheckBox::toggled, this, [this] { optionsChanged(true); });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this] { optionsChanged(false); });

    // A document changed underneath (a reload from libvirt) is drawn again; a closed one ends
    // the dialog before anything can use it.
    connect(document, &DomainDocument::changed, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(document, &QObject::destroyed, this, [this] {
        m_previewTimer.stop();
        m_document = nullptr;
        reject();
    });

    resize(900, 520);
    formatChosen();
    m_previewTimer.stop(); // drawn once shown, at the size it gets then
}

DiagramExporter::Options ExportDialog::options() const
{
    DiagramExporter::Options o = m_base;
    o.scene.orientation = GraphLayout::Orientation(m_orientation->currentData().toInt());
    o.scene.palette = Palette(m_palette->currentData().toInt());
    o.scene.emptySlots = m_emptySlots->isChecked();
    o.scale = m_scale->value();
    return o;
}

DiagramExporter::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    const QString typed = m_path->text().trimmed();
    return typed.isEmpty() ? typed : QDir(m_directory).absoluteFilePath(typed); // a bare name goes in the folder
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    pathEdited();
}

void ExportDialog::browse()
{
    const QString filters = tr("SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)");
    const QStringList each = filters.split(QStringLiteral(";;"));
    QString selected = each.value(m_format->currentIndex());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"), path(), filters, &selected);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    if (!DiagramExporter::formatFor(file)) // a name without a known ending gets the chosen filter's
        file += QLatin1Char('.') + suffixOf(Format(m_format->itemData(qMax(0, int(each.indexOf(selected)))).toInt()));
    setPath(file);
    // The file dialog asked about replacing the name it returned, not one with an ending added.
    m_confirmedPath = file == chosen ? QFileInfo(file).absoluteFilePath() : QString();
}

void ExportDialog::formatChosen()
{
    const Format f = format();
    // The file's ending follows the format.
    const QFileInfo info(path());
    if (!path().isEmpty() && DiagramExporter::formatFor(path()) != f) { // "x.gv" stays DOT
        const QString base = DiagramExporter::formatFor(path()) ? info.completeBaseName() : info.fileName();
        m_path->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + suffixOf(f)));
    }
    m_scale->setEnabled(f == Format::Png);
    // DOT carries no drawing (Graphviz lays it out): its text is the preview.
    m_palette->setEnabled(f != Format::Dot);
    m_emptySlots->setEnabled(f != Format::Dot);
    m_previewStack->setCurrentWidget(f == Format::Dot ? static_cast<QWidget *>(m_dotText) : m_preview);
    optionsChanged(true);
}

void ExportDialog::pathEdited()
{
    if (const std::optional<Format> f = DiagramExporter::formatFor(path())) {
        const int index = m_format->findData(int(*f));
        if (index != m_format->currentIndex())
            m_format->setCurrentIndex(index); // formatChosen keeps the typed name: its ending matches
    }
    updateSizeNote();
}

void ExportDialog::optionsChanged(bool redraw)
{
    if (redraw)
        m_previewTimer.start();
    updateSizeNote();
}

void ExportDialog::updateSizeNote()
{
    QString note;
    bool fits = true;
    if (!DiagramExporter::formatFor(path())) {
        note = tr("Choose a name ending in .svg, .png, .pdf or .dot.");
        fits = false;
    } else if (m_diagramSize.isValid()) {
        switch (format()) {
        case Format::Png: {
            const QSize pixels = (m_diagramSize * m_scale->value()).toSize();
            fits = pixels.width() <= DiagramExporter::MaxPngSide && pixels.height() <= DiagramExporter::MaxPngSide;
            note = fits ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height())
                        : tr("%1 × %2 pixels is too large (at most %3 a side): lower the scale, or choose SVG or PDF.")
                              .arg(pixels.width())
                              .arg(pixels.height())
                              .arg(DiagramExporter::MaxPngSide);
            break;
        }
        case Format::Svg:
        case Format::Pdf:
            note = tr("Vector, %1 × %2 points").arg(qRound(m_diagramSize.width())).arg(qRound(m_diagramSize.height()));
            break;
        case Format::Dot:
            note = tr("Graphviz lays the graph out itself, with its dot program; orientation sets its rank direction.");
            break;
        }
    }
    m_sizeNote->setText(note);
    m_sizeNote->setStyleSheet(fits ? QString() : QStringLiteral("color: #c0392b;"));
    m_exportButton->setEnabled(fits);
}

void ExportDialog::updatePreviewNow()
{
    m_previewTimer.stop();
    if (!m_document)
        return;
    const DiagramExporter::Options o = options();
    if (format() == Format::Dot) {
        QString error;
        m_dotText->setPlainText(QString::fromUtf8(DiagramExporter::render(m_document, Format::Dot, o, &error)));
    } else {
        const qreal ratio = devicePixelRatioF();
        m_previewImage = DiagramExporter::preview(m_document, o, m_preview->size() * ratio, &m_diagramSize);
        QPixmap pixmap = QPixmap::fromImage(m_previewImage);
        pixmap.setDevicePixelRatio(ratio);
        m_preview->setPixmap(pixmap);
    }
    updateSizeNote();
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (isVisible() && format() != Format::Dot)
        m_previewTimer.start(); // drawn again for the new size
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    updatePreviewNow();
}

void ExportDialog::done(int result)
{
    // Nothing is drawn for a closed dialog, whatever happens to the document meanwhile.
    m_previewTimer.stop();
    if (m_document)
        disconnect(m_document, &DomainDocument::changed, &m_previewTimer, nullptr);
    QDialog::done(result);
}

void ExportDialog::accept()
{
    if (m_previewTimer.isActive())
        updatePreviewNow(); // the size note (a PNG too large) must be of these options
    if (!m_exportButton->isEnabled())
        return;
    const QString file = path();
    const std::optional<Format> f = DiagramExporter::formatFor(file);
    if (!m_document || !f) {
        updateSizeNote();
        return;
    }
    const QFileInfo info(file);
    if (info.exists() && info.absoluteFilePath() != m_confirmedPath) {
        const QByteArray scripted = qgetenv("PCITOPO_CONFIRM");
        const bool replace = scripted.isEmpty()
            ? QMessageBox::question(this, tr("Export Diagram"),
                                    tr("%1 already exists. Replace it?").arg(info.fileName()),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes
            : scripted == "yes";
        if (!replace) {
            m_sizeNote->setText(tr("%1 already exists and was not replaced.").arg(info.fileName()));
            return;
        }
    }
    const DiagramExporter::Options o = options();
    QString error;
    const bool written = writeFileAtomically(
        file, [&](QIODevice *device, QString *why) { return DiagramExporter::write(m_document, *f, o, device, why); },
        &error);
    if (!written) {
        // The dialog stays open with what went wrong; an existing file is untouched.
        m_sizeNote->setText(tr("%1 was not written: %2").arg(file, error));
        m_sizeNote->setStyleSheet(QStringLiteral("color: #c0392b;"));
        return;
    }
    remember();
    emit exported(file);
    QDialog::accept();
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(FormatKey, int(format()));
    settings.setValue(ScaleKey, m_scale->value());
    settings.setValue(DirectoryKey, QFileInfo(path()).absolutePath());
}

} // namespace pcitopo
