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
    <name>Topology</name>
    <message>
        <location filename="../model/Topology.cpp" line="303"/>
        <source>%1 #%2</source>
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
        <location filename="../model/commands/SetAddress.cpp" line="26"/>
        <source>%1 cannot be moved: libvirt adds it implicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="33"/>
        <source>%1 has a &apos;%2&apos; address, not a PCI address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="39"/>
        <source>Clear Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="42"/>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="46"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/main.cpp" line="56"/>
        <source>PCI/PCIe topology editor for libvirt guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>Domain XML to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo</name>
    <message>
        <location filename="../model/Topology.cpp" line="127"/>
        <source>disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="138"/>
        <source>interface (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="138"/>
        <source>interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="177"/>
        <source>hostdev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="177"/>
        <source>hostdev (no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="182"/>
        <source>mdev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="187"/>
        <source>vhost-scsi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="191"/>
        <source>hostdev (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="197"/>
        <source>%1 controller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="228"/>
        <source>video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="228"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="239"/>
        <source>sound (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="245"/>
        <source>watchdog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="256"/>
        <source>shmem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="260"/>
        <source>input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="266"/>
        <source>filesystem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="272"/>
        <source>iommu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="282"/>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="287"/>
        <source>memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="39"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="43"/>
        <source>Open Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="44"/>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="49"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="52"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="54"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="64"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="67"/>
        <source>embedded demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="76"/>
        <source>Cannot Open Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="95"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="111"/>
        <source>%1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="118"/>
        <source>%1 (%2) — %3 PCI controllers, %4 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="130"/>
        <source>Save Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="132"/>
        <source>Domain XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="138"/>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="139"/>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="153"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="154"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::Topology</name>
    <message>
        <location filename="../model/Topology.cpp" line="325"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="367"/>
        <source>PCI endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="368"/>
        <source>PCIe endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="369"/>
        <source>PCI or PCIe (host device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="370"/>
        <source>not PCI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeModel</name>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="97"/>
        <source>controller, bus %1 (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="98"/>
        <source>controller, bus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="99"/>
        <source>Added by libvirt: the XML has no controller with index 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="101"/>
        <location filename="../model/TopologyTreeModel.cpp" line="106"/>
        <source>Line %1 of the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="126"/>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="140"/>
        <source>function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="151"/>
        <source>multifunction, %1 functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="178"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="179"/>
        <source>Devices and controllers without a PCI address (libvirt assigns one when the domain is defined) or on a bus that no controller provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="339"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="340"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="341"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="342"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::cli</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="85"/>
        <source>Usage:
  pcitopo [FILE]                             open FILE (or the demo) in the editor
  pcitopo tree FILE|-                        print the PCI topology as a tree
  pcitopo move FILE|- ADDR --to ADDR -o OUT  move the device at libvirt address
                                             ADDR ([dddd:]bb:ss.f, hex) and save
  pcitopo --version | --help

Exit status: 0 clean, 1 warnings, 2 QEMU would refuse to start the guest,
3 libvirt would refuse to define it, 4 unreadable input or wrong arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <source>wrong number of arguments
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="139"/>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="189"/>
        <location filename="../app/CommandLine.cpp" line="193"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="196"/>
        <source>not connected (no address yet, or on a bus no controller provides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="220"/>
        <source>Target address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="220"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="221"/>
        <source>Output file, - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="222"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="228"/>
        <source>move needs --to ADDR and -o OUT
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="233"/>
        <location filename="../app/CommandLine.cpp" line="235"/>
        <source>&apos;%1&apos; is not a PCI address ([dddd:]bb:ss.f, hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="242"/>
        <source>no device or controller is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="247"/>
        <source>%1 is used by %2 nodes (%3); fix the conflict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="261"/>
        <source>moved %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="300"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="303"/>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
