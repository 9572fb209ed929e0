#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <random>

namespace pcitopo::test {

/** Machine types the generator builds (each with its own qemu-system binary). */
enum class GenMachine { Q35, Pc, ArmVirt, Pseries };

/**
 * Legal and illegal placements of every kind the reference names. Each is applied to a legal
 * random topology; Legal applies nothing.
 */
enum class Mutation {
    Legal,
    DuplicateAddress, // A5
    RootPortSlot, // A4: a device in slot > 0 of a root port
    BridgeSlotZero, // A4/Q17: slot 0 of a pci-bridge
    FunctionEight, // A2
    DownstreamOnRoot, // A6
    PcieToPciOnRoot, // A6, §10.2
    EndpointOnUpstream, // A6
    BridgeIndexOrder, // A10
    ControllerIndexOrder, // A11 (QEMU)
    MultifunctionOff, // A7 (QEMU)
    DuplicateChassis, // §1.4 (QEMU)
    DuplicateIndex, // §1.1
    WrongRoot, // A13
    ExpanderWrongMachine, // §1.1
    ChipsetAddress, // §2.1
    BusNrRange, // §1.4
    PhbIndexRange, // A16
    PhbIndexDuplicate, // A16 (QEMU)
    MissingBus, // A3
    FunctionZeroMissing, // A8 (both accept)
};

/** One generated domain. */
struct GeneratedDomain
{
    QString name;
    QByteArray xml;
    GenMachine machine;
    Mutation mutation;
    bool mutated = false; // false when the mutation does not apply to this topology
};

/**
 * Seeded generator of plausible domains with explicit addresses: root ports, switches,
 * pcie-to-pci-bridges with pci-bridges, PHBs, and endpoints on them. Deterministic per seed.
 */
class TopologyGenerator
{
public:
    explicit TopologyGenerator(quint32 seed);
    GeneratedDomain generate(GenMachine machine, Mutation mutation, const QString &name);

    static QString machineName(GenMachine machine);
    static QString mutationName(Mutation mutation);
    static QList<Mutation> allMutations();

private:
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    std::mt19937 m_random;
};

} // namespace pcitopo::test
