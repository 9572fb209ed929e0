#pragma once

#include "Autosave.h"
#include "Feedback.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QTabWidget;
class QUndoGroup;

namespace pcitopo {

class Autosave;
class DocumentTab;
class DomainDocument;
class LibvirtSession;

/**
 * The open documents: a tab each, their undo stacks in one group, opening, saving and closing
 * them, autosave and recovery after a crash, and the recent files. Saving a domain that came
 * from libvirt is handed to the libvirt side (setLibvirtSave).
 */
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    DocumentManager(QTabWidget *tabs, Feedback feedback, QObject *parent = nullptr);
    /** A normal exit: the user was asked about every modified document already. */
    ~DocumentManager() override;

    /** The tabs, one DocumentTab each; the window shows it, the manager fills and empties it. */
    QTabWidget *tabWidget() const { return m_tabs; }
    /** Every document's undo stack, the current one active: Edit › Undo and the History dock. */
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /** The tab shown, and its document; null without a tab. */
    DocumentTab *currentTab() const;
    DomainDocument *currentDocument() const;
    /** Every tab, in the order shown. */
    QList<DocumentTab *> tabs() const;
    int count() const;
    void setCurrentTab(DocumentTab *tab);

    /** Shows a new document in a tab of its own, fitted to the window, and makes it current. */
    DocumentTab *addTab(std::unique_ptr<DomainDocument> document);
    /** A tab whose document is never autosaved (a running guest's live layer). */
    void stopAutosave(DocumentTab *tab);
    /** Opens a domain XML file; shows the parser's message and keeps the current one on error. */
    bool openFile(const QString &path);
    /** Opens the embedded demo domain (a file, without a host). */
    void openDemo();
    enum CloseMode { Ask, Discard };
    /**
     * Closes a tab, asking about unsaved changes (or dropping them with Discard); false when
     * it stays open: the user cancelled, or chose to save it through libvirt, in which case it
     * closes once that save succeeds.
     */
    bool closeTab(DocumentTab *tab, CloseMode mode = Ask);
    /**
     * Asks about every modified document; false when one stays open. `retry` runs once a save
     * through libvirt that was chosen there has succeeded (to close the window then).
     */
    bool maybeSaveAll(std::function<void()> retry = {});

    /**
     * File › Save: to its file, through its connection, or Save As for a document without
     * either. Saving through libvirt does not wait: it returns false, and `then` learns later.
     */
    bool save(std::function<void(bool saved)> then = {});
    /** File › Save As: a file chosen in a dialog; the document is that file's from then on. */
    bool saveAs();
    /** Saves the current document to a path without asking (atomic); false, with a message, on failure. */
    bool saveTo(const QString &path);
    /** File › Export Diagram: SVG, PNG, PDF or DOT of the current document. */
    void exportDiagram();
    /** How a domain from libvirt is saved (through its connection, reporting when done). */
    using LibvirtSave = std::function<void(DocumentTab *, std::function<void(bool saved)>)>;
    void setLibvirtSave(LibvirtSave save) { m_libvirtSave = std::move(save); }
    /** How a recovered domain from libvirt finds its connection again. */
    using LibvirtRecovered = std::function<void(DocumentTab *, const Autosave::Origin &)>;
    void setLibvirtRecovered(LibvirtRecovered recovered) { m_libvirtRecovered = std::move(recovered); }

    /**
     * Offers what a crashed pcitopo left unsaved; recovered documents open modified, with their
     * original path, so Save writes them where they belong. PCITOPO_RECOVER=yes|no answers
     * without asking (scripts, tests). Returns how many were recovered.
     */
    int offerRecovery();
    /** The menu listing recent files, kept up to date from now on. */
    void setRecentMenu(QMenu *menu);

    /** The tab of another document with this one's <uuid>, if any. */
    DocumentTab *tabForDomain(const DomainDocument &document) const;
    /** The tab of a domain opened from a connection, if any. */
    DocumentTab *tabFor(const LibvirtSession *session, const QString &domain, bool live = false) const;

signals:
    /** Another tab is current (null when none is left). */
    void currentTabChanged(pcitopo::DocumentTab *tab);
    /** The current document's name, source or modified state changed. */
    void titleChanged();

private:
    bool maybeSave(DocumentTab *tab, std::function<void()> retry);
    void addRecentFile(const QString &path);
    void updateRecentMenu();

    QTabWidget *m_tabs;
    Feedback m_feedback;
    Autosave *m_autosave;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    LibvirtSave m_libvirtSave;
    LibvirtRecovered m_libvirtRecovered;
};

} // namespace pcitopo
