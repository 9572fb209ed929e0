#include "NodeSearch.h"

#include "Topology.h"

namespace pcitopo {

QList<NodeId> findNodes(const Topology &topology, const QString &text)
{
    const QString needle = text.trimmed();
    QList<NodeId> found;
    if (needle.isEmpty())
        return found;
    auto matches = [&](const QString &label, const QString &model, const std::optional<PciAddress> &address) {
        return label.contains(needle, Qt::CaseInsensitive) || model.contains(needle, Qt::CaseInsensitive)
            || (address && address->toShortString().contains(needle, Qt::CaseInsensitive));
    };
    for (const Controller &c : topology.controllers()) {
        if (matches(c.label(), c.modelName, c.address))
            found.append(c.id);
    }
    for (const Device &d : topology.devices()) {
        if (matches(d.label, d.model, d.address))
            found.append(d.id);
    }
    return found;
}

} // namespace pcitopo
