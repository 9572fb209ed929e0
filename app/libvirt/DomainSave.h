#pragma once

#include <QByteArray>
#include <QString>

namespace pcitopo {

class VirtConnection;

/** How a save through libvirt went. */
struct SaveOutcome
{
    enum class Status {
        Saved, // defined; serverXml is the definition libvirt now holds
        ChangedOnServer, // the definition is not the one opened: nothing was written
        Rejected, // libvirt refused the definition: message says why, nothing changed
        Abandoned, // the session gave up waiting (closed, reconnected): the outcome is unknown
        Failed, // the server could not be asked (connection lost, …)
    };
    Status status = Status::Failed;
    QString message;
    QByteArray serverXml; // what the server holds now (after Saved or ChangedOnServer)
};

/**
 * Saves a domain definition through libvirt, safely: fetches the server's current persistent
 * definition (with secrets) and refuses when it differs from `baseline`, the one the editor
 * opened, unless `overwrite` (the user confirmed); then virDomainDefineXMLFlags with
 * VIR_DOMAIN_DEFINE_VALIDATE; then reads back what libvirt stored. Blocks: call it off the
 * GUI thread.
 */
SaveOutcome saveDomain(VirtConnection &connection, const QString &name, const QByteArray &baseline,
                       const QByteArray &xml, bool overwrite);

} // namespace pcitopo
