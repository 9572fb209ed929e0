#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace pcitopo {

/**
 * Writes a file whole or not at all (QSaveFile): on any failure the file at `path` keeps its
 * old bytes, or stays absent, and no temporary file is left. `write` fills the device (it may
 * stream) and returns false, with *error set, to give up. On failure *error says why.
 */
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error);
/** The same for bytes already made. */
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace pcitopo
