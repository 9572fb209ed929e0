#pragma once

#include <QHashFunctions>
#include <QMetaType>

namespace pcitopo {

/**
 * Stable identity of a controller or device in a DomainDocument. It is the identity of the
 * node's XML element, so it survives edits, undo and redo; a re-parse (reopening the file)
 * hands out new ids. Implicit controllers (the root libvirt adds when the XML has none) get
 * ids with the high bit set.
 */
class NodeId
{
public:
    constexpr NodeId() = default;
    constexpr explicit NodeId(quint32 value)
        : m_value(value)
    { }

    static constexpr quint32 ImplicitBit = 0x80000000u;
    static constexpr NodeId implicit(quint32 n) { return NodeId(ImplicitBit | n); }

    constexpr bool isValid() const { return m_value != 0; }
    constexpr bool isImplicit() const { return m_value & ImplicitBit; }
    constexpr quint32 value() const { return m_value; }

    friend constexpr bool operator==(NodeId, NodeId) = default;
    friend constexpr auto operator<=>(NodeId, NodeId) = default;

private:
    quint32 m_value = 0;
};

inline size_t qHash(NodeId id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

} // namespace pcitopo

Q_DECLARE_METATYPE(pcitopo::NodeId)
