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

} // namespace pcitopo
