#pragma once

#include "NodeId.h"

#include <QByteArray>
#include <QList>

class QMimeData;

namespace pcitopo {

/**
 * The drag format of pcitopo nodes. The payload names the source document, so that a drop
 * into another window is refused rather than misread.
 */
inline constexpr char NodeListMimeType[] = "application/x-pcitopo-nodes; version=1";

namespace NodeMime {

QMimeData *encode(quintptr document, const QList<NodeId> &nodes);
/** The nodes, or nothing when the data is not ours or comes from another document. */
QList<NodeId> decode(const QMimeData *data, quintptr document);

} // namespace NodeMime

} // namespace pcitopo
