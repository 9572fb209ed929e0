<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <location filename="../model/commands/SetAddress.cpp" line="98"/>
        <location filename="../model/commands/SetAddress.cpp" line="116"/>
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>Move %n Node</numerusform>
            <numerusform>Move %n Nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::ActionManager</name>
    <message numerus="yes">
        <location filename="../app/ActionManager.cpp" line="276"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::AddHostDevices</name>
    <message numerus="yes">
        <location filename="../model/commands/HostDeviceDrop.cpp" line="97"/>
        <source>Add %n host functions</source>
        <translation>
            <numerusform>Add %n host function</numerusform>
            <numerusform>Add %n host functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::ChangeChipset</name>
    <message numerus="yes">
        <location filename="../model/commands/ChangeChipset.cpp" line="230"/>
        <source>%n SATA disk(s) stay on SATA: pc&apos;s IDE has four places (bus 0–1, unit 0–1). The AHCI controller becomes an ordinary PCI device.</source>
        <translation>
            <numerusform>%n SATA disk stays on SATA: pc&apos;s IDE has four places (bus 0–1, unit 0–1). The AHCI controller becomes an ordinary PCI device.</numerusform>
            <numerusform>%n SATA disks stay on SATA: pc&apos;s IDE has four places (bus 0–1, unit 0–1). The AHCI controller becomes an ordinary PCI device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::ConvertDialog</name>
    <message numerus="yes">
        <location filename="../app/ConvertDialog.cpp" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::DocumentManager</name>
    <message numerus="yes">
        <location filename="../app/DocumentManager.cpp" line="223"/>
        <source>libvirt would refuse to define %1 as it is (%n error(s)). Save it anyway?</source>
        <translation>
            <numerusform>libvirt would refuse to define %1 as it is (%n error). Save it anyway?</numerusform>
            <numerusform>libvirt would refuse to define %1 as it is (%n errors). Save it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::EditOperations</name>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="68"/>
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>Delete %n Node</numerusform>
            <numerusform>Delete %n Nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="191"/>
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… and %n more (Show Details…)</numerusform>
            <numerusform>… and %n more (Show Details…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="253"/>
        <source>Converted to %1 (%2): %n change(s). Undo turns it back.</source>
        <translation>
            <numerusform>Converted to %1 (%2): %n change. Undo turns it back.</numerusform>
            <numerusform>Converted to %1 (%2): %n changes. Undo turns it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::FleetCheck</name>
    <message numerus="yes">
        <location filename="../app/FleetCheck.cpp" line="152"/>
        <source>no answer within %n second(s) while reading the host</source>
        <translation>
            <numerusform>no answer within %n second while reading the host</numerusform>
            <numerusform>no answer within %n seconds while reading the host</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::HostDevicesDock</name>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="151"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="157"/>
        <source>Drag the group to pass all %n of its endpoints to a guest: a guest needs every device of a group.</source>
        <translation>
            <numerusform>Drag the group to pass its endpoint to a guest: a guest needs every device of a group.</numerusform>
            <numerusform>Drag the group to pass all %n of its endpoints to a guest: a guest needs every device of a group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="176"/>
        <source>SR-IOV physical function with %n virtual function(s)</source>
        <translation>
            <numerusform>SR-IOV physical function with %n virtual function</numerusform>
            <numerusform>SR-IOV physical function with %n virtual functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="192"/>
        <source>%n group(s) holding only bridges are not shown.</source>
        <translation>
            <numerusform>%n group holding only bridges is not shown.</numerusform>
            <numerusform>%n groups holding only bridges are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtSession</name>
    <message numerus="yes">
        <location filename="../app/libvirt/LibvirtSession.cpp" line="89"/>
        <source>No answer within %n second(s). The host may be down, or a firewall may drop the connection; the timeout can be changed in the Connect dialog.</source>
        <translation>
            <numerusform>No answer within %n second. The host may be down, or a firewall may drop the connection; the timeout can be changed in the Connect dialog.</numerusform>
            <numerusform>No answer within %n seconds. The host may be down, or a firewall may drop the connection; the timeout can be changed in the Connect dialog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="294"/>
        <source>%n problem(s), worst: %1</source>
        <translation>
            <numerusform>%n problem, worst: %1</numerusform>
            <numerusform>%n problems, worst: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::VirtConnection</name>
    <message numerus="yes">
        <location filename="../app/libvirt/VirtConnection.cpp" line="341"/>
        <source>no answer within %n second(s) (the host may be down, or a firewall may drop the connection)</source>
        <translation>
            <numerusform>no answer within %n second (the host may be down, or a firewall may drop the connection)</numerusform>
            <numerusform>no answer within %n seconds (the host may be down, or a firewall may drop the connection)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::placement::Planner</name>
    <message numerus="yes">
        <location filename="../model/placement/ApplyPlan.cpp" line="100"/>
        <source>Place %n Node(s)</source>
        <translation>
            <numerusform>Place %n Node</numerusform>
            <numerusform>Place %n Nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/placement/RecommendedPolicy.cpp" line="125"/>
        <source>%1 should be on guest NUMA node %2, but the guest has %n NUMA node(s).</source>
        <translation>
            <numerusform>%1 should be on guest NUMA node %2, but the guest has %n NUMA node.</numerusform>
            <numerusform>%1 should be on guest NUMA node %2, but the guest has %n NUMA nodes.</numerusform>
        </translation>
    </message>
</context>
</TS>
