#pragma once

#include "libvirt/LibvirtSession.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QFrame;
class QHBoxLayout;
class QLabel;

namespace pcitopo {

class DiagnosticsModel;
class LibvirtSession;
class DomainDocument;
class GraphScene;
class GraphView;
class LiveChecker;
class NodeSelection;
class TopologyTreeModel;
struct HostFacts;

/**
 * One open domain in the editor: the document with its diagram (the tab's widget), its tree
 * model, its live checker and findings. The window's docks show the current tab's.
 */
class DocumentTab : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentTab(std::unique_ptr<DomainDocument> document, QWidget *parent = nullptr);
    ~DocumentTab() override;

    DomainDocument *document() const { return m_document.get(); }
    TopologyTreeModel *treeModel() const { return m_treeModel; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    LiveChecker *checker() const { return m_checker; }
    DiagnosticsModel *diagnostics() const { return m_diagnostics; }
    /** The selected nodes, shared by the diagram, the tree, the properties and the findings. */
    NodeSelection *selection() const { return m_selection; }
    /** What the host says about the domain's host devices: for the checker and the diagram. */
    void setHostFacts(const HostFacts &facts);
    /**
     * Prints "node<TAB>label<TAB>x<TAB>y" with the screen centre of every diagram box, for
     * scripted UI tests and screenshots (PCITOPO_PRINT_NODE_GEOMETRY=1).
     */
    void printNodeGeometry() const;
    /** "name" with a "*" while modified. */
    QString tabTitle() const;

    /**
     * For a domain opened from libvirt: its connection, name and the definition as fetched
     * (what a save compares the server's current definition with).
     */
    void setLibvirtOrigin(LibvirtSession *session, const QString &domain, const QByteArray &baseline);
    bool isFromLibvirt() const { return !m_domain.isEmpty(); }
    LibvirtSession *session() const { return m_session; }
    QString domainName() const { return m_domain; }
    QByteArray baseline() const { return m_baseline; }
    void setBaseline(const QByteArray &baseline) { m_baseline = baseline; }
    /**
     * The running guest's live topology (what it has now: changed by hot-plug and unplug, never
     * by an edit or a save), not the next boot's definition. Its diagram takes no drags, and an
     * edit pushed on its document is taken back at once (editRefused says why).
     */
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /** A change made to the running guest, as its History shows it. */
    struct LiveStep
    {
        QString text; // "Hot-plug interface … at 05:00.0", "… : the guest has not released it"
        std::function<void()> undo; // the inverse live operation; none: it cannot be undone
        std::function<void()> redo; // the operation again, after an undo
    };
    /**
     * A live tab's history: the live changes so far, as the undo stack (Edit › Undo, the History
     * dock). Undoing one starts its inverse (an unplug for a plug) and redoing it the operation
     * again; nothing changes in the tab until libvirt has done it and the guest is read again.
     */
    void setLiveHistory(const QList<LiveStep> &steps);
    const QList<LiveStep> &liveHistory() const { return m_liveSteps; }
    /** Which layer this is, for the tab and the status bar: "live" or "next boot". */
    QString layerName() const;
    /** A next boot's definition whose running guest is open too: its tab says "(next boot)". */
    void setBesideLive(bool beside);
    /** While a save through libvirt is under way (a second Save is refused meanwhile). */
    bool isSaving() const { return m_saving; }
    void setSaving(bool saving) { m_saving = saving; }

    /** A button of the notice bar: its text and what it does (the bar closes after it). */
    struct NoticeAction
    {
        QString text;
        std::function<void()> run;
    };
    /**
     * Shows a bar above the diagram, for news the user should not miss but need not answer at
     * once (the domain changed on the server). It replaces the one shown; Dismiss closes it.
     * With PCITOPO_PRINT_NODE_GEOMETRY set, its text goes to stdout too ("notice<TAB>text").
     */
    void showNotice(const QString &text, const QList<NoticeAction> &actions);
    void clearNotice();
    /** The notice shown, "" when none. */
    QString notice() const;

signals:
    void titleChanged();
    /** An edit was pushed on a live tab's document and taken back. */
    void editRefused(const QString &why);
    void hostFactsChanged();

private:
    std::unique_ptr<DomainDocument> m_document;
    TopologyTreeModel *m_treeModel;
    GraphScene *m_scene;
    GraphView *m_view;
    LiveChecker *m_checker;
    DiagnosticsModel *m_diagnostics;
    NodeSelection *m_selection;
    QPointer<LibvirtSession> m_session;
    QString m_domain;
    QByteArray m_baseline;
    bool m_saving = false;
    bool m_live = false;
    bool m_besideLive = false;
    QList<LiveStep> m_liveSteps;
    QFrame *m_notice = nullptr;
};

} // namespace pcitopo
