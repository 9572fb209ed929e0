<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DomainDocument</name>
    <message>
        <location filename="../model/DomainDocument.cpp" line="35"/>
        <source>line %1: the root element is &lt;%2&gt;, not a libvirt &lt;domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="52"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="54"/>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="77"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="12"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="13"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="14"/>
        <source>QEMU would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="15"/>
        <source>libvirt refuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <location filename="../model/Topology.cpp" line="367"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyTreeModel</name>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="436"/>
        <location filename="../model/TopologyTreeModel.cpp" line="446"/>
        <source>Drop onto a controller, a slot or a function.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="13"/>
        <source>invalid device XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="19"/>
        <source>the domain has no &lt;devices&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="31"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/RemoveNode.cpp" line="12"/>
        <source>%1 is added by libvirt and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/RemoveNode.cpp" line="17"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="27"/>
        <source>%1 cannot be moved: libvirt adds it implicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="34"/>
        <source>%1 has a &apos;%2&apos; address, not a PCI address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="40"/>
        <source>Clear Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="43"/>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="47"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/SetAddress.cpp" line="101"/>
        <source>Move %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="19"/>
        <source>%1 is implicit: add it to the XML before editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="30"/>
        <source>Remove %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="32"/>
        <source>Set %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlDocument</name>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="225"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="497"/>
        <source>document type declarations (&lt;!DOCTYPE&gt;) are not allowed in a domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="504"/>
        <source>entity declarations are not allowed in a domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="765"/>
        <source>the file is %1 MiB, larger than the %2 MiB a domain XML may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="772"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="774"/>
        <source>the file is not UTF-8 text (libvirt domain XML is always UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="787"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="819"/>
        <source>the file is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="822"/>
        <source>the file declares the encoding %1; pcitopo reads UTF-8 only, as libvirt writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="829"/>
        <source>the file has no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/xml/XmlDocument.cpp" line="832"/>
        <source>the file could not be indexed for lossless editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>PCI/PCIe topology editor for libvirt guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>Domain XML to open (with --connect: a domain name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Open a libvirt connection (qemu:///system, qemu+ssh://host/system, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo</name>
    <message>
        <location filename="../model/Topology.cpp" line="134"/>
        <source>disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="145"/>
        <source>interface (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="145"/>
        <source>interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="185"/>
        <source>hostdev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="185"/>
        <source>hostdev (no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="191"/>
        <source>mdev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="198"/>
        <source>vhost-scsi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="202"/>
        <source>hostdev (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="210"/>
        <source>%1 controller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="241"/>
        <source>video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="241"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="252"/>
        <source>sound (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="258"/>
        <source>watchdog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="269"/>
        <source>shmem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="273"/>
        <source>input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="279"/>
        <source>filesystem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="285"/>
        <source>iommu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="295"/>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="300"/>
        <source>memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="23"/>
        <source>The connection is read-only: save the domain to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="27"/>
        <location filename="../app/libvirt/DomainSave.cpp" line="34"/>
        <source>The connection to %1 is lost: nothing was saved. Your edits are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="42"/>
        <source>Domain %1 no longer exists on %2 (%3). Saving would define it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="43"/>
        <source>Domain %1 was changed on %2 since it was opened. Saving would overwrite those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="45"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="67"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="86"/>
        <source>PCI controller (model, index, guest bus it provides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="88"/>
        <source>slot that takes hotplug (label: slot.function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="91"/>
        <source>device (kind, model, PCI or PCIe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="93"/>
        <source>slot without hotplug (cold-plug only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="96"/>
        <source>not connected, or an empty slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="98"/>
        <source>libvirt refuses the domain because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="100"/>
        <source>libvirt bb:ss.f: controller index : slot . function in the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="102"/>
        <source>libvirt accepts, QEMU would refuse to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="104"/>
        <source>guest dddd:bb:ss.f: the address the guest sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="106"/>
        <source>works, but breaks a guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="110"/>
        <source>IOMMU group (host PE) of a passed-through device, one colour per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="112"/>
        <source>NUMA n: the NUMA node of an expander bus or PHB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="205"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="215"/>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="219"/>
        <source>NUMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="232"/>
        <source>IOMMU group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::AddHostDevices</name>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="58"/>
        <source>No host device to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="62"/>
        <source>A guest slot holds at most 8 functions; drop fewer devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="69"/>
        <source>%1 is already in this guest (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="78"/>
        <source>hostdev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="91"/>
        <source>Add host device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/AddHostDevices.cpp" line="92"/>
        <source>Add %n host functions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/AddHostDevices.cpp" line="100"/>
        <source>The host device could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::CheckReport</name>
    <message>
        <location filename="../app/CheckReport.cpp" line="64"/>
        <source>%1: cannot be checked: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CheckReport.cpp" line="78"/>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CheckReport.cpp" line="80"/>
        <source>%1: %2 libvirt errors, %3 QEMU errors, %4 warnings, %5 notes
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::ConnectDialog</name>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="24"/>
        <source>&amp;Read-only (no saving, no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="26"/>
        <source>Connect to libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="40"/>
        <source>Any libvirt URI. Remote hosts ask for a user name, password or key passphrase when they need one; pcitopo keeps none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="44"/>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="47"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="82"/>
        <source>Authentication for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::ConnectionsDock</name>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="21"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="23"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="23"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="24"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="25"/>
        <source>connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="26"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="42"/>
        <source>Connection / domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="42"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="42"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="107"/>
        <source>%1 (%2). Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="118"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="119"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="120"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="121"/>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="122"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="123"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="124"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="125"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagnosticsDock</name>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="20"/>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="28"/>
        <source>Apply the rule&apos;s fix (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="80"/>
        <source>%1 libvirt errors, %2 QEMU errors, %3 warnings, %4 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagnosticsModel</name>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="96"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="97"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="98"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagramExporter</name>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="303"/>
        <source>the image would be %1×%2 pixels; use a smaller --scale, or SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::DomainDiff</name>
    <message>
        <location filename="../model/DomainDiff.cpp" line="51"/>
        <source>an address libvirt assigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="70"/>
        <source>Remove %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="75"/>
        <source>Add %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="77"/>
        <source>Move %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::GraphScene</name>
    <message>
        <location filename="../views/GraphScene.cpp" line="133"/>
        <source>Slot %1: hot-pluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="134"/>
        <source>Slot %1: no hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="156"/>
        <source>multifunction slot %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="184"/>
        <source>empty slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="185"/>
        <source>%1 free slots from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="186"/>
        <source>hot-pluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="186"/>
        <source>cold-plug only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="198"/>
        <source>Not connected: no address yet (libvirt assigns one), or on a bus no controller provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="215"/>
        <source>root bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="216"/>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="223"/>
        <source>chassis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="225"/>
        <source>busNr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="227"/>
        <source>PHB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="229"/>
        <source>NUMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="231"/>
        <source>hotplug off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="233"/>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="237"/>
        <location filename="../views/GraphScene.cpp" line="248"/>
        <source>libvirt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="238"/>
        <source>libvirt %1 · guest bus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="239"/>
        <source> (domain %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="244"/>
        <source>%1 · IOMMU group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="249"/>
        <source>libvirt %1 · guest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="291"/>
        <location filename="../views/GraphScene.cpp" line="312"/>
        <location filename="../views/GraphScene.cpp" line="341"/>
        <source>Drop onto a controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="316"/>
        <source>%1 is a root: double-click it in the palette to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="425"/>
        <source>Add at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="442"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::HostDevice</name>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="54"/>
        <source>SCSI controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="55"/>
        <source>SATA controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="56"/>
        <source>NVMe controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="57"/>
        <source>Ethernet controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="58"/>
        <source>InfiniBand controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="59"/>
        <source>VGA compatible controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="60"/>
        <source>3D controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="61"/>
        <location filename="../model/host/HostInventory.cpp" line="62"/>
        <source>Audio device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="63"/>
        <source>RAM memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="64"/>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="65"/>
        <source>ISA bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="66"/>
        <source>PCI bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="67"/>
        <source>USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="68"/>
        <source>SMBus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="71"/>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::HostDevicesDock</name>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>NUMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="59"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="97"/>
        <source>Connect to libvirt (File › Connect…) to see the host&apos;s PCI devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="102"/>
        <source>%1 reports no PCI devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="105"/>
        <source>Host of %1: drag a device or a whole IOMMU group into the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="115"/>
        <source>No IOMMU group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="115"/>
        <source>IOMMU group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="116"/>
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="121"/>
        <source>Drag the group to pass all %n of its endpoints to a guest: a guest needs every device of a group.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="122"/>
        <source>Drag to pass the device to a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="134"/>
        <source>SR-IOV virtual function of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="136"/>
        <source>SR-IOV physical function with %n virtual function(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::HostInventory</name>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="81"/>
        <source>A node device could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="87"/>
        <source>A node device description has the root &lt;%1&gt;, not &lt;device&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="107"/>
        <source>Node device %1 has no readable PCI address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="128"/>
        <source>%1 (capable of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtSession</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="799"/>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="123"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="141"/>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="154"/>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="176"/>
        <source>Not connected to %1: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="189"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="190"/>
        <source>Open Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="191"/>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="227"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="257"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="264"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="332"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="335"/>
        <source>embedded demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="353"/>
        <location filename="../app/MainWindow.cpp" line="874"/>
        <source>Cannot Open Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="265"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="153"/>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="155"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="157"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="159"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="161"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="164"/>
        <source>Host Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="173"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="174"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="185"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="196"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="197"/>
        <source>Open &amp;Demo Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="199"/>
        <source>&amp;Connect to libvirt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="204"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206"/>
        <source>Connect to the Demo &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207"/>
        <source>&amp;Refresh Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="225"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="229"/>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="234"/>
        <location filename="../app/MainWindow.cpp" line="240"/>
        <location filename="../app/MainWindow.cpp" line="249"/>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="235"/>
        <source>SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="240"/>
        <source>Choose a name ending in .svg, .png, .pdf or .dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="252"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="254"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="267"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="272"/>
        <source>&amp;Move To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="273"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="274"/>
        <source>Move the selection to another address (the keyboard way to drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="275"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="285"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="287"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="289"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="290"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="291"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="301"/>
        <source>Find (Ctrl+F): name, model or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="308"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="310"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="317"/>
        <source>&amp;About pcitopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="318"/>
        <source>About pcitopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="319"/>
        <source>&lt;h3&gt;pcitopo %1&lt;/h3&gt;&lt;p&gt;The PCI/PCIe topology editor for libvirt guests.&lt;/p&gt;&lt;p&gt;Rules follow libvirt 9.0 and QEMU 7.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="460"/>
        <location filename="../app/MainWindow.cpp" line="467"/>
        <location filename="../app/MainWindow.cpp" line="473"/>
        <source>Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="461"/>
        <source>New libvirt address (bus:slot.function, hex):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="467"/>
        <source>&apos;%1&apos; is not an address like 05:00.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="487"/>
        <source>Delete %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="507"/>
        <source>%1 (connection lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="508"/>
        <source>%1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="520"/>
        <source>%1 (%2) — %3 PCI controllers, %4 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="530"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="531"/>
        <source>%n problem(s), worst: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="565"/>
        <source>Save Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="567"/>
        <source>Domain XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="627"/>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="628"/>
        <source>pcitopo was not closed properly. Recover the unsaved edits of:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="737"/>
        <source>Demo Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="737"/>
        <source>The demo host could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="779"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="795"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="798"/>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="800"/>
        <source>Cannot Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="800"/>
        <source>Could not connect to %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="803"/>
        <source>The connection to %1 was lost (%2). Unsaved edits stay in the editor; use Save As, or File › Refresh Connection to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="820"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="821"/>
        <source>%1 has unsaved changes: save or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="857"/>
        <source>Fetching %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="857"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="875"/>
        <source>%1 could not be opened from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="886"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="913"/>
        <source>The connection for %1 is not open, so it cannot be saved there. Your edits are still in the editor: use Save As to keep them in a file, or File › Refresh Connection to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="919"/>
        <source>%1 was opened read-only: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="926"/>
        <source>%1 (on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="927"/>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="940"/>
        <source>Saving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="952"/>
        <source>Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="952"/>
        <source>Overwrite it with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="961"/>
        <source>libvirt did not save the domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="975"/>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="976"/>
        <source>%1

Your edits are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="983"/>
        <source>Saved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="1019"/>
        <source>IOMMU Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="1020"/>
        <source>IOMMU group %1 also holds:

%2

A guest must be given every device of a group. Add them too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="1029"/>
        <source>Host device not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="539"/>
        <location filename="../app/MainWindow.cpp" line="912"/>
        <location filename="../app/MainWindow.cpp" line="919"/>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="250"/>
        <location filename="../app/MainWindow.cpp" line="539"/>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="577"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="577"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::Palette</name>
    <message>
        <location filename="../model/Palette.cpp" line="26"/>
        <source>PCIe root port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="27"/>
        <source>One hot-pluggable PCIe slot; add spare ones for hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="28"/>
        <source>PCIe switch (upstream port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="29"/>
        <source>Fans a root port out to downstream ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="30"/>
        <source>PCIe switch downstream port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="31"/>
        <source>One hot-pluggable PCIe slot behind a switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="32"/>
        <source>PCIe-to-PCI bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="33"/>
        <source>Conventional PCI slots for legacy devices, in a root port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="36"/>
        <source>PCI bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="36"/>
        <source>31 conventional, hot-pluggable PCI slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="39"/>
        <source>PCIe expander bus (pxb-pcie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="40"/>
        <source>A second PCIe root, e.g. on another NUMA node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="42"/>
        <source>PCI expander bus (pxb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="43"/>
        <source>A second PCI root, e.g. on another NUMA node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="45"/>
        <source>PCI host bridge (vPHB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="46"/>
        <source>A PCI domain of its own: one per passed-through host PE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="48"/>
        <source>virtio disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="48"/>
        <source>A disk image on virtio-blk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="49"/>
        <source>virtio network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="49"/>
        <source>A NIC on the default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="51"/>
        <source>e1000 network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="51"/>
        <source>A legacy PCI NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="52"/>
        <source>virtio-scsi controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="52"/>
        <source>A SCSI controller for many disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="53"/>
        <source>USB 3 controller (qemu-xhci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="53"/>
        <source>An xHCI USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="54"/>
        <source>virtio RNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Palette.cpp" line="54"/>
        <source>Entropy from the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::PaletteWidget</name>
    <message>
        <location filename="../views/PaletteWidget.cpp" line="32"/>
        <source>Drag onto a controller, or double-click to let libvirt place it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::PropertiesPanel</name>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="29"/>
        <source>Hot-pluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="30"/>
        <source>Multifunction (function 0 of a shared slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="38"/>
        <source>bus:slot.function, e.g. 05:00.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="39"/>
        <source>libvirt address: bus is the index of a PCI controller. Enter applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="41"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="42"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="43"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="45"/>
        <source>Guest sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="49"/>
        <source>Chassis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="50"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="51"/>
        <source>Chassis number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="52"/>
        <source>Bus number (busNr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="53"/>
        <source>PHB index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="54"/>
        <source>NUMA node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="55"/>
        <source>XML line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="84"/>
        <source>(libvirt&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="138"/>
        <source>Not an address: use bus:slot.function in hex, e.g. 05:00.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="165"/>
        <source>Select a controller or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="216"/>
        <source>(not reached from a root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="218"/>
        <source>PCI controller, bus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="220"/>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::SaveDiffDialog</name>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="18"/>
        <source>Save %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="20"/>
        <source>libvirt will define &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; with these changes, after validating it. The running guest, if any, sees them at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="26"/>
        <source>No controller or device moves; other attributes changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="27"/>
        <source>Topology changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="33"/>
        <source>The XML is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="34"/>
        <source>XML diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="36"/>
        <source>&amp;Define in libvirt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::Topology</name>
    <message>
        <location filename="../model/Topology.cpp" line="389"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="431"/>
        <source>PCI endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="432"/>
        <source>PCIe endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="433"/>
        <source>PCI or PCIe (host device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="434"/>
        <source>not PCI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeModel</name>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="112"/>
        <source>controller, bus %1 (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="113"/>
        <source>controller, bus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="114"/>
        <source>Added by libvirt: the XML has no controller with index 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="116"/>
        <location filename="../model/TopologyTreeModel.cpp" line="121"/>
        <source>Line %1 of the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="141"/>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="155"/>
        <source>function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="166"/>
        <source>multifunction, %1 functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="183"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="184"/>
        <source>Devices and controllers without a PCI address (libvirt assigns one when the domain is defined) or on a bus that no controller provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="347"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="348"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="349"/>
        <source>Guest address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="350"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="351"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="417"/>
        <source>Nothing to drop there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="421"/>
        <source>Drop onto a controller, a slot or a function.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::cli</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <location filename="../app/CommandLine.cpp" line="403"/>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="83"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="91"/>
        <source>Usage:
  pcitopo [FILE | --connect URI [DOMAIN]]    open FILE, a connection (or the demo)
  pcitopo tree FILE|-                        print the PCI topology as a tree
  pcitopo move FILE|- ADDR --to ADDR -o OUT  move the device at libvirt address
                                             ADDR ([dddd:]bb:ss.f, hex) and save
  pcitopo check FILE...|- [--format text|json|sarif] [--verbose]
                                             check the PCI rules
  pcitopo check --connect URI (--all | DOMAIN...) [--format …]
                                             check domains of a libvirt connection
  pcitopo explain [RULE-ID]                  explain a rule (without: list them)
  pcitopo export (FILE|- | --connect URI DOMAIN) -o OUT.svg|.png|.pdf|.dot
                 [--orientation lr|tb]
                 [--palette light|dark|print] [--empty-slots] [--scale N]
                                             draw the topology (PNG: N pixels per unit)
  pcitopo --version | --help

Exit status: 0 clean, 1 warnings, 2 QEMU would refuse to start the guest,
3 libvirt would refuse to define it, 4 unreadable input or wrong arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="120"/>
        <source>wrong number of arguments
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="175"/>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="218"/>
        <location filename="../app/CommandLine.cpp" line="222"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>not connected (no address yet, or on a bus no controller provides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="249"/>
        <source>Target address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="249"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="250"/>
        <source>Output file, - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="251"/>
        <location filename="../app/CommandLine.cpp" line="425"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>move needs --to ADDR and -o OUT
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="262"/>
        <location filename="../app/CommandLine.cpp" line="264"/>
        <source>&apos;%1&apos; is not a PCI address ([dddd:]bb:ss.f, hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="271"/>
        <source>no device or controller is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="276"/>
        <source>%1 is used by %2 nodes (%3); fix the conflict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="290"/>
        <source>moved %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="302"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="320"/>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="336"/>
        <source>text, json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="336"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="339"/>
        <source>Also print notes (text format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="340"/>
        <source>Check domains of a libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="340"/>
        <location filename="../app/CommandLine.cpp" line="430"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="341"/>
        <source>With --connect: every domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="349"/>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="351"/>
        <source>check --connect needs --all or domain names, not both
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="353"/>
        <source>--all goes with --connect URI
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="355"/>
        <source>check needs at least one file (or - for standard input)
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="380"/>
        <location filename="../app/CommandLine.cpp" line="470"/>
        <source>domain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="425"/>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="426"/>
        <source>lr or tb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="426"/>
        <source>ORIENTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="427"/>
        <source>light, dark or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="427"/>
        <source>PALETTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="428"/>
        <source>Draw empty slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="429"/>
        <source>PNG pixels per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="429"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="430"/>
        <source>Draw a domain of a libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="435"/>
        <source>export needs -o OUT.svg, .png, .pdf or .dot
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="439"/>
        <source>&apos;%1&apos;: the output must end in .svg, .png, .pdf or .dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="443"/>
        <source>unknown orientation &apos;%1&apos;: use lr or tb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="451"/>
        <source>unknown palette &apos;%1&apos;: use light, dark or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="456"/>
        <source>--scale takes a number from 0 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="479"/>
        <source>cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="490"/>
        <source>explain takes one rule id
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="499"/>
        <source>no rule &apos;%1&apos;; &apos;pcitopo explain&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="501"/>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="502"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="547"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="550"/>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::rules</name>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="37"/>
        <source>The primary IDE controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="41"/>
        <source>The PIIX3 USB controller with index 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="44"/>
        <source>The primary SATA controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="51"/>
        <source>%1 is part of the chipset and must be at %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="54"/>
        <source>Move it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="64"/>
        <source>%1 is a PCI device and needs a PCI address, but has an address of type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="74"/>
        <source>a disk on the &apos;%1&apos; bus is addressed on its controller, not on PCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="76"/>
        <source>ramfb is not a PCI device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="80"/>
        <source>%1 cannot have a PCI address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="81"/>
        <location filename="../model/rules/ControllerRules.cpp" line="139"/>
        <source>Remove the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="97"/>
        <source>%1 has a PCI address whose domain, bus, slot or function is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="106"/>
        <source>%1 is in PCI domain %2; libvirt guests have only domain 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="112"/>
        <source>Use domain 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="118"/>
        <source>bus 0x%1 is above 0xff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="120"/>
        <source>slot 0x%1 is above 0x1f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="122"/>
        <source>function %1 is above 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="125"/>
        <source>%1 has an impossible PCI address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="154"/>
        <source>%1 is in slot %2 of bus %3, which does not exist: libvirt will add a %4 for it, which offers only slot %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="161"/>
        <source>%1 is in slot %2 of bus %3, which does not exist: libvirt will add a %4 for it, which offers slots %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="173"/>
        <source>%1 is on bus %2, but no PCI controller has index %2; libvirt will add a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="185"/>
        <source>only slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="186"/>
        <source>slots %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="188"/>
        <source>%1 is in slot %2 of %3, which offers %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="207"/>
        <source>%1 is an integrated device and must be on bus 0, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="214"/>
        <location filename="../model/rules/CanAttach.cpp" line="94"/>
        <location filename="../model/rules/CanAttach.cpp" line="143"/>
        <source>%1 cannot be plugged into %2: it needs a controller that accepts a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="230"/>
        <source>%1 is at %2, which is reserved for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="245"/>
        <source>%1 all use address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="27"/>
        <source>%1 needs bus numbers up to %2, but a PCI domain has only 256 (0–255): the guest cannot enumerate the buses beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="35"/>
        <source>%1 numbers its buses up to %2, which runs into the range of %3 starting at busNr %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="62"/>
        <source>%1 root or downstream ports hold legacy PCI devices, which need I/O space; the 64 KiB of I/O space suffice for about ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="77"/>
        <source>The domain has %1 pci-bridges; each reserves 4 KiB of I/O and 2 MiB of MMIO space, and firmware may fail to configure more than nine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="112"/>
        <source>the PIIX3 ISA bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="113"/>
        <source>the PIIX3 ACPI controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="118"/>
        <source>the primary IDE controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="120"/>
        <source>the PIIX3 USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="122"/>
        <source>the ICH9 LPC bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="123"/>
        <source>the primary SATA controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="124"/>
        <source>the ICH9 SMBus controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="47"/>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="50"/>
        <location filename="../model/rules/CanAttach.cpp" line="137"/>
        <source>No controller provides bus %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="53"/>
        <location filename="../model/rules/CanAttach.cpp" line="139"/>
        <source>%1 has a model libvirt does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="56"/>
        <source>%1 offers only slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="57"/>
        <location filename="../model/rules/CanAttach.cpp" line="141"/>
        <source>%1 offers slots %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="72"/>
        <source>The group needs functions up to %1, but a slot has 0 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="75"/>
        <source>Two of the moved devices would share function %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="83"/>
        <source>%1 is an integrated device and must stay on bus 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="86"/>
        <source>%1 is a root bus and has no slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="88"/>
        <source>%1 cannot be plugged into a bus behind itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="91"/>
        <source>Unknown node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="98"/>
        <location filename="../model/rules/CanAttach.cpp" line="146"/>
        <source>%1 is reserved for the chipset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="101"/>
        <location filename="../model/rules/CanAttach.cpp" line="148"/>
        <source>%1 is taken by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="67"/>
        <source>A PCI controller (line %1) has no index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="68"/>
        <source>PCI controller index &apos;%1&apos; (line %2) is not a number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="82"/>
        <source>%1 PCI controllers have index %2; each index names one bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="100"/>
        <source>No PCI controller has index %1; libvirt will add controllers of the default model to fill the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="116"/>
        <source>&apos;%1&apos; is not a PCI controller model libvirt knows (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="127"/>
        <source>%1 takes no &lt;model name&gt;, but has &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="128"/>
        <source>%1 is implemented by %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="129"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="137"/>
        <source>%1 is a root bus and cannot have an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="145"/>
        <source>%1: pci-root and pcie-root controllers must have index 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="153"/>
        <source>The PCI controller with index 0 must be %1 on a %2 machine, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="163"/>
        <source>%1: pci-expander-bus exists only on i440fx (pc) machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="168"/>
        <source>%1: pcie-expander-bus exists only on q35 and ARM virt machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="173"/>
        <source>%1 is a PCI Express controller, but a %2 machine has no PCI Express bus to plug it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="190"/>
        <source>%1 is plugged into bus %2, but a pci-bridge&apos;s index must be larger than the index of its bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="197"/>
        <source>%1 is plugged into bus %2, which has a higher index than its own: QEMU creates buses in index order and will not find bus %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="213"/>
        <source>%1: the &lt;target&gt; option &apos;%2&apos; is not valid for a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="216"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="224"/>
        <source>%1: %2 must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="260"/>
        <source>%1 has busNr %2; it must be from 1 to 254.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="272"/>
        <source>%1 has target index %2; PHB indexes go from 0 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="276"/>
        <source>%1 has target index %2: only the PCI controller with index 0 has target index 0, and it has no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="292"/>
        <source>%1: the PCI controller with index 0 cannot be associated with a NUMA node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="300"/>
        <source>%1 is on NUMA node %2, but the guest has %3 NUMA cells (&lt;cpu&gt;&lt;numa&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="325"/>
        <source>%1 all use chassis %2 (a port without one uses its index): QEMU will refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="326"/>
        <source>%1 all start at busNr %2: QEMU will refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="328"/>
        <source>%1 all have target index %2: QEMU will refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="26"/>
        <source>The host device %1 is assigned %2 times (lines %3); it can be assigned once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="33"/>
        <source>Remove the second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="42"/>
        <source>virtio-iommu is only supported on q35 and ARM virt machines, not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="47"/>
        <source>virtio-iommu needs ACPI: add &lt;acpi/&gt; to &lt;features&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="53"/>
        <source>%1: IDE controllers exist only as the built-in one of pc (i440fx) machines; use SATA on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="59"/>
        <source>%1: pc has a single, built-in IDE controller (index 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="69"/>
        <source>%1 has a zPCI uid or fid that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="75"/>
        <source>%1 has zPCI uid 0x%2; it must be from 0x0001 to 0xffff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="89"/>
        <source>%1 devices share zPCI %2 0x%3; each needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="25"/>
        <source>%1 has no effect on a Xen HVM guest: it sees one emulated PCI bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="32"/>
        <source>The guest address of %1 is ignored on Xen: libxl chooses the guest slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="42"/>
        <source>%1 is a PCIe device; Xen passes it through in legacy PCI mode, without extended configuration space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="69"/>
        <source>%1 is a legacy PCI device in a PCI Express port, which &quot;might not always work&quot; (QEMU): put it behind a pcie-to-pci-bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="76"/>
        <source>%1 is a PCI Express device in a conventional PCI slot of %2: it loses its extended configuration space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="66"/>
        <source>The functions of host slot %1 are split over guest slots (%2); keep them as functions of one slot, as on the host (a GPU and its audio function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="86"/>
        <source>%1 is a PCI bridge on the host; only endpoint functions can be assigned to a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="95"/>
        <source>%1 has managed=&apos;no&apos; but is bound to %2 on the host; libvirt will not detach it, and the guest will not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="97"/>
        <location filename="../model/rules/HostRules.cpp" line="121"/>
        <source>no driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="99"/>
        <source>Set managed=&apos;yes&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="105"/>
        <source>%1 is also assigned to %2; only one of them can run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="125"/>
        <source>IOMMU group %1 of %2 also holds %3, bound to host drivers: QEMU will fail with &quot;group %1 is not viable&quot;. Pass them to this guest too, or bind them to vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="133"/>
        <source>IOMMU group %1 of %2 also holds %3, which this guest does not take; they are unusable elsewhere while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="150"/>
        <source>%1 is on host NUMA node %2, but %3 tells the guest NUMA node %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="185"/>
        <source>%1 holds %2 host PEs (IOMMU groups); give each its own vPHB so that EEH recovery works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="189"/>
        <source>%1 holds a host PE and emulated devices; keep emulated devices on the default PHB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="198"/>
        <source>The functions of IOMMU group %1 are spread over %2 vPHBs; put the whole PE on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="35"/>
        <source>%1 has hotplug=&apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="36"/>
        <source>%1 does not support hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="38"/>
        <source>%1 cannot be hot-unplugged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="39"/>
        <source>%1 devices cannot be hot-unplugged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="47"/>
        <source>The %1 functions of slot %2 cannot be hot-unplugged: libvirt detaches only single-function slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="91"/>
        <source>No empty hotpluggable slot is left: libvirt cannot hot-plug any device into this guest. Add empty pcie-root-ports now; they cannot be added while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="94"/>
        <source>No empty root or downstream port is left: PCIe devices cannot be hot-plugged (only legacy PCI ones, into a bridge). Add empty pcie-root-ports now; they cannot be added while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="100"/>
        <source>No free hotpluggable slot is left: libvirt cannot hot-plug any device into this guest. Add a pci-bridge now; it cannot be added while the guest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="38"/>
        <source>Slot %1 has functions but no function 0: the guest will not see %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="45"/>
        <source>Move %1 to function 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="52"/>
        <source>%1 has multifunction=&apos;off&apos; but shares slot %2 with other functions: QEMU will refuse to start the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="56"/>
        <location filename="../model/rules/MultifunctionRules.cpp" line="65"/>
        <source>Set multifunction=&apos;on&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="61"/>
        <source>libvirt will add multifunction=&apos;on&apos; to %1, function 0 of the shared slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
