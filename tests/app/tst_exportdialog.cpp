// File > Export Diagram: the options of `pcitopo export` with a preview, in the real window.

#include "DiagramExporter.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "ExportDialog.h"
#include "GraphScene.h"
#include "MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pcitopo;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesWhatItPreviews();

private:
    QByteArray m_demoXml;
    /** Writes the XML to guest.xml in the directory, opens it and shows the window at 1280x800. */
    static bool openShown(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml);
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the dialog's settings stay out of ~/.config
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/demo/q35-gpu-passthrough.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_demoXml = file.readAll();
}

bool tst_ExportDialog::openShown(MainWindow &window, const QTemporaryDir &dir, const QByteArray &xml)
{
    QFile file(dir.filePath(QStringLiteral("guest.xml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return false;
    file.close();
    if (!window.openFile(file.fileName()))
        return false;
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

void tst_ExportDialog::writesWhatItPreviews()
{
    QSettings().remove(QStringLiteral("export")); // no format or folder from an earlier run
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openShown(window, dir, m_demoXml));
    auto *action = window.findChild<QAction *>(QStringLiteral("ExportDiagram"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // It starts as the view is drawn, as SVG beside the file, with a preview that fits.
    QCOMPARE(dialog->format(), DiagramExporter::Format::Svg);
    QCOMPARE(dialog->path(), dir.filePath(window.document()->displayName() + QStringLiteral(".svg")));
    QCOMPARE(dialog->options().scene.orientation, window.scene()->options().orientation);
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("ExportPreview"));
    QVERIFY(preview);
    QImage lr = dialog->previewImage();
    QVERIFY(!lr.isNull());
    QVERIFY(lr.width() <= preview->width() * preview->devicePixelRatioF() + 1);
    QVERIFY(lr.height() <= preview->height() * preview->devicePixelRatioF() + 1);
    auto *scale = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("ExportScale"));
    QVERIFY(!scale->isEnabled()); // PNG only

    // Real keys change the options; the preview follows after its pause.
    auto *orientation = dialog->findChild<QComboBox *>(QStringLiteral("ExportOrientation"));
    auto *palette = dialog->findChild<QComboBox *>(QStringLiteral("ExportPalette"));
    auto *emptySlots = dialog->findChild<QCheckBox *>(QStringLiteral("ExportEmptySlots"));
    orientation->setFocus();
    QTest::keyClick(orientation, Qt::Key_Down);
    QCOMPARE(dialog->options().scene.orientation, GraphLayout::Orientation::TopDown);
    QTRY_VERIFY(dialog->previewImage().cacheKey() != lr.cacheKey());
    const QImage tb = dialog->previewImage();
    // The demo's ports side by side: top down is wider than left to right.
    QVERIFY2(double(tb.width()) / tb.height() > 1.5 * double(lr.width()) / lr.height(), "the preview did not turn");
    QTest::keyClick(palette, Qt::Key_Down);
    QCOMPARE(dialog->options().scene.palette, GraphScene::Options::Palette::Dark);
    QTRY_VERIFY(dialog->previewImage().cacheKey() != tb.cacheKey());
    QVERIFY(qGray(dialog->previewImage().pixel(1, 1)) < 80); // a dark background
    QTest::mouseClick(emptySlots, Qt::LeftButton, {}, QPoint(4, emptySlots->height() / 2));
    QVERIFY(dialog->options().scene.emptySlots);

    // PNG: the ending follows, the scale is offered, and the size is stated.
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("ExportFormat"));
    format->setCurrentIndex(format->findData(int(DiagramExporter::Format::Png)));
    QVERIFY(dialog->path().endsWith(QStringLiteral(".png")));
    QVERIFY(scale->isEnabled());
    scale->setValue(1.5);
    dialog->updatePreviewNow();
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("ExportSizeNote"));
    QVERIFY2(note->text().contains(QStringLiteral(" pixels")), qPrintable(note->text()));

    // A folder that does not exist: nothing is written, the dialog stays with the reason.
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("ExportButton"));
    dialog->setPath(dir.filePath(QStringLiteral("missing/diagram.png")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("was not written")), qPrintable(note->text()));

    // A typed .dot name picks DOT; its text is the preview, with the rank direction chosen.
    dialog->setPath(dir.filePath(QStringLiteral("diagram.dot")));
    QCOMPARE(dialog->format(), DiagramExporter::Format::Dot);
    auto *dot = dialog->findChild<QPlainTextEdit *>(QStringLiteral("ExportDotText"));
    QTRY_VERIFY(dot->isVisible());
    QTRY_VERIFY(dot->toPlainText().contains(QStringLiteral("rankdir=TB")));

    // Export writes exactly what `pcitopo export` writes with the same options.
    const QString out = dir.filePath(QStringLiteral("diagram.png"));
    dialog->setPath(out);
    QCOMPARE(dialog->format(), DiagramExporter::Format::Png);
    const DiagramExporter::Options chosen = dialog->options();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QString error;
    const QByteArray expected =
        DiagramExporter::render(window.document(), DiagramExporter::Format::Png, chosen, &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));
    QCOMPARE(written.readAll(), expected);
    QImage image;
    QVERIFY(image.load(out));
    QSizeF units;
    DiagramExporter::preview(window.document(), chosen, QSize(1, 1), &units);
    QCOMPARE(image.size(), (units * 1.5).toSize()); // 1.5 pixels a unit
    QVERIFY(window.statusBar()->currentMessage().contains(out));

    // The next export starts where this one ended: PNG, the same scale, the same folder.
    action->trigger();
    QTRY_VERIFY(window.findChild<ExportDialog *>() && window.findChild<ExportDialog *>()->isVisible());
    ExportDialog *again = window.findChild<ExportDialog *>();
    QCOMPARE(again->format(), DiagramExporter::Format::Png);
    QCOMPARE(again->options().scale, 1.5);
    QCOMPARE(QFileInfo(again->path()).absolutePath(), QFileInfo(out).absolutePath());
    // An existing file is replaced only when the user says so; "no" leaves it and says so.
    QFile previous(out);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    const QByteArray before = previous.readAll();
    previous.close();
    again->setPath(out);
    auto *againNote = again->findChild<QLabel *>(QStringLiteral("ExportSizeNote"));
    auto *palette2 = again->findChild<QComboBox *>(QStringLiteral("ExportPalette"));
    palette2->setCurrentIndex(palette2->findData(int(GraphScene::Options::Palette::Print)));
    qputenv("PCITOPO_CONFIRM", "no");
    QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("ExportButton")), Qt::LeftButton);
    qunsetenv("PCITOPO_CONFIRM");
    QVERIFY(again->isVisible());
    QVERIFY2(againNote->text().contains(QStringLiteral("not replaced")), qPrintable(againNote->text()));
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
    again->reject();
    QSettings().remove(QStringLiteral("export"));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
