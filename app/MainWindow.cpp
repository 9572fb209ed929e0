#include "MainWindow.h"

#include "DomainDocument.h"
#include "TopologyTreeModel.h"
#include "TopologyTreeView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QUndoStack>

namespace pcitopo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_treeModel(new TopologyTreeModel(this))
    , m_treeView(new TopologyTreeView(this))
{
    m_treeView->setModel(m_treeModel);
    setCentralWidget(m_treeView);
    createActions();
    resize(960, 640);
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_treeModel->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Domain XML"), QString(),
                                                          tr("Domain XML (*.xml);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
}

void MainWindow::openDemo()
{
    QFile demo(QStringLiteral(":/demo/q35-gpu-passthrough.xml"));
    demo.open(QIODevice::ReadOnly);
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(demo.readAll(), &error);
    if (!document) {
        QMessageBox::critical(this, tr("Demo"), error);
        return;
    }
    document->setSource(tr("embedded demo"));
    setDocument(std::move(document));
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot Open Domain"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<DomainDocument> document)
{
    m_treeModel->setDocument(document.get());
    if (m_undoAction) {
        m_editMenu->removeAction(m_undoAction);
        m_editMenu->removeAction(m_redoAction);
        delete m_undoAction;
        delete m_redoAction;
    }
    m_document = std::move(document);
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &DomainDocument::changed, this, &MainWindow::updateStatus);
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QString());
        return;
    }
    setWindowTitle(tr("%1 — %2[*]").arg(m_document->displayName(), m_document->source()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Topology &topology = m_document->topology();
    statusBar()->showMessage(tr("%1 (%2) — %3 PCI controllers, %4 devices")
                                 .arg(Topology::familyName(topology.family()),
                                      topology.machine().isEmpty() ? topology.arch()
                                                                   : topology.machine())
                                 .arg(topology.controllers().size())
                                 .arg(topology.devices().size()));
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Domain XML"),
                                                      m_document->displayName() + QStringLiteral(".xml"),
                                                      tr("Domain XML (*.xml)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = m_document->toXml();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("%1 was not written: %2").arg(path, file.errorString()));
        return false;
    }
    m_document->setSource(path);
    m_document->undoStack()->setClean();
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveAs();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace pcitopo
