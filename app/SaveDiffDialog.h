#pragma once

#include <QDialog>

namespace pcitopo {

/**
 * What a save through libvirt will change, shown before it happens: the topology changes in
 * words and the XML as a unified diff.
 */
class SaveDiffDialog : public QDialog
{
    Q_OBJECT

public:
    SaveDiffDialog(const QString &domain, const QString &uri, const QStringList &changes, const QString &xmlDiff,
                   QWidget *parent = nullptr);
};

/**
 * A domain changed on the server while open here, three ways: what the server changed and
 * what the user changed, each against the definition as opened, in words and as XML. Offers
 * to merge (when no change of one side touches one of the other's), to take the server's
 * version, or to decide later.
 */
class ServerChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Result { Later = QDialog::Rejected, Merge = 2, TakeServer = 3 };

    /** `conflicts` empty: the two sides merge. */
    ServerChangesDialog(const QString &domain, const QString &uri, const QStringList &theirChanges,
                        const QStringList &yourChanges, const QString &theirDiff, const QString &yourDiff,
                        const QStringList &conflicts, QWidget *parent = nullptr);
};

} // namespace pcitopo
