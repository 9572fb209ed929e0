#pragma once

#include "libvirt/VirtConnection.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pcitopo {

/** Asks for a libvirt URI, offering recent ones and the usual forms. */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QString uri() const;
    bool readOnly() const;
    /** The connect timeout chosen, in seconds (0: none); remembered when accepted. */
    int timeoutSeconds() const;
    /** The remembered connect timeout (15 s until changed). */
    static int connectTimeoutSeconds();
    void accept() override;

    /** Recent URIs, newest first (QSettings "recentConnections"). */
    static QStringList recentUris();
    static void addRecentUri(const QString &uri);

private:
    QComboBox *m_uri;
    QCheckBox *m_readOnly;
    QSpinBox *m_timeout;
};

/**
 * Asks libvirt's authentication questions in a window-modal dialog that does not block: one
 * field per question, hidden for passwords and passphrases. `reply` gets the answers, or
 * nothing on Cancel. Nothing is stored. The dialog deletes itself when closed; closing it
 * (for instance when the connection is given up) replies with nothing.
 */
QDialog *askCredentials(QWidget *parent, const QString &uri, const QList<Credential> &questions,
                        std::function<void(std::optional<QList<Credential>>)> reply);

} // namespace pcitopo
