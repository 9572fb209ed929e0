// libFuzzer target over everything that reads a domain: parsing, topology indexing, guest bus
// numbering, the rule checker (with made-up host facts), host inventory parsing, the tree
// model, both placement policies, and the lossless writer. Besides crashes and sanitizer findings, it checks the
// properties the editor promises:
//   * an unedited document writes back byte for byte;
//   * a move and its undo give back the exact bytes;
//   * fixes and moves never produce XML the parser refuses;
//   * the index kept edit by edit (Topology::update) equals a fresh build after every command,
//     undo and redo, and the findings kept by rules::CheckSession equal a full check.
// Build and run: installer/fuzz.sh [SECONDS].

#include "DomainDocument.h"
#include "TopologyTreeModel.h"
#include "commands/HostDeviceDrop.h"
#include "commands/SetAddress.h"
#include "commands/SetAttribute.h"
#include "host/HostInventory.h"
#include "placement/ApplyPlan.h"
#include "placement/Planner.h"
#include "rules/CanAttach.h"
#include "rules/GuestAddressing.h"
#include "rules/RuleChecker.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace pcitopo;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_domain: property violated: %s\n", what);
        abort();
    }
}

/** Host facts derived from the input itself, so the host rules run too. */
HostFacts hostFactsFor(const Topology &topology)
{
    HostFacts facts;
    int group = 0;
    for (const Device &d : topology.devices()) {
        if (!d.hostAddress)
            continue;
        HostFunction f;
        f.address = *d.hostAddress;
        f.iommuGroup = group++ % 3;
        f.numaNode = int(d.hostAddress->bus % 2);
        f.pcie = d.hostAddress->function % 2 == 0;
        f.driver = d.hostAddress->slot % 2 ? QStringLiteral("vfio-pci") : QStringLiteral("nvidia");
        f.classCode = 0x030000;
        facts.functions.insert(f.address, f);
    }
    return facts;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // translations and Qt's text codecs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The same bytes as a node device list: must never crash.
    {
        HostInventory inventory;
        QString error;
        inventory.addNodeDevices({bytes}, &error);
        (void)inventory.factsFor(QStringLiteral("guest"));
    }

    QString error;
    std::unique_ptr<DomainDocument> document = DomainDocument::fromXml(bytes, &error);
    if (!document) {
        require(!error.isEmpty(), "a refused document says why");
        return 0;
    }
    require(document->toXml() == bytes, "an unedited document writes back byte for byte");

    const Topology &topology = document->topology();
    (void)rules::numberGuestBuses(topology);
    rules::RuleOptions options;
    options.host = hostFactsFor(topology);
    const QList<Diagnostic> diagnostics = rules::checkTopology(topology, options);
    for (const Diagnostic &d : diagnostics)
        require(rules::findRule(d.ruleId) != nullptr, "every finding names a registered rule");

    {
        TopologyTreeModel model;
        model.setDocument(document.get());
        model.setDocument(nullptr);
    }

    // The checker that follows edits finds what a full check finds, after every one.
    rules::CheckSession session(options);
    session.checkAll(topology);
    const QMetaObject::Connection followed =
        QObject::connect(document.get(), &DomainDocument::changed, [&](const TopologyChange &change) {
            session.update(document->topology(), change);
            QList<Diagnostic> full = rules::checkTopology(document->topology(), options);
            std::sort(full.begin(), full.end(), rules::findingOrder);
            require(session.findings() == full, "the findings kept across an edit equal a full check");
        });

    // Move the first device that can go somewhere, then undo: the original bytes come back.
    for (const Device &d : topology.devices()) {
        if (!d.address)
            continue;
        bool moved = false;
        for (const Controller &c : topology.controllers()) {
            if (c.index < 0)
                continue;
            const rules::AttachVerdict verdict = rules::attachToController(topology, {d.id}, c.index);
            if (!verdict.allowed)
                continue;
            pushMoves(document.get(), {d.id}, verdict.addresses);
            require(document->topology() == document->builtTopology(), "the index follows a move");
            const QByteArray edited = document->toXml();
            QString reparseError;
            require(DomainDocument::fromXml(edited, &reparseError) != nullptr, "an edited document parses again");
            document->undoStack()->undo();
            require(document->topology() == document->builtTopology(), "the index follows an undone move");
            document->undoStack()->redo();
            require(document->topology() == document->builtTopology(), "the index follows a redone move");
            document->undoStack()->undo();
            require(document->toXml() == bytes, "undo restores the exact bytes");
            moved = true;
            break;
        }
        if (moved)
            break;
    }

    // An attribute of the first device, then undo: the index follows both.
    if (!document->topology().devices().isEmpty()) {
        auto *command = new SetAttribute(document.get(), document->topology().devices().first().id, "driver", "iommu",
                                         QStringLiteral("on"));
        if (command->isValid()) {
            document->undoStack()->push(command);
            require(document->topology() == document->builtTopology(), "the index follows an attribute");
            document->undoStack()->undo();
            require(document->topology() == document->builtTopology(), "the index follows an undone attribute");
        } else {
            delete command;
        }
    }
    QObject::disconnect(followed);

    // Both placement policies: a plan applies as one step that parses again and is checked
    // without crashing, leaves nothing unplaced, and undoes to the exact bytes.
    for (const placement::Policy policy : {placement::Policy::LibvirtCompatible, placement::Policy::Recommended}) {
        placement::Options placeOptions;
        placeOptions.policy = policy;
        placeOptions.sparePorts = policy == placement::Policy::Recommended ? 2 : 0;
        const placement::Plan plan = placement::plan(document->topology(), placeOptions);
        if (!plan.ok || plan.isEmpty())
            continue;
        const int before = document->undoStack()->index();
        QString placeError;
        if (!placement::applyPlan(document.get(), plan, &placeError)) {
            require(document->toXml() == bytes, "a plan that fails to apply changes nothing");
            continue;
        }
        QString reparseError;
        const std::unique_ptr<DomainDocument> placed = DomainDocument::fromXml(document->toXml(), &reparseError);
        require(placed != nullptr, "a placed document parses again");
        (void)rules::checkTopology(placed->topology());
        while (document->undoStack()->index() > before)
            document->undoStack()->undo();
        require(document->toXml() == bytes, "undo of a placement restores the exact bytes");
        require(document->topology() == document->builtTopology(), "the index follows an undone placement");
    }

    // Add a host device to the first controller that takes one, then undo.
    for (const Controller &c : topology.controllers()) {
        if (c.index < 0)
            continue;
        QString reason;
        if (pushHostDevices(document.get(), {{0, 0x42, 0, 0}, {0, 0x42, 0, 1}}, c.index, &reason)) {
            QString reparseError;
            require(DomainDocument::fromXml(document->toXml(), &reparseError) != nullptr,
                    "an added hostdev parses again");
            require(document->topology() == document->builtTopology(), "the index follows an add");
            document->undoStack()->undo();
            require(document->topology() == document->builtTopology(), "the index follows an undone add");
            require(document->toXml() == bytes, "undo of an add restores the exact bytes");
            break;
        }
    }
    return 0;
}
