#include "DocumentManager.h"

#include "AtomicFile.h"
#include "Autosave.h"
#include "DiagramExporter.h"
#include "ExportDialog.h"
#include "DocumentTab.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveChecker.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace pcitopo {

DocumentManager::DocumentManager(QTabWidget *tabs, Feedback feedback, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_feedback(feedback)
    , m_autosave(new Autosave(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        DocumentTab *tab = currentTab();
        m_undoGroup->setActiveStack(tab ? tab->document()->undoStack() : nullptr);
        emit currentTabChanged(tab);
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeTab(qobject_cast<DocumentTab *>(m_tabs->widget(index))); });
    m_autosave->setOriginLookup([this](const DomainDocument *document) {
        Autosave::Origin origin;
        for (const DocumentTab *tab : this->tabs()) {
            if (tab->document() == document && tab->isFromLibvirt()) {
                origin.uri = tab->session() ? tab->session()->uri() : tab->document()->source();
                origin.readOnly = tab->session() && tab->session()->isReadOnly();
                origin.domain = tab->domainName();
                origin.uuid = document->uuid();
                origin.baseline = tab->baseline();
            }
        }
        return origin;
    });
}

DocumentManager::~DocumentManager()
{
    const QList<DocumentTab *> open = tabs();
    for (DocumentTab *tab : open)
        m_autosave->forget(tab->document());
    const QSignalBlocker quiet(m_tabs); // nobody follows the current tab any more
    for (DocumentTab *tab : open) {
        m_tabs->removeTab(m_tabs->indexOf(tab));
        delete tab;
    }
}

DocumentTab *DocumentManager::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

DomainDocument *DocumentManager::currentDocument() const
{
    return currentTab() ? currentTab()->document() : nullptr;
}

QList<DocumentTab *> DocumentManager::tabs() const
{
    QList<DocumentTab *> all;
    for (int i = 0; i < m_tabs->count(); ++i)
        all.append(qobject_cast<DocumentTab *>(m_tabs->widget(i)));
    return all;
}

int DocumentManager::count() const
{
    return m_tabs->count();
}

void DocumentManager::setCurrentTab(DocumentTab *tab)
{
    m_tabs->setCurrentWidget(tab);
}

DocumentTab *DocumentManager::addTab(std::unique_ptr<DomainDocument> document)
{
    auto *tab = new DocumentTab(std::move(document), m_tabs);
    m_undoGroup->addStack(tab->document()->undoStack());
    m_autosave->watch(tab->document());
    const int index = m_tabs->addTab(tab, tab->tabTitle());
    m_tabs->setTabToolTip(index, tab->document()->source());
    connect(tab, &DocumentTab::titleChanged, this, [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabText(i, tab->tabTitle());
        if (tab == currentTab())
            emit titleChanged();
    });
    m_tabs->setCurrentIndex(index);
    tab->view()->fitToWindow();
    return tab;
}

void DocumentManager::openDemo()
{
    QFile demo(QStringLiteral(":/demo/q35-gpu-passthrough.xml"));
    demo.open(QIODevice::ReadOnly);
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(demo.readAll(), &error);
    if (!document) {
        m_feedback.report(tr("Demo"), error);
        return;
    }
    document->setSource(tr("embedded demo"));
    addTab(std::move(document));
}

bool DocumentManager::openFile(const QString &path)
{
    // Already open: show that tab rather than a second copy that could diverge.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentTab *tab : tabs()) {
        if (tab->document()->source() == absolute) {
            setCurrentTab(tab);
            return true;
        }
    }
    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document) {
        m_feedback.report(tr("Cannot Open Domain"), error);
        return false;
    }
    // Two tabs editing one domain would overwrite each other's saves: the open one is shown.
    if (DocumentTab *other = tabForDomain(*document)) {
        setCurrentTab(other);
        m_feedback.report(tr("Domain Already Open"),
                          tr("%1 describes the domain %2 (%3), which is already open from %4. Close that tab "
                             "first to open this file.")
                              .arg(absolute, document->displayName(), document->uuid(), other->document()->source()));
        return false;
    }
    document->setSource(absolute);
    addTab(std::move(document));
    addRecentFile(absolute);
    return true;
}

void DocumentManager::stopAutosave(DocumentTab *tab)
{
    m_autosave->forget(tab->document());
}

bool DocumentManager::closeTab(DocumentTab *tab, CloseMode mode)
{
    if (!tab)
        return false;
    QPointer<DocumentTab> guard(tab);
    if (mode == Ask && !maybeSave(tab, [this, guard] {
            if (guard)
                closeTab(guard);
        }))
        return false;
    m_undoGroup->removeStack(tab->document()->undoStack());
    m_autosave->forget(tab->document());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    delete tab;
    return true;
}

bool DocumentManager::maybeSave(DocumentTab *tab, std::function<void()> retry)
{
    if (!tab || tab->isLive() || !tab->document()->isModified())
        return true; // a live tab has nothing to save: the guest has it
    setCurrentTab(tab);
    const auto answer =
        QMessageBox::warning(m_feedback.window(), tr("Unsaved Changes"),
                             tr("%1 has unsaved changes. Save them first?").arg(tab->document()->displayName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save([retry](bool saved) {
            if (saved && retry)
                retry();
        });
    return answer == QMessageBox::Discard;
}

bool DocumentManager::maybeSaveAll(std::function<void()> retry)
{
    const QList<DocumentTab *> open = tabs();
    return std::all_of(open.cbegin(), open.cend(), [&](DocumentTab *tab) { return maybeSave(tab, retry); });
}

bool DocumentManager::saveTo(const QString &path)
{
    DomainDocument *document = currentDocument();
    if (!document)
        return false;
    // A file libvirt would refuse is worth a question: it is the next virsh define's error.
    QStringList refusals;
    for (const Diagnostic &d : currentTab()->checker()->diagnostics()) {
        if (d.severity == Severity::LibvirtError)
            refusals << d.message;
    }
    if (!refusals.isEmpty()
        && !m_feedback.confirm(tr("Save a Domain libvirt Would Refuse?"),
                               tr("libvirt would refuse to define %1 as it is (%n error(s)). Save it anyway?", nullptr,
                                  int(refusals.size()))
                                   .arg(document->displayName()),
                               refusals.join(QLatin1Char('\n'))))
        return false;
    QString error;
    if (!writeFileAtomically(path, document->toXml(), &error)) {
        QMessageBox::critical(m_feedback.window(), tr("Cannot Save"), tr("%1 was not written: %2").arg(path, error));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    document->setSource(absolute);
    currentTab()->setLibvirtOrigin(nullptr, QString(), QByteArray()); // from now on, this file
    document->undoStack()->setClean();
    addRecentFile(absolute);
    emit titleChanged();
    return true;
}

bool DocumentManager::save(std::function<void(bool)> then)
{
    DocumentTab *tab = currentTab();
    if (!tab)
        return false;
    if (tab->isFromLibvirt()) {
        if (m_libvirtSave)
            m_libvirtSave(tab, std::move(then));
        return false;
    }
    if (!QFileInfo(tab->document()->source()).isAbsolute())
        return saveAs(); // the demo, or a domain from elsewhere
    return saveTo(tab->document()->source());
}

bool DocumentManager::saveAs()
{
    DomainDocument *document = currentDocument();
    if (!document)
        return false;
    const QString path =
        QFileDialog::getSaveFileName(m_feedback.window(), tr("Save Domain XML"),
                                     document->displayName() + QStringLiteral(".xml"), tr("Domain XML (*.xml)"));
    return !path.isEmpty() && saveTo(path);
}

void DocumentManager::exportDiagram()
{
    DocumentTab *tab = currentTab();
    if (!tab)
        return;
    DiagramExporter::Options options;
    options.scene = tab->scene()->options(); // starts as the view is drawn
    options.host = tab->scene()->hostFacts(); // product names, IOMMU groups and their colours
    auto *dialog = new ExportDialog(tab->document(), options, m_feedback.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &path) { m_feedback.status(tr("Exported %1").arg(path), 4000); });
    dialog->open();
}

int DocumentManager::offerRecovery()
{
    const QList<Autosave::Recoverable> found = Autosave::findRecoverable();
    if (found.isEmpty())
        return 0;
    QStringList names;
    for (const Autosave::Recoverable &r : found)
        names << (r.source.isEmpty() ? r.name : QStringLiteral("%1 (%2)").arg(r.name, r.source));
    const QByteArray answer = qgetenv("PCITOPO_RECOVER");
    bool recover = answer == "yes";
    if (answer.isEmpty()) {
        recover = QMessageBox::question(m_feedback.window(), tr("Recover Unsaved Edits"),
                                        tr("pcitopo was not closed properly. Recover the unsaved edits of:\n\n%1")
                                            .arg(names.join(QLatin1Char('\n'))),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    int recovered = 0;
    for (const Autosave::Recoverable &r : found) {
        if (recover) {
            QString error;
            std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(r.xml, &error);
            if (!document)
                continue; // keep the file: nothing is deleted that was not recovered
            document->setSource(r.source);
            document->undoStack()->resetClean(); // modified: it differs from what is on disk
            DocumentTab *tab = addTab(std::move(document));
            if (!r.origin.uri.isEmpty() && m_libvirtRecovered)
                m_libvirtRecovered(tab, r.origin); // reconnects, and saves back there
            ++recovered;
        }
        Autosave::discard(r);
    }
    return recovered;
}

void DocumentManager::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void DocumentManager::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    updateRecentMenu();
}

void DocumentManager::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

DocumentTab *DocumentManager::tabForDomain(const DomainDocument &document) const
{
    if (document.uuid().isEmpty())
        return nullptr; // libvirt generates one: nothing to collide with
    for (DocumentTab *tab : tabs()) {
        if (tab->document()->uuid() == document.uuid())
            return tab;
    }
    return nullptr;
}

DocumentTab *DocumentManager::tabFor(const LibvirtSession *session, const QString &domain, bool live) const
{
    for (DocumentTab *tab : tabs()) {
        if (tab->session() == session && tab->domainName() == domain && tab->isLive() == live)
            return tab;
    }
    return nullptr;
}

} // namespace pcitopo
