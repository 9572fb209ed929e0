#pragma once

#include "libvirt/VirtConnection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace pcitopo {

/** Asks for a libvirt URI, offering recent ones and the usual forms. */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QString uri() const;
    bool readOnly() const;

    /** Recent URIs, newest first (QSettings "recentConnections"). */
    static QStringList recentUris();
    static void addRecentUri(const QString &uri);

private:
    QComboBox *m_uri;
    QCheckBox *m_readOnly;
};

/**
 * Answers libvirt's authentication questions in a dialog on the GUI thread: one field per
 * question, hidden for passwords and passphrases. Nothing is stored. Returns false on cancel.
 */
bool askCredentials(QWidget *parent, const QString &uri, QList<Credential> &questions);

} // namespace pcitopo
