#include "DocumentTab.h"

#include "DiagnosticsModel.h"
#include "DomainDocument.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LiveChecker.h"
#include "TopologyTreeModel.h"

#include <QUndoStack>
#include <QVBoxLayout>

namespace pcitopo {

DocumentTab::DocumentTab(std::unique_ptr<DomainDocument> document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_treeModel(new TopologyTreeModel(this))
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(this))
    , m_checker(new LiveChecker(this))
    , m_diagnostics(new DiagnosticsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setScene(m_scene);
    m_treeModel->setDocument(m_document.get());
    m_scene->setDocument(m_document.get());
    connect(m_checker, &LiveChecker::checked, this, [this](const QList<Diagnostic> &diagnostics) {
        m_diagnostics->setDiagnostics(diagnostics);
        m_scene->setDiagnostics(diagnostics);
    });
    m_checker->setDocument(m_document.get());
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &DocumentTab::titleChanged);
}

DocumentTab::~DocumentTab()
{
    // Views let go of the document before it goes.
    m_treeModel->setDocument(nullptr);
    m_scene->setDocument(nullptr);
    m_checker->setDocument(nullptr);
}

void DocumentTab::setLibvirtOrigin(LibvirtSession *session, const QString &domain, const QByteArray &baseline)
{
    m_session = session;
    m_domain = domain;
    m_baseline = baseline;
}

QString DocumentTab::tabTitle() const
{
    return m_document->displayName() + (m_document->isModified() ? QStringLiteral(" *") : QString());
}

} // namespace pcitopo
