#pragma once

#include <QMainWindow>

#include <memory>

namespace pcitopo {

class DomainDocument;
class TopologyTreeModel;
class TopologyTreeView;

/** The editor window: the topology tree of one domain, with file and undo actions. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a domain XML file; shows the parser's message and keeps the current one on error. */
    bool openFile(const QString &path);
    /** Opens the embedded demo domain. */
    void openDemo();
    DomainDocument *document() const { return m_document.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<DomainDocument> document);
    bool maybeSave();
    bool saveAs();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<DomainDocument> m_document;
    TopologyTreeModel *m_treeModel;
    TopologyTreeView *m_treeView;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace pcitopo
