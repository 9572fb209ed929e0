#include "GraphLayout.h"

#include "Topology.h"
#include "rules/BusModel.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace pcitopo {

namespace {

/**
 * The layout is worked out in two directions, "along" the tree (from a parent to its children)
 * and "across" it (from one sibling to the next), and turned into x and y at the end: left to
 * right, along is x; top down, along is y.
 */
class Builder
{
public:
    Builder(const Topology &topology, GraphLayout &out, bool emptySlots, const QSet<NodeId> &collapsed)
        : m_topology(topology)
        , m_forest(topology.forest())
        , m_out(out)
        , m_emptySlots(emptySlots)
        , m_collapsed(collapsed)
        , m_topDown(out.orientation == GraphLayout::Orientation::TopDown)
        , m_boxAlong(m_topDown ? GraphLayout::NodeHeight : GraphLayout::NodeWidth)
        , m_boxAcross(m_topDown ? GraphLayout::NodeWidth : GraphLayout::NodeHeight)
        , m_alongGap(GraphLayout::ColumnGap)
        , m_acrossGap(m_topDown ? GraphLayout::RowGap * 2 : GraphLayout::RowGap)
        // Bands of a wide bus are balanced for a screen wider than tall.
        , m_aspect(m_topDown ? 1 / 1.6 : 1.6)
    { }

    void run();

private:
    /** A child of a bus: a node, or (when asked) the bus's free slots as one box. */
    struct Child
    {
        NodeId id; // null for the free slots
        int emptySlot = -1; // into m_out.emptySlots
        PciAddress address;
    };
    /** The functions of one slot: they stay together, under a caption when there are several. */
    struct Unit
    {
        int first = 0, count = 0; // into Plan::children
        qreal head = 0; // room for the caption
        qreal along = 0, across = 0;
    };
    /** How a node's block is made up: worked out once (measure), then used to place it. */
    struct Plan
    {
        QList<Child> children;
        QList<Unit> units;
        QList<QList<int>> bands; // unit indices; one band unless the bus is wide
        QList<qreal> bandAlong;
        qreal along = 0, across = 0; // of the whole block
        qreal centre = 0; // of the node's own box, across, from the block's start
        bool hotplug = false;
    };

    void measure(NodeId id);
    const Plan &planOf(NodeId id) const { return *m_plans.constFind(id); }
    qreal childAlong(const Child &c) const { return !c.id.isValid() ? m_boxAlong : planOf(c.id).along; }
    qreal childAcross(const Child &c) const { return !c.id.isValid() ? m_boxAcross : planOf(c.id).across; }
    qreal childCentre(const Child &c) const { return !c.id.isValid() ? m_boxAcross / 2 : planOf(c.id).centre; }
    /** Places a node's block with its start at (along, across), and everything in it. */
    void place(NodeId id, qreal along, qreal across);
    QRectF boxAt(qreal along, qreal acrossCentre) const
    {
        return m_topDown ? QRectF(acrossCentre - m_boxAcross / 2, along, m_boxAcross, m_boxAlong)
                         : QRectF(along, acrossCentre - m_boxAcross / 2, m_boxAlong, m_boxAcross);
    }
    QPointF point(qreal along, qreal across) const
    {
        return m_topDown ? QPointF(across, along) : QPointF(along, across);
    }
    int countBelow(NodeId id) const;

    const Topology &m_topology;
    const TopologyForest m_forest;
    GraphLayout &m_out;
    const bool m_emptySlots;
    const QSet<NodeId> &m_collapsed;
    const bool m_topDown;
    const qreal m_boxAlong, m_boxAcross, m_alongGap, m_acrossGap, m_aspect;
    QHash<NodeId, Plan> m_plans;
};

int Builder::countBelow(NodeId id) const
{
    int count = 0;
    for (NodeId child : m_forest.childrenOf(id))
        count += 1 + countBelow(child);
    return count;
}

void Builder::measure(NodeId id)
{
    Plan plan;
    const Controller *c = m_topology.controller(id);
    if (m_collapsed.contains(id) && !m_forest.childrenOf(id).isEmpty()) {
        m_out.hiddenBelow.insert(id, countBelow(id));
    } else if (c && c->index >= 0) {
        const rules::BusModel model = rules::busModel(*c, m_topology.family());
        plan.hotplug = bool(model.accepts & rules::Connect::Hotplug);
        QSet<quint32> usedSlots;
        for (NodeId child : m_topology.nodesOnBus(c->index))
            usedSlots.insert(m_topology.addressOf(child)->slot);
        for (NodeId child : m_forest.childrenOf(id)) {
            measure(child);
            plan.children.append({child, -1, *m_topology.addressOf(child)});
        }
        int free = 0;
        quint32 firstFree = 0;
        for (int slot = model.minSlot; model.valid && slot <= model.maxSlot; ++slot) {
            if (!usedSlots.contains(quint32(slot)) && !(c->index == 0 && slot == 0x1f) && free++ == 0)
                firstFree = quint32(slot);
        }
        if (m_emptySlots && free > 0) {
            const PciAddress address{0, quint32(c->index), firstFree, 0};
            m_out.emptySlots.append({id, QRectF(), free, plan.hotplug, address, {}});
            plan.children.append({NodeId(), int(m_out.emptySlots.size() - 1), address});
        }
    }
    // The children in units of one slot each.
    for (int i = 0; i < plan.children.size();) {
        Unit unit;
        unit.first = i;
        QSet<quint32> functions;
        while (i < plan.children.size()
               && (i == unit.first
                   || (plan.children[i].id.isValid() && plan.children[unit.first].id.isValid()
                       && plan.children[i].address.slot == plan.children[unit.first].address.slot))) {
            functions.insert(plan.children[i].address.function);
            unit.along = std::max(unit.along, childAlong(plan.children[i]));
            unit.across += childAcross(plan.children[i]) + (i > unit.first ? m_acrossGap : 0);
            ++i;
        }
        unit.count = i - unit.first;
        // Top down, the caption has the gap between levels; left to right it needs its own.
        unit.head = functions.size() > 1 && !m_topDown ? GraphLayout::CaptionGap : 0;
        unit.across += unit.head;
        plan.units.append(unit);
    }
    if (plan.units.isEmpty()) {
        plan.along = m_boxAlong;
        plan.across = m_boxAcross;
        plan.centre = m_boxAcross / 2;
        m_plans.insert(id, plan);
        return;
    }
    qreal stacked = 0;
    for (const Unit &unit : std::as_const(plan.units)) {
        stacked += unit.across + (&unit == &plan.units.first() ? 0 : m_acrossGap);
    }
    // Bands: the number that gives the block the shape closest to the screen's, each band
    // about stacked / bands long; a unit never splits.
    const auto fill = [&](int bands) {
        QList<QList<int>> filled{QList<int>()};
        const qreal target = stacked / bands;
        qreal length = 0;
        for (int u = 0; u < plan.units.size(); ++u) {
            const Unit &unit = plan.units[u];
            if (bands > 1 && !filled.last().isEmpty() && length + unit.across / 2 > target) {
                filled.append(QList<int>());
                length = 0;
            }
            filled.last().append(u);
            length += unit.across + m_acrossGap;
        }
        return filled;
    };
    const auto shape = [&](const QList<QList<int>> &bands) {
        qreal along = 0, across = 0;
        for (const QList<int> &band : bands) {
            qreal bandAlong = 0, bandAcross = 0;
            for (int u : band) {
                bandAlong = std::max(bandAlong, plan.units[u].along);
                bandAcross += plan.units[u].across + m_acrossGap;
            }
            along += bandAlong + m_alongGap;
            across = std::max(across, bandAcross);
        }
        return std::abs(std::log((m_boxAlong + along) / across / m_aspect));
    };
    plan.bands = fill(1);
    if (plan.units.size() >= GraphLayout::BandMinSlots) {
        qreal best = shape(plan.bands);
        for (int bands = 2; bands <= plan.units.size(); ++bands) {
            const QList<QList<int>> candidate = fill(bands);
            if (const qreal off = shape(candidate); off < best) {
                best = off;
                plan.bands = candidate;
            }
        }
    }
    const bool banded = plan.bands.size() > 1;
    const qreal head = banded ? GraphLayout::BusGap : 0;
    qreal along = m_boxAlong;
    qreal across = 0;
    for (const QList<int> &band : std::as_const(plan.bands)) {
        qreal bandAlong = 0, bandAcross = 0;
        for (int u : band) {
            bandAlong = std::max(bandAlong, plan.units[u].along);
            bandAcross += plan.units[u].across + (u == band.first() ? 0 : m_acrossGap);
        }
        plan.bandAlong.append(bandAlong);
        along += m_alongGap + bandAlong;
        across = std::max(across, head + bandAcross);
    }
    plan.along = along;
    plan.across = std::max(across, m_boxAcross);
    // The node's box: centred on its children, or beside the first child of a banded bus.
    const Unit &first = plan.units.first();
    const qreal firstCentre = head + first.head + childCentre(plan.children[first.first]);
    if (banded) {
        plan.centre = firstCentre;
    } else {
        const Unit &last = plan.units.last();
        qreal lastStart = head;
        for (int u = 0; u + 1 < plan.units.size(); ++u)
            lastStart += plan.units[u].across + m_acrossGap;
        lastStart += last.head;
        for (int i = last.first; i + 1 < last.first + last.count; ++i)
            lastStart += childAcross(plan.children[i]) + m_acrossGap;
        plan.centre = (firstCentre + lastStart + childCentre(plan.children[last.first + last.count - 1])) / 2;
    }
    m_plans.insert(id, plan);
}

void Builder::place(NodeId id, qreal along, qreal across)
{
    const Plan &plan = planOf(id);
    const qreal centre = across + plan.centre;
    m_out.nodes.insert(id, boxAt(along, centre));
    const bool banded = plan.bands.size() > 1;
    const qreal bus = across + GraphLayout::BusGap / 2;
    const qreal firstTrunk = along + m_boxAlong + m_alongGap / 2;
    // The slot label: beside the link where it meets the child.
    const QPointF labelOffset = m_topDown ? QPointF(2, 3) : QPointF(4, -13);
    qreal bandStart = along + m_boxAlong + m_alongGap;
    for (int b = 0; b < plan.bands.size(); ++b) {
        const qreal trunk = bandStart - m_alongGap / 2;
        qreal at = across + (banded ? GraphLayout::BusGap : 0);
        for (int u : plan.bands[b]) {
            const Unit &unit = plan.units[u];
            at += unit.head;
            for (int i = unit.first; i < unit.first + unit.count; ++i) {
                const Child &child = plan.children[i];
                const qreal childCentreAt = at + childCentre(child);
                QPolygonF route;
                route << point(along + m_boxAlong, centre);
                if (b > 0)
                    route << point(firstTrunk, centre) << point(firstTrunk, bus) << point(trunk, bus);
                else
                    route << point(trunk, centre);
                route << point(trunk, childCentreAt) << point(bandStart, childCentreAt);
                const QPointF labelAt = point(trunk + labelOffset.x(), childCentreAt + labelOffset.y());
                if (!child.id.isValid()) {
                    GraphLayout::EmptySlot &slot = m_out.emptySlots[child.emptySlot];
                    slot.rect = boxAt(bandStart, childCentreAt);
                    slot.route = route;
                } else {
                    m_out.edges.append({id, child.id, child.address, plan.hotplug, route, labelAt});
                    place(child.id, bandStart, at);
                }
                at += childAcross(child) + m_acrossGap;
            }
        }
        bandStart += plan.bandAlong[b] + m_alongGap;
    }
}

void Builder::run()
{
    qreal next = 0;
    for (NodeId root : m_forest.roots) {
        measure(root);
        place(root, 0, next);
        next += planOf(root).across + m_acrossGap + GraphLayout::RowGap * 2; // a gap between trees (PHBs)
    }
    // The rest: left to right, a block of four per row under the trees; top down, a column to their right.
    m_out.unconnected = m_forest.unconnected;
    const qreal blockStart = m_topDown ? next + GraphLayout::RowGap * 2
                                       : next + GraphLayout::NodeHeight + GraphLayout::RowGap; // room for a caption
    for (int i = 0; i < m_out.unconnected.size(); ++i) {
        const QRectF rect = m_topDown
            ? QRectF(blockStart + (i / 8) * (GraphLayout::NodeWidth + GraphLayout::RowGap * 2),
                     GraphLayout::NodeHeight + GraphLayout::RowGap
                         + (i % 8) * (GraphLayout::NodeHeight + GraphLayout::RowGap),
                     GraphLayout::NodeWidth, GraphLayout::NodeHeight)
            : QRectF((i % 4) * (GraphLayout::NodeWidth + GraphLayout::ColumnGap),
                     blockStart + (i / 4) * (GraphLayout::NodeHeight + GraphLayout::RowGap), GraphLayout::NodeWidth,
                     GraphLayout::NodeHeight);
        m_out.nodes.insert(m_out.unconnected[i], rect);
    }
}

} // namespace

GraphLayout GraphLayout::compute(const Topology &topology, Orientation orientation, bool withEmptySlots,
                                 const QSet<NodeId> &collapsed)
{
    GraphLayout layout;
    layout.orientation = orientation;
    Builder(topology, layout, withEmptySlots, collapsed).run();
    for (const QRectF &rect : std::as_const(layout.nodes))
        layout.bounds = layout.bounds.united(rect);
    for (const EmptySlot &slot : std::as_const(layout.emptySlots))
        layout.bounds = layout.bounds.united(slot.rect);
    return layout;
}

} // namespace pcitopo
