#include "NodeMime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace pcitopo::NodeMime {

QMimeData *encode(quintptr document, const QList<NodeId> &nodes)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << quint64(document) << quint32(nodes.size());
    for (NodeId id : nodes)
        stream << id.value();
    auto *data = new QMimeData;
    data->setData(QLatin1String(NodeListMimeType), payload);
    return data;
}

QList<NodeId> decode(const QMimeData *data, quintptr document)
{
    if (!data || !data->hasFormat(QLatin1String(NodeListMimeType)))
        return {};
    QDataStream stream(data->data(QLatin1String(NodeListMimeType)));
    quint64 source = 0;
    quint32 count = 0;
    stream >> source >> count;
    if (stream.status() != QDataStream::Ok || source != quint64(document) || count > 100000)
        return {};
    QList<NodeId> nodes;
    for (quint32 i = 0; i < count; ++i) {
        quint32 value = 0;
        stream >> value;
        nodes.append(NodeId(value));
    }
    return stream.status() == QDataStream::Ok ? nodes : QList<NodeId>();
}

} // namespace pcitopo::NodeMime
