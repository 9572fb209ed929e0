#include "DomainDocument.h"

#include "xml/XmlDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pcitopo {

DomainDocument::DomainDocument(std::unique_ptr<XmlDocument> xml)
    : m_xml(std::move(xml))
    , m_topology(Topology::build(*m_xml))
    , m_undoStack(new QUndoStack(this))
{ }

DomainDocument::~DomainDocument()
{
    // Commands hold handles into the XML: drop them before the XML goes.
    delete m_undoStack;
}

std::unique_ptr<DomainDocument> DomainDocument::fromXml(const QByteArray &xml, QString *error)
{
    XmlParseError parseError;
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(xml, &parseError);
    if (!document) {
        if (error)
            *error = parseError.toString();
        return nullptr;
    }
    if (document->root().name() != QLatin1String("domain")) {
        if (error) {
            *error = QCoreApplication::translate("DomainDocument",
                                                 "line %1: the root element is <%2>, not a "
                                                 "libvirt <domain>")
                         .arg(document->root().line())
                         .arg(document->root().name());
        }
        return nullptr;
    }
    return std::unique_ptr<DomainDocument>(new DomainDocument(std::move(document)));
}

std::unique_ptr<DomainDocument> DomainDocument::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    const qint64 limit = XmlParseLimits().maxBytes;
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("DomainDocument", "cannot read %1: %2")
                         .arg(path,
                              QFileInfo(path).isDir() ? QCoreApplication::translate("DomainDocument", "is a directory")
                                                      : file.errorString());
        }
        return nullptr;
    }
    // A huge file is refused without loading it, with its real size.
    if (file.size() > limit) {
        if (error) {
            *error = QStringLiteral("%1: ").arg(path)
                + QCoreApplication::translate("XmlDocument",
                                              "the file is %1 MiB, larger than the %2 MiB a domain XML may have")
                      .arg(double(file.size()) / (1 << 20), 0, 'f', 1)
                      .arg(limit >> 20);
        }
        return nullptr;
    }
    // Read at most one byte past the limit (a file that grows while read is refused too).
    const QByteArray bytes = file.read(limit + 1);
    auto document = fromXml(bytes, error);
    if (!document && error)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    if (document)
        document->setSource(path);
    return document;
}

QByteArray DomainDocument::toXml() const
{
    return m_xml->serialize();
}

QByteArray DomainDocument::elementXml(NodeId node) const
{
    const XmlNode element = m_topology.element(node);
    if (!element)
        return {};
    QList<QByteArray> lines = m_xml->serialize(element).split('\n');
    // The closing tag sits at the element's own indentation: the inner lines lose as much.
    const QByteArray &last = lines.last();
    qsizetype blanks = 0;
    while (blanks < last.size() && (last[blanks] == ' ' || last[blanks] == '\t'))
        ++blanks;
    const QByteArray indent = last.left(blanks);
    for (qsizetype i = 1; i < lines.size() && !indent.isEmpty(); ++i) {
        if (lines[i].startsWith(indent))
            lines[i].remove(0, indent.size());
    }
    return lines.join('\n');
}

QString DomainDocument::displayName() const
{
    const QString name = m_topology.domainName();
    return name.isEmpty() ? QCoreApplication::translate("DomainDocument", "untitled") : name;
}

const rules::GuestNumbering &DomainDocument::guestNumbering() const
{
    if (!m_guest)
        m_guest = rules::numberGuestBuses(m_topology);
    return *m_guest;
}

Topology DomainDocument::builtTopology() const
{
    return Topology::build(*m_xml);
}

QString DomainDocument::uuid() const
{
    return m_xml->root().firstChildElement("uuid").text().trimmed().toLower();
}

void DomainDocument::commit(const TopologyChange &command)
{
    if (m_batch) {
        m_batchDirty = true;
        return;
    }
    TopologyChange change = command;
    const auto noteBuses = [&] {
        for (NodeId id : change.nodes)
            if (const std::optional<PciAddress> address = m_topology.addressOf(id);
                address && !change.buses.contains(int(address->bus)))
                change.buses.append(int(address->bus));
    };
    if (change.kind != TopologyChange::Reset)
        noteBuses(); // where they were
    if (!m_topology.update(*m_xml, change)) {
        m_topology = Topology::build(*m_xml);
        // An edit of nodes that reached further (a disk moved to the IDE bus changes what the
        // chipset reserves, a removed controller takes its buses) is, for everything that
        // follows the index, a reset.
        change.kind = TopologyChange::Reset;
    }
    m_guest.reset();
    if (change.kind != TopologyChange::Reset)
        noteBuses(); // where they are
    emit changed(change);
}

void DomainDocument::endBatch()
{
    m_batch = false;
    if (!m_batchDirty)
        return;
    m_batchDirty = false;
    m_topology = Topology::build(*m_xml);
    m_guest.reset();
    emit changed(TopologyChange{TopologyChange::Reset, {}});
}

} // namespace pcitopo
