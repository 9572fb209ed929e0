<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DomainDocument</name>
    <message>
        <location filename="../model/DomainDocument.cpp" line="34"/>
        <source>line %1: the root element is &lt;%2&gt;, not a libvirt &lt;domain&gt;</source>
        <translation>Zeile %1: Das Wurzelelement ist &lt;%2&gt;, keine libvirt-&lt;domain&gt;</translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="53"/>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="106"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="14"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="15"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="16"/>
        <source>QEMU would refuse</source>
        <translation>QEMU würde ablehnen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="17"/>
        <source>libvirt refuses</source>
        <translation>libvirt lehnt ab</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="60"/>
        <source>Unreadable address</source>
        <translation>Unlesbare Adresse</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="62"/>
        <source>An attribute of &lt;address type=&apos;pci&apos;&gt; is not a number. libvirt reads domain, bus, slot and function as C integers: decimal, 0x-prefixed hex, or 0-prefixed octal.</source>
        <translation>Ein Attribut von &lt;address type=&apos;pci&apos;&gt; ist keine Zahl. libvirt liest domain, bus, slot und function als C-Ganzzahlen: dezimal, hexadezimal mit 0x oder oktal mit führender 0.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="65"/>
        <source>PCI domain other than 0</source>
        <translation>PCI-Domäne ungleich 0</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="67"/>
        <source>libvirt guests have a single PCI domain, 0, even on pseries where the guest sees one domain per PHB. Set domain=&apos;0x0000&apos;.</source>
        <translation>libvirt-Gäste haben eine einzige PCI-Domäne, 0, auch auf pseries, wo der Gast je PHB eine Domäne sieht. Setzen Sie domain=&apos;0x0000&apos;.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="70"/>
        <source>Address out of range</source>
        <translation>Adresse außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="72"/>
        <source>bus must be at most 0xff, slot at most 0x1f and function at most 7.</source>
        <translation>bus darf höchstens 0xff sein, slot höchstens 0x1f und function höchstens 7.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="74"/>
        <source>Address on a bus no controller provides</source>
        <translation>Adresse auf einem Bus, den kein Controller bereitstellt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="76"/>
        <source>The bus attribute names the index of a &lt;controller type=&apos;pci&apos;&gt;. When none has that index, libvirt silently adds controllers of the default model for every missing index (and may renumber the device&apos;s bus). Add the controller yourself so the result is what you expect; at hotplug nothing is added and the attach fails.</source>
        <translation>Das Attribut bus nennt den Index eines &lt;controller type=&apos;pci&apos;&gt;. Hat keiner diesen Index, fügt libvirt stillschweigend Controller des Standardmodells für jeden fehlenden Index hinzu (und nummeriert den Bus des Geräts womöglich um). Legen Sie den Controller selbst an, damit das Ergebnis Ihren Erwartungen entspricht; beim Hotplug wird nichts hinzugefügt, und das Anschließen schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="81"/>
        <source>Slot not offered by the bus</source>
        <translation>Steckplatz wird vom Bus nicht angeboten</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="83"/>
        <source>Each controller offers a fixed range of slots: root buses, pci-bridge and pcie-to-pci-bridge 1–31 (slot 0 is the host bridge or the SHPC), dmi-to-pci-bridge, switch upstream ports and expander buses 0–31, root ports and downstream ports only slot 0.</source>
        <translation>Jeder Controller bietet einen festen Bereich von Steckplätzen: Wurzelbusse, pci-bridge und pcie-to-pci-bridge 1–31 (Steckplatz 0 ist die Host-Bridge bzw. der SHPC), dmi-to-pci-bridge, Switch-Upstream-Ports und Expander-Busse 0–31, Root-Ports und Downstream-Ports nur Steckplatz 0.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="88"/>
        <source>Address used twice</source>
        <translation>Adresse doppelt belegt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="90"/>
        <source>Every (bus, slot, function) can hold one device, and the chipset keeps some for itself: 00:01.0 and 00:01.3 on pc (PIIX3), 00:1f.0, 00:1f.2 and 00:1f.3 on q35 (ICH9). Move one of the devices.</source>
        <translation>Jedes (Bus, Steckplatz, Funktion) kann ein Gerät aufnehmen, und der Chipsatz behält einige für sich: 00:01.0 und 00:01.3 auf pc (PIIX3), 00:1f.0, 00:1f.2 und 00:1f.3 auf q35 (ICH9). Verschieben Sie eines der Geräte.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="95"/>
        <source>Device cannot be plugged into this controller</source>
        <translation>Gerät kann nicht an diesen Controller angeschlossen werden</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="97"/>
        <source>Each controller accepts certain kinds of devices: PCI endpoints, PCIe endpoints or particular controllers. For an address written in the XML libvirt is lenient (a bus taking either kind of endpoint takes both, a pci-bridge may go wherever an endpoint may), but a controller must still sit on a parent that accepts its model: root ports on pcie-root or pcie-expander-bus, downstream ports only on upstream ports, upstream ports on root or downstream ports, pcie-to-pci-bridge on root or downstream ports (not on pcie-root), expander buses only on the root.</source>
        <translation>Jeder Controller nimmt bestimmte Arten von Geräten auf: PCI-Endgeräte, PCIe-Endgeräte oder bestimmte Controller. Bei einer im XML geschriebenen Adresse ist libvirt nachsichtig (ein Bus, der eine Art von Endgerät aufnimmt, nimmt beide; eine pci-bridge darf überall hin, wo ein Endgerät hin darf), aber ein Controller muss dennoch an einem Elternbus sitzen, der sein Modell aufnimmt: Root-Ports an pcie-root oder pcie-expander-bus, Downstream-Ports nur an Upstream-Ports, Upstream-Ports an Root- oder Downstream-Ports, pcie-to-pci-bridge an Root- oder Downstream-Ports (nicht an pcie-root), Expander-Busse nur an der Wurzel.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="106"/>
        <source>Integrated device off bus 0</source>
        <translation>Integriertes Gerät nicht auf Bus 0</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="108"/>
        <source>virtio-iommu is an integrated device: it must sit on bus 0 (pcie-root).</source>
        <translation>virtio-iommu ist ein integriertes Gerät: Es muss auf Bus 0 (pcie-root) sitzen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="110"/>
        <source>libvirt cannot place what has no address</source>
        <translation>libvirt kann nicht platzieren, was keine Adresse hat</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="113"/>
        <source>libvirt gives an address to every PCI controller and device that has none, and adds the controllers that needs (a root port for each PCIe device on q35, a pci-bridge on pc). When no slot is left where a controller could go, or no controller libvirt adds would take the device, it refuses to define the domain: &quot;No more available PCI slots&quot;, &quot;a PCI slot is needed to connect a PCI controller&quot;. The finding runs libvirt&apos;s placement and names what it was placing. Fix: the recommended placement (which puts ports eight to a slot, and shares ports as functions when the bus numbers run out), fewer controllers without an address, or addresses written by hand.</source>
        <translation>libvirt gibt jedem PCI-Controller und jedem Gerät ohne Adresse eine und fügt die Controller hinzu, die das erfordert (einen Root-Port für jedes PCIe-Gerät auf q35, eine pci-bridge auf pc). Wenn kein Steckplatz mehr frei ist, in den ein Controller passt, oder kein Controller, den libvirt hinzufügt, das Gerät aufnähme, weigert es sich, die Domäne zu definieren: „No more available PCI slots“, „a PCI slot is needed to connect a PCI controller“. Der Befund führt die Platzierung von libvirt aus und nennt, was sie gerade platzierte. Behebung: die empfohlene Platzierung (die Ports zu acht in einen Steckplatz legt und Ports als Funktionen teilt, wenn die Busnummern ausgehen), weniger Controller ohne Adresse oder von Hand geschriebene Adressen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="124"/>
        <source>Device must be at its fixed address</source>
        <translation>Gerät muss an seiner festen Adresse sitzen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="126"/>
        <source>Some devices are part of the chipset: on pc the first IDE controller is 00:01.1 and the first PIIX3 USB controller 00:01.2; on q35 the first SATA controller is 00:1f.2. Remove the address and libvirt puts them there.</source>
        <translation>Manche Geräte gehören zum Chipsatz: Auf pc ist der erste IDE-Controller 00:01.1 und der erste PIIX3-USB-Controller 00:01.2; auf q35 ist der erste SATA-Controller 00:1f.2. Entfernen Sie die Adresse, dann setzt libvirt sie dorthin.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="131"/>
        <source>PCI address on a device that has none</source>
        <translation>PCI-Adresse an einem Gerät ohne PCI</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="133"/>
        <source>Only devices that are PCI devices can carry &lt;address type=&apos;pci&apos;&gt;: not an IDE, SATA, SCSI, USB or floppy disk (their address is a drive address), not ramfb. A vfio-pci mediated device or PCI host device needs a PCI address, not another kind.</source>
        <translation>Nur Geräte, die PCI-Geräte sind, dürfen &lt;address type=&apos;pci&apos;&gt; tragen: keine IDE-, SATA-, SCSI-, USB- oder Diskettenlaufwerke (ihre Adresse ist eine Laufwerksadresse), kein ramfb. Ein vermitteltes vfio-pci-Gerät oder ein PCI-Hostgerät braucht eine PCI-Adresse, keine andere Art.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="138"/>
        <source>Device not available on this machine</source>
        <translation>Gerät auf dieser Maschine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="140"/>
        <source>Some PCI devices exist only on some machines: virtio-iommu only on q35 and ARM virt, and only with ACPI (&lt;features&gt;&lt;acpi/&gt;); an IDE controller only as the single built-in one of pc (i440fx), at 00:01.1.</source>
        <translation>Manche PCI-Geräte gibt es nur auf manchen Maschinen: virtio-iommu nur auf q35 und ARM virt und nur mit ACPI (&lt;features&gt;&lt;acpi/&gt;); einen IDE-Controller nur als den einen eingebauten von pc (i440fx), bei 00:01.1.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="146"/>
        <source>multifunction=&apos;off&apos; on a shared slot</source>
        <translation>multifunction=&apos;off&apos; an einem geteilten Steckplatz</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="148"/>
        <source>Function 0 of a slot with other functions must be a multifunction device. libvirt adds multifunction=&apos;on&apos; when the attribute is absent but keeps an explicit &apos;off&apos;, and QEMU then refuses to start the guest. Set multifunction=&apos;on&apos; or remove the attribute.</source>
        <translation>Funktion 0 eines Steckplatzes mit weiteren Funktionen muss ein Multifunktionsgerät sein. libvirt ergänzt multifunction=&apos;on&apos;, wenn das Attribut fehlt, behält aber ein ausdrückliches &apos;off&apos; bei, und QEMU verweigert dann den Start des Gasts. Setzen Sie multifunction=&apos;on&apos; oder entfernen Sie das Attribut.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="154"/>
        <source>Functions without function 0</source>
        <translation>Funktionen ohne Funktion 0</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="155"/>
        <source>A slot whose functions do not include function 0 is accepted by libvirt and QEMU, but the guest never scans the slot: those devices stay invisible. Move one of them to function 0.</source>
        <translation>Einen Steckplatz, dessen Funktionen Funktion 0 nicht enthalten, akzeptieren libvirt und QEMU, aber der Gast durchsucht ihn nie: Diese Geräte bleiben unsichtbar. Verschieben Sie eines davon auf Funktion 0.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="160"/>
        <source>libvirt will add multifunction=&apos;on&apos;</source>
        <translation>libvirt wird multifunction=&apos;on&apos; ergänzen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="161"/>
        <source>Function 0 of a slot with several functions gets multifunction=&apos;on&apos; from libvirt when the domain is defined.</source>
        <translation>Funktion 0 eines Steckplatzes mit mehreren Funktionen erhält beim Definieren der Domäne von libvirt multifunction=&apos;on&apos;.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="165"/>
        <source>Invalid controller index</source>
        <translation>Ungültiger Controller-Index</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="167"/>
        <source>A PCI controller&apos;s index is a number from 0 to 255, used once.</source>
        <translation>Der Index eines PCI-Controllers ist eine Zahl von 0 bis 255 und wird nur einmal vergeben.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="169"/>
        <source>Unknown or mismatched controller model</source>
        <translation>Unbekanntes oder unpassendes Controller-Modell</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="171"/>
        <source>The model must be one libvirt knows (pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, pcie-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus), and &lt;model name&gt; must be the QEMU device that implements it.</source>
        <translation>Das Modell muss eines sein, das libvirt kennt (pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, pcie-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus), und &lt;model name&gt; muss das QEMU-Gerät sein, das es umsetzt.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="176"/>
        <source>Root controller misplaced</source>
        <translation>Wurzel-Controller falsch platziert</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="178"/>
        <source>The root bus is the controller with index 0: pcie-root on q35 and ARM/RISC-V virt, pci-root elsewhere. Roots carry no address; on pseries further pci-root controllers are extra PHBs.</source>
        <translation>Der Wurzelbus ist der Controller mit Index 0: pcie-root auf q35 und ARM/RISC-V virt, sonst pci-root. Wurzeln tragen keine Adresse; auf pseries sind weitere pci-root-Controller zusätzliche PHBs.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="183"/>
        <source>Controller not supported by the machine</source>
        <translation>Controller von der Maschine nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="185"/>
        <source>pci-expander-bus (pxb) exists only on i440fx (pc) machines, pcie-expander-bus (pxb-pcie) only on q35 and ARM virt.</source>
        <translation>pci-expander-bus (pxb) gibt es nur auf i440fx-Maschinen (pc), pcie-expander-bus (pxb-pcie) nur auf q35 und ARM virt.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="189"/>
        <source>pci-bridge index not above its bus</source>
        <translation>Index der pci-bridge nicht größer als der ihres Busses</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="191"/>
        <source>A pci-bridge&apos;s index must be larger than the index of the bus it is plugged into.</source>
        <translation>Der Index einer pci-bridge muss größer sein als der Index des Busses, an dem sie steckt.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="194"/>
        <source>Controller index not above its parent&apos;s</source>
        <translation>Controller-Index nicht größer als der des Elternbusses</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="196"/>
        <source>libvirt hands controllers to QEMU in index order, so a controller plugged into a bus with a higher index than its own refers to a bus QEMU has not created yet, and QEMU refuses to start. libvirt checks this only for pci-bridge. Renumber so parents come first.</source>
        <translation>libvirt übergibt die Controller in Index-Reihenfolge an QEMU. Ein Controller an einem Bus mit höherem Index als seinem eigenen verweist daher auf einen Bus, den QEMU noch nicht angelegt hat, und QEMU verweigert den Start. libvirt prüft das nur für pci-bridge. Nummerieren Sie so um, dass die Eltern zuerst kommen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="201"/>
        <source>Gaps between controller indexes</source>
        <translation>Lücken zwischen Controller-Indizes</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="203"/>
        <source>libvirt fills gaps in the controller indexes with controllers of the default model. Renumber the controllers, or expect extra controllers after defining.</source>
        <translation>libvirt füllt Lücken in den Controller-Indizes mit Controllern des Standardmodells. Nummerieren Sie die Controller um oder rechnen Sie nach dem Definieren mit zusätzlichen Controllern.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="206"/>
        <source>Invalid &lt;target&gt; option</source>
        <translation>Ungültige &lt;target&gt;-Option</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="208"/>
        <source>Each &lt;target&gt; attribute is valid on some models only, within a range: chassisNr 1–255 (pci-bridge), chassis and port 0–255 (root and downstream ports), busNr 1–254 (expander buses), index 0–30 (pseries PHBs), hotplug on pci-root, root and downstream ports.</source>
        <translation>Jedes &lt;target&gt;-Attribut gilt nur für manche Modelle und nur in einem Bereich: chassisNr 1–255 (pci-bridge), chassis und port 0–255 (Root- und Downstream-Ports), busNr 1–254 (Expander-Busse), index 0–30 (pseries-PHBs), hotplug an pci-root, Root- und Downstream-Ports.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="213"/>
        <source>Two PCIe ports share a chassis</source>
        <translation>Zwei PCIe-Ports teilen sich ein Chassis</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="215"/>
        <source>QEMU identifies PCIe slots by (chassis, slot), and libvirt never sets the slot, so every root port and downstream port needs its own chassis number. libvirt does not check it.</source>
        <translation>QEMU kennzeichnet PCIe-Steckplätze durch (Chassis, Steckplatz), und libvirt setzt den Steckplatz nie. Daher braucht jeder Root-Port und Downstream-Port eine eigene Chassis-Nummer. libvirt prüft das nicht.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="220"/>
        <source>Invalid NUMA node on a controller</source>
        <translation>Ungültiger NUMA-Knoten an einem Controller</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="222"/>
        <source>A &lt;node&gt; in a controller&apos;s &lt;target&gt; must be a NUMA cell of the guest (&lt;cpu&gt;&lt;numa&gt;), and only expander buses and extra pseries PHBs may have one.</source>
        <translation>Ein &lt;node&gt; im &lt;target&gt; eines Controllers muss eine NUMA-Zelle des Gasts sein (&lt;cpu&gt;&lt;numa&gt;), und nur Expander-Busse und zusätzliche pseries-PHBs dürfen einen haben.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="225"/>
        <source>busNr out of range</source>
        <translation>busNr außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="227"/>
        <source>An expander bus&apos;s busNr must be between 1 and 254.</source>
        <translation>Die busNr eines Expander-Busses muss zwischen 1 und 254 liegen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="228"/>
        <source>Expander bus numbers collide</source>
        <translation>Busnummern von Expandern überschneiden sich</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="230"/>
        <source>Each expander bus starts its own range of bus numbers at busNr. Two expanders with the same busNr, or a range too small for the buses behind an expander (or behind the main root, below the lowest busNr), make QEMU refuse to start or leave buses the guest cannot number.</source>
        <translation>Jeder Expander-Bus beginnt bei busNr einen eigenen Bereich von Busnummern. Zwei Expander mit derselben busNr oder ein Bereich, der für die Busse hinter einem Expander (oder hinter der Hauptwurzel, unterhalb der kleinsten busNr) zu klein ist, lassen QEMU den Start verweigern oder hinterlassen Busse, die der Gast nicht nummerieren kann.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="235"/>
        <source>Invalid PHB target index</source>
        <translation>Ungültiger PHB-Zielindex</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="237"/>
        <source>On pseries each PHB has a target index: 0 for the default PHB (controller 0) and only for it, 1–30 for the others.</source>
        <translation>Auf pseries hat jeder PHB einen Zielindex: 0 für den Standard-PHB (Controller 0) und nur für ihn, 1–30 für die übrigen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="241"/>
        <source>Two PHBs share a target index</source>
        <translation>Zwei PHBs teilen sich einen Zielindex</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="243"/>
        <source>Every pseries PHB needs its own target index; libvirt does not check it, QEMU refuses.</source>
        <translation>Jeder pseries-PHB braucht einen eigenen Zielindex; libvirt prüft das nicht, QEMU lehnt ab.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="247"/>
        <source>More than 256 buses in one PCI domain</source>
        <translation>Mehr als 256 Busse in einer PCI-Domäne</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="248"/>
        <source>A PCI domain numbers at most 256 buses (0–255). Every bridge, port and expander takes one (pci-expander-bus two); pseries PHBs each have their own domain. Above the limit the guest firmware cannot enumerate the hierarchy.</source>
        <translation>Eine PCI-Domäne nummeriert höchstens 256 Busse (0–255). Jede Bridge, jeder Port und jeder Expander belegt einen (pci-expander-bus zwei); pseries-PHBs haben jeweils eine eigene Domäne. Über der Grenze kann die Firmware des Gasts die Hierarchie nicht aufzählen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="252"/>
        <source>Too many ports need I/O space</source>
        <translation>Zu viele Ports brauchen I/O-Adressraum</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="254"/>
        <source>The 64 KiB of I/O space allow about ten root or downstream ports whose device has I/O BARs (legacy PCI devices, transitional virtio). Devices beyond that may not work in the guest. Use modern (non-transitional) virtio or PCIe devices behind ports.</source>
        <translation>Die 64 KiB I/O-Adressraum reichen für etwa zehn Root- oder Downstream-Ports, deren Gerät I/O-BARs hat (klassische PCI-Geräte, transitional virtio). Geräte darüber hinaus funktionieren im Gast womöglich nicht. Verwenden Sie hinter Ports modernes (nicht-transitional) virtio oder PCIe-Geräte.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="258"/>
        <source>Too many pci-bridges</source>
        <translation>Zu viele pci-bridges</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="260"/>
        <source>Each pci-bridge reserves 4 KiB of I/O and 2 MiB of MMIO space, so more than nine may not be configured by the firmware. Fill one bridge before adding the next.</source>
        <translation>Jede pci-bridge reserviert 4 KiB I/O- und 2 MiB MMIO-Adressraum, daher richtet die Firmware mehr als neun womöglich nicht ein. Füllen Sie eine Bridge, bevor Sie die nächste hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="264"/>
        <source>No slot left for hotplug</source>
        <translation>Kein Steckplatz für Hotplug übrig</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="266"/>
        <source>libvirt never adds PCI controllers at hotplug, so a guest that should take devices while running needs free hotpluggable slots from the start: empty root or downstream ports (PCIe) or free slots on a pci-bridge (PCI).</source>
        <translation>libvirt fügt beim Hotplug nie PCI-Controller hinzu. Ein Gast, der im Betrieb Geräte aufnehmen soll, braucht daher von Anfang an freie hotplugfähige Steckplätze: leere Root- oder Downstream-Ports (PCIe) oder freie Steckplätze an einer pci-bridge (PCI).</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="271"/>
        <source>Device cannot be hot-unplugged</source>
        <translation>Gerät kann nicht im Betrieb entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="273"/>
        <source>A device on a bus without hotplug (pcie-root, dmi-to-pci-bridge, expander buses, a port with hotplug=&apos;off&apos;) or sharing its slot with other functions cannot be detached while the guest runs. For such a slot on a root or downstream port (a GPU with its audio function), hotplug=&apos;off&apos; on the port tells the guest too: it then offers no eject for it.</source>
        <translation>Ein Gerät an einem Bus ohne Hotplug (pcie-root, dmi-to-pci-bridge, Expander-Busse, ein Port mit hotplug=&apos;off&apos;) oder eines, das seinen Steckplatz mit weiteren Funktionen teilt, kann nicht abgetrennt werden, solange der Gast läuft. Für einen solchen Steckplatz an einem Root- oder Downstream-Port (eine GPU mit ihrer Audio-Funktion) sagt hotplug=&apos;off&apos; am Port es auch dem Gast: er bietet dann kein Auswerfen dafür an.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="281"/>
        <source>Placement constraint not met</source>
        <translation>Platzierungsvorgabe nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="282"/>
        <source>The device has a placement constraint (kept in the domain&apos;s metadata) that its address breaks: it must be hot-unpluggable, on a PCI Express port or a conventional PCI bus, or on a bus of a given guest NUMA node. Automatic placement honours these constraints.</source>
        <translation>Das Gerät hat eine Platzierungsvorgabe (in den Metadaten der Domäne), die seine Adresse verletzt: Es muss im Betrieb entfernbar sein, an einem PCI-Express-Port oder einem klassischen PCI-Bus sitzen oder an einem Bus eines bestimmten NUMA-Knotens des Gasts. Die automatische Platzierung hält diese Vorgaben ein.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="287"/>
        <source>Placement preference not met</source>
        <translation>Platzierungswunsch nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="289"/>
        <source>The device prefers another kind of parent controller, or a constraint names a device the domain does not have.</source>
        <translation>Das Gerät bevorzugt eine andere Art von Eltern-Controller, oder eine Vorgabe nennt ein Gerät, das die Domäne nicht hat.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="294"/>
        <source>Legacy PCI device in a PCIe port</source>
        <translation>Klassisches PCI-Gerät in einem PCIe-Port</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="295"/>
        <source>A conventional PCI device in a root or downstream port &quot;might not always work&quot;. Put legacy devices behind a pcie-to-pci-bridge.</source>
        <translation>Ein klassisches PCI-Gerät in einem Root- oder Downstream-Port „funktioniert womöglich nicht immer“. Setzen Sie klassische Geräte hinter eine pcie-to-pci-bridge.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="299"/>
        <source>PCIe device in a conventional PCI slot</source>
        <translation>PCIe-Gerät in einem klassischen PCI-Steckplatz</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="301"/>
        <source>A PCIe device in a conventional PCI slot loses its extended configuration space (AER, some vendor capabilities). Put it in a root or downstream port.</source>
        <translation>Ein PCIe-Gerät in einem klassischen PCI-Steckplatz verliert seinen erweiterten Konfigurationsraum (AER, manche Herstellerfähigkeiten). Setzen Sie es in einen Root- oder Downstream-Port.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="305"/>
        <source>Xen ignores PCI controllers and guest addresses</source>
        <translation>Xen ignoriert PCI-Controller und Gastadressen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="307"/>
        <source>Xen HVM guests see one emulated PCI bus and libxl chooses guest slots itself: PCI controllers beyond the root and guest-side PCI addresses have no effect.</source>
        <translation>Xen-HVM-Gäste sehen einen emulierten PCI-Bus, und libxl wählt die Steckplätze im Gast selbst: PCI-Controller außer der Wurzel und PCI-Adressen auf Gastseite bleiben ohne Wirkung.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="311"/>
        <source>PCIe device passed to Xen in legacy mode</source>
        <translation>PCIe-Gerät im Legacy-Modus an Xen durchgereicht</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="312"/>
        <source>Xen passes PCIe functions through in legacy PCI mode: the guest cannot reach extended configuration space (AER, SR-IOV, vendor capabilities), which some drivers need.</source>
        <translation>Xen reicht PCIe-Funktionen im klassischen PCI-Modus durch: Der Gast erreicht den erweiterten Konfigurationsraum nicht (AER, SR-IOV, Herstellerfähigkeiten), den manche Treiber brauchen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="317"/>
        <source>Host device assigned twice</source>
        <translation>Hostgerät doppelt zugewiesen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="319"/>
        <source>A host device can appear in one &lt;hostdev&gt; (or hostdev interface) only.</source>
        <translation>Ein Hostgerät darf nur in einem &lt;hostdev&gt; (oder einer Hostdev-Schnittstelle) vorkommen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="321"/>
        <source>Host device without a source</source>
        <translation>Hostgerät ohne Quelle</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="324"/>
        <source>A &lt;hostdev&gt; must say which host device it passes: &lt;source&gt;&lt;address domain bus slot function/&gt;&lt;/source&gt; for a PCI device. Drag the device from the host devices instead, or remove the element.</source>
        <translation>Ein &lt;hostdev&gt; muss angeben, welches Hostgerät es durchreicht: &lt;source&gt;&lt;address domain bus slot function/&gt;&lt;/source&gt; für ein PCI-Gerät. Ziehen Sie das Gerät stattdessen aus den Hostgeräten herein oder entfernen Sie das Element.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="329"/>
        <source>Invalid or duplicate zPCI identifier</source>
        <translation>Ungültige oder doppelte zPCI-Kennung</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="331"/>
        <source>On s390x each PCI device has a zPCI uid (0x0001–0xffff) and fid, each unique in the domain.</source>
        <translation>Auf s390x hat jedes PCI-Gerät eine zPCI-uid (0x0001–0xffff) und eine fid, jeweils eindeutig in der Domäne.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="336"/>
        <source>Host bridge assigned to a guest</source>
        <translation>Host-Bridge einem Gast zugewiesen</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="338"/>
        <source>Only endpoint functions can be passed through: a PCI bridge or root port of the host cannot. libvirt refuses when the guest starts.</source>
        <translation>Nur Endgerätefunktionen können durchgereicht werden, keine PCI-Bridge und kein Root-Port des Hosts. libvirt lehnt beim Start des Gasts ab.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="343"/>
        <source>Unmanaged host device still on its driver</source>
        <translation>Nicht verwaltetes Hostgerät noch an seinem Treiber</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="345"/>
        <source>With managed=&apos;no&apos; libvirt does not rebind the function: it must already be bound to vfio-pci (or pci-stub) when the guest starts. Bind it, or set managed=&apos;yes&apos;.</source>
        <translation>Mit managed=&apos;no&apos; bindet libvirt die Funktion nicht um: Sie muss beim Start des Gasts schon an vfio-pci (oder pci-stub) gebunden sein. Binden Sie sie um oder setzen Sie managed=&apos;yes&apos;.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="349"/>
        <source>IOMMU group not viable</source>
        <translation>IOMMU-Gruppe nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="351"/>
        <source>VFIO hands a whole IOMMU group to a guest. Every other endpoint of the group must be passed to the same guest or be bound to vfio-pci (or pci-stub, or no driver); libvirt rebinds only the functions it assigns.</source>
        <translation>VFIO übergibt einem Gast immer eine ganze IOMMU-Gruppe. Jedes andere Endgerät der Gruppe muss demselben Gast übergeben werden oder an vfio-pci (bzw. pci-stub oder keinen Treiber) gebunden sein; libvirt bindet nur die Funktionen um, die es zuweist.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="356"/>
        <source>IOMMU group passed only in part</source>
        <translation>IOMMU-Gruppe nur teilweise durchgereicht</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="357"/>
        <source>Other members of the device&apos;s IOMMU group are not passed to this guest. They cannot be used by the host or another guest while this guest runs. Consider passing the whole group.</source>
        <translation>Andere Mitglieder der IOMMU-Gruppe des Geräts werden diesem Gast nicht übergeben. Weder der Host noch ein anderer Gast kann sie nutzen, solange dieser Gast läuft. Erwägen Sie, die ganze Gruppe durchzureichen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="362"/>
        <source>Machine type the host does not have</source>
        <translation>Maschinentyp, den der Host nicht hat</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="365"/>
        <source>The connection&apos;s hypervisor lists the architectures and machine types it runs; libvirt refuses a domain whose machine type is not among them. Choose one the host offers (the finding names them), or define the domain on a host with a newer QEMU.</source>
        <translation>Der Hypervisor der Verbindung nennt die Architekturen und Maschinentypen, die er ausführt; libvirt verweigert eine Domäne, deren Maschinentyp nicht darunter ist. Einen Typ wählen, den der Host anbietet (der Befund nennt sie), oder die Domäne auf einem Host mit neuerem QEMU definieren.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="370"/>
        <source>Device model the host does not offer</source>
        <translation>Gerätemodell, das der Host nicht anbietet</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="372"/>
        <source>The connection&apos;s domain capabilities list the video models and disk buses its QEMU offers for this machine type, and whether it can pass PCI host devices (VFIO). libvirt refuses a model it does not offer; a PCI host device without VFIO cannot start. Only domains opened from a connection are judged: a file has no host.</source>
        <translation>Die Domänen-Fähigkeiten der Verbindung nennen die Videomodelle und Plattenbusse, die ihr QEMU für diesen Maschinentyp anbietet, und ob es PCI-Host-Geräte durchreichen kann (VFIO). libvirt verweigert ein Modell, das es nicht anbietet; ein PCI-Host-Gerät ohne VFIO kann nicht starten. Nur Domänen, die aus einer Verbindung geöffnet wurden, werden beurteilt: eine Datei hat keinen Host.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="378"/>
        <source>Host device used by another guest</source>
        <translation>Hostgerät von einem anderen Gast genutzt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="379"/>
        <source>A host function, and with VFIO every member of its IOMMU group, can be used by one running guest at a time.</source>
        <translation>Eine Hostfunktion – und mit VFIO jedes Mitglied ihrer IOMMU-Gruppe – kann jeweils nur ein laufender Gast nutzen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="382"/>
        <source>PE not alone on its vPHB</source>
        <translation>PE nicht allein an seinem vPHB</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="384"/>
        <source>On pseries each passed-through host PE (IOMMU group) should have a vPHB of its own, with all its functions and no emulated devices: QEMU can run EEH error recovery only for a PHB whose container holds exactly one group.</source>
        <translation>Auf pseries sollte jede durchgereichte Host-PE (IOMMU-Gruppe) einen eigenen vPHB haben, mit allen ihren Funktionen und ohne emulierte Geräte: QEMU kann die EEH-Fehlerbehandlung nur für einen PHB ausführen, dessen Container genau eine Gruppe enthält.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="389"/>
        <source>Functions of one host device split</source>
        <translation>Funktionen eines Hostgeräts getrennt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="391"/>
        <source>The functions of one host slot (a GPU and its HDMI audio) should stay functions of one guest slot, with multifunction=&apos;on&apos; on function 0, as on the host. Drivers expect them together.</source>
        <translation>Die Funktionen eines Host-Steckplatzes (eine GPU und ihr HDMI-Audio) sollten wie auf dem Host Funktionen eines Gast-Steckplatzes bleiben, mit multifunction=&apos;on&apos; an Funktion 0. Treiber erwarten sie zusammen.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="396"/>
        <source>libvirt refused to save the domain</source>
        <translation>libvirt hat das Speichern der Domäne abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="398"/>
        <source>The connection&apos;s libvirt refused the definition when it was saved, for a reason its message gives. The finding is pinned to the device at the PCI address the message names, and stays until the next edit. The edit is kept in the editor: change what the message names and save again, or save to a file.</source>
        <translation>Das libvirt der Verbindung hat die Definition beim Speichern abgelehnt, aus dem Grund, den seine Meldung nennt. Der Befund hängt an dem Gerät an der PCI-Adresse, die die Meldung nennt, und bleibt bis zur nächsten Bearbeitung. Die Bearbeitung bleibt im Editor erhalten: Ändern Sie, was die Meldung nennt, und speichern Sie erneut, oder speichern Sie in eine Datei.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="404"/>
        <source>Expander or PHB on another NUMA node than its host device</source>
        <translation>Expander oder PHB auf einem anderen NUMA-Knoten als sein Hostgerät</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="406"/>
        <source>A host device reached through an expander bus or PHB that claims a different NUMA node than the device&apos;s host node gets slower DMA and misleads the guest scheduler.</source>
        <translation>Ein Hostgerät, das über einen Expander-Bus oder PHB erreicht wird, der einen anderen NUMA-Knoten angibt als den des Geräts auf dem Host, bekommt langsameren DMA und führt den Scheduler des Gasts in die Irre.</translation>
    </message>
    <message>
        <location filename="../model/rules/RuleChecker.cpp" line="638"/>
        <source>libvirt did not save the domain: %1</source>
        <translation>libvirt hat die Domäne nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="113"/>
        <source>PIIX3 ISA bridge</source>
        <translation>PIIX3-ISA-Bridge</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="114"/>
        <source>primary IDE controller</source>
        <translation>primärer IDE-Controller</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="115"/>
        <source>PIIX3 USB controller</source>
        <translation>PIIX3-USB-Controller</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="116"/>
        <source>PIIX3 ACPI controller</source>
        <translation>PIIX3-ACPI-Controller</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="117"/>
        <source>ICH9 LPC bridge</source>
        <translation>ICH9-LPC-Bridge</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="118"/>
        <source>primary SATA controller</source>
        <translation>primärer SATA-Controller</translation>
    </message>
    <message>
        <location filename="../model/rules/BusModel.cpp" line="119"/>
        <source>ICH9 SMBus controller</source>
        <translation>ICH9-SMBus-Controller</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <location filename="../model/Topology.cpp" line="18"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="13"/>
        <source>invalid device XML: %1</source>
        <translation>ungültiges Geräte-XML: %1</translation>
    </message>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="18"/>
        <source>the domain has no &lt;devices&gt;</source>
        <translation>die Domäne hat kein &lt;devices&gt;</translation>
    </message>
    <message>
        <location filename="../model/commands/AddNode.cpp" line="29"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/RemoveNode.cpp" line="12"/>
        <source>%1 is added by libvirt and cannot be removed</source>
        <translation>%1 wird von libvirt hinzugefügt und kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/commands/RemoveNode.cpp" line="16"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="26"/>
        <source>%1 cannot be moved: libvirt adds it implicitly</source>
        <translation>%1 kann nicht verschoben werden: libvirt fügt es implizit hinzu</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="34"/>
        <source>%1 has a &apos;%2&apos; address, not a PCI address</source>
        <translation>%1 hat eine Adresse vom Typ &apos;%2&apos;, keine PCI-Adresse</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="39"/>
        <source>Clear Address of %1</source>
        <translation>Adresse von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="42"/>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAddress.cpp" line="46"/>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/SetAddress.cpp" line="98"/>
        <location filename="../model/commands/SetAddress.cpp" line="116"/>
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="19"/>
        <source>%1 is implicit: add it to the XML before editing it</source>
        <translation>%1 ist implizit: Fügen Sie es dem XML hinzu, bevor Sie es bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="28"/>
        <source>Remove %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetAttribute.cpp" line="29"/>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetConstraint.cpp" line="14"/>
        <source>Clear Placement Constraint of %1</source>
        <translation>Platzierungsvorgabe von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetConstraint.cpp" line="15"/>
        <source>Set Placement Constraint of %1</source>
        <translation>Platzierungsvorgabe von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/commands/SetConstraint.cpp" line="56"/>
        <source>%1 has no placement constraint</source>
        <translation>%1 hat keine Platzierungsvorgabe</translation>
    </message>
    <message>
        <location filename="../model/commands/ReplaceNode.cpp" line="13"/>
        <source>%1 is added by libvirt and has no XML to replace</source>
        <translation>%1 wird von libvirt hinzugefügt und hat kein XML, das ersetzt werden könnte</translation>
    </message>
    <message>
        <location filename="../model/commands/ReplaceNode.cpp" line="26"/>
        <source>the XML must stay one &lt;%1&gt; element, not &lt;%2&gt;</source>
        <translation>das XML muss ein &lt;%1&gt;-Element bleiben, nicht &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../model/commands/ReplaceNode.cpp" line="31"/>
        <source>Edit XML of %1</source>
        <translation>XML von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/commands/FixCommands.cpp" line="92"/>
        <source>no free place takes %1</source>
        <translation>kein freier Platz nimmt %1 auf</translation>
    </message>
    <message>
        <location filename="../model/commands/FixCommands.cpp" line="99"/>
        <source>the plan changes nothing</source>
        <translation>der Plan ändert nichts</translation>
    </message>
    <message>
        <location filename="../model/commands/FixCommands.cpp" line="113"/>
        <source>it is gone from the document</source>
        <translation>es ist nicht mehr im Dokument</translation>
    </message>
    <message>
        <location filename="../model/commands/FixCommands.cpp" line="173"/>
        <source>it no longer applies</source>
        <translation>es passt nicht mehr</translation>
    </message>
</context>
<context>
    <name>XmlDocument</name>
    <message>
        <location filename="../model/xml/XmlNode.cpp" line="14"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="105"/>
        <source>document type declarations (&lt;!DOCTYPE&gt;) are not allowed in a domain XML</source>
        <translation>Dokumenttyp-Deklarationen (&lt;!DOCTYPE&gt;) sind in einem Domänen-XML nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="111"/>
        <source>entity declarations are not allowed in a domain XML</source>
        <translation>Entity-Deklarationen sind in einem Domänen-XML nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../model/DomainDocument.cpp" line="62"/>
        <location filename="../model/xml/XmlParser.cpp" line="197"/>
        <source>the file is %1 MiB, larger than the %2 MiB a domain XML may have</source>
        <translation>die Datei ist %1 MiB groß, mehr als die %2 MiB, die ein Domänen-XML haben darf</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="204"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="126"/>
        <location filename="../model/xml/XmlParser.cpp" line="206"/>
        <source>the file is not UTF-8 text (libvirt domain XML is always UTF-8)</source>
        <translation>die Datei ist kein UTF-8-Text (libvirt-Domänen-XML ist immer UTF-8)</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="129"/>
        <source>elements are nested more than %1 deep; no domain XML is</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt; kein Domänen-XML ist das</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="134"/>
        <source>a text or attribute is longer than a domain XML may have</source>
        <translation>ein Text oder Attribut ist länger, als ein Domänen-XML es haben darf</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="219"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="251"/>
        <source>the file is not well-formed XML</source>
        <translation>die Datei ist kein wohlgeformtes XML</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="254"/>
        <source>the file declares the encoding %1; pcitopo reads UTF-8 only, as libvirt writes it</source>
        <translation>die Datei gibt die Kodierung %1 an; pcitopo liest nur UTF-8, wie libvirt es schreibt</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="261"/>
        <source>the file has no root element</source>
        <translation>die Datei hat kein Wurzelelement</translation>
    </message>
    <message>
        <location filename="../model/xml/XmlParser.cpp" line="264"/>
        <source>the file could not be indexed for lossless editing</source>
        <translation>die Datei konnte nicht für verlustfreies Bearbeiten erfasst werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="154"/>
        <source>PCI/PCIe topology editor for libvirt guests</source>
        <translation>PCI/PCIe-Topologie-Editor für libvirt-Gäste</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>Domain XML to open (with --connect: a domain name).</source>
        <translation>Zu öffnendes Domänen-XML (mit --connect: ein Domänenname).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="160"/>
        <source>Open a libvirt connection (qemu:///system, qemu+ssh://host/system, …).</source>
        <translation>Eine libvirt-Verbindung öffnen (qemu:///system, qemu+ssh://host/system, …).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="165"/>
        <source>With --connect and a domain: open the running guest&apos;s live topology.</source>
        <translation>Mit --connect und einer Domäne: die Live-Topologie des laufenden Gasts öffnen.</translation>
    </message>
</context>
<context>
    <name>pcitopo::ActionManager</name>
    <message>
        <location filename="../app/ActionManager.cpp" line="53"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="65"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="66"/>
        <source>Open Domain XML</source>
        <translation>Domänen-XML öffnen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="67"/>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation>Domänen-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="72"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="73"/>
        <source>Open &amp;Demo Domain</source>
        <translation>&amp;Demo-Domäne öffnen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="76"/>
        <source>&amp;Connect to libvirt…</source>
        <translation>Mit libvirt &amp;verbinden …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="77"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="79"/>
        <source>Connect to the Demo &amp;Host</source>
        <translation>Mit dem Demo-&amp;Host verbinden</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="80"/>
        <source>Open &amp;Live Topology</source>
        <translation>&amp;Live-Topologie öffnen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="84"/>
        <source>The current domain&apos;s running guest as it is now, to plug and unplug devices</source>
        <translation>Der laufende Gast der aktuellen Domäne, wie er jetzt ist, um Geräte ein- und auszustecken</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="91"/>
        <source>&amp;Refresh Connection</source>
        <translation>Verbindung &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="93"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="95"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="105"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="106"/>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="109"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="122"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="124"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="129"/>
        <source>&amp;Move To…</source>
        <translation>&amp;Verschieben nach …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="131"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="132"/>
        <source>Move the selection to another address (the keyboard way to drag)</source>
        <translation>Die Auswahl an eine andere Adresse verschieben (Ziehen per Tastatur)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="133"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="142"/>
        <source>On a running guest, Delete unplugs one device: select a single device.</source>
        <translation>Bei einem laufenden Gast steckt Entfernen ein Gerät aus: ein einzelnes Gerät auswählen.</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="149"/>
        <source>&amp;Place Unplaced Devices…</source>
        <translation>Geräte ohne Adresse &amp;platzieren …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="151"/>
        <source>Give devices without an address the addresses libvirt would, and add the controllers they need</source>
        <translation>Geräten ohne Adresse die Adressen geben, die libvirt vergäbe, und die nötigen Controller hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="153"/>
        <source>Place for &amp;Hotplug…</source>
        <translation>Für &amp;Hotplug platzieren …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="155"/>
        <source>Place for Hotplug</source>
        <translation>Für Hotplug platzieren</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="156"/>
        <source>Every PCIe device gets a root port of its own. How many empty hotpluggable ports should be added for later?</source>
        <translation>Jedes PCIe-Gerät bekommt einen eigenen Root-Port. Wie viele leere hotplugfähige Ports sollen für später hinzukommen?</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="160"/>
        <source>The recommended placement: a port per device and spare ports (q35, virt), a PHB per host PE and spare PHBs (pseries)</source>
        <translation>Die empfohlene Platzierung: ein Port je Gerät und freie Ports (q35, virt), ein PHB je Host-PE und freie PHBs (pseries)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="162"/>
        <source>&amp;Re-place All…</source>
        <translation>Alles &amp;neu platzieren…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="163"/>
        <source>Plan every address again, keeping the devices and controllers</source>
        <translation>Alle Adressen neu planen, Geräte und Controller bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="165"/>
        <source>Add &amp;Spare Hotplug Ports…</source>
        <translation>&amp;Freie Hotplug-Ports hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="167"/>
        <source>Add Spare Hotplug Ports</source>
        <translation>Freie Hotplug-Ports hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="168"/>
        <source>Empty hotpluggable root ports (PHBs on pseries) to add, for devices attached while the guest runs:</source>
        <translation>Anzahl leerer hotplugfähiger Root-Ports (PHBs auf pseries), die für im Betrieb angeschlossene Geräte hinzukommen:</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="172"/>
        <source>libvirt adds no controller at hotplug: ports must exist when the guest starts</source>
        <translation>libvirt fügt beim Hotplug keinen Controller hinzu: Ports müssen beim Start des Gasts vorhanden sein</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="173"/>
        <source>Convert Machine T&amp;ype…</source>
        <translation>Maschinen&amp;typ umwandeln…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="174"/>
        <source>Turn a pc (i440fx) guest into q35 or back: chipset, IDE/SATA, every device placed anew</source>
        <translation>Einen pc-Gast (i440fx) in q35 umwandeln oder zurück: Chipsatz, IDE/SATA, jedes Gerät neu platziert</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="175"/>
        <source>Placement &amp;Constraint…</source>
        <translation>Platzierungs&amp;vorgabe…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="177"/>
        <source>Where automatic placement may put the selected device (kept in the domain&apos;s metadata)</source>
        <translation>Wohin die automatische Platzierung das ausgewählte Gerät setzen darf (in den Metadaten der Domäne gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="189"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="191"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="193"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="194"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="195"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="196"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="197"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="206"/>
        <location filename="../app/ActionManager.cpp" line="388"/>
        <source>&amp;Collapse Subtree</source>
        <translation>Teilbaum &amp;einklappen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="206"/>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="207"/>
        <location filename="../app/ActionManager.cpp" line="388"/>
        <source>&amp;Expand Subtree</source>
        <translation>Teilbaum &amp;ausklappen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="207"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="208"/>
        <source>Expand A&amp;ll</source>
        <translation>A&amp;lles ausklappen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="214"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="218"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="222"/>
        <source>The language changes when pcitopo is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von pcitopo.</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="231"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="232"/>
        <source>The docks where they were at the first start, sized for this screen</source>
        <translation>Die Docks wie beim ersten Start, passend für diesen Bildschirm</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="242"/>
        <source>Find (Ctrl+F): name, model or address</source>
        <translation>Suchen (Strg+F): Name, Modell oder Adresse</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="247"/>
        <location filename="../app/ActionManager.cpp" line="258"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="257"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="271"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="272"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="274"/>
        <source>Select &amp;All Matches</source>
        <translation>&amp;Alle Treffer auswählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ActionManager.cpp" line="276"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="265"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="282"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="283"/>
        <source>What Do These &amp;Symbols Mean?</source>
        <translation>Was bedeuten diese &amp;Symbole?</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="291"/>
        <source>&amp;About pcitopo</source>
        <translation>Über &amp;pcitopo</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="293"/>
        <source>About pcitopo</source>
        <translation>Über pcitopo</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="294"/>
        <source>&lt;h3&gt;pcitopo %1&lt;/h3&gt;&lt;p&gt;The PCI/PCIe topology editor for libvirt guests: see a guest&apos;s controllers and devices, rearrange them with every rule checked, pass host devices through, and save through libvirt.&lt;/p&gt;&lt;p&gt;Rules follow libvirt 9.0 and QEMU 7.2 (&lt;code&gt;pcitopo explain&lt;/code&gt; lists them with their sources).&lt;/p&gt;&lt;p&gt;Running with Qt %2 and libvirt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pcitopo %1&lt;/h3&gt;&lt;p&gt;Der PCI/PCIe-Topologie-Editor für libvirt-Gäste: Controller und Geräte eines Gasts sehen, sie mit geprüften Regeln umordnen, Hostgeräte durchreichen und über libvirt speichern.&lt;/p&gt;&lt;p&gt;Die Regeln folgen libvirt 9.0 und QEMU 7.2 (&lt;code&gt;pcitopo explain&lt;/code&gt; listet sie mit ihren Quellen auf).&lt;/p&gt;&lt;p&gt;Läuft mit Qt %2 und libvirt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="300"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="312"/>
        <source>Hot-&amp;Unplug…</source>
        <translation>Im Betrieb &amp;ausstecken…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="322"/>
        <source>&amp;Hot-Plug at %1</source>
        <translation>Im Betrieb &amp;einstecken an %1</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="322"/>
        <source>&amp;Hot-Plug</source>
        <translation>Im Betrieb &amp;einstecken</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="331"/>
        <source>&amp;Network Interface (virtio, user networking)</source>
        <translation>&amp;Netzwerkschnittstelle (virtio, User-Networking)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="333"/>
        <source>&amp;Random Number Generator (virtio)</source>
        <translation>&amp;Zufallszahlengenerator (virtio)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="335"/>
        <source>Device from &amp;XML File…</source>
        <translation>Gerät aus &amp;XML-Datei…</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="336"/>
        <source>Device to Hot-Plug</source>
        <translation>Einzusteckendes Gerät</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="337"/>
        <source>Device XML (*.xml);;All files (*)</source>
        <translation>Geräte-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="342"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="349"/>
        <source>&amp;Refresh Live Topology</source>
        <translation>Live-Topologie &amp;neu lesen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="376"/>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="377"/>
        <source>Show &amp;XML</source>
        <translation>&amp;XML anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="401"/>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="404"/>
        <source>Not fixed: %1: %2.</source>
        <translation>Nicht behoben: %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ActionManager.cpp" line="354"/>
        <location filename="../app/ActionManager.cpp" line="415"/>
        <source>Copy Address (%1)</source>
        <translation>Adresse kopieren (%1)</translation>
    </message>
</context>
<context>
    <name>pcitopo::AddHostDevices</name>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="59"/>
        <source>No host device to add.</source>
        <translation>Kein Hostgerät zum Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="63"/>
        <source>A guest slot holds at most 8 functions; drop fewer devices.</source>
        <translation>Ein Gast-Steckplatz fasst höchstens 8 Funktionen; legen Sie weniger Geräte ab.</translation>
    </message>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="71"/>
        <source>%1 is already in this guest (%2).</source>
        <translation>%1 ist bereits in diesem Gast (%2).</translation>
    </message>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="82"/>
        <source>hostdev %1</source>
        <translation>hostdev %1</translation>
    </message>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="96"/>
        <source>Add host device %1</source>
        <translation>Hostgerät %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/HostDeviceDrop.cpp" line="97"/>
        <source>Add %n host functions</source>
        <translation>
            <numerusform>%n Hostfunktion hinzufügen</numerusform>
            <numerusform>%n Hostfunktionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/HostDeviceDrop.cpp" line="106"/>
        <source>The host device could not be added.</source>
        <translation>Das Hostgerät konnte nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>pcitopo::CatalogueWidget</name>
    <message>
        <location filename="../views/CatalogueWidget.cpp" line="35"/>
        <source>Drag onto a controller, or double-click to let libvirt place it.</source>
        <translation>Auf einen Controller ziehen oder doppelklicken, damit libvirt es platziert.</translation>
    </message>
</context>
<context>
    <name>pcitopo::ChangeChipset</name>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="104"/>
        <source>Convert to %1</source>
        <translation>In %1 umwandeln</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="107"/>
        <source>Only pc (i440fx) and q35 machines can be converted; this one is %1.</source>
        <translation>Nur pc- (i440fx) und q35-Maschinen lassen sich umwandeln; diese ist %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="112"/>
        <source>The machine is %1 already.</source>
        <translation>Die Maschine ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="121"/>
        <source>the %1 IOMMU needs q35</source>
        <translation>die %1-IOMMU braucht q35</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="124"/>
        <source>the iTCO watchdog is part of q35&apos;s ICH9 chipset</source>
        <translation>der iTCO-Watchdog gehört zum ICH9-Chipsatz von q35</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="133"/>
        <source>secure boot (&lt;loader secure=&apos;yes&apos;&gt;) needs q35</source>
        <translation>Secure Boot (&lt;loader secure=&apos;yes&apos;&gt;) braucht q35</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="135"/>
        <source>Cannot convert to pc: %1. Remove it first.</source>
        <translation>Umwandeln in pc nicht möglich: %1. Zuerst entfernen.</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="141"/>
        <source>The domain has no &lt;os&gt;&lt;type&gt;: its machine type is unknown.</source>
        <translation>Die Domäne hat kein &lt;os&gt;&lt;type&gt;: ihr Maschinentyp ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="146"/>
        <source>Machine type %1 → %2</source>
        <translation>Maschinentyp %1 → %2</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="190"/>
        <source>%1 does not fit: SATA controller 0 has six places, all taken.</source>
        <translation>%1 passt nicht: SATA-Controller 0 hat sechs Plätze, alle belegt.</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="206"/>
        <source>%1: IDE → SATA controller 0, unit %2</source>
        <translation>%1: IDE → SATA-Controller 0, Einheit %2</translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="208"/>
        <source>q35 has no IDE: the CD-ROM %1 moves to SATA (guests find it there without a driver)</source>
        <translation>q35 hat kein IDE: das CD-ROM %1 kommt an SATA (Gäste finden es dort ohne Treiber)</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/ChangeChipset.cpp" line="230"/>
        <source>%n SATA disk(s) stay on SATA: pc&apos;s IDE has four places (bus 0–1, unit 0–1). The AHCI controller becomes an ordinary PCI device.</source>
        <translation>
            <numerusform>%n SATA-Platte bleibt an SATA: das IDE von pc hat vier Plätze (Bus 0–1, Einheit 0–1). Der AHCI-Controller wird ein gewöhnliches PCI-Gerät.</numerusform>
            <numerusform>%n SATA-Platten bleiben an SATA: das IDE von pc hat vier Plätze (Bus 0–1, Einheit 0–1). Der AHCI-Controller wird ein gewöhnliches PCI-Gerät.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/ChangeChipset.cpp" line="242"/>
        <source>%1: SATA → IDE bus %2, unit %3</source>
        <translation>%1: SATA → IDE-Bus %2, Einheit %3</translation>
    </message>
</context>
<context>
    <name>pcitopo::CheckReport</name>
    <message>
        <location filename="../app/CheckReport.cpp" line="65"/>
        <location filename="../app/CheckReport.cpp" line="107"/>
        <source>%1: cannot be checked: %2
</source>
        <translation>%1: kann nicht geprüft werden: %2
</translation>
    </message>
    <message>
        <location filename="../app/CheckReport.cpp" line="79"/>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location filename="../app/CheckReport.cpp" line="81"/>
        <source>%1: %2 libvirt errors, %3 QEMU errors, %4 warnings, %5 notes
</source>
        <translation>%1: libvirt-Fehler: %2, QEMU-Fehler: %3, Warnungen: %4, Hinweise: %5
</translation>
    </message>
    <message>
        <location filename="../app/CheckReport.cpp" line="105"/>
        <source>%1: note: %2
</source>
        <translation>%1: Hinweis: %2
</translation>
    </message>
</context>
<context>
    <name>pcitopo::ConnectDialog</name>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="28"/>
        <source>&amp;Read-only (no saving, no secrets)</source>
        <translation>&amp;Nur lesen (kein Speichern, keine Geheimnisse)</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="31"/>
        <source>Connect to libvirt</source>
        <translation>Mit libvirt verbinden</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="45"/>
        <source>Any libvirt URI. Remote hosts ask for a user name, password or key passphrase when they need one; pcitopo keeps none of them.</source>
        <translation>Jede libvirt-URI. Entfernte Hosts fragen nach Benutzername, Passwort oder Schlüssel-Passphrase, wenn sie eines brauchen; pcitopo speichert nichts davon.</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="51"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="52"/>
        <source>No timeout</source>
        <translation>Keine Zeitbegrenzung</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="54"/>
        <source>How long to wait for the host before giving up (time spent answering a password prompt does not count). Remembered for later connections.</source>
        <translation>Wie lange auf den Host gewartet wird, bevor aufgegeben wird (die Zeit für eine Passwortabfrage zählt nicht). Wird für spätere Verbindungen gemerkt.</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="57"/>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="58"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="61"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../app/ConnectDialog.cpp" line="117"/>
        <source>Authentication for %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
</context>
<context>
    <name>pcitopo::ConnectionsDock</name>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="30"/>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="32"/>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="32"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="34"/>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="35"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="51"/>
        <source>Connection / domain</source>
        <translation>Verbindung / Domäne</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="51"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="51"/>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="82"/>
        <source>&amp;Open Next Boot Definition</source>
        <translation>Definition des nächsten Starts ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="87"/>
        <source>Open &amp;Live Topology</source>
        <translation>&amp;Live-Topologie öffnen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="89"/>
        <source>The running guest as it is now, to plug and unplug devices</source>
        <translation>Der laufende Gast, wie er jetzt ist, um Geräte ein- und auszustecken</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="116"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="117"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="118"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="119"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="121"/>
        <source>Copy &amp;Error</source>
        <translation>&amp;Fehler kopieren</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="179"/>
        <location filename="../app/ConnectionsDock.cpp" line="182"/>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="190"/>
        <source>%1, for %2 guests</source>
        <translation>%1, für %2-Gäste</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="196"/>
        <source>Follows changes made on the server as they happen.</source>
        <translation>Folgt Änderungen auf dem Server, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="197"/>
        <source>Changes made on the server show after File › Refresh Connection.</source>
        <translation>Änderungen auf dem Server erscheinen nach Datei › Verbindung aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="212"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="213"/>
        <source>Stop waiting for this host</source>
        <translation>Nicht länger auf diesen Host warten</translation>
    </message>
    <message>
        <location filename="../app/ConnectionsDock.cpp" line="255"/>
        <source>%1 (%2). Double-click to open it.</source>
        <translation>%1 (%2). Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="134"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="135"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="136"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="137"/>
        <source>shutting down</source>
        <translation>fährt herunter</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="138"/>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="139"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="140"/>
        <source>suspended</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <location filename="../app/libvirt/VirtConnection.cpp" line="141"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>pcitopo::ConstraintDialog</name>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="18"/>
        <source>Placement Constraint</source>
        <translation>Platzierungsvorgabe</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="24"/>
        <source>Where automatic placement may put &lt;b&gt;%1&lt;/b&gt;. Kept in the domain&apos;s metadata, so it stays with the domain through libvirt; the checker warns when the device&apos;s address breaks it.</source>
        <translation>Wohin die automatische Platzierung &lt;b&gt;%1&lt;/b&gt; setzen darf. Wird in den Metadaten der Domäne gespeichert und bleibt so auch über libvirt bei der Domäne; die Prüfung warnt, wenn die Adresse des Geräts die Vorgabe verletzt.</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="33"/>
        <source>Must be hot-unpluggable</source>
        <translation>Muss im Betrieb entfernbar sein</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="38"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="39"/>
        <source>PCI Express port only</source>
        <translation>Nur PCI-Express-Port</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="40"/>
        <source>Conventional PCI bus only</source>
        <translation>Nur klassischer PCI-Bus</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="42"/>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="44"/>
        <source>On guest NUMA node</source>
        <translation>Auf NUMA-Knoten des Gasts</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="52"/>
        <source>The guest has no NUMA cells (&lt;cpu&gt;&lt;numa&gt;).</source>
        <translation>Der Gast hat keine NUMA-Zellen (&lt;cpu&gt;&lt;numa&gt;).</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="59"/>
        <source>NUMA:</source>
        <translation>NUMA:</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="62"/>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="68"/>
        <source>Preferred &amp;parent:</source>
        <translation>Bevorzugter &amp;Elternbus:</translation>
    </message>
    <message>
        <location filename="../app/ConstraintDialog.cpp" line="73"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>pcitopo::ConvertDialog</name>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="26"/>
        <source>Convert Machine Type</source>
        <translation>Maschinentyp umwandeln</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="32"/>
        <source>As libvirt would place them</source>
        <translation>Wie libvirt sie platzieren würde</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="34"/>
        <source>Recommended: a port per device, for hotplug</source>
        <translation>Empfohlen: ein Port je Gerät, für Hotplug</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="38"/>
        <source>Empty hotpluggable root ports to add (recommended placement on q35)</source>
        <translation>Leere Hotplug-fähige Root-Ports, die hinzukommen (empfohlene Platzierung auf q35)</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="41"/>
        <source>&amp;Convert</source>
        <translation>&amp;Umwandeln</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="44"/>
        <source>&amp;Placement:</source>
        <translation>&amp;Platzierung:</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="45"/>
        <source>&amp;Spare ports:</source>
        <translation>&amp;Reserve-Ports:</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be converted to %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lässt sich nicht in %2 umwandeln.</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="82"/>
        <source>Convert &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;: machine type %4 becomes %5. Every device is kept and placed anew; Convert is one undo step.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; in &lt;b&gt;%3&lt;/b&gt; umwandeln: aus Maschinentyp %4 wird %5. Jedes Gerät bleibt erhalten und wird neu platziert; Umwandeln ist ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <location filename="../app/ConvertDialog.cpp" line="96"/>
        <source>What does not carry over as it was</source>
        <translation>Was nicht unverändert übernommen wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ConvertDialog.cpp" line="97"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::DeviceCatalogue</name>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="27"/>
        <source>PCIe root port</source>
        <translation>PCIe-Root-Port</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="28"/>
        <source>One hot-pluggable PCIe slot; add spare ones for hotplug</source>
        <translation>Ein hotplugfähiger PCIe-Steckplatz; legen Sie Reserven für Hotplug an</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="29"/>
        <source>PCIe switch (upstream port)</source>
        <translation>PCIe-Switch (Upstream-Port)</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="30"/>
        <source>Fans a root port out to downstream ports</source>
        <translation>Fächert einen Root-Port in Downstream-Ports auf</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="31"/>
        <source>PCIe switch downstream port</source>
        <translation>PCIe-Switch-Downstream-Port</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="32"/>
        <source>One hot-pluggable PCIe slot behind a switch</source>
        <translation>Ein hotplugfähiger PCIe-Steckplatz hinter einem Switch</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="33"/>
        <source>PCIe-to-PCI bridge</source>
        <translation>PCIe-zu-PCI-Bridge</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="34"/>
        <source>Conventional PCI slots for legacy devices, in a root port</source>
        <translation>Klassische PCI-Steckplätze für ältere Geräte, in einem Root-Port</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="37"/>
        <source>PCI bridge</source>
        <translation>PCI-Bridge</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="37"/>
        <source>31 conventional, hot-pluggable PCI slots</source>
        <translation>31 klassische, hotplugfähige PCI-Steckplätze</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="40"/>
        <source>PCIe expander bus (pxb-pcie)</source>
        <translation>PCIe-Expander-Bus (pxb-pcie)</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="41"/>
        <source>A second PCIe root, e.g. on another NUMA node</source>
        <translation>Eine zweite PCIe-Wurzel, z. B. auf einem anderen NUMA-Knoten</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="43"/>
        <source>PCI expander bus (pxb)</source>
        <translation>PCI-Expander-Bus (pxb)</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="44"/>
        <source>A second PCI root, e.g. on another NUMA node</source>
        <translation>Eine zweite PCI-Wurzel, z. B. auf einem anderen NUMA-Knoten</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="47"/>
        <source>PCI host bridge (vPHB)</source>
        <translation>PCI-Host-Bridge (vPHB)</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="48"/>
        <source>A PCI domain of its own: one per passed-through host PE</source>
        <translation>Eine eigene PCI-Domäne: eine je durchgereichter Host-PE</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="53"/>
        <source>virtio disk</source>
        <translation>virtio-Festplatte</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="53"/>
        <source>A disk image on virtio-blk</source>
        <translation>Ein Plattenabbild über virtio-blk</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="54"/>
        <source>virtio network interface</source>
        <translation>virtio-Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="54"/>
        <source>A NIC on the default network</source>
        <translation>Eine Netzwerkkarte im Standardnetz</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="57"/>
        <source>e1000 network interface</source>
        <translation>e1000-Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="57"/>
        <source>A legacy PCI NIC</source>
        <translation>Eine klassische PCI-Netzwerkkarte</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="59"/>
        <source>virtio-scsi controller</source>
        <translation>virtio-scsi-Controller</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="59"/>
        <source>A SCSI controller for many disks</source>
        <translation>Ein SCSI-Controller für viele Platten</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="61"/>
        <source>USB 3 controller (qemu-xhci)</source>
        <translation>USB-3-Controller (qemu-xhci)</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="61"/>
        <source>An xHCI USB controller</source>
        <translation>Ein xHCI-USB-Controller</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="63"/>
        <source>virtio RNG</source>
        <translation>virtio-RNG</translation>
    </message>
    <message>
        <location filename="../model/DeviceCatalogue.cpp" line="63"/>
        <source>Entropy from the host</source>
        <translation>Zufallsdaten vom Host</translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagnosticsDock</name>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="27"/>
        <location filename="../views/DiagnosticsDock.cpp" line="189"/>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="35"/>
        <source>Apply the rule&apos;s fix (one undo step)</source>
        <translation>Die Korrektur der Regel anwenden (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="65"/>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="69"/>
        <source>Select What It Is About</source>
        <translation>Betroffenes auswählen</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="72"/>
        <source>Copy Finding</source>
        <translation>Befund kopieren</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="78"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="171"/>
        <source>%1 libvirt errors, %2 QEMU errors, %3 warnings, %4 notes</source>
        <translation>libvirt-Fehler: %1, QEMU-Fehler: %2, Warnungen: %3, Hinweise: %4</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="186"/>
        <source>&amp;Fix: %1</source>
        <translation>&amp;Beheben: %1</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="190"/>
        <source>Select a finding that has a fix</source>
        <translation>Wählen Sie einen Befund, der sich beheben lässt</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsDock.cpp" line="210"/>
        <source>Not fixed: %1: %2.</source>
        <translation>Nicht behoben: %1: %2.</translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagnosticsModel</name>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="149"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="150"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../views/DiagnosticsModel.cpp" line="151"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>pcitopo::DiagramExporter</name>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="69"/>
        <location filename="../views/SvgWriter.cpp" line="258"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="310"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="326"/>
        <source>PCI controller (model, index, guest bus it provides)</source>
        <translation>PCI-Controller (Modell, Index, bereitgestellter Gastbus)</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="328"/>
        <source>slot that takes hotplug (label: slot.function)</source>
        <translation>Steckplatz mit Hotplug (Beschriftung: Steckplatz.Funktion)</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="331"/>
        <source>device (kind, model, PCI or PCIe)</source>
        <translation>Gerät (Art, Modell, PCI oder PCIe)</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="333"/>
        <source>slot without hotplug (cold-plug only)</source>
        <translation>Steckplatz ohne Hotplug (nur bei ausgeschaltetem Gast)</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="336"/>
        <source>not connected, or an empty slot</source>
        <translation>nicht angeschlossen, oder ein leerer Steckplatz</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="338"/>
        <source>libvirt refuses the domain because of it</source>
        <translation>libvirt lehnt die Domäne deswegen ab</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="340"/>
        <source>libvirt bb:ss.f: controller index : slot . function in the XML</source>
        <translation>libvirt bb:ss.f: Controller-Index : Steckplatz . Funktion im XML</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="342"/>
        <source>libvirt accepts, QEMU would refuse to start</source>
        <translation>libvirt akzeptiert, QEMU würde den Start verweigern</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="344"/>
        <source>guest dddd:bb:ss.f: the address the guest sees</source>
        <translation>Gast dddd:bb:ss.f: die Adresse, die der Gast sieht</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="346"/>
        <source>works, but breaks a guideline</source>
        <translation>funktioniert, verstößt aber gegen eine Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="354"/>
        <source>IOMMU group (host PE) of a passed-through device, one colour per group</source>
        <translation>IOMMU-Gruppe (Host-PE) eines durchgereichten Geräts, eine Farbe je Gruppe</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="350"/>
        <source>guest devices of one IOMMU group</source>
        <translation>Gastgeräte einer IOMMU-Gruppe</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="348"/>
        <source>NUMA n: the NUMA node of an expander bus or PHB</source>
        <translation>NUMA n: der NUMA-Knoten eines Expander-Busses oder PHBs</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="121"/>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="138"/>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../views/DiagramExporter.cpp" line="211"/>
        <source>the image would be %1×%2 pixels; use a smaller --scale, or SVG or PDF</source>
        <translation>das Bild wäre %1×%2 Pixel groß; verwenden Sie eine kleinere --scale, oder SVG oder PDF</translation>
    </message>
</context>
<context>
    <name>pcitopo::DocumentManager</name>
    <message>
        <location filename="../app/DocumentManager.cpp" line="127"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="130"/>
        <source>embedded demo</source>
        <translation>eingebaute Demo</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="147"/>
        <source>Cannot Open Domain</source>
        <translation>Domäne kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="153"/>
        <source>Domain Already Open</source>
        <translation>Domäne bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="154"/>
        <source>%1 describes the domain %2 (%3), which is already open from %4. Close that tab first to open this file.</source>
        <translation>%1 beschreibt die Domäne %2 (%3), die bereits aus %4 geöffnet ist. Schließen Sie zuerst diesen Tab, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="193"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="194"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="222"/>
        <source>Save a Domain libvirt Would Refuse?</source>
        <translation>Eine Domäne speichern, die libvirt ablehnen würde?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DocumentManager.cpp" line="223"/>
        <source>libvirt would refuse to define %1 as it is (%n error(s)). Save it anyway?</source>
        <translation>
            <numerusform>libvirt würde %1 so nicht definieren (%n Fehler). Trotzdem speichern?</numerusform>
            <numerusform>libvirt würde %1 so nicht definieren (%n Fehler). Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="230"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="230"/>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="263"/>
        <source>Save Domain XML</source>
        <translation>Domänen-XML speichern</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="264"/>
        <source>Domain XML (*.xml)</source>
        <translation>Domänen-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="279"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="294"/>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/DocumentManager.cpp" line="295"/>
        <source>pcitopo was not closed properly. Recover the unsaved edits of:

%1</source>
        <translation>pcitopo wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen wiederherstellen von:

%1</translation>
    </message>
</context>
<context>
    <name>pcitopo::DocumentTab</name>
    <message>
        <location filename="../app/DocumentTab.cpp" line="178"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/DocumentTab.cpp" line="210"/>
        <source>%1 (live)</source>
        <translation>%1 (live)</translation>
    </message>
    <message>
        <location filename="../app/DocumentTab.cpp" line="211"/>
        <source>%1 (next boot)</source>
        <translation>%1 (nächster Start)</translation>
    </message>
    <message>
        <location filename="../app/DocumentTab.cpp" line="226"/>
        <source>live: the running guest now</source>
        <translation>live: der laufende Gast jetzt</translation>
    </message>
    <message>
        <location filename="../app/DocumentTab.cpp" line="227"/>
        <source>next boot</source>
        <translation>nächster Start</translation>
    </message>
    <message>
        <location filename="../app/DocumentTab.cpp" line="243"/>
        <source>this is the running guest as it is now: it changes by Hot-Plug and Hot-Unplug (context menu). Edit the next boot&apos;s definition in its own tab.</source>
        <translation>dies ist der laufende Gast, wie er jetzt ist: er ändert sich durch Ein- und Ausstecken im Betrieb (Kontextmenü). Die Definition des nächsten Starts wird in ihrem eigenen Tab bearbeitet.</translation>
    </message>
</context>
<context>
    <name>pcitopo::DomainDiff</name>
    <message>
        <location filename="../model/DomainDiff.cpp" line="132"/>
        <source>an address libvirt assigns</source>
        <translation>eine von libvirt vergebene Adresse</translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="151"/>
        <source>Remove %1 (at %2).</source>
        <translation>%1 entfernen (bei %2).</translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="156"/>
        <source>Add %1 at %2.</source>
        <translation>%1 bei %2 hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="159"/>
        <source>Move %1 from %2 to %3.</source>
        <translation>%1 von %2 nach %3 verschieben.</translation>
    </message>
    <message>
        <location filename="../model/DomainDiff.cpp" line="242"/>
        <source>Line %1 of the definition as opened was changed both here and on the server.</source>
        <translation>Zeile %1 der Definition, wie sie geöffnet wurde, wurde hier und auf dem Server geändert.</translation>
    </message>
</context>
<context>
    <name>pcitopo::DomainSave</name>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="24"/>
        <source>The connection is read-only: save the domain to a file instead.</source>
        <translation>Die Verbindung ist nur lesend: Speichern Sie die Domäne stattdessen in einer Datei.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="29"/>
        <location filename="../app/libvirt/DomainSave.cpp" line="37"/>
        <source>The connection to %1 is lost: nothing was saved. Your edits are still in the editor.</source>
        <translation>Die Verbindung zu %1 ist verloren: Nichts wurde gespeichert. Ihre Änderungen sind noch im Editor.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="45"/>
        <source>Domain %1 no longer exists on %2 (%3). Saving would define it again.</source>
        <translation>Die Domäne %1 existiert auf %2 nicht mehr (%3). Speichern würde sie neu definieren.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/DomainSave.cpp" line="47"/>
        <source>Domain %1 was changed on %2 since it was opened. Saving would overwrite those changes.</source>
        <translation>Die Domäne %1 wurde auf %2 geändert, seit sie geöffnet wurde. Speichern würde diese Änderungen überschreiben.</translation>
    </message>
</context>
<context>
    <name>pcitopo::DropPolicy</name>
    <message>
        <location filename="../model/DropPolicy.cpp" line="123"/>
        <source>Drop onto a controller.</source>
        <translation>Auf einem Controller ablegen.</translation>
    </message>
    <message>
        <location filename="../model/DropPolicy.cpp" line="131"/>
        <source>%1 is a root: double-click it in the palette to add it.</source>
        <translation>%1 ist eine Wurzel: Doppelklicken Sie in der Palette darauf, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../model/DropPolicy.cpp" line="138"/>
        <source>Nothing that can be dropped here.</source>
        <translation>Nichts, was hier abgelegt werden kann.</translation>
    </message>
</context>
<context>
    <name>pcitopo::EditOperations</name>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="68"/>
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="103"/>
        <source>IOMMU Group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="104"/>
        <source>IOMMU group %1 also holds:

%2

A guest must be given every device of a group. Add them too?</source>
        <translation>Die IOMMU-Gruppe %1 enthält außerdem:

%2

Ein Gast muss jedes Gerät einer Gruppe erhalten. Auch diese hinzufügen?</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="113"/>
        <source>Host device not added: %1</source>
        <translation>Hostgerät nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="145"/>
        <source>No controller has room for these host devices: add spare ports first (Edit › Add Spare Hotplug Ports…).</source>
        <translation>Kein Controller hat Platz für diese Host-Geräte: zuerst freie Ports hinzufügen (Bearbeiten › Freie Hotplug-Ports hinzufügen…).</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="162"/>
        <source>This guest does not use these host devices.</source>
        <translation>Dieser Gast verwendet diese Host-Geräte nicht.</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="178"/>
        <location filename="../app/EditOperations.cpp" line="192"/>
        <source>Place Unplaced Devices</source>
        <translation>Geräte ohne Adresse platzieren</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="178"/>
        <location filename="../app/EditOperations.cpp" line="201"/>
        <source>Cannot place: %1</source>
        <translation>Platzieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="182"/>
        <source>Every device has an address already.</source>
        <translation>Jedes Gerät hat bereits eine Adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="191"/>
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… und %n weitere (Details einblenden…)</numerusform>
            <numerusform>… und %n weitere (Details einblenden…)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="194"/>
        <source>The recommended placement:

%1

Apply? (One undo step.)</source>
        <translation>Die empfohlene Platzierung:

%1

Übernehmen? (Ein Rückgängig-Schritt.)</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="195"/>
        <source>As libvirt would place them:

%1

Apply? (One undo step.)</source>
        <translation>So, wie libvirt sie platzieren würde:

%1

Übernehmen? (Ein Rückgängig-Schritt.)</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="217"/>
        <source>As libvirt would place them</source>
        <translation>So, wie libvirt platzieren würde</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="217"/>
        <source>Recommended, for hotplug</source>
        <translation>Empfohlen, für Hotplug</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="220"/>
        <source>Re-place All</source>
        <translation>Alles neu platzieren</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="221"/>
        <source>Every device and controller gets a new address, as if none were written. Placement:</source>
        <translation>Jedes Gerät und jeder Controller erhält eine neue Adresse, als wäre keine angegeben. Platzierung:</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="237"/>
        <location filename="../app/EditOperations.cpp" line="249"/>
        <source>Convert Machine Type</source>
        <translation>Maschinentyp umwandeln</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="238"/>
        <source>Only pc (i440fx) and q35 machines can be converted; this one is %1.</source>
        <translation>Nur pc- (i440fx) und q35-Maschinen lassen sich umwandeln; diese ist %1.</translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="249"/>
        <source>Cannot convert: %1</source>
        <translation>Umwandeln nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EditOperations.cpp" line="253"/>
        <source>Converted to %1 (%2): %n change(s). Undo turns it back.</source>
        <translation>
            <numerusform>In %1 umgewandelt (%2): %n Änderung. Rückgängig macht es wieder rückgängig.</numerusform>
            <numerusform>In %1 umgewandelt (%2): %n Änderungen. Rückgängig macht es wieder rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/EditOperations.cpp" line="267"/>
        <source>Select one device to set where it may be placed.</source>
        <translation>Wählen Sie ein Gerät aus, um festzulegen, wo es platziert werden darf.</translation>
    </message>
</context>
<context>
    <name>pcitopo::ExportDialog</name>
    <message>
        <location filename="../app/ExportDialog.cpp" line="84"/>
        <source>Draw empty &amp;slots</source>
        <translation>Leere Steckplätze &amp;zeichnen</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="93"/>
        <location filename="../app/ExportDialog.cpp" line="234"/>
        <location filename="../app/ExportDialog.cpp" line="369"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="97"/>
        <source>SVG (vector, with stable element ids)</source>
        <translation>SVG (Vektor, mit stabilen Element-IDs)</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="98"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="99"/>
        <source>PDF (vector, one page)</source>
        <translation>PDF (Vektor, eine Seite)</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="100"/>
        <source>Graphviz DOT (laid out by Graphviz)</source>
        <translation>Graphviz DOT (von Graphviz angeordnet)</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="104"/>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="105"/>
        <source>Top down</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="109"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="110"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="111"/>
        <source>Print (black on white)</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="121"/>
        <source> px per unit</source>
        <translation> px je Einheit</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="123"/>
        <source>2 is sharp on high-DPI screens; 1 is the size the diagram has on screen at 100%.</source>
        <translation>2 ist auf hochauflösenden Bildschirmen scharf; 1 ist die Größe des Diagramms auf dem Bildschirm bei 100 %.</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="136"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="143"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="146"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="150"/>
        <source>PNG sc&amp;ale:</source>
        <translation>PNG-&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="147"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="148"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="165"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="231"/>
        <source>SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</source>
        <translation>SVG (*.svg);;PNG-Bild (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="284"/>
        <source>Choose a name ending in .svg, .png, .pdf or .dot.</source>
        <translation>Wählen Sie einen Namen, der auf .svg, .png, .pdf oder .dot endet.</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="291"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="292"/>
        <source>%1 × %2 pixels is too large (at most %3 a side): lower the scale, or choose SVG or PDF.</source>
        <translation>%1 × %2 Pixel sind zu groß (höchstens %3 je Seite): verringern Sie die Skalierung, oder wählen Sie SVG oder PDF.</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="300"/>
        <source>Vector, %1 × %2 points</source>
        <translation>Vektor, %1 × %2 Punkt</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="303"/>
        <source>Graphviz lays the graph out itself, with its dot program; orientation sets its rank direction.</source>
        <translation>Graphviz ordnet den Graphen selbst an, mit seinem Programm dot; die Ausrichtung legt seine Rangrichtung fest.</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="370"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="375"/>
        <source>%1 already exists and was not replaced.</source>
        <translation>%1 existiert bereits und wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/ExportDialog.cpp" line="386"/>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>pcitopo::FleetCheck</name>
    <message>
        <location filename="../app/FleetCheck.cpp" line="55"/>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FleetCheck.cpp" line="152"/>
        <source>no answer within %n second(s) while reading the host</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde beim Lesen des Hosts</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden beim Lesen des Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::GraphScene</name>
    <message>
        <location filename="../views/GraphScene.cpp" line="278"/>
        <source>Slot %1: hot-pluggable</source>
        <translation>Steckplatz %1: hotplugfähig</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="279"/>
        <source>Slot %1: no hotplug</source>
        <translation>Steckplatz %1: kein Hotplug</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="135"/>
        <source>multifunction slot %1:%2</source>
        <translation>Multifunktions-Steckplatz %1:%2</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="145"/>
        <source>empty slot %1</source>
        <translation>leerer Steckplatz %1</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="146"/>
        <source>%1 free slots from %2</source>
        <translation>%1 freie Steckplätze ab %2</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="147"/>
        <source>hot-pluggable</source>
        <translation>hotplugfähig</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="147"/>
        <source>cold-plug only</source>
        <translation>nur im ausgeschalteten Zustand</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="140"/>
        <source>Not connected: no address yet (libvirt assigns one), or on a bus no controller provides</source>
        <translation>Nicht angeschlossen: noch keine Adresse (libvirt vergibt eine) oder an einem Bus, den kein Controller bereitstellt</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="159"/>
        <source>root bus</source>
        <translation>Wurzelbus</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="160"/>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="168"/>
        <location filename="../views/GraphScene.cpp" line="178"/>
        <location filename="../views/GraphScene.cpp" line="194"/>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="169"/>
        <source>libvirt %1 · guest bus %2</source>
        <translation>libvirt %1 · Gastbus %2</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="170"/>
        <source> (domain %1)</source>
        <translation> (Domäne %1)</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="180"/>
        <location filename="../views/GraphScene.cpp" line="191"/>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="182"/>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="195"/>
        <source>libvirt %1 · guest %2</source>
        <translation>libvirt %1 · Gast %2</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="502"/>
        <source>IOMMU group %1: these devices are passed through together</source>
        <translation>IOMMU-Gruppe %1: diese Geräte werden gemeinsam durchgereicht</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="541"/>
        <source>The slot of %1 has no free function.</source>
        <translation>Der Steckplatz von %1 hat keine freie Funktion.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="542"/>
        <location filename="../views/GraphScene.cpp" line="547"/>
        <source>Drop onto a controller, or onto a device to join its slot.</source>
        <translation>Auf einem Controller ablegen, oder auf einem Gerät, um in dessen Steckplatz zu kommen.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="546"/>
        <source>Drop host devices onto a controller.</source>
        <translation>Host-Geräte auf einem Controller ablegen.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="693"/>
        <source>Drop it on a port or bus of the running guest.</source>
        <translation>Auf einem Port oder Bus des laufenden Gasts ablegen.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="698"/>
        <source>%1 has no free slot.</source>
        <translation>%1 hat keinen freien Slot.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="703"/>
        <source>libvirt plugs one function at a time into a running guest: drag the host functions one by one.</source>
        <translation>libvirt steckt in einen laufenden Gast eine Funktion nach der anderen: die Host-Funktionen einzeln ziehen.</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="717"/>
        <source>Hot-plug at %1 (judged when dropped)</source>
        <translation>Im Betrieb einstecken an %1 (geprüft beim Ablegen)</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="734"/>
        <source>Hot-plug at %1</source>
        <translation>Im Betrieb einstecken an %1</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="736"/>
        <source>(the guest sees %1)</source>
        <translation>(der Gast sieht %1)</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="781"/>
        <source>Add at %1</source>
        <translation>Bei %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="781"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../views/GraphScene.cpp" line="783"/>
        <source>But: %1</source>
        <translation>Aber: %1</translation>
    </message>
</context>
<context>
    <name>pcitopo::HostDevicesDock</name>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="64"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="87"/>
        <source>&amp;Add to Guest</source>
        <translation>Zum Gast &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="88"/>
        <source>Pass these functions through, at the first free place that takes them</source>
        <translation>Diese Funktionen durchreichen, am ersten freien Platz, der sie aufnimmt</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="89"/>
        <source>&amp;Select in Guest</source>
        <translation>Im Gast &amp;auswählen</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="94"/>
        <source>Copy Address (%1)</source>
        <translation>Adresse kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="94"/>
        <source>Copy Addresses</source>
        <translation>Adressen kopieren</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="128"/>
        <source>Connect to libvirt (File › Connect…) to see the host&apos;s PCI devices.</source>
        <translation>Verbinden Sie sich mit libvirt (Datei › Mit libvirt verbinden …), um die PCI-Geräte des Hosts zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="133"/>
        <source>%1 reports no PCI devices.</source>
        <translation>%1 meldet keine PCI-Geräte.</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="191"/>
        <source>Host of %1: drag a device or a whole IOMMU group into the diagram.</source>
        <translation>Host von %1: Ziehen Sie ein Gerät oder eine ganze IOMMU-Gruppe ins Diagramm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="192"/>
        <source>%n group(s) holding only bridges are not shown.</source>
        <translation>
            <numerusform>%n Gruppe, die nur Bridges enthält, wird nicht gezeigt.</numerusform>
            <numerusform>%n Gruppen, die nur Bridges enthalten, werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="150"/>
        <source>No IOMMU group</source>
        <translation>Keine IOMMU-Gruppe</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="150"/>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="151"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="157"/>
        <source>Drag the group to pass all %n of its endpoints to a guest: a guest needs every device of a group.</source>
        <translation>
            <numerusform>Ziehen Sie die Gruppe, um ihr Endgerät einem Gast zu übergeben: Ein Gast braucht jedes Gerät einer Gruppe.</numerusform>
            <numerusform>Ziehen Sie die Gruppe, um alle %n Endgeräte einem Gast zu übergeben: Ein Gast braucht jedes Gerät einer Gruppe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="160"/>
        <source>Drag to pass the device to a guest.</source>
        <translation>Ziehen, um das Gerät einem Gast zu übergeben.</translation>
    </message>
    <message>
        <location filename="../app/HostDevicesDock.cpp" line="173"/>
        <source>SR-IOV virtual function of %1</source>
        <translation>Virtuelle SR-IOV-Funktion von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HostDevicesDock.cpp" line="176"/>
        <source>SR-IOV physical function with %n virtual function(s)</source>
        <translation>
            <numerusform>Physische SR-IOV-Funktion mit %n virtuellen Funktion</numerusform>
            <numerusform>Physische SR-IOV-Funktion mit %n virtuellen Funktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::HostInventory</name>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="46"/>
        <source>SCSI controller</source>
        <translation>SCSI-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="47"/>
        <source>SATA controller</source>
        <translation>SATA-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="48"/>
        <source>NVMe controller</source>
        <translation>NVMe-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="49"/>
        <source>Ethernet controller</source>
        <translation>Ethernet-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="50"/>
        <source>InfiniBand controller</source>
        <translation>InfiniBand-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="51"/>
        <source>VGA compatible controller</source>
        <translation>VGA-kompatibler Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="52"/>
        <source>3D controller</source>
        <translation>3D-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="53"/>
        <location filename="../model/host/HostInventory.cpp" line="54"/>
        <source>Audio device</source>
        <translation>Audiogerät</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="55"/>
        <source>RAM memory</source>
        <translation>RAM-Speicher</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="56"/>
        <source>Host bridge</source>
        <translation>Host-Bridge</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="57"/>
        <source>ISA bridge</source>
        <translation>ISA-Bridge</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="58"/>
        <source>PCI bridge</source>
        <translation>PCI-Bridge</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="59"/>
        <source>USB controller</source>
        <translation>USB-Controller</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="60"/>
        <source>SMBus</source>
        <translation>SMBus</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="63"/>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="73"/>
        <source>A node device could not be read: %1</source>
        <translation>Ein Knotengerät konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="79"/>
        <source>A node device description has the root &lt;%1&gt;, not &lt;device&gt;.</source>
        <translation>Die Beschreibung eines Knotengeräts hat die Wurzel &lt;%1&gt;, nicht &lt;device&gt;.</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="99"/>
        <source>Node device %1 has no readable PCI address.</source>
        <translation>Knotengerät %1 hat keine lesbare PCI-Adresse.</translation>
    </message>
    <message>
        <location filename="../model/host/HostInventory.cpp" line="120"/>
        <source>%1 (capable of %2)</source>
        <translation>%1 (möglich: %2)</translation>
    </message>
</context>
<context>
    <name>pcitopo::KindIcons</name>
    <message>
        <location filename="../model/KindIcons.cpp" line="137"/>
        <source>Root bus: pcie-root or pci-root, where everything starts</source>
        <translation>Wurzelbus: pcie-root oder pci-root, wo alles beginnt</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="138"/>
        <source>root bus</source>
        <translation>Wurzelbus</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="139"/>
        <source>PCIe root port or switch downstream port: one hot-pluggable slot</source>
        <translation>PCIe-Root-Port oder Switch-Downstream-Port: ein hotplugfähiger Steckplatz</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="140"/>
        <source>PCIe port</source>
        <translation>PCIe-Port</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="141"/>
        <source>PCIe switch upstream port: fans out to downstream ports</source>
        <translation>PCIe-Switch-Upstream-Port: fächert in Downstream-Ports auf</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="142"/>
        <source>PCIe switch</source>
        <translation>PCIe-Switch</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="144"/>
        <source>Bridge to conventional PCI: pci-bridge, pcie-to-pci-bridge, dmi-to-pci-bridge</source>
        <translation>Bridge zu klassischem PCI: pci-bridge, pcie-to-pci-bridge, dmi-to-pci-bridge</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="145"/>
        <source>PCI bridge</source>
        <translation>PCI-Bridge</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="146"/>
        <source>Expander bus: a further root bus, e.g. on another NUMA node</source>
        <translation>Expander-Bus: ein weiterer Wurzelbus, z. B. auf einem anderen NUMA-Knoten</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="147"/>
        <source>expander bus</source>
        <translation>Expander-Bus</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="148"/>
        <source>pseries PCI host bridge (PHB): a PCI domain of its own</source>
        <translation>pseries-PCI-Host-Bridge (PHB): eine eigene PCI-Domäne</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="148"/>
        <source>PHB</source>
        <translation>PHB</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="149"/>
        <source>Host device passed through (VFIO), or a hostdev network interface</source>
        <translation>Durchgereichtes Hostgerät (VFIO) oder eine Hostdev-Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="150"/>
        <source>host device</source>
        <translation>Hostgerät</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="151"/>
        <source>Disk or shared filesystem</source>
        <translation>Festplatte oder geteiltes Dateisystem</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="151"/>
        <source>disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="152"/>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="152"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="153"/>
        <source>Video adapter</source>
        <translation>Grafikadapter</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="153"/>
        <source>video</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="154"/>
        <source>Sound card</source>
        <translation>Soundkarte</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="154"/>
        <source>sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="155"/>
        <source>USB controller</source>
        <translation>USB-Controller</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="155"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="156"/>
        <source>Storage controller: SCSI, SATA, NVMe</source>
        <translation>Speicher-Controller: SCSI, SATA, NVMe</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="157"/>
        <source>storage controller</source>
        <translation>Speicher-Controller</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="158"/>
        <source>Memory balloon, memory device or shared memory</source>
        <translation>Speicher-Balloon, Speichergerät oder geteilter Speicher</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="158"/>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="159"/>
        <source>Random number generator</source>
        <translation>Zufallszahlengenerator</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="159"/>
        <source>RNG</source>
        <translation>Zufallszahlen</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="160"/>
        <source>Input device</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="160"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="161"/>
        <source>Serial port, console, watchdog or vsock</source>
        <translation>Serielle Schnittstelle, Konsole, Watchdog oder vsock</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="161"/>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="162"/>
        <source>Any other PCI device</source>
        <translation>Jedes andere PCI-Gerät</translation>
    </message>
    <message>
        <location filename="../model/KindIcons.cpp" line="162"/>
        <source>other device</source>
        <translation>anderes Gerät</translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtController</name>
    <message>
        <location filename="../app/LibvirtController.cpp" line="91"/>
        <source>Demo Host</source>
        <translation>Demo-Host</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="91"/>
        <source>The demo host could not be written to %1: %2</source>
        <translation>Der Demo-Host konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="148"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="193"/>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="197"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation>Die Verbindung mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="199"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="200"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="203"/>
        <source>The connection to %1 was lost (%2). Unsaved edits stay in the editor; use Save As, or File › Refresh Connection to reconnect.</source>
        <translation>Die Verbindung zu %1 ist verloren gegangen (%2). Ungespeicherte Änderungen bleiben im Editor; verwenden Sie „Speichern unter“ oder Datei › Verbindung aktualisieren, um neu zu verbinden.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="221"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="222"/>
        <source>%1 has unsaved changes: save or close it first.</source>
        <translation>%1 hat ungespeicherte Änderungen: Speichern oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="245"/>
        <source>Fetching %1 from %2…</source>
        <translation>Hole %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="245"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="265"/>
        <source>Cannot Open Domain</source>
        <translation>Domäne kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="266"/>
        <source>%1 could not be opened from %2: %3</source>
        <translation>%1 konnte nicht von %2 geöffnet werden: %3</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="430"/>
        <source>%1 was renamed to %2 on %3.</source>
        <translation>%1 wurde auf %3 in %2 umbenannt.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="52"/>
        <location filename="../app/LibvirtController.cpp" line="279"/>
        <location filename="../app/LibvirtController.cpp" line="496"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="54"/>
        <source>Recovered the unsaved edits of %1; Save defines them on %2.</source>
        <translation>Die ungespeicherten Änderungen von %1 wurden wiederhergestellt; Speichern definiert sie auf %2.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="298"/>
        <location filename="../app/LibvirtController.cpp" line="307"/>
        <location filename="../app/LibvirtController.cpp" line="315"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="299"/>
        <source>This tab is the running guest %1 as it is now: it changes by Hot-Plug and Hot-Unplug, and is never saved as a definition. Use Save As to keep it in a file.</source>
        <translation>Dieser Tab ist der laufende Gast %1, wie er jetzt ist: er ändert sich durch Ein- und Ausstecken im Betrieb und wird nie als Definition gespeichert. Mit „Speichern unter“ lässt er sich in einer Datei behalten.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="308"/>
        <source>The connection for %1 is not open, so it cannot be saved there. Your edits are still in the editor: use Save As to keep them in a file, or File › Refresh Connection to reconnect.</source>
        <translation>Die Verbindung für %1 ist nicht offen, daher kann dort nicht gespeichert werden. Ihre Änderungen sind noch im Editor: Sichern Sie sie mit „Speichern unter“ in einer Datei oder verbinden Sie neu mit Datei › Verbindung aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="315"/>
        <source>%1 was opened read-only: use Save As.</source>
        <translation>%1 wurde nur lesend geöffnet: Verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="319"/>
        <source>%1 is being saved already.</source>
        <translation>%1 wird bereits gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="328"/>
        <location filename="../app/LibvirtController.cpp" line="521"/>
        <source>%1 (on the server)</source>
        <translation>%1 (auf dem Server)</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="328"/>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="338"/>
        <source>Saving %1 to %2…</source>
        <translation>Speichere %1 auf %2 …</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="366"/>
        <source>Changed on the Server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="367"/>
        <source>Overwrite it with your version?</source>
        <translation>Mit Ihrer Fassung überschreiben?</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="381"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="382"/>
        <source>%1

Your edits are still in the editor.</source>
        <translation>%1

Ihre Änderungen sind noch im Editor.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="394"/>
        <source>Saved %1 to %2</source>
        <translation>%1 auf %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="435"/>
        <source>%1 was undefined on %2 by another client. Save defines it again from this editor.</source>
        <translation>%1 wurde auf %2 von einem anderen Client entfernt. Speichern definiert es aus diesem Editor neu.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="451"/>
        <source>%1 was started on %2.</source>
        <translation>%1 wurde auf %2 gestartet.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="452"/>
        <source>%1 was stopped on %2.</source>
        <translation>%1 wurde auf %2 gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="464"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="468"/>
        <source>Show Changes…</source>
        <translation>Änderungen zeigen…</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="473"/>
        <source>%1 was changed on %2 by another client.</source>
        <translation>%1 wurde auf %2 von einem anderen Client geändert.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="474"/>
        <source>You have unsaved edits too.</source>
        <translation>Sie haben auch ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="483"/>
        <source>Cannot Reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="501"/>
        <source>Reloaded %1 from %2.</source>
        <translation>%1 von %2 neu geladen.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="502"/>
        <source>Merged the server&apos;s changes into %1; save to define the result.</source>
        <translation>Die Änderungen des Servers wurden in %1 übernommen; speichern Sie, um das Ergebnis zu definieren.</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="521"/>
        <location filename="../app/LibvirtController.cpp" line="523"/>
        <source>%1 (opened)</source>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <location filename="../app/LibvirtController.cpp" line="523"/>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre)</translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtInfo</name>
    <message>
        <location filename="../app/libvirt/LibvirtInfo.cpp" line="39"/>
        <source>This host runs libvirt %1. pcitopo&apos;s rules, placement and guest bus numbers follow libvirt 9.0 and QEMU 7.2: where a later release changed them, this libvirt may accept or refuse differently, and its own define is the final word.</source>
        <translation>Auf diesem Host läuft libvirt %1. Die Regeln, die Platzierung und die Busnummern des Gasts in pcitopo folgen libvirt 9.0 und QEMU 7.2: Wo eine spätere Version sie geändert hat, kann diese libvirt anders annehmen oder ablehnen, und ihr eigenes Definieren hat das letzte Wort.</translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtSession</name>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="312"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/libvirt/LibvirtSession.cpp" line="89"/>
        <source>No answer within %n second(s). The host may be down, or a firewall may drop the connection; the timeout can be changed in the Connect dialog.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde. Der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Verbindung; das Zeitlimit lässt sich im Verbinden-Dialog ändern.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden. Der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Verbindung; das Zeitlimit lässt sich im Verbinden-Dialog ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="289"/>
        <source>The host stopped answering keepalive messages (network down, host hung or suspended).</source>
        <translation>Der Host beantwortet keine Keepalive-Nachrichten mehr (Netz ausgefallen, Host hängt oder ruht).</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="291"/>
        <source>The host closed the connection (its libvirtd stopped or restarted).</source>
        <translation>Der Host hat die Verbindung geschlossen (sein libvirtd wurde beendet oder neu gestartet).</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="293"/>
        <source>The connection broke off with an error.</source>
        <translation>Die Verbindung brach mit einem Fehler ab.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="294"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="349"/>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="364"/>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="382"/>
        <source>Not connected to %1: nothing was asked of libvirt.</source>
        <translation>Nicht mit %1 verbunden: libvirt wurde nichts gefragt.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="395"/>
        <source>The connection to %1 was given up before libvirt answered: whether the guest changed is not known. Refresh to see.</source>
        <translation>Die Verbindung zu %1 wurde aufgegeben, bevor libvirt antwortete: ob sich der Gast geändert hat, ist nicht bekannt. Neu lesen, um es zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="406"/>
        <source>Not connected to %1: nothing was saved.</source>
        <translation>Nicht mit %1 verbunden: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/libvirt/LibvirtSession.cpp" line="424"/>
        <source>The connection to %1 was closed before libvirt answered: whether the domain was saved is not known. Your edits are still in the editor.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor libvirt antwortete: Ob die Domäne gespeichert wurde, ist unbekannt. Ihre Änderungen sind noch im Editor.</translation>
    </message>
</context>
<context>
    <name>pcitopo::LiveLayer</name>
    <message>
        <location filename="../app/LiveLayer.cpp" line="50"/>
        <source> (the next boot&apos;s definition no longer has it)</source>
        <translation> (die Definition des nächsten Starts hat es nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="57"/>
        <source>libvirt would refuse: %1</source>
        <translation>libvirt würde ablehnen: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="58"/>
        <source>QEMU would refuse: %1</source>
        <translation>QEMU würde ablehnen: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="94"/>
        <location filename="../app/LiveLayer.cpp" line="104"/>
        <source>%1 at %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="96"/>
        <source>Only in the running guest: the next boot&apos;s definition does not have it.</source>
        <translation>Nur im laufenden Gast: die Definition des nächsten Starts hat es nicht.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="98"/>
        <source>%1 (now %2, at next boot %3)</source>
        <translation>%1 (jetzt %2, beim nächsten Start %3)</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="99"/>
        <source>At %1 in the next boot&apos;s definition.</source>
        <translation>In der Definition des nächsten Starts an %1.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="109"/>
        <source>only now: %1</source>
        <translation>nur jetzt: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="111"/>
        <source>only at next boot: %1</source>
        <translation>nur beim nächsten Start: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="113"/>
        <source>elsewhere: %1</source>
        <translation>anderswo: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="123"/>
        <source>Reading the running guest %1 from %2…</source>
        <translation>Der laufende Gast %1 wird von %2 gelesen…</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="147"/>
        <location filename="../app/LiveLayer.cpp" line="169"/>
        <source>Cannot Read the Running Guest</source>
        <translation>Laufender Gast nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="148"/>
        <source>The live topology of %1 could not be read from %2: %3</source>
        <translation>Die Live-Topologie von %1 konnte nicht von %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="154"/>
        <source>%1 is not running: there is no live topology to show. Its next boot&apos;s definition opens from the Connections dock.</source>
        <translation>%1 läuft nicht: es gibt keine Live-Topologie zu zeigen. Die Definition des nächsten Starts öffnet sich aus dem Verbindungen-Dock.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="160"/>
        <source>Not Running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="191"/>
        <source>%1 on %2, as it runs now (live); its next boot&apos;s definition opens in its own tab</source>
        <translation>%1 auf %2, wie er jetzt läuft (live); die Definition des nächsten Starts öffnet sich in einem eigenen Tab</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="199"/>
        <source>Showing the running guest %1 as it is now.</source>
        <translation>Der laufende Gast %1, wie er jetzt ist.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="229"/>
        <source>The running guest %1 as it is now. Plug and unplug devices from the context menu; edit the next boot&apos;s definition in its own tab.</source>
        <translation>Der laufende Gast %1, wie er jetzt ist. Geräte über das Kontextmenü ein- und ausstecken; die Definition des nächsten Starts in ihrem eigenen Tab bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="234"/>
        <source>Its PCI devices and addresses are those of the next boot&apos;s definition.</source>
        <translation>Seine PCI-Geräte und Adressen sind die der Definition des nächsten Starts.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="235"/>
        <source>It differs from the next boot&apos;s definition: %1.</source>
        <translation>Er weicht von der Definition des nächsten Starts ab: %1.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="236"/>
        <source>Open Next Boot</source>
        <translation>Nächsten Start öffnen</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="268"/>
        <location filename="../app/LiveLayer.cpp" line="276"/>
        <location filename="../app/LiveLayer.cpp" line="281"/>
        <source>Cannot Hot-Plug</source>
        <translation>Einstecken nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="269"/>
        <source>%1 is not running, or could not be read: %2</source>
        <translation>%1 läuft nicht oder konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="269"/>
        <location filename="../app/LiveLayer.cpp" line="380"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="282"/>
        <source>%1 cannot be plugged into the running guest %2%3:
%4

Nothing was asked of libvirt.</source>
        <translation>%1 kann nicht in den laufenden Gast %2%3 eingesteckt werden:
%4

libvirt wurde nichts gefragt.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="284"/>
        <source> at %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="290"/>
        <source>(the guest sees %1)</source>
        <translation>(der Gast sieht %1)</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="293"/>
        <source>Hot-Plug</source>
        <translation>Im Betrieb einstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="293"/>
        <source>Plug %1 into the running guest %2 at %3?</source>
        <translation>%1 in den laufenden Gast %2 an %3 einstecken?</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="294"/>
        <source>Plug &amp;Live Only</source>
        <translation>Nur &amp;live einstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="294"/>
        <source>Plug Live and at &amp;Next Boot</source>
        <translation>Live und beim &amp;nächsten Start einstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="298"/>
        <source>Plugging %1 into %2…</source>
        <translation>%1 wird in %2 eingesteckt…</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="311"/>
        <source>no answer, whether it happened is not known</source>
        <translation>keine Antwort, ob es geschehen ist, ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="312"/>
        <location filename="../app/LiveLayer.cpp" line="434"/>
        <source>libvirt refused: %1</source>
        <translation>libvirt hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="315"/>
        <source>Hot-plug %1 at %2: %3</source>
        <translation>%1 an %2 einstecken: %3</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="410"/>
        <source>Hot-unplug %1 from %2: pending, the guest has not released it%3</source>
        <translation>%1 von %2 ausstecken: steht aus, der Gast hat es nicht freigegeben%3</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="433"/>
        <source>no answer, whether the guest was asked is not known</source>
        <translation>keine Antwort, ob der Gast gefragt wurde, ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="436"/>
        <source>Hot-unplug %1: %2</source>
        <translation>%1 ausstecken: %2</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="438"/>
        <source>Hot-Unplug Not Known</source>
        <translation>Ausstecken ungewiss</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="526"/>
        <source>Not undone: &quot;%1&quot; is not a change the guest made, so there is nothing here to take back.</source>
        <translation>Nicht rückgängig gemacht: „%1“ ist keine Änderung am Gast, hier gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="548"/>
        <source>The connection to %1 was lost while %2 was asked to release %3: whether it has is not known. Refresh once reconnected.</source>
        <translation>Die Verbindung zu %1 ging verloren, während %2 gebeten war, %3 freizugeben: ob er es getan hat, ist nicht bekannt. Nach dem Wiederverbinden neu lesen.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="553"/>
        <source>Hot-unplug %1: connection lost, whether the guest released it is not known</source>
        <translation>%1 ausstecken: Verbindung verloren, ob der Gast es freigegeben hat, ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="582"/>
        <source>Hot-unplug %1: the guest refused to release it%2</source>
        <translation>%1 ausstecken: der Gast hat die Freigabe abgelehnt%2</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="319"/>
        <source>Hot-Plug Refused</source>
        <translation>Einstecken abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="319"/>
        <source>Hot-Plug Not Known</source>
        <translation>Einstecken ungewiss</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="321"/>
        <source>libvirt refused to plug %1 into %2: %3</source>
        <translation>libvirt hat das Einstecken von %1 in %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="325"/>
        <source>Hot-plug %1 at %2</source>
        <translation>%1 an %2 einstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="327"/>
        <source>Plugged %1 into %2 at %3.</source>
        <translation>%1 in %2 an %3 eingesteckt.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="338"/>
        <source>Plugged %1 at %2%3.</source>
        <translation>%1 an %2 eingesteckt%3.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="339"/>
        <source>, live and at next boot</source>
        <translation>, live und beim nächsten Start</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="342"/>
        <location filename="../app/LiveLayer.cpp" line="476"/>
        <source>Now differs from the next boot&apos;s definition: %1.</source>
        <translation>Weicht jetzt von der Definition des nächsten Starts ab: %1.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="344"/>
        <source>Undo (Unplug)</source>
        <translation>Rückgängig (ausstecken)</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="363"/>
        <location filename="../app/LiveLayer.cpp" line="380"/>
        <location filename="../app/LiveLayer.cpp" line="385"/>
        <location filename="../app/LiveLayer.cpp" line="506"/>
        <source>Cannot Hot-Unplug</source>
        <translation>Ausstecken nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="363"/>
        <source>It has no PCI address in the running guest.</source>
        <translation>Es hat im laufenden Gast keine PCI-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="370"/>
        <source>%1 has been asked to release it already: the unplug is pending.</source>
        <translation>%1 wurde schon gebeten, es freizugeben: das Ausstecken steht aus.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="386"/>
        <source>%1 cannot be unplugged from the running guest %2:
%3

Nothing was asked of libvirt.</source>
        <translation>%1 kann nicht aus dem laufenden Gast %2 ausgesteckt werden:
%3

libvirt wurde nichts gefragt.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="391"/>
        <source>Hot-Unplug</source>
        <translation>Im Betrieb ausstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="392"/>
        <source>Ask the running guest %1 to release %2 at %3? It is gone when the guest lets it go.</source>
        <translation>Den laufenden Gast %1 bitten, %2 an %3 freizugeben? Es ist weg, wenn der Gast es freigibt.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="394"/>
        <source>Unplug &amp;Live Only</source>
        <translation>Nur &amp;live ausstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="394"/>
        <source>Unplug Live and from &amp;Next Boot</source>
        <translation>Live und aus dem &amp;nächsten Start ausstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="414"/>
        <source>The guest %1 has not released %2 after %3 s: the unplug is pending, and the device stays in the running guest until the guest lets it go.</source>
        <translation>Der Gast %1 hat %2 nach %3 s nicht freigegeben: das Ausstecken steht aus, und das Gerät bleibt im laufenden Gast, bis der Gast es freigibt.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="425"/>
        <source>Asking %1 to release %2…</source>
        <translation>%1 wird gebeten, %2 freizugeben…</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="438"/>
        <source>Hot-Unplug Refused</source>
        <translation>Ausstecken abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="440"/>
        <source>libvirt refused to unplug %1 from %2: %3</source>
        <translation>libvirt hat das Ausstecken von %1 aus %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="446"/>
        <source>Waiting for %1 to release %2…</source>
        <translation>Warten, bis %1 %2 freigibt…</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="457"/>
        <source>Hot-unplug %1 from %2</source>
        <translation>%1 von %2 ausstecken</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="462"/>
        <location filename="../app/LiveLayer.cpp" line="477"/>
        <source>%1 released %2.</source>
        <translation>%1 hat %2 freigegeben.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="472"/>
        <source>The guest released %1: it is unplugged%2.</source>
        <translation>Der Gast hat %1 freigegeben: es ist ausgesteckt%2.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="473"/>
        <source>, and gone from the next boot&apos;s definition</source>
        <translation>, und aus der Definition des nächsten Starts entfernt</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="478"/>
        <source>Undo (Plug Again)</source>
        <translation>Rückgängig (wieder einstecken)</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="507"/>
        <source>Nothing sits at %1 in the running guest now.</source>
        <translation>Im laufenden Gast sitzt jetzt nichts an %1.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="578"/>
        <source>The guest %1 refused to release %2: it stays in the running guest.</source>
        <translation>Der Gast %1 hat die Freigabe von %2 abgelehnt: es bleibt im laufenden Gast.</translation>
    </message>
    <message>
        <location filename="../app/LiveLayer.cpp" line="617"/>
        <source>%1 stopped: this live topology is what it had when it ran. Its next boot&apos;s definition is in its own tab.</source>
        <translation>%1 wurde gestoppt: diese Live-Topologie ist, was er hatte, als er lief. Die Definition des nächsten Starts ist in ihrem eigenen Tab.</translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="121"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="123"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="125"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="126"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="128"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="130"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="133"/>
        <source>Host Devices</source>
        <translation>Hostgeräte</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="137"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="138"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="139"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="237"/>
        <source>Not dropped: %1</source>
        <translation>Nicht abgelegt: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="246"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="266"/>
        <source>%1 (connection lost)</source>
        <translation>%1 (Verbindung verloren)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="267"/>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="281"/>
        <source>Editing %1 — </source>
        <translation>Bearbeitet: %1 — </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="282"/>
        <source>%1 (%2) — %3 PCI controllers, %4 devices</source>
        <translation>%1 (%2) — %3 PCI-Controller, %4 Geräte</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="293"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="294"/>
        <source>%n problem(s), worst: %1</source>
        <translation>
            <numerusform>%n Problem, schwerstes: %1</numerusform>
            <numerusform>%n Probleme, schwerstes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::MoveToDialog</name>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="33"/>
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="39"/>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verschieben nach:</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="40"/>
        <source>Move &lt;b&gt;%1&lt;/b&gt; together (their functions kept) to:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gemeinsam (mit ihren Funktionen) verschieben nach:</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="45"/>
        <source>bus:slot.function, hex, e.g. 05:00.0</source>
        <translation>Bus:Steckplatz.Funktion, hexadezimal, z. B. 05:00.0</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="70"/>
        <source>%1 on %2%3%4</source>
        <translation>%1 an %2%3%4</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="72"/>
        <source> · guest %1</source>
        <translation> · Gast %1</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="73"/>
        <source> · hotplug</source>
        <translation> · Hotplug</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="73"/>
        <source> · no hotplug</source>
        <translation> · kein Hotplug</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="78"/>
        <source>No controller has a free place that takes this.</source>
        <translation>Kein Controller hat einen freien Platz, der dies aufnimmt.</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="96"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="101"/>
        <source>Free places that take it:</source>
        <translation>Freie Plätze, die es aufnehmen:</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="128"/>
        <source>&apos;%1&apos; is not an address like 05:00.0.</source>
        <translation>„%1“ ist keine Adresse wie 05:00.0.</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="130"/>
        <source>That is where it is: type another address, or pick a free place below.</source>
        <translation>Dort ist es bereits: Geben Sie eine andere Adresse ein oder wählen Sie unten einen freien Platz.</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="140"/>
        <source>&lt;span style=&apos;color:#26a269&apos;&gt;✔ Moves to %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#26a269&apos;&gt;✔ Wird nach %1 verschoben.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../app/MoveToDialog.cpp" line="142"/>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;✘ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;✘ %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pcitopo::NodeItem</name>
    <message>
        <location filename="../views/items/NodeItem.cpp" line="191"/>
        <source>Unplug pending: the guest has been asked to release this device and has not yet.</source>
        <translation>Ausstecken steht aus: der Gast wurde gebeten, dieses Gerät freizugeben, und hat es noch nicht getan.</translation>
    </message>
</context>
<context>
    <name>pcitopo::OverviewWidget</name>
    <message>
        <location filename="../views/OverviewWidget.cpp" line="17"/>
        <source>The whole diagram: the frame is what the view shows; drag it to move the view</source>
        <translation>Das ganze Diagramm: der Rahmen zeigt, was die Ansicht zeigt; ziehen Sie ihn, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>pcitopo::PropertiesPanel</name>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="32"/>
        <source>Hot-pluggable</source>
        <translation>Hotplugfähig</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="33"/>
        <source>Multifunction (function 0 of a shared slot)</source>
        <translation>Multifunktion (Funktion 0 eines geteilten Steckplatzes)</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="41"/>
        <source>bus:slot.function, e.g. 05:00.0</source>
        <translation>Bus:Steckplatz.Funktion, z. B. 05:00.0</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="42"/>
        <source>libvirt address: bus is the index of a PCI controller. Enter applies.</source>
        <translation>libvirt-Adresse: Bus ist der Index eines PCI-Controllers. Eingabetaste übernimmt.</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="44"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="45"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="46"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="48"/>
        <source>Guest sees:</source>
        <translation>Gast sieht:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="52"/>
        <source>Chassis:</source>
        <translation>Chassis:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="54"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="57"/>
        <source>Chassis number:</source>
        <translation>Chassis-Nummer:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="58"/>
        <source>Bus number (busNr):</source>
        <translation>Busnummer (busNr):</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="59"/>
        <source>PHB index:</source>
        <translation>PHB-Index:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="60"/>
        <source>NUMA node:</source>
        <translation>NUMA-Knoten:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="61"/>
        <source>XML line:</source>
        <translation>XML-Zeile:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="63"/>
        <source>Edit › Placement Constraint… changes it</source>
        <translation>Bearbeiten › Platzierungsvorgabe… ändert sie</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="64"/>
        <source>Constraint:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="68"/>
        <source>On the host:</source>
        <translation>Auf dem Host:</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="97"/>
        <source>(libvirt&apos;s default)</source>
        <translation>(Standard von libvirt)</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="157"/>
        <source>Not an address: use bus:slot.function in hex, e.g. 05:00.0.</source>
        <translation>Keine Adresse: Verwenden Sie Bus:Steckplatz.Funktion hexadezimal, z. B. 05:00.0.</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="184"/>
        <source>Select a controller or device.</source>
        <translation>Wählen Sie einen Controller oder ein Gerät.</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="239"/>
        <source>(not reached from a root)</source>
        <translation>(von keiner Wurzel aus erreichbar)</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="241"/>
        <source>PCI controller, bus %1</source>
        <translation>PCI-Controller, Bus %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="244"/>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="258"/>
        <source>hot-unpluggable</source>
        <translation>im Betrieb entfernbar</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="260"/>
        <source>PCIe only</source>
        <translation>nur PCIe</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="260"/>
        <source>PCI only</source>
        <translation>nur PCI</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="262"/>
        <location filename="../views/PropertiesPanel.cpp" line="279"/>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="264"/>
        <source>prefers %1</source>
        <translation>bevorzugt %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="266"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="277"/>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="280"/>
        <source>PCI Express</source>
        <translation>PCI Express</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="280"/>
        <source>conventional PCI</source>
        <translation>herkömmliches PCI</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="282"/>
        <source>driver: %1</source>
        <translation>Treiber: %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="284"/>
        <source>also used by %1</source>
        <translation>auch verwendet von %1</translation>
    </message>
    <message>
        <location filename="../views/PropertiesPanel.cpp" line="286"/>
        <source>not known (open the domain from a libvirt connection)</source>
        <translation>unbekannt (öffnen Sie die Domäne über eine libvirt-Verbindung)</translation>
    </message>
</context>
<context>
    <name>pcitopo::SaveDiffDialog</name>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="46"/>
        <source>Save %1 to %2</source>
        <translation>%1 auf %2 speichern</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="48"/>
        <source>libvirt will define &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; with these changes, after validating it. The running guest, if any, sees them at its next start.</source>
        <translation>libvirt wird &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; nach der Prüfung mit diesen Änderungen definieren. Ein laufender Gast sieht sie beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="25"/>
        <source>No controller or device moves; other attributes changed.</source>
        <translation>Keine Controller oder Geräte verschoben; andere Attribute wurden geändert.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="54"/>
        <source>Topology changes (%1)</source>
        <translation>Topologieänderungen (%1)</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="36"/>
        <source>The XML is unchanged.</source>
        <translation>Das XML ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="23"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="55"/>
        <source>XML diff</source>
        <translation>XML-Unterschiede</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="57"/>
        <source>&amp;Define in libvirt</source>
        <translation>In libvirt &amp;definieren</translation>
    </message>
</context>
<context>
    <name>pcitopo::ServerChangesDialog</name>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="71"/>
        <source>%1 Changed on %2</source>
        <translation>%1 auf %2 geändert</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="74"/>
        <source>Another client redefined &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; since you opened it. Both sides are compared with the definition as you opened it.</source>
        <translation>Ein anderer Client hat &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; neu definiert, seit Sie es geöffnet haben. Beide Seiten werden mit der Definition verglichen, wie Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="78"/>
        <source>The changes cannot be merged:</source>
        <translation>Die Änderungen lassen sich nicht zusammenführen:</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="86"/>
        <source>Server&apos;s changes (%1)</source>
        <translation>Änderungen des Servers (%1)</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="87"/>
        <source>Your changes (%1)</source>
        <translation>Ihre Änderungen (%1)</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="88"/>
        <source>Server&apos;s XML diff</source>
        <translation>XML-Diff des Servers</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="89"/>
        <source>Your XML diff</source>
        <translation>Ihr XML-Diff</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="91"/>
        <source>&amp;Merge Both</source>
        <translation>Beide &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="93"/>
        <source>Your edits applied to the server&apos;s version; saving defines the result.</source>
        <translation>Ihre Änderungen auf die Version des Servers angewandt; Speichern definiert das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="94"/>
        <source>&amp;Take the Server&apos;s</source>
        <translation>Die des &amp;Servers nehmen</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="95"/>
        <source>Reload the server&apos;s version; your edits are dropped.</source>
        <translation>Die Version des Servers neu laden; Ihre Änderungen werden verworfen.</translation>
    </message>
    <message>
        <location filename="../app/SaveDiffDialog.cpp" line="96"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>pcitopo::SymbolsDialog</name>
    <message>
        <location filename="../app/SymbolsDialog.cpp" line="20"/>
        <source>What Do These Symbols Mean?</source>
        <translation>Was bedeuten diese Symbole?</translation>
    </message>
    <message>
        <location filename="../app/SymbolsDialog.cpp" line="22"/>
        <source>&lt;p&gt;Each box of the diagram is a PCI controller or a device. Lines run from a controller&apos;s slots to what sits in them; the small label on a line is the slot and function. Boxes show the libvirt address (&lt;i&gt;bus&lt;/i&gt; is a controller&apos;s index) and the address the guest sees. Exported diagrams carry the same legend.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Kasten des Diagramms ist ein PCI-Controller oder ein Gerät. Linien führen von den Steckplätzen eines Controllers zu dem, was darin steckt; die kleine Beschriftung an einer Linie ist Steckplatz und Funktion. Die Kästen zeigen die libvirt-Adresse (&lt;i&gt;bus&lt;/i&gt; ist der Index eines Controllers) und die Adresse, die der Gast sieht. Exportierte Diagramme tragen dieselbe Legende.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/SymbolsDialog.cpp" line="38"/>
        <source>&lt;b&gt;Icons of controller and device kinds&lt;/b&gt; (tree, diagram, palette and host devices)</source>
        <translation>&lt;b&gt;Symbole der Controller- und Gerätearten&lt;/b&gt; (Baum, Diagramm, Palette und Hostgeräte)</translation>
    </message>
</context>
<context>
    <name>pcitopo::Topology</name>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="54"/>
        <source>disk %1</source>
        <translation>disk %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="67"/>
        <source>interface (%1)</source>
        <translation>interface (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="67"/>
        <source>interface %1</source>
        <translation>interface %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="103"/>
        <source>hostdev %1</source>
        <translation>hostdev %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="103"/>
        <source>hostdev (no source)</source>
        <translation>hostdev (ohne Quelle)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="109"/>
        <source>mdev %1</source>
        <translation>mdev %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="116"/>
        <source>vhost-scsi %1</source>
        <translation>vhost-scsi %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="120"/>
        <source>hostdev (%1)</source>
        <translation>hostdev (%1)</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="26"/>
        <source>chassis %1</source>
        <translation>Chassis %1</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="28"/>
        <source>port 0x%1</source>
        <translation>Port 0x%1</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="30"/>
        <source>busNr %1</source>
        <translation>busNr %1</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="32"/>
        <source>PHB %1</source>
        <translation>PHB %1</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="34"/>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="36"/>
        <source>hotplug off</source>
        <translation>Hotplug aus</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="38"/>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="481"/>
        <location filename="../model/topology/DeviceClassification.cpp" line="145"/>
        <source>%1 controller %2</source>
        <translation>%1-Controller %2</translation>
    </message>
    <message>
        <location filename="../model/Topology.cpp" line="482"/>
        <location filename="../model/topology/DeviceClassification.cpp" line="146"/>
        <source>%1 controller</source>
        <translation>%1-Controller</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="171"/>
        <source>video (%1)</source>
        <translation>video (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="171"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="186"/>
        <source>sound (%1)</source>
        <translation>sound (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="194"/>
        <source>watchdog (%1)</source>
        <translation>watchdog (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="211"/>
        <source>shmem %1</source>
        <translation>shmem %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="218"/>
        <source>input (%1)</source>
        <translation>input (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="227"/>
        <source>filesystem %1</source>
        <translation>filesystem %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="235"/>
        <source>iommu (%1)</source>
        <translation>iommu (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="248"/>
        <source>serial %1</source>
        <translation>serial %1</translation>
    </message>
    <message>
        <location filename="../model/topology/DeviceClassification.cpp" line="256"/>
        <source>memory (%1)</source>
        <translation>memory (%1)</translation>
    </message>
    <message>
        <location filename="../model/topology/TopologyNames.cpp" line="55"/>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <location filename="../model/topology/TopologyNames.cpp" line="96"/>
        <source>PCI endpoint</source>
        <translation>PCI-Endgerät</translation>
    </message>
    <message>
        <location filename="../model/topology/TopologyNames.cpp" line="97"/>
        <source>PCIe endpoint</source>
        <translation>PCIe-Endgerät</translation>
    </message>
    <message>
        <location filename="../model/topology/TopologyNames.cpp" line="98"/>
        <source>PCI or PCIe (host device)</source>
        <translation>PCI oder PCIe (Hostgerät)</translation>
    </message>
    <message>
        <location filename="../model/topology/TopologyNames.cpp" line="99"/>
        <source>not PCI</source>
        <translation>kein PCI</translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeModel</name>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="103"/>
        <source>controller, bus %1 (implicit)</source>
        <translation>Controller, Bus %1 (implizit)</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="104"/>
        <source>controller, bus %1</source>
        <translation>Controller, Bus %1</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="105"/>
        <source>Added by libvirt: the XML has no controller with index 0</source>
        <translation>Von libvirt hinzugefügt: Das XML hat keinen Controller mit Index 0</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="107"/>
        <location filename="../model/TopologyTreeModel.cpp" line="112"/>
        <source>Line %1 of the XML</source>
        <translation>Zeile %1 des XML</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="125"/>
        <source>slot %1</source>
        <translation>Steckplatz %1</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="138"/>
        <source>multifunction, %1 functions</source>
        <translation>Multifunktion, %1 Funktionen</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="190"/>
        <location filename="../model/TopologyTreeModel.cpp" line="325"/>
        <source>Not connected</source>
        <translation>Nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="143"/>
        <source>Devices and controllers without a PCI address (libvirt assigns one when the domain is defined) or on a bus that no controller provides</source>
        <translation>Geräte und Controller ohne PCI-Adresse (libvirt vergibt eine, wenn die Domäne definiert wird) oder an einem Bus, den kein Controller bereitstellt</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="505"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="506"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="507"/>
        <source>Guest address</source>
        <translation>Gastadresse</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="508"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="509"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="577"/>
        <source>Nothing to drop there.</source>
        <translation>Dort kann nichts abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="579"/>
        <source>Drop host devices onto a controller in the diagram.</source>
        <translation>Host-Geräte im Diagramm auf einem Controller ablegen.</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="584"/>
        <source>The slot of %1 has no free function.</source>
        <translation>Der Steckplatz von %1 hat keine freie Funktion.</translation>
    </message>
    <message>
        <location filename="../model/TopologyTreeModel.cpp" line="585"/>
        <source>Drop onto a controller, a slot or a device.</source>
        <translation>Auf einen Controller, einen Steckplatz oder ein Gerät ablegen.</translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeView</name>
    <message>
        <location filename="../views/TopologyTreeView.cpp" line="134"/>
        <source>Drop here</source>
        <translation>Hier ablegen</translation>
    </message>
</context>
<context>
    <name>pcitopo::VirtConnection</name>
    <message numerus="yes">
        <location filename="../app/libvirt/VirtConnection.cpp" line="341"/>
        <source>no answer within %n second(s) (the host may be down, or a firewall may drop the connection)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde (der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Verbindung)</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden (der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Verbindung)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcitopo::XmlPane</name>
    <message>
        <location filename="../views/XmlPane.cpp" line="71"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="72"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="79"/>
        <source>XML of the selection</source>
        <translation>XML der Auswahl</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="84"/>
        <source>Replace the element with this XML, as one undo step (Ctrl+Return)</source>
        <translation>Das Element durch dieses XML ersetzen, als ein Rückgängig-Schritt (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="85"/>
        <source>Show the document&apos;s version again</source>
        <translation>Wieder die Fassung des Dokuments anzeigen</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="149"/>
        <source>Editing the XML of %1: Apply or Revert to follow the selection.</source>
        <translation>Das XML von %1 wird bearbeitet: „Anwenden“ oder „Verwerfen“, um der Auswahl zu folgen.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="170"/>
        <source>Select one controller or device to see its XML.</source>
        <translation>Einen Controller oder ein Gerät auswählen, um sein XML zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="173"/>
        <source>%1 is not in the XML: libvirt adds it when it defines the domain.</source>
        <translation>%1 steht nicht im XML: libvirt fügt es beim Definieren der Domäne hinzu.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="175"/>
        <source>XML of %1</source>
        <translation>XML von %1</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="198"/>
        <source>The element is gone from the document; Revert to leave it.</source>
        <translation>Das Element ist nicht mehr im Dokument; „Verwerfen“ verlässt es.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="203"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="206"/>
        <source>This pane edits one &lt;%1&gt; element; the text is a &lt;%2&gt;.</source>
        <translation>Dieser Bereich bearbeitet ein &lt;%1&gt;-Element; der Text ist ein &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="213"/>
        <source>The element changed in the document since you began: Apply replaces it with this text, Revert shows the new version.</source>
        <translation>Das Element wurde im Dokument geändert, seit Sie begonnen haben: „Anwenden“ ersetzt es durch diesen Text, „Verwerfen“ zeigt die neue Fassung.</translation>
    </message>
    <message>
        <location filename="../views/XmlPane.cpp" line="215"/>
        <source>Well-formed: Apply replaces the element (one undo step).</source>
        <translation>Wohlgeformt: „Anwenden“ ersetzt das Element (ein Rückgängig-Schritt).</translation>
    </message>
</context>
<context>
    <name>pcitopo::cli</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <location filename="../app/CommandLine.cpp" line="540"/>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <location filename="../app/CommandLine.cpp" line="635"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="127"/>
        <source>wrong number of arguments
%1</source>
        <translation>falsche Anzahl von Argumenten
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="203"/>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="206"/>
        <source>not connected (no address yet, or on a bus no controller provides):</source>
        <translation>nicht angeschlossen (noch keine Adresse oder an einem Bus, den kein Controller bereitstellt):</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="261"/>
        <source>Target address.</source>
        <translation>Zieladresse.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="261"/>
        <location filename="../app/HotplugCommand.cpp" line="43"/>
        <location filename="../app/HotplugCommand.cpp" line="45"/>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="262"/>
        <location filename="../app/CommandLine.cpp" line="346"/>
        <location filename="../app/CommandLine.cpp" line="385"/>
        <source>Output file, - for standard output.</source>
        <translation>Ausgabedatei, - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="262"/>
        <location filename="../app/CommandLine.cpp" line="346"/>
        <location filename="../app/CommandLine.cpp" line="385"/>
        <location filename="../app/CommandLine.cpp" line="562"/>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="268"/>
        <source>move needs --to ADDR and -o OUT
%1</source>
        <translation>move braucht --to ADR und -o AUS
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="273"/>
        <location filename="../app/CommandLine.cpp" line="275"/>
        <location filename="../app/HotplugCommand.cpp" line="75"/>
        <source>&apos;%1&apos; is not a PCI address ([dddd:]bb:ss.f, hex)</source>
        <translation>„%1“ ist keine PCI-Adresse ([dddd:]bb:ss.f, hexadezimal)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="282"/>
        <source>no device or controller is at %1</source>
        <translation>an %1 ist kein Gerät und kein Controller</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="287"/>
        <source>%1 is used by %2 nodes (%3); fix the conflict first</source>
        <translation>%1 wird von %2 Knoten belegt (%3); beheben Sie zuerst den Konflikt</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="301"/>
        <source>moved %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="312"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="348"/>
        <location filename="../app/CommandLine.cpp" line="388"/>
        <source>POLICY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="347"/>
        <location filename="../app/CommandLine.cpp" line="387"/>
        <source>libvirt (what libvirt would assign) or recommended.</source>
        <translation>libvirt (was libvirt vergeben würde) oder recommended.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="349"/>
        <location filename="../app/CommandLine.cpp" line="389"/>
        <source>Spare hotpluggable ports (recommended policy).</source>
        <translation>Reserve-Ports für Hotplug (empfohlene Strategie).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="355"/>
        <source>place needs -o OUT
%1</source>
        <translation>place braucht -o AUS
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="327"/>
        <source>unknown policy &apos;%1&apos;: use libvirt or recommended</source>
        <translation>unbekannte Strategie „%1“: verwenden Sie libvirt oder recommended</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="333"/>
        <source>--spare-ports takes a number from 0 to 240</source>
        <translation>--spare-ports nimmt eine Zahl von 0 bis 240</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="337"/>
        <source>--spare-ports goes with --policy recommended (libvirt adds no spare ports)</source>
        <translation>--spare-ports gehört zu --policy recommended (libvirt legt keine Reserve-Ports an)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="364"/>
        <location filename="../app/CommandLine.cpp" line="368"/>
        <source>cannot place: %1</source>
        <translation>Platzieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="374"/>
        <source>every device has an address already</source>
        <translation>jedes Gerät hat bereits eine Adresse</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="386"/>
        <source>The machine type to convert to: q35 or pc.</source>
        <translation>Der Maschinentyp, in den umgewandelt wird: q35 oder pc.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="386"/>
        <source>MACHINE</source>
        <translation>MASCHINE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="395"/>
        <source>convert needs --to q35|pc and -o OUT
%1</source>
        <translation>convert braucht --to q35|pc und -o AUS
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="402"/>
        <source>cannot convert to &apos;%1&apos;: use q35 or pc</source>
        <translation>Umwandeln in &apos;%1&apos; nicht möglich: q35 oder pc verwenden</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="411"/>
        <source>cannot convert: %1</source>
        <translation>Umwandeln nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="415"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="231"/>
        <location filename="../app/CommandLine.cpp" line="432"/>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="482"/>
        <source>text, json or sarif.</source>
        <translation>text, json oder sarif.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="482"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="485"/>
        <source>Also print notes (text format).</source>
        <translation>Auch Hinweise ausgeben (Textformat).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="216"/>
        <location filename="../app/CommandLine.cpp" line="487"/>
        <location filename="../app/CommandLine.cpp" line="570"/>
        <location filename="../app/HotplugCommand.cpp" line="40"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="488"/>
        <source>With --connect: every domain.</source>
        <translation>Mit --connect: jede Domäne.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="501"/>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation>unbekanntes Format „%1“: verwenden Sie text, json oder sarif</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="503"/>
        <source>check --connect needs --all or domain names, not both
%1</source>
        <translation>check --connect braucht --all oder Domänennamen, nicht beides
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="507"/>
        <source>check needs at least one file (or - for standard input)
%1</source>
        <translation>check braucht mindestens eine Datei (oder - für die Standardeingabe)
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="236"/>
        <location filename="../app/CommandLine.cpp" line="243"/>
        <location filename="../app/CommandLine.cpp" line="611"/>
        <location filename="../app/HotplugCommand.cpp" line="140"/>
        <location filename="../app/HotplugCommand.cpp" line="268"/>
        <location filename="../app/HotplugCommand.cpp" line="271"/>
        <source>domain %1: %2</source>
        <translation>Domäne %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="562"/>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="563"/>
        <source>lr or tb.</source>
        <translation>lr oder tb.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="563"/>
        <source>ORIENTATION</source>
        <translation>AUSRICHTUNG</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="565"/>
        <source>light, dark or print.</source>
        <translation>light, dark oder print.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="565"/>
        <source>PALETTE</source>
        <translation>PALETTE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="567"/>
        <source>Draw empty slots.</source>
        <translation>Leere Steckplätze zeichnen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="568"/>
        <source>PNG pixels per unit.</source>
        <translation>PNG-Pixel je Einheit.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="350"/>
        <location filename="../app/CommandLine.cpp" line="390"/>
        <location filename="../app/CommandLine.cpp" line="489"/>
        <location filename="../app/CommandLine.cpp" line="568"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="79"/>
        <source>Usage:
  pcitopo [FILE | --connect URI [DOMAIN]]    open FILE, a connection (or the demo)
  pcitopo tree FILE|-                        print the PCI topology as a tree
  pcitopo tree --connect URI DOMAIN [--live] the same for a domain of a connection;
                                             --live: the running guest as it is now
  pcitopo move FILE|- ADDR --to ADDR -o OUT  move the device at libvirt address
                                             ADDR ([dddd:]bb:ss.f, hex) and save
  pcitopo check FILE...|- [--format text|json|sarif] [--verbose]
                                             check the PCI rules
  pcitopo check --connect URI [--connect URI…] (--all | DOMAIN...)
                [--jobs N] [--timeout SECONDS] [--format …]
                                             check domains of libvirt hosts, N at
                                             once (default 4), each given SECONDS
                                             to answer (default 15)
  pcitopo explain [RULE-ID]                  explain a rule (without: list them)
  pcitopo place FILE|- [--policy libvirt|recommended] [--spare-ports N] -o OUT
                                             give devices without an address the
                                             addresses (and controllers) libvirt would,
                                             or a port each and spare hotplug ports
  pcitopo convert FILE|- --to q35|pc [--policy libvirt|recommended]
                  [--spare-ports N] -o OUT
                                             change the machine type between pc and
                                             q35: chipset devices, IDE/SATA, and every
                                             device placed anew
  pcitopo export (FILE|- | --connect URI DOMAIN) -o OUT.svg|.png|.pdf|.dot
                 [--orientation lr|tb]
                 [--palette light|dark|print] [--empty-slots] [--scale N]
                                             draw the topology (PNG: N pixels per unit)
  pcitopo hotplug --connect URI DOMAIN (--add DEVICE.xml [--at ADDR] |
                  --remove ADDR) [--config] [--timeout SECONDS]
                                             plug a device into a running guest, or
                                             unplug one and wait until the guest has
                                             released it (default 10 s); checked first
  pcitopo --version | --help

Exit status: 0 clean, 1 warnings, 2 QEMU would refuse to start the guest,
3 libvirt would refuse to define it, 4 unreadable input or wrong arguments,
5 (hotplug) the guest has not released the device.
</source>
        <translation>Aufruf:
  pcitopo [DATEI | --connect URI [DOMÄNE]]   DATEI, eine Verbindung (oder die Demo) öffnen
  pcitopo tree DATEI|-                       die PCI-Topologie als Baum ausgeben
  pcitopo tree --connect URI DOMÄNE [--live] dasselbe für eine Domäne einer Verbindung;
                                             --live: der laufende Gast, wie er jetzt ist
  pcitopo move DATEI|- ADR --to ADR -o AUS   das Gerät an der libvirt-Adresse ADR
                                             ([dddd:]bb:ss.f, hex) verschieben und speichern
  pcitopo check DATEI...|- [--format text|json|sarif] [--verbose]
                                             die PCI-Regeln prüfen
  pcitopo check --connect URI [--connect URI…] (--all | DOMÄNE...)
                [--jobs N] [--timeout SEKUNDEN] [--format …]
                                             Domänen von libvirt-Hosts prüfen, N
                                             zugleich (Standard 4), jeder mit
                                             SEKUNDEN Zeit zu antworten (Standard 15)
  pcitopo explain [REGEL-ID]                 eine Regel erklären (ohne: alle auflisten)
  pcitopo place DATEI|- [--policy libvirt|recommended] [--spare-ports N] -o AUS
                                             Geräten ohne Adresse die Adressen (und
                                             Controller) geben, die libvirt vergäbe,
                                             oder je einen Port und Reserve-Ports
  pcitopo convert DATEI|- --to q35|pc [--policy libvirt|recommended]
                  [--spare-ports N] -o AUS
                                             den Maschinentyp zwischen pc und q35
                                             wechseln: Chipsatz-Geräte, IDE/SATA, und
                                             jedes Gerät neu platziert
  pcitopo export (DATEI|- | --connect URI DOMÄNE) -o AUS.svg|.png|.pdf|.dot
                 [--orientation lr|tb]
                 [--palette light|dark|print] [--empty-slots] [--scale N]
                                             die Topologie zeichnen (PNG: N Pixel je Einheit)
  pcitopo hotplug --connect URI DOMÄNE (--add GERÄT.xml [--at ADR] |
                  --remove ADR) [--config] [--timeout SEKUNDEN]
                                             ein Gerät in einen laufenden Gast
                                             einstecken, oder eins ausstecken und warten,
                                             bis der Gast es freigibt (Standard 10 s);
                                             vorher geprüft
  pcitopo --version | --help

Rückgabewert: 0 sauber, 1 Warnungen, 2 QEMU würde den Start des Gasts verweigern,
3 libvirt würde das Definieren verweigern, 4 unlesbare Eingabe oder falsche Argumente,
5 (hotplug) der Gast hat das Gerät nicht freigegeben.
</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="215"/>
        <source>Print a domain of a libvirt connection.</source>
        <translation>Eine Domäne einer libvirt-Verbindung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="218"/>
        <source>With --connect: the running guest&apos;s live definition, not the next boot&apos;s.</source>
        <translation>Mit --connect: die Live-Definition des laufenden Gasts, nicht die des nächsten Starts.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="223"/>
        <source>--live goes with --connect URI DOMAIN</source>
        <translation>--live gehört zu --connect URI DOMÄNE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="235"/>
        <source>domain %1 is not running: --live needs a running guest</source>
        <translation>Domäne %1 läuft nicht: --live braucht einen laufenden Gast</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="245"/>
        <source>live topology of the running guest; {guest …} is the address the guest sees</source>
        <translation>Live-Topologie des laufenden Gasts; {guest …} ist die Adresse, die der Gast sieht</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="447"/>
        <source>%1/%2 hosts checked</source>
        <translation>%1/%2 Hosts geprüft</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="458"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="463"/>
        <source>%1: domain %2: %3</source>
        <translation>%1: Domäne %2: %3</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="487"/>
        <source>Check domains of a libvirt connection (repeat for more hosts).</source>
        <translation>Domänen einer libvirt-Verbindung prüfen (für mehr Hosts wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="489"/>
        <source>With --connect: hosts read at once.</source>
        <translation>Mit --connect: gleichzeitig gelesene Hosts.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="492"/>
        <source>With --connect: seconds to wait for a host to answer (0: no limit).</source>
        <translation>Mit --connect: Sekunden, die auf die Antwort eines Hosts gewartet wird (0: unbegrenzt).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="493"/>
        <location filename="../app/HotplugCommand.cpp" line="48"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="505"/>
        <source>--all, --jobs and --timeout go with --connect URI
%1</source>
        <translation>--all, --jobs und --timeout gehören zu --connect URI
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="518"/>
        <source>--jobs needs a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--jobs braucht eine Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="521"/>
        <source>--timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout braucht eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="569"/>
        <source>Draw a domain of a libvirt connection.</source>
        <translation>Eine Domäne einer libvirt-Verbindung zeichnen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="575"/>
        <source>export needs -o OUT.svg, .png, .pdf or .dot
%1</source>
        <translation>export braucht -o AUS.svg, .png, .pdf oder .dot
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="579"/>
        <source>&apos;%1&apos;: the output must end in .svg, .png, .pdf or .dot</source>
        <translation>„%1“: Die Ausgabe muss auf .svg, .png, .pdf oder .dot enden</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="583"/>
        <source>unknown orientation &apos;%1&apos;: use lr or tb</source>
        <translation>unbekannte Ausrichtung „%1“: verwenden Sie lr oder tb</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="592"/>
        <source>unknown palette &apos;%1&apos;: use light, dark or print</source>
        <translation>unbekannte Palette „%1“: verwenden Sie light, dark oder print</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="597"/>
        <source>--scale takes a number from 0 to 16</source>
        <translation>--scale nimmt eine Zahl von 0 bis 16</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="623"/>
        <location filename="../app/CommandLine.cpp" line="635"/>
        <source>cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="644"/>
        <source>explain takes one rule id
%1</source>
        <translation>explain nimmt eine Regel-ID
%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="653"/>
        <source>no rule &apos;%1&apos;; &apos;pcitopo explain&apos; lists them</source>
        <translation>keine Regel „%1“; „pcitopo explain“ listet sie auf</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="655"/>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="656"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="97"/>
        <source>libvirt would refuse: </source>
        <translation>libvirt würde ablehnen: </translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="97"/>
        <source>QEMU would refuse: </source>
        <translation>QEMU würde ablehnen: </translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="101"/>
        <source>(nothing was asked of libvirt)</source>
        <translation>(libvirt wurde nichts gefragt)</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="40"/>
        <source>The libvirt connection.</source>
        <translation>Die libvirt-Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="41"/>
        <source>Plug the device this XML describes (- reads it).</source>
        <translation>Das Gerät einstecken, das dieses XML beschreibt (- liest es von der Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="42"/>
        <source>DEVICE.xml</source>
        <translation>GERÄT.xml</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="43"/>
        <source>With --add: the libvirt address to plug it at.</source>
        <translation>Mit --add: die libvirt-Adresse, an der es eingesteckt wird.</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="44"/>
        <source>Unplug the device at this libvirt address.</source>
        <translation>Das Gerät an dieser libvirt-Adresse ausstecken.</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="46"/>
        <source>Change the next boot&apos;s definition too.</source>
        <translation>Auch die Definition des nächsten Starts ändern.</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="48"/>
        <source>Seconds to wait for the guest to release an unplugged device.</source>
        <translation>Sekunden, die auf die Freigabe eines ausgesteckten Geräts durch den Gast gewartet wird.</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="58"/>
        <source>hotplug needs --connect URI and one of --add DEVICE.xml or --remove ADDR
%1</source>
        <translation>hotplug braucht --connect URI und entweder --add GERÄT.xml oder --remove ADDR
%1</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="60"/>
        <source>--at goes with --add</source>
        <translation>--at gehört zu --add</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="70"/>
        <source>--timeout takes seconds, more than 0 and at most 3600</source>
        <translation>--timeout nimmt Sekunden, mehr als 0 und höchstens 3600</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="84"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="267"/>
        <source>domain %1 is not running: hotplug needs a running guest</source>
        <translation>Domäne %1 läuft nicht: hotplug braucht einen laufenden Gast</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="118"/>
        <source>libvirt refused to plug %1: %2</source>
        <translation>libvirt hat das Einstecken von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="122"/>
        <source>plugged %1 into %2 at %3</source>
        <translation>%1 in %2 an %3 eingesteckt</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="124"/>
        <source>(the guest sees %1)</source>
        <translation>(der Gast sieht %1)</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="127"/>
        <source>the next boot&apos;s definition has it too</source>
        <translation>die Definition des nächsten Starts hat es auch</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="172"/>
        <source>libvirt refused to unplug %1: %2</source>
        <translation>libvirt hat das Ausstecken von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="190"/>
        <source>the connection to %1 was lost while waiting for the guest (%2): whether it released %3 is not known</source>
        <translation>die Verbindung zu %1 ging verloren, während auf den Gast gewartet wurde (%2): ob er %3 freigegeben hat, ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="215"/>
        <source>cannot tell whether the guest released %1: %2</source>
        <translation>nicht feststellbar, ob der Gast %1 freigegeben hat: %2</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="225"/>
        <source>unplugged %1 from %2 at %3</source>
        <translation>%1 aus %2 an %3 ausgesteckt</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="226"/>
        <source>(the guest released it: libvirt&apos;s DEVICE_REMOVED)</source>
        <translation>(der Gast hat es freigegeben: DEVICE_REMOVED von libvirt)</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="227"/>
        <source>(no event came; the live definition no longer has it)</source>
        <translation>(kein Ereignis kam; die Live-Definition hat es nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="230"/>
        <location filename="../app/HotplugCommand.cpp" line="248"/>
        <source>the next boot&apos;s definition no longer has it</source>
        <translation>die Definition des nächsten Starts hat es nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="234"/>
        <source>the guest refused to release %1: it stays in the running guest</source>
        <translation>der Gast hat die Freigabe von %1 abgelehnt: es bleibt im laufenden Gast</translation>
    </message>
    <message>
        <location filename="../app/HotplugCommand.cpp" line="240"/>
        <source>the guest has not released %1 after %2 s: the unplug is pending, and the device stays in the running guest until the guest lets it go</source>
        <translation>der Gast hat %1 nach %2 s nicht freigegeben: das Ausstecken steht aus, und das Gerät bleibt im laufenden Gast, bis der Gast es freigibt</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="705"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="708"/>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>unbekannter Befehl „%1“
%2</translation>
    </message>
</context>
<context>
    <name>pcitopo::placement::Convert</name>
    <message>
        <location filename="../model/placement/Convert.cpp" line="62"/>
        <source>The root&apos;s hotplug=&apos;%1&apos; does not carry over: %2 has no such setting</source>
        <translation>hotplug=&apos;%1&apos; der Wurzel wird nicht übernommen: %2 hat diese Einstellung nicht</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="72"/>
        <source>%1 kept its devices on guest NUMA node %2; that does not carry over: set a placement constraint to put them back</source>
        <translation>%1 hielt seine Geräte auf Gast-NUMA-Knoten %2; das wird nicht übernommen: mit einer Platzierungsvorgabe dorthin zurücklegen</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="78"/>
        <source>The PCI bridges do not carry over: the devices behind them are placed anew</source>
        <translation>Die PCI-Bridges werden nicht übernommen: die Geräte dahinter werden neu platziert</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="95"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="97"/>
        <source>%1 becomes %2</source>
        <translation>%1 wird %2</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="126"/>
        <source>cannot place on %1: %2</source>
        <translation>Platzieren auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../model/placement/Convert.cpp" line="132"/>
        <source>the placement could not be applied</source>
        <translation>die Platzierung ließ sich nicht anwenden</translation>
    </message>
</context>
<context>
    <name>pcitopo::placement::Planner</name>
    <message numerus="yes">
        <location filename="../model/placement/ApplyPlan.cpp" line="100"/>
        <source>Place %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten platzieren</numerusform>
            <numerusform>%n Knoten platzieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="34"/>
        <source>Add %1 #%2 at %3</source>
        <translation>%1 #%2 bei %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="40"/>
        <source>Add %1 at %2, as libvirt would</source>
        <translation>%1 bei %2 hinzufügen, wie libvirt es täte</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="42"/>
        <source>Place %1 at %2</source>
        <translation>%1 bei %2 platzieren</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="305"/>
        <source>Automatic placement is not available for %1 machines yet.</source>
        <translation>Automatisches Platzieren gibt es für %1-Maschinen noch nicht.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="258"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="194"/>
        <source>No more available PCI slots for %1: pseries takes at most 31 PHBs.</source>
        <translation>Keine freien PCI-Steckplätze mehr für %1: pseries erlaubt höchstens 31 PHBs.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="245"/>
        <source>the %1 libvirt adds for %2</source>
        <translation>den %1, den libvirt für %2 hinzufügt</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="246"/>
        <source>the %1 libvirt adds</source>
        <translation>den %1, den libvirt hinzufügt</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="281"/>
        <source>A PCI slot is needed for %1, and libvirt adds no controller that could provide one.</source>
        <translation>Für %1 wird ein PCI-Steckplatz gebraucht, und libvirt fügt keinen Controller hinzu, der einen bieten könnte.</translation>
    </message>
    <message>
        <location filename="../model/placement/PlanItems.cpp" line="268"/>
        <source>a new controller</source>
        <translation>einen neuen Controller</translation>
    </message>
    <message>
        <location filename="../model/placement/PlanItems.cpp" line="360"/>
        <source>%1 has a zPCI uid or fid that is not a number.</source>
        <translation>%1 hat eine zPCI-uid oder -fid, die keine Zahl ist.</translation>
    </message>
    <message>
        <location filename="../model/placement/PlanItems.cpp" line="367"/>
        <source>No free zPCI uid is left for %1.</source>
        <translation>Für %1 ist keine zPCI-uid mehr frei.</translation>
    </message>
    <message>
        <location filename="../model/placement/PlanItems.cpp" line="378"/>
        <source>No free zPCI fid is left for %1.</source>
        <translation>Für %1 ist keine zPCI-fid mehr frei.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="221"/>
        <source>No bus on guest NUMA node %1 for %2: libvirt adds none. Add a pcie-expander-bus (a PHB on pseries) with that node, or use the recommended placement.</source>
        <translation>Kein Bus auf NUMA-Knoten %1 des Gasts für %2, und libvirt fügt keinen hinzu. Fügen Sie einen pcie-expander-bus (auf pseries einen PHB) mit diesem Knoten hinzu oder verwenden Sie die empfohlene Platzierung.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="229"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="201"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="242"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="295"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="460"/>
        <source>No more available PCI slots for %1.</source>
        <translation>Keine freien PCI-Steckplätze mehr für %1.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtPolicy.cpp" line="230"/>
        <source>No more available PCI slots for %1 (libvirt gives up here as well).</source>
        <translation>Keine freien PCI-Steckplätze mehr für %1 (libvirt gibt hier ebenfalls auf).</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="384"/>
        <source>%1 PCIe devices do not fit one PCI domain: %2 ports of 8 functions at most.</source>
        <translation>%1 PCIe-Geräte passen nicht in eine PCI-Domäne: höchstens %2 Ports mit je 8 Funktionen.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="324"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="440"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="471"/>
        <source>No more available PCI slots on the root bus for %1.</source>
        <translation>Keine freien PCI-Steckplätze am Wurzelbus mehr für %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/placement/RecommendedPolicy.cpp" line="125"/>
        <source>%1 should be on guest NUMA node %2, but the guest has %n NUMA node(s).</source>
        <translation>
            <numerusform>%1 soll auf NUMA-Knoten %2 des Gasts sitzen, aber der Gast hat %n NUMA-Knoten.</numerusform>
            <numerusform>%1 soll auf NUMA-Knoten %2 des Gasts sitzen, aber der Gast hat %n NUMA-Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="228"/>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="254"/>
        <source>%1 host PEs and %2 spare PHBs do not fit the 31 PHBs of a pseries guest.</source>
        <translation>%1 Host-PEs und %2 freie PHBs passen nicht in die 31 PHBs eines pseries-Gasts.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="277"/>
        <source>The recommended placement is available for q35, ARM virt and pseries machines; use the libvirt policy for %1.</source>
        <translation>Die empfohlene Platzierung gibt es für q35-, ARM-virt- und pseries-Maschinen; verwenden Sie für %1 die libvirt-Platzierung.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="305"/>
        <source>%1 is conventional PCI: the recommended placement puts devices bound to a NUMA node on PCI Express ports of an expander bus.</source>
        <translation>%1 ist klassisches PCI: Die empfohlene Platzierung setzt an einen NUMA-Knoten gebundene Geräte an PCI-Express-Ports eines Expander-Busses.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="333"/>
        <source>No more available PCI slots on NUMA node %1 for %2.</source>
        <translation>Keine freien PCI-Steckplätze mehr auf NUMA-Knoten %1 für %2.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="390"/>
        <source>The 256 bus numbers of the PCI domain leave no port of its own for each of the %1 PCIe devices, even behind switches: they share ports, up to %2 to a port as functions of its slot (none of them can be hot-unplugged alone).</source>
        <translation>Die 256 Busnummern der PCI-Domäne lassen nicht jedem der %1 PCIe-Geräte einen eigenen Port, auch nicht hinter Switches: Sie teilen sich Ports, bis zu %2 je Port als Funktionen seines Steckplatzes (keines davon kann allein im Betrieb entfernt werden).</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="452"/>
        <source>No more available PCI slots on the root bus for a switch for %1.</source>
        <translation>Auf dem Wurzelbus ist kein PCI-Steckplatz mehr für einen Switch für %1 frei.</translation>
    </message>
    <message>
        <location filename="../model/placement/RecommendedPolicy.cpp" line="482"/>
        <source>No room on the root bus for %1 spare ports.</source>
        <translation>Kein Platz am Wurzelbus für %1 Reserve-Ports.</translation>
    </message>
    <message>
        <location filename="../model/placement/LibvirtDefaults.cpp" line="71"/>
        <source>No free busNr lower than the lowest one in use is left for %1: set one by hand.</source>
        <translation>Für %1 ist keine freie busNr unterhalb der niedrigsten belegten mehr übrig: bitte von Hand setzen.</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="17"/>
        <source>%1 controller %2</source>
        <translation>%1-Controller %2</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="18"/>
        <source>%1 controller %2 (%3)</source>
        <translation>%1-Controller %2 (%3)</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="27"/>
        <source>Add %1 #%2 (PHB, target index %3)</source>
        <translation>%1 #%2 hinzufügen (PHB, Zielindex %3)</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="32"/>
        <source>Add %1 #%2, as libvirt would</source>
        <translation>%1 #%2 hinzufügen, wie libvirt es täte</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="65"/>
        <source>Write %1 into %2, as libvirt would</source>
        <translation>%1 in %2 schreiben, wie libvirt es täte</translation>
    </message>
    <message>
        <location filename="../model/placement/Planner.cpp" line="78"/>
        <source>The PCI controller with index=&apos;0&apos; must be model=&apos;%1&apos; for this machine type, but model=&apos;%2&apos; was found instead.</source>
        <translation>Der PCI-Controller mit index=&apos;0&apos; muss bei diesem Maschinentyp model=&apos;%1&apos; sein, gefunden wurde aber model=&apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>pcitopo::rules</name>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="55"/>
        <source>%1 is part of the chipset (%2) and must be at %3, not %4.</source>
        <translation>%1 gehört zum Chipsatz (%2) und muss bei %3 sitzen, nicht bei %4.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="59"/>
        <source>Move it to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="71"/>
        <source>%1 is a PCI device and needs a PCI address, but has an address of type &apos;%2&apos;.</source>
        <translation>%1 ist ein PCI-Gerät und braucht eine PCI-Adresse, hat aber eine Adresse vom Typ „%2“.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="81"/>
        <source>a disk on the &apos;%1&apos; bus is addressed on its controller, not on PCI</source>
        <translation>eine Platte am Bus „%1“ wird an ihrem Controller adressiert, nicht über PCI</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="83"/>
        <source>ramfb is not a PCI device</source>
        <translation>ramfb ist kein PCI-Gerät</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="86"/>
        <source>%1 cannot have a PCI address: %2.</source>
        <translation>%1 kann keine PCI-Adresse haben: %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="87"/>
        <location filename="../model/rules/ControllerRules.cpp" line="144"/>
        <source>Remove the address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="103"/>
        <source>%1 has a PCI address whose domain, bus, slot or function is not a number.</source>
        <translation>%1 hat eine PCI-Adresse, deren domain, bus, slot oder function keine Zahl ist.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="113"/>
        <source>%1 is in PCI domain %2; libvirt guests have only domain 0.</source>
        <translation>%1 liegt in PCI-Domäne %2; libvirt-Gäste haben nur Domäne 0.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="117"/>
        <source>Use domain 0</source>
        <translation>Domäne 0 verwenden</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="123"/>
        <source>bus 0x%1 is above 0xff</source>
        <translation>bus 0x%1 ist größer als 0xff</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="125"/>
        <source>slot 0x%1 is above 0x1f</source>
        <translation>slot 0x%1 ist größer als 0x1f</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="127"/>
        <source>function %1 is above 7</source>
        <translation>function %1 ist größer als 7</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="131"/>
        <source>%1 has an impossible PCI address: %2.</source>
        <translation>%1 hat eine unmögliche PCI-Adresse: %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="142"/>
        <source>bus %1</source>
        <translation>Bus %1</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="178"/>
        <source>%1 is in slot %2 of bus %3, which does not exist: libvirt will add a %4 for it, which offers only slot %5.</source>
        <translation>%1 steckt in Steckplatz %2 von Bus %3, den es nicht gibt: libvirt wird dafür einen %4 hinzufügen, der nur Steckplatz %5 bietet.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="185"/>
        <source>%1 is in slot %2 of bus %3, which does not exist: libvirt will add a %4 for it, which offers slots %5 to %6.</source>
        <translation>%1 steckt in Steckplatz %2 von Bus %3, den es nicht gibt: libvirt wird dafür einen %4 hinzufügen, der die Steckplätze %5 bis %6 bietet.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="197"/>
        <source>%1 is on bus %2, but no PCI controller has index %2; libvirt will add a %3.</source>
        <translation>%1 sitzt an Bus %2, aber kein PCI-Controller hat den Index %2; libvirt wird einen %3 hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="209"/>
        <source>only slot %1</source>
        <translation>nur Steckplatz %1</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="210"/>
        <source>slots %1 to %2</source>
        <translation>die Steckplätze %1 bis %2</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="213"/>
        <source>%1 is in slot %2 of %3, which offers %4.</source>
        <translation>%1 steckt in Steckplatz %2 von %3, der %4 bietet.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="215"/>
        <location filename="../model/rules/AddressRules.cpp" line="251"/>
        <location filename="../model/rules/AddressRules.cpp" line="282"/>
        <source>Move %1 to a free slot</source>
        <translation>%1 auf einen freien Steckplatz verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="141"/>
        <source>%1 is an integrated device and must be on bus 0, not on %2.</source>
        <translation>%1 ist ein integriertes Gerät und muss an Bus 0 sitzen, nicht an %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="147"/>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="230"/>
        <location filename="../model/rules/CanAttach.cpp" line="94"/>
        <location filename="../model/rules/CanAttach.cpp" line="143"/>
        <source>%1 cannot be plugged into %2: it needs a controller that accepts a %3.</source>
        <translation>%1 kann nicht an %2 angeschlossen werden: Es braucht einen Controller, der einen %3 aufnimmt.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="234"/>
        <source>Move %1 to a controller that accepts it</source>
        <translation>%1 an einen Controller verschieben, der es aufnimmt</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="248"/>
        <source>%1 is at %2, which the chipset keeps for its %3.</source>
        <translation>%1 sitzt bei %2; der Chipsatz hält diese Adresse frei für: %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="266"/>
        <source>%1 all use address %2.</source>
        <translation>%1 verwenden alle die Adresse %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/AddressRules.cpp" line="283"/>
        <source>Move %1 to free slots</source>
        <translation>%1 auf freie Steckplätze verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="26"/>
        <source>%1 needs bus numbers up to %2, but a PCI domain has only 256 (0–255): the guest cannot enumerate the buses beyond.</source>
        <translation>%1 braucht Busnummern bis %2, aber eine PCI-Domäne hat nur 256 (0–255): Der Gast kann die Busse darüber hinaus nicht aufzählen.</translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="34"/>
        <source>%1 numbers its buses up to %2, which runs into the range of %3 starting at busNr %4.</source>
        <translation>%1 nummeriert seine Busse bis %2 und gerät damit in den Bereich von %3, der bei busNr %4 beginnt.</translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="60"/>
        <source>%1 root or downstream ports hold legacy PCI devices, which need I/O space; the 64 KiB of I/O space suffice for about ten.</source>
        <translation>%1 Root- oder Downstream-Ports enthalten klassische PCI-Geräte, die I/O-Adressraum brauchen; die 64 KiB I/O-Adressraum reichen für etwa zehn.</translation>
    </message>
    <message>
        <location filename="../model/rules/BudgetRules.cpp" line="75"/>
        <source>The domain has %1 pci-bridges; each reserves 4 KiB of I/O and 2 MiB of MMIO space, and firmware may fail to configure more than nine.</source>
        <translation>Die Domäne hat %1 pci-bridges; jede reserviert 4 KiB I/O- und 2 MiB MMIO-Adressraum, und die Firmware richtet mehr als neun womöglich nicht ein.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="47"/>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="50"/>
        <location filename="../model/rules/CanAttach.cpp" line="137"/>
        <source>No controller provides bus %1.</source>
        <translation>Kein Controller stellt Bus %1 bereit.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="53"/>
        <location filename="../model/rules/CanAttach.cpp" line="139"/>
        <source>%1 has a model libvirt does not know.</source>
        <translation>%1 hat ein Modell, das libvirt nicht kennt.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="56"/>
        <source>%1 offers only slot %2.</source>
        <translation>%1 bietet nur Steckplatz %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="57"/>
        <location filename="../model/rules/CanAttach.cpp" line="141"/>
        <source>%1 offers slots %2 to %3.</source>
        <translation>%1 bietet die Steckplätze %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="72"/>
        <source>The group needs functions up to %1, but a slot has 0 to 7.</source>
        <translation>Die Gruppe braucht Funktionen bis %1, aber ein Steckplatz hat 0 bis 7.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="75"/>
        <source>Two of the moved devices would share function %1.</source>
        <translation>Zwei der verschobenen Geräte würden sich Funktion %1 teilen.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="83"/>
        <source>%1 is an integrated device and must stay on bus 0.</source>
        <translation>%1 ist ein integriertes Gerät und muss an Bus 0 bleiben.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="86"/>
        <source>%1 is a root bus and has no slot.</source>
        <translation>%1 ist ein Wurzelbus und hat keinen Steckplatz.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="88"/>
        <source>%1 cannot be plugged into a bus behind itself.</source>
        <translation>%1 kann nicht an einen Bus hinter sich selbst angeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="91"/>
        <source>Unknown node.</source>
        <translation>Unbekannter Knoten.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="98"/>
        <location filename="../model/rules/CanAttach.cpp" line="146"/>
        <source>%1 is reserved for the chipset.</source>
        <translation>%1 ist für den Chipsatz reserviert.</translation>
    </message>
    <message>
        <location filename="../model/rules/CanAttach.cpp" line="101"/>
        <location filename="../model/rules/CanAttach.cpp" line="148"/>
        <source>%1 is taken by %2.</source>
        <translation>%1 ist von %2 belegt.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="64"/>
        <source>A PCI controller (line %1) has no index.</source>
        <translation>Ein PCI-Controller (Zeile %1) hat keinen Index.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="65"/>
        <source>PCI controller index &apos;%1&apos; (line %2) is not a number from 0 to 255.</source>
        <translation>Der PCI-Controller-Index „%1“ (Zeile %2) ist keine Zahl von 0 bis 255.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="80"/>
        <source>%1 PCI controllers have index %2; each index names one bus.</source>
        <translation>%1 PCI-Controller haben den Index %2; jeder Index benennt einen Bus.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="95"/>
        <source>No PCI controller has index %1; libvirt will add controllers of the default model to fill the gap.</source>
        <translation>Kein PCI-Controller hat den Index %1; libvirt wird Controller des Standardmodells hinzufügen, um die Lücke zu füllen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="111"/>
        <source>&apos;%1&apos; is not a PCI controller model libvirt knows (line %2).</source>
        <translation>„%1“ ist kein PCI-Controller-Modell, das libvirt kennt (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="122"/>
        <source>%1 takes no &lt;model name&gt;, but has &apos;%2&apos;.</source>
        <translation>%1 nimmt kein &lt;model name&gt;, hat aber „%2“.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="123"/>
        <source>%1 is implemented by %2, not &apos;%3&apos;.</source>
        <translation>%1 wird von %2 umgesetzt, nicht von „%3“.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="124"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="129"/>
        <source>Remove the &lt;model name&gt; of %1</source>
        <translation>&lt;model name&gt; von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="130"/>
        <source>Set the &lt;model name&gt; of %1 to %2</source>
        <translation>&lt;model name&gt; von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="143"/>
        <source>%1 is a root bus and cannot have an address.</source>
        <translation>%1 ist ein Wurzelbus und kann keine Adresse haben.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="150"/>
        <source>%1: pci-root and pcie-root controllers must have index 0.</source>
        <translation>%1: pci-root- und pcie-root-Controller müssen den Index 0 haben.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="159"/>
        <source>The PCI controller with index 0 must be %1 on a %2 machine, but it is %3.</source>
        <translation>Der PCI-Controller mit Index 0 muss auf einer %2-Maschine %1 sein, ist aber %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="168"/>
        <source>%1: pci-expander-bus exists only on i440fx (pc) machines.</source>
        <translation>%1: pci-expander-bus gibt es nur auf i440fx-Maschinen (pc).</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="173"/>
        <source>%1: pcie-expander-bus exists only on q35 and ARM virt machines.</source>
        <translation>%1: pcie-expander-bus gibt es nur auf q35- und ARM-virt-Maschinen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="178"/>
        <source>%1 is a PCI Express controller, but a %2 machine has no PCI Express bus to plug it into.</source>
        <translation>%1 ist ein PCI-Express-Controller, aber eine %2-Maschine hat keinen PCI-Express-Bus, an den er passt.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="195"/>
        <source>%1 is plugged into bus %2, but a pci-bridge&apos;s index must be larger than the index of its bus.</source>
        <translation>%1 steckt an Bus %2, aber der Index einer pci-bridge muss größer sein als der Index ihres Busses.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="202"/>
        <source>%1 is plugged into bus %2, which has a higher index than its own: QEMU creates buses in index order and will not find bus %2.</source>
        <translation>%1 steckt an Bus %2, der einen höheren Index hat als er selbst: QEMU legt Busse in Index-Reihenfolge an und wird Bus %2 nicht finden.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="215"/>
        <source>Let libvirt choose the busNr of %1</source>
        <translation>busNr von %1 von libvirt wählen lassen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="216"/>
        <source>Let libvirt choose the target index of %1</source>
        <translation>Target-Index von %1 von libvirt wählen lassen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="232"/>
        <source>%1: the &lt;target&gt; option &apos;%2&apos; is not valid for a %3.</source>
        <translation>%1: Die &lt;target&gt;-Option „%2“ gilt nicht für einen %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="235"/>
        <location filename="../model/rules/DeviceRules.cpp" line="45"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="242"/>
        <source>%1: %2 must be from %3 to %4.</source>
        <translation>%1: %2 muss von %3 bis %4 reichen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="277"/>
        <source>%1 has busNr %2; it must be from 1 to 254.</source>
        <translation>%1 hat busNr %2; sie muss von 1 bis 254 reichen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="293"/>
        <source>%1 has target index %2; PHB indexes go from 0 to 30.</source>
        <translation>%1 hat den Zielindex %2; PHB-Indizes reichen von 0 bis 30.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="294"/>
        <source>%1 has target index %2: only the PCI controller with index 0 has target index 0, and it has no other.</source>
        <translation>%1 hat den Zielindex %2: Nur der PCI-Controller mit Index 0 hat den Zielindex 0, und er keinen anderen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="311"/>
        <source>Remove the NUMA node of %1</source>
        <translation>NUMA-Knoten von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="315"/>
        <source>%1: the PCI controller with index 0 cannot be associated with a NUMA node.</source>
        <translation>%1: Der PCI-Controller mit Index 0 kann keinem NUMA-Knoten zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="325"/>
        <source>%1 is on NUMA node %2, but the guest has %3 NUMA cells (&lt;cpu&gt;&lt;numa&gt;).</source>
        <translation>%1 liegt auf NUMA-Knoten %2, aber der Gast hat %3 NUMA-Zellen (&lt;cpu&gt;&lt;numa&gt;).</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="360"/>
        <source>%1 all use chassis %2 (a port without one uses its index): QEMU will refuse to start.</source>
        <translation>%1 verwenden alle Chassis %2 (ein Port ohne Angabe verwendet seinen Index): QEMU wird den Start verweigern.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="367"/>
        <source>Give %1 chassis %2</source>
        <translation>%1 Chassis %2 geben</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="374"/>
        <source>%1 all start at busNr %2: QEMU will refuse to start.</source>
        <translation>%1 beginnen alle bei busNr %2: QEMU wird den Start verweigern.</translation>
    </message>
    <message>
        <location filename="../model/rules/ControllerRules.cpp" line="376"/>
        <source>%1 all have target index %2: QEMU will refuse to start.</source>
        <translation>%1 haben alle den Zielindex %2: QEMU wird den Start verweigern.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="26"/>
        <source>The host device %1 is assigned %2 times (lines %3); it can be assigned once.</source>
        <translation>Das Hostgerät %1 ist %2-mal zugewiesen (Zeilen %3); es kann nur einmal zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="33"/>
        <source>Remove the second one</source>
        <translation>Das zweite entfernen</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="41"/>
        <source>%1 does not say which host device it passes (no &lt;source&gt;&lt;address/&gt;); libvirt refuses it.</source>
        <translation>%1 gibt nicht an, welches Hostgerät es durchreicht (kein &lt;source&gt;&lt;address/&gt;); libvirt lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="51"/>
        <source>virtio-iommu is only supported on q35 and ARM virt machines, not on %1.</source>
        <translation>virtio-iommu wird nur auf q35- und ARM-virt-Maschinen unterstützt, nicht auf %1.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="55"/>
        <source>virtio-iommu needs ACPI: add &lt;acpi/&gt; to &lt;features&gt;.</source>
        <translation>virtio-iommu braucht ACPI: Ergänzen Sie &lt;acpi/&gt; in &lt;features&gt;.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="61"/>
        <source>%1: IDE controllers exist only as the built-in one of pc (i440fx) machines; use SATA on %2.</source>
        <translation>%1: IDE-Controller gibt es nur als den eingebauten der pc-Maschinen (i440fx); verwenden Sie SATA auf %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="67"/>
        <source>%1: pc has a single, built-in IDE controller (index 0).</source>
        <translation>%1: pc hat einen einzigen, eingebauten IDE-Controller (Index 0).</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="76"/>
        <source>%1 has a zPCI uid or fid that is not a number.</source>
        <translation>%1 hat eine zPCI-uid oder -fid, die keine Zahl ist.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="82"/>
        <source>%1 has zPCI uid 0x%2; it must be from 0x0001 to 0xffff.</source>
        <translation>%1 hat die zPCI-uid 0x%2; sie muss von 0x0001 bis 0xffff reichen.</translation>
    </message>
    <message>
        <location filename="../model/rules/DeviceRules.cpp" line="96"/>
        <source>%1 devices share zPCI %2 0x%3; each needs its own.</source>
        <translation>%1 Geräte teilen sich zPCI-%2 0x%3; jedes braucht eine eigene.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="26"/>
        <source>%1 has no effect on a Xen HVM guest: it sees one emulated PCI bus.</source>
        <translation>%1 hat auf einem Xen-HVM-Gast keine Wirkung: Er sieht einen emulierten PCI-Bus.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="32"/>
        <source>The guest address of %1 is ignored on Xen: libxl chooses the guest slot.</source>
        <translation>Die Gastadresse von %1 wird auf Xen ignoriert: libxl wählt den Steckplatz im Gast.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="42"/>
        <source>%1 is a PCIe device; Xen passes it through in legacy PCI mode, without extended configuration space.</source>
        <translation>%1 ist ein PCIe-Gerät; Xen reicht es im klassischen PCI-Modus durch, ohne erweiterten Konfigurationsraum.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="69"/>
        <source>%1 is a legacy PCI device in a PCI Express port, which &quot;might not always work&quot; (QEMU): put it behind a pcie-to-pci-bridge.</source>
        <translation>%1 ist ein klassisches PCI-Gerät in einem PCI-Express-Port, was „womöglich nicht immer funktioniert“ (QEMU): Setzen Sie es hinter eine pcie-to-pci-bridge.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="76"/>
        <source>Move %1 behind a pcie-to-pci-bridge</source>
        <translation>%1 hinter eine pcie-to-pci-bridge verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="84"/>
        <source>%1 is a PCI Express device in a conventional PCI slot of %2; an i440fx (pc) guest has no other kind. It loses its extended configuration space, which most devices do not need; a q35 guest would give it a PCIe root port.</source>
        <translation>%1 ist ein PCI-Express-Gerät in einem herkömmlichen PCI-Steckplatz von %2; ein i440fx-Gast (pc) hat keine anderen. Es verliert seinen erweiterten Konfigurationsraum, den die meisten Geräte nicht brauchen; ein q35-Gast gäbe ihm einen PCIe-Root-Port.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="95"/>
        <source>%1 is a PCI Express device in a conventional PCI slot of %2: it loses its extended configuration space. Move it to a free PCIe root port.</source>
        <translation>%1 ist ein PCI-Express-Gerät in einem herkömmlichen PCI-Steckplatz von %2: Es verliert seinen erweiterten Konfigurationsraum. Verschieben Sie es an einen freien PCIe-Root-Port.</translation>
    </message>
    <message>
        <location filename="../model/rules/GuidelineRules.cpp" line="101"/>
        <source>Move %1 to a free PCIe root port</source>
        <translation>%1 an einen freien PCIe-Root-Port verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="85"/>
        <source>This host</source>
        <translation>Dieser Host</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="85"/>
        <source>This host&apos;s %1</source>
        <translation>%1 dieses Hosts</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="92"/>
        <source>%1 runs no %2 guests: it offers %3.</source>
        <translation>%1 führt keine %2-Gäste aus: er bietet %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="108"/>
        <source>%1 has no machine type %2 for %3 guests; it offers %4.</source>
        <translation>%1 hat keinen Maschinentyp %2 für %3-Gäste; er bietet %4.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="120"/>
        <source>%1 offers no &apos;%2&apos; video for %3 (it has %4).</source>
        <translation>%1 bietet kein Video &apos;%2&apos; für %3 (er hat %4).</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="126"/>
        <source>%1 offers no &apos;%2&apos; disk bus for %3 (it has %4).</source>
        <translation>%1 bietet keinen Plattenbus &apos;%2&apos; für %3 (er hat %4).</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="131"/>
        <source>%1 cannot pass PCI host devices to %2 guests (no VFIO): %3 cannot start there.</source>
        <translation>%1 kann %2-Gästen keine PCI-Host-Geräte durchreichen (kein VFIO): %3 kann dort nicht starten.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="172"/>
        <source>The functions of host slot %1 are split over guest slots (%2); keep them as functions of one slot, as on the host (a GPU and its audio function).</source>
        <translation>Die Funktionen des Host-Steckplatzes %1 sind auf mehrere Gast-Steckplätze verteilt (%2); behalten Sie sie wie auf dem Host als Funktionen eines Steckplatzes (eine GPU und ihre Audiofunktion).</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="196"/>
        <source>Join %1 to slot %2, as on the host</source>
        <translation>%1 in Steckplatz %2 zusammenführen, wie auf dem Host</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="222"/>
        <source>%1 is a PCI bridge on the host; only endpoint functions can be assigned to a guest.</source>
        <translation>%1 ist auf dem Host eine PCI-Bridge; nur Endgerätefunktionen können einem Gast zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="231"/>
        <source>%1 has managed=&apos;no&apos; but is bound to %2 on the host; libvirt will not detach it, and the guest will not start.</source>
        <translation>%1 hat managed=&apos;no&apos;, ist auf dem Host aber an %2 gebunden; libvirt wird es nicht lösen, und der Gast wird nicht starten.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="233"/>
        <location filename="../model/rules/HostRules.cpp" line="257"/>
        <source>no driver</source>
        <translation>keinen Treiber</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="236"/>
        <source>Set managed=&apos;yes&apos;</source>
        <translation>managed=&apos;yes&apos; setzen</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="241"/>
        <source>%1 is also assigned to %2; only one of them can run at a time.</source>
        <translation>%1 ist auch %2 zugewiesen; nur einer von beiden kann jeweils laufen.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="261"/>
        <source>IOMMU group %1 of %2 also holds %3, bound to host drivers: QEMU will fail with &quot;group %1 is not viable&quot;. Pass them to this guest too, or bind them to vfio-pci.</source>
        <translation>Die IOMMU-Gruppe %1 von %2 enthält außerdem %3, an Host-Treiber gebunden: QEMU wird mit „group %1 is not viable“ scheitern. Reichen Sie auch diese an diesen Gast durch oder binden Sie sie an vfio-pci.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="269"/>
        <source>IOMMU group %1 of %2 also holds %3, which this guest does not take; they are unusable elsewhere while it runs.</source>
        <translation>Die IOMMU-Gruppe %1 von %2 enthält außerdem %3, das dieser Gast nicht übernimmt; solange er läuft, ist es anderswo nicht nutzbar.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="286"/>
        <source>%1 is on host NUMA node %2, but %3 tells the guest NUMA node %4.</source>
        <translation>%1 liegt auf dem Host-NUMA-Knoten %2, aber %3 meldet dem Gast NUMA-Knoten %4.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="320"/>
        <source>%1 holds %2 host PEs (IOMMU groups); give each its own vPHB so that EEH recovery works.</source>
        <translation>%1 enthält %2 Host-PEs (IOMMU-Gruppen); geben Sie jeder einen eigenen vPHB, damit die EEH-Fehlerbehandlung funktioniert.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="324"/>
        <source>%1 holds a host PE and emulated devices; keep emulated devices on the default PHB.</source>
        <translation>%1 enthält eine Host-PE und emulierte Geräte; lassen Sie emulierte Geräte am Standard-PHB.</translation>
    </message>
    <message>
        <location filename="../model/rules/HostRules.cpp" line="333"/>
        <source>The functions of IOMMU group %1 are spread over %2 vPHBs; put the whole PE on one.</source>
        <translation>Die Funktionen der IOMMU-Gruppe %1 sind auf %2 vPHBs verteilt; legen Sie die ganze PE auf einen.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="35"/>
        <source>%1 has hotplug=&apos;off&apos;</source>
        <translation>%1 hat hotplug=&apos;off&apos;</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="36"/>
        <source>%1 does not support hotplug</source>
        <translation>%1 unterstützt kein Hotplug</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="38"/>
        <source>%1 cannot be hot-unplugged: %2.</source>
        <translation>%1 kann nicht im Betrieb entfernt werden: %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="39"/>
        <source>%1 devices cannot be hot-unplugged: %2.</source>
        <translation>%1 Geräte können nicht im Betrieb entfernt werden: %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="52"/>
        <source>The %1 functions of slot %2 cannot be hot-unplugged: libvirt detaches only single-function slots.</source>
        <translation>Die %1 Funktionen von Steckplatz %2 können nicht im Betrieb entfernt werden: libvirt trennt nur Steckplätze mit einer Funktion ab.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="64"/>
        <source>Set hotplug=&apos;off&apos; on %1: the guest then offers no eject for it</source>
        <translation>hotplug=&apos;off&apos; an %1 setzen: der Gast bietet dann kein Auswerfen dafür an</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="116"/>
        <source>No empty hotpluggable slot is left: libvirt cannot hot-plug any device into this guest. Add empty pcie-root-ports now; they cannot be added while it runs.</source>
        <translation>Es ist kein leerer hotplugfähiger Steckplatz mehr frei: libvirt kann diesem Gast kein Gerät im Betrieb hinzufügen. Legen Sie jetzt leere pcie-root-ports an; im Betrieb lassen sie sich nicht hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="119"/>
        <source>No empty root or downstream port is left: PCIe devices cannot be hot-plugged (only legacy PCI ones, into a bridge). Add empty pcie-root-ports now; they cannot be added while it runs.</source>
        <translation>Es ist kein leerer Root- oder Downstream-Port mehr frei: PCIe-Geräte lassen sich nicht im Betrieb hinzufügen (nur klassische PCI-Geräte, an einer Bridge). Legen Sie jetzt leere pcie-root-ports an; im Betrieb lassen sie sich nicht hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="124"/>
        <source>Add 2 spare root ports</source>
        <translation>2 freie Root-Ports hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/rules/HotplugRules.cpp" line="130"/>
        <source>No free hotpluggable slot is left: libvirt cannot hot-plug any device into this guest. Add a pci-bridge now; it cannot be added while the guest runs.</source>
        <translation>Es ist kein freier hotplugfähiger Steckplatz mehr übrig: libvirt kann diesem Gast kein Gerät im Betrieb hinzufügen. Legen Sie jetzt eine pci-bridge an; im Betrieb lässt sie sich nicht hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="38"/>
        <source>Slot %1 has functions but no function 0: the guest will not see %2.</source>
        <translation>Steckplatz %1 hat Funktionen, aber keine Funktion 0: Der Gast wird %2 nicht sehen.</translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="45"/>
        <source>Move %1 to function 0</source>
        <translation>%1 auf Funktion 0 verschieben</translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="59"/>
        <source>%1 has multifunction=&apos;off&apos; but shares slot %2 with other functions: QEMU will refuse to start the guest.</source>
        <translation>%1 hat multifunction=&apos;off&apos;, teilt aber Steckplatz %2 mit anderen Funktionen: QEMU wird den Start des Gasts verweigern.</translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="55"/>
        <source>Set multifunction=&apos;on&apos;</source>
        <translation>multifunction=&apos;on&apos; setzen</translation>
    </message>
    <message>
        <location filename="../model/rules/MultifunctionRules.cpp" line="67"/>
        <source>libvirt will add multifunction=&apos;on&apos; to %1, function 0 of the shared slot %2.</source>
        <translation>libvirt wird multifunction=&apos;on&apos; an %1 ergänzen, Funktion 0 des geteilten Steckplatzes %2.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="30"/>
        <source>%1 must be hot-unpluggable (placement constraint), but %2 does not support hotplug.</source>
        <translation>%1 muss im Betrieb entfernbar sein (Platzierungsvorgabe), aber %2 unterstützt kein Hotplug.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="35"/>
        <source>%1 must be hot-unpluggable (placement constraint), but it shares its slot with other functions.</source>
        <translation>%1 muss im Betrieb entfernbar sein (Platzierungsvorgabe), teilt seinen Steckplatz aber mit weiteren Funktionen.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="44"/>
        <source>%1 should be on a PCI Express port (placement constraint), but %2 is a conventional PCI bus.</source>
        <translation>%1 soll an einem PCI-Express-Port sitzen (Platzierungsvorgabe), aber %2 ist ein klassischer PCI-Bus.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="50"/>
        <source>%1 should be on a conventional PCI bus (placement constraint), but %2 is a PCI Express port.</source>
        <translation>%1 soll an einem klassischen PCI-Bus sitzen (Platzierungsvorgabe), aber %2 ist ein PCI-Express-Port.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="64"/>
        <source>%1 should be on guest NUMA node %2 (placement constraint), but its bus has no NUMA node.</source>
        <translation>%1 soll auf NUMA-Knoten %2 des Gasts sitzen (Platzierungsvorgabe), aber sein Bus hat keinen NUMA-Knoten.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="67"/>
        <source>%1 should be on guest NUMA node %2 (placement constraint), but its bus is on node %3.</source>
        <translation>%1 soll auf NUMA-Knoten %2 des Gasts sitzen (Platzierungsvorgabe), aber sein Bus liegt auf Knoten %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="57"/>
        <source>Move %1 to a place its constraint allows</source>
        <translation>%1 an einen Platz verschieben, den seine Vorgabe erlaubt</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="75"/>
        <source>%1 prefers a %2 (placement constraint) and sits on %3.</source>
        <translation>%1 bevorzugt einen %2 (Platzierungsvorgabe) und sitzt an %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/ConstraintRules.cpp" line="86"/>
        <source>The placement constraint for &quot;%1&quot; names no device of this domain.</source>
        <translation>Die Platzierungsvorgabe für „%1“ nennt kein Gerät dieser Domäne.</translation>
    </message>
    <message>
        <location filename="../model/rules/PlacementRules.cpp" line="44"/>
        <source>the virtio memballoon libvirt adds (write &lt;memballoon model=&apos;none&apos;/&gt; to have none)</source>
        <translation>der virtio-Memballoon, den libvirt hinzufügt (&lt;memballoon model=&apos;none&apos;/&gt; schreiben, um keinen zu haben)</translation>
    </message>
    <message>
        <location filename="../model/rules/PlacementRules.cpp" line="46"/>
        <source>the USB controller libvirt adds (write &lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt; to have none)</source>
        <translation>der USB-Controller, den libvirt hinzufügt (&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt; schreiben, um keinen zu haben)</translation>
    </message>
    <message>
        <location filename="../model/rules/PlacementRules.cpp" line="50"/>
        <source>libvirt cannot place what has no address: No PCI buses available. Machine %1 has no PCI bus, and %2 needs one.</source>
        <translation>libvirt kann nicht platzieren, was keine Adresse hat: No PCI buses available. Maschine %1 hat keinen PCI-Bus, und %2 braucht einen.</translation>
    </message>
    <message>
        <location filename="../model/rules/PlacementRules.cpp" line="80"/>
        <source>libvirt cannot place what has no address: %1</source>
        <translation>libvirt kann nicht platzieren, was keine Adresse hat: %1</translation>
    </message>
    <message>
        <location filename="../model/rules/PlacementRules.cpp" line="88"/>
        <source>Place everything without an address by the recommended policy</source>
        <translation>Alles ohne Adresse nach der empfohlenen Regel platzieren</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="63"/>
        <location filename="../model/rules/LiveHotplug.cpp" line="225"/>
        <source>the guest&apos;s live definition</source>
        <translation>die Live-Definition des Gasts</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="69"/>
        <source>the guest&apos;s live definition has no &lt;devices&gt;</source>
        <translation>die Live-Definition des Gasts hat kein &lt;devices&gt;</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="76"/>
        <source>the device XML: %1</source>
        <translation>das Geräte-XML: %1</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="82"/>
        <source>the device XML has an address that is not a PCI address</source>
        <translation>das Geräte-XML hat eine Adresse, die keine PCI-Adresse ist</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="95"/>
        <source>&apos;pci&apos; controller cannot be hot plugged.</source>
        <translation>&apos;pci&apos; controller cannot be hot plugged.</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="101"/>
        <source>&lt;%1&gt; is not a device that sits on PCI</source>
        <translation>&lt;%1&gt; ist kein Gerät, das an PCI sitzt</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="105"/>
        <source>live attach of device &apos;%1&apos; is not supported</source>
        <translation>live attach of device &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="127"/>
        <source>No more available PCI slots</source>
        <translation>No more available PCI slots</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="163"/>
        <source>Invalid PCI address %1. Only PCI buses up to %2 are available</source>
        <translation>Invalid PCI address %1. Only PCI buses up to %2 are available</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="165"/>
        <source>The device at PCI address %1 requires hotplug capability, but the PCI controller with index=&apos;%2&apos; doesn&apos;t support hotplug</source>
        <translation>The device at PCI address %1 requires hotplug capability, but the PCI controller with index=&apos;%2&apos; doesn&apos;t support hotplug</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="171"/>
        <source>Only PCI device addresses with function=0 are supported</source>
        <translation>Only PCI device addresses with function=0 are supported</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="174"/>
        <source>Attempted double use of PCI Address %1 (%2 is there)</source>
        <translation>Attempted double use of PCI Address %1 (%2 is there)</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="185"/>
        <source>slot %1 already holds function %2 (%3): QEMU cannot add function 0 under a running guest&apos;s functions</source>
        <translation>Slot %1 hat schon Funktion %2 (%3): QEMU kann Funktion 0 nicht unter die Funktionen eines laufenden Gasts setzen</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="232"/>
        <source>nothing sits at %1 in the running guest</source>
        <translation>im laufenden Gast sitzt nichts an %1</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="244"/>
        <source>&apos;pci&apos; controller cannot be hot unplugged.</source>
        <translation>&apos;pci&apos; controller cannot be hot unplugged.</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="249"/>
        <source>live detach of device &apos;%1&apos; is not supported</source>
        <translation>live detach of device &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="253"/>
        <source>cannot hot unplug %1 device with PCI guest address %2 - controller does not support hotplug</source>
        <translation>cannot hot unplug %1 device with PCI guest address %2 - controller does not support hotplug</translation>
    </message>
    <message>
        <location filename="../model/rules/LiveHotplug.cpp" line="258"/>
        <source>cannot hot unplug %1 device with multifunction PCI guest address: %2</source>
        <translation>cannot hot unplug %1 device with multifunction PCI guest address: %2</translation>
    </message>
</context>
</TS>
