#include "DomainSave.h"

#include "VirtConnection.h"

#include <QCoreApplication>

namespace pcitopo {

namespace {

/** One translation context for the whole file, the same for lupdate and at run time. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pcitopo::DomainSave)
};

} // namespace

SaveOutcome saveDomain(VirtConnection &connection, const QString &name, const QByteArray &baseline,
                       const QByteArray &xml, bool overwrite)
{
    SaveOutcome outcome;
    if (connection.isReadOnly()) {
        outcome.message = Text::tr("The connection is read-only: save the domain to a file instead.");
        return outcome;
    }
    if (!connection.isAlive()) {
        outcome.message =
            Text::tr("The connection to %1 is lost: nothing was saved. Your edits are still in the editor.")
                .arg(connection.uri());
        return outcome;
    }
    QString error;
    const QByteArray current = connection.domainXml(name, &error);
    if (current.isEmpty() && !connection.isAlive()) {
        outcome.message =
            Text::tr("The connection to %1 is lost: nothing was saved. Your edits are still in the editor.")
                .arg(connection.uri());
        return outcome;
    }
    if (current != baseline && !overwrite) {
        outcome.status = SaveOutcome::Status::ChangedOnServer;
        outcome.serverXml = current;
        outcome.message = current.isEmpty()
            ? Text::tr("Domain %1 no longer exists on %2 (%3). Saving would define it again.")
                  .arg(name, connection.uri(), error)
            : Text::tr("Domain %1 was changed on %2 since it was opened. Saving would overwrite those changes.")
                  .arg(name, connection.uri());
        return outcome;
    }
    const VirtConnection::Result defined = connection.define(xml, true);
    if (!defined.ok) {
        outcome.status = connection.isAlive() ? SaveOutcome::Status::Rejected : SaveOutcome::Status::Failed;
        outcome.message = defined.error;
        return outcome;
    }
    outcome.status = SaveOutcome::Status::Saved;
    outcome.serverXml = connection.domainXml(name, &error);
    return outcome;
}

} // namespace pcitopo
