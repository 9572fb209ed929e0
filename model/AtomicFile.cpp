#include "AtomicFile.h"

#include <QSaveFile>

namespace pcitopo {

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error)
{
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly)) {
        reason = file.errorString();
    } else if (!write(&file, &reason)) {
        file.cancelWriting();
        if (reason.isEmpty())
            reason = file.errorString();
    } else if (!file.commit()) {
        reason = file.errorString();
    } else {
        return true;
    }
    if (error)
        *error = reason;
    return false;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeFileAtomically(
        path, [&bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); }, error);
}

} // namespace pcitopo
