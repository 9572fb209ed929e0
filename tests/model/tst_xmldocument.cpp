#include "xml/XmlDocument.h"
#include "xml/XmlFragment.h"

#include <QTest>

using namespace pcitopo;

/** The safe parser and the lossless writer, on small hand-written documents. */
class tst_XmlDocument : public QObject
{
    Q_OBJECT

private slots:
    void refusesHostileInput_data();
    void refusesHostileInput();
    void acceptsUnusualButValidInput_data();
    void acceptsUnusualButValidInput();
    void attributeEditKeepsQuoting_data();
    void attributeEditKeepsQuoting();
    void removeAndRestoreAttribute();
    void insertElementIndents_data();
    void insertElementIndents();
    void removeElementAndUndo();
    void setTextAndUndo();
    void editsLeaveMetadataAlone();
    void fragmentIsReindented();
    void idsAreStable();
    void fragmentEscapesHostileValues_data();
    void fragmentEscapesHostileValues();
};

void tst_XmlDocument::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a fragment the message must contain
    QTest::addColumn<int>("line"); // 0: no position expected

    QTest::newRow("mismatched tag") << QByteArray("<domain>\n  <devices>\n  </domain>\n") << "mismatch" << 3;
    QTest::newRow("truncated") << QByteArray("<domain type='kvm'>\n  <name>x</name>\n  <dev") << "" << 3;
    QTest::newRow("unquoted attribute") << QByteArray("<domain type=kvm/>") << "" << 1;
    QTest::newRow("external entity (XXE)")
        << QByteArray("<?xml version='1.0'?>\n<!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                      "<domain>&x;</domain>")
        << "DOCTYPE" << 0;
    QTest::newRow("entity expansion bomb")
        << QByteArray("<!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;'>"
                      "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'>]><domain>&c;&c;&c;</domain>")
        << "DOCTYPE" << 0;
    QTest::newRow("external DTD") << QByteArray("<!DOCTYPE domain SYSTEM 'http://example.invalid/d.dtd'>"
                                                "<domain/>")
                                  << "DOCTYPE" << 0;
    QTest::newRow("undefined entity") << QByteArray("<domain>\n<name>&nope;</name></domain>") << "nope" << 2;
    QTest::newRow("empty") << QByteArray("") << "empty" << 0;
    QTest::newRow("only blanks") << QByteArray("  \n ") << "empty" << 0;
    QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE<\0d\0/\0>\0", 10) << "UTF-8" << 0;
    QTest::newRow("Latin-1 declared") << QByteArray(
        "<?xml version='1.0' encoding='ISO-8859-1'?><domain><name>\xE9</name></domain>")
                                      << "ISO-8859-1" << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("<domain><name>\xC3\x28</name></domain>") << "UTF-8" << 1;
    QByteArray deep;
    for (int i = 0; i < 2000; ++i)
        deep += "<a>";
    QTest::newRow("nesting 2000 deep") << deep << "nested more than 256 deep" << 1;
    QTest::newRow("two root elements") << QByteArray("<domain/>\n<domain/>") << "" << 2;
}

void tst_XmlDocument::refusesHostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, line);
    XmlParseError error;
    const std::unique_ptr<XmlDocument> document = XmlDocument::parse(bytes, &error);
    QVERIFY(!document);
    QVERIFY2(!error.message.isEmpty(), "a refusal must say why");
    QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.toString()));
    if (line > 0) {
        QCOMPARE(error.line, line);
        QVERIFY(error.toString().startsWith(QStringLiteral("line %1, column ").arg(line)));
    }
}

void tst_XmlDocument::acceptsUnusualButValidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("double quotes and CRLF") << QByteArray("<domain type=\"kvm\">\r\n  <name>a</name>\r\n</domain>\r\n");
    QTest::newRow("declaration, comments, PI")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- head -->\n<domain><?pi data?><!-- c "
                      "--></domain>\n<!-- tail -->");
    QTest::newRow("UTF-8 BOM and non-ASCII") << QByteArray("\xEF\xBB\xBF<domain><name>g\xC3\xA4st</name></domain>");
    QTest::newRow("CDATA and entities") << QByteArray(
        "<domain><metadata><x><![CDATA[a<b]]>&amp;&#65;</x></metadata></domain>");
    QTest::newRow("namespaces") << QByteArray("<domain xmlns:q='urn:q'><q:a q:b = 'c' /></domain>");
    QTest::newRow("blanks inside tags") << QByteArray("<domain  type = 'kvm'  ><name >a</name ></domain >");
}

void tst_XmlDocument::acceptsUnusualButValidInput()
{
    QFETCH(QByteArray, bytes);
    XmlParseError error;
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(bytes, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->serialize(), bytes);
    // The rebuilt path must give the same bytes as the copied one.
    const QString type = document->root().attribute("type");
    document->setAttribute(document->root(), "type", QStringLiteral("changed"));
    if (type.isNull())
        document->removeAttribute(document->root(), "type");
    else
        document->setAttribute(document->root(), "type", type);
    QCOMPARE(document->serialize(), bytes);
}

void tst_XmlDocument::attributeEditKeepsQuoting_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("single quotes") << QByteArray("<domain><address bus='0x01' slot='0x02'/></domain>")
                                   << QByteArray("<domain><address bus='0x01' slot='0x05'/></domain>");
    QTest::newRow("double quotes") << QByteArray("<domain><address bus=\"0x01\" slot=\"0x02\"/></domain>")
                                   << QByteArray("<domain><address bus=\"0x01\" slot=\"0x05\"/></domain>");
    QTest::newRow("odd spacing kept") << QByteArray("<domain><address  bus = '0x01'\n   slot='0x02'  /></domain>")
                                      << QByteArray("<domain><address  bus = '0x01'\n   slot='0x05'  /></domain>");
    QTest::newRow("raw newline and character references kept")
        << QByteArray("<domain><address x='a\n\tb&#10;&#x41;&quot;' slot='0x02'/></domain>")
        << QByteArray("<domain><address x='a\n\tb&#10;&#x41;&quot;' slot='0x05'/></domain>");
    QTest::newRow("CR LF inside a value kept") << QByteArray("<domain><address x=\"a\r\nb'\" slot=\"0x02\"/></domain>")
                                               << QByteArray("<domain><address x=\"a\r\nb'\" slot=\"0x05\"/></domain>");
    QTest::newRow("entity in another attribute kept")
        << QByteArray("<domain><address x='a&amp;b' slot='0x02'/></domain>")
        << QByteArray("<domain><address x='a&amp;b' slot='0x05'/></domain>");
}

void tst_XmlDocument::attributeEditKeepsQuoting()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    QVERIFY(document);
    XmlNode address = document->root().firstChildElement("address");
    document->setAttribute(address, "slot", QStringLiteral("0x05"));
    QCOMPARE(document->serialize(), after);
    document->setAttribute(address, "slot", QStringLiteral("0x02"));
    QCOMPARE(document->serialize(), before);
}

void tst_XmlDocument::removeAndRestoreAttribute()
{
    const QByteArray before("<domain><address type='pci' multifunction='on' slot='0x02'/></domain>");
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    XmlNode address = document->root().firstChildElement("address");
    document->removeAttribute(address, "multifunction");
    QCOMPARE(document->serialize(), QByteArray("<domain><address type='pci' slot='0x02'/></domain>"));
    document->setAttribute(address, "function", QStringLiteral("0x1"));
    QCOMPARE(document->serialize(), QByteArray("<domain><address type='pci' slot='0x02' function='0x1'/></domain>"));
    document->removeAttribute(address, "function");
    document->setAttribute(address, "multifunction", QStringLiteral("on"));
    // Re-added attributes go back to their original place and bytes.
    QCOMPARE(document->serialize(), before);
}

void tst_XmlDocument::insertElementIndents_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("after siblings")
        << QByteArray("<domain>\n  <devices>\n    <disk/>\n  </devices>\n</domain>\n")
        << QByteArray("<domain>\n  <devices>\n    <disk/>\n    <new a='1'/>\n  </devices>\n</domain>\n");
    QTest::newRow("into a self-closed element")
        << QByteArray("<domain>\n  <devices>\n    <disk/>\n  </devices>\n</domain>\n")
        << QByteArray("<domain>\n  <devices>\n    <disk>\n      <new a='1'/>\n    </disk>\n  </devices>\n</domain>\n");
    QTest::newRow("into an element holding only blanks")
        << QByteArray("<domain>\n  <devices>\n    <disk>\n    </disk>\n  </devices>\n</domain>\n")
        << QByteArray("<domain>\n  <devices>\n    <disk>\n      <new a='1'/>\n    </disk>\n  </devices>\n</domain>\n");
}

void tst_XmlDocument::insertElementIndents()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    const bool intoDisk = QByteArray(QTest::currentDataTag()) != "after siblings";
    XmlNode parent = document->root().firstChildElement("devices");
    if (intoDisk)
        parent = parent.firstChildElement("disk");
    XmlNode element = document->createElement(QStringLiteral("new"));
    document->setAttribute(element, "a", QStringLiteral("1"));
    const XmlSplice splice = document->insertElement(parent, element);
    QCOMPARE(document->serialize(), after);
    document->detach(splice);
    QCOMPARE(document->serialize(), before);
    document->attach(splice);
    QCOMPARE(document->serialize(), after);
}

void tst_XmlDocument::removeElementAndUndo()
{
    const QByteArray before("<domain>\n  <devices>\n    <a/>\n    <!-- keep -->\n    <b x='1'>\n"
                            "      <c/>\n    </b>\n  </devices>\n</domain>\n");
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    XmlNode b = document->root().firstChildElement("devices").firstChildElement("b");
    const XmlSplice splice = document->removeElement(b);
    QCOMPARE(document->serialize(),
             QByteArray("<domain>\n  <devices>\n    <a/>\n    <!-- keep -->\n  </devices>\n</domain>\n"));
    document->attach(splice);
    QCOMPARE(document->serialize(), before);
}

void tst_XmlDocument::setTextAndUndo()
{
    const QByteArray before("<domain><target><node>0</node></target></domain>");
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    XmlNode node = document->root().firstChildElement("target").firstChildElement("node");
    const QList<XmlSplice> edit = document->setText(node, QStringLiteral("1 < 2"));
    QCOMPARE(document->serialize(), QByteArray("<domain><target><node>1 &lt; 2</node></target></domain>"));
    document->detach(edit[1]);
    document->attach(edit[0]);
    QCOMPARE(document->serialize(), before);
}

void tst_XmlDocument::editsLeaveMetadataAlone()
{
    const QByteArray before(
        "<domain>\n  <metadata>\n    <app:x xmlns:app=\"urn:app\" a = \"1\"><![CDATA[<raw>]]>&#x41;</app:x>\n"
        "  </metadata>\n  <devices>\n    <address type='pci' slot='0x01'/>\n  </devices>\n</domain>");
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    XmlNode address = document->root().firstChildElement("devices").firstChildElement("address");
    document->setAttribute(address, "slot", QStringLiteral("0x02"));
    QByteArray expected = before;
    expected.replace("slot='0x01'", "slot='0x02'");
    QCOMPARE(document->serialize(), expected);
}

void tst_XmlDocument::fragmentIsReindented()
{
    const QByteArray before("<domain>\n  <devices>\n    <disk/>\n  </devices>\n</domain>\n");
    std::unique_ptr<XmlDocument> document = XmlDocument::parse(before, nullptr);
    XmlParseError error;
    XmlNode fragment =
        document->parseFragment("<controller type='pci' index='1' model='pcie-root-port'>\n<target chassis='1'/>"
                                "<model name='pcie-root-port'/></controller>",
                                &error);
    QVERIFY2(fragment, qPrintable(error.toString()));
    document->insertElement(document->root().firstChildElement("devices"), fragment);
    QCOMPARE(document->serialize(),
             QByteArray("<domain>\n  <devices>\n    <disk/>\n"
                        "    <controller type='pci' index='1' model='pcie-root-port'>\n"
                        "      <target chassis='1'/>\n      <model name='pcie-root-port'/>\n"
                        "    </controller>\n  </devices>\n</domain>\n"));
    QVERIFY(!document->parseFragment("<broken>", &error));
    QVERIFY(!error.message.isEmpty());
}

void tst_XmlDocument::idsAreStable()
{
    std::unique_ptr<XmlDocument> document = XmlDocument::parse("<domain><devices><a/><b/></devices></domain>", nullptr);
    XmlNode b = document->root().firstChildElement("devices").firstChildElement("b");
    const quint32 id = b.id();
    QVERIFY(id != 0);
    QVERIFY(id != document->root().id());
    const XmlSplice splice = document->removeElement(b);
    QCOMPARE(b.id(), id);
    document->attach(splice);
    QCOMPARE(document->root().firstChildElement("devices").firstChildElement("b").id(), id);
}

void tst_XmlDocument::fragmentEscapesHostileValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("apostrophe") << QStringLiteral("bob's vm");
    QTest::newRow("quotes") << QStringLiteral("say \"vm\"");
    QTest::newRow("markup") << QStringLiteral("<co> & </domain>");
    QTest::newRow("entity lookalike") << QStringLiteral("&amp; &#x41; &lt;");
    QTest::newRow("non-ASCII") << QStringLiteral("\u00e9t\u00e9 \u65e5\u672c \U0001F600");
    QTest::newRow("line breaks and tabs") << QStringLiteral("a\nb\tc\rd");
    QTest::newRow("everything") << QStringLiteral("bob's \"vm\" & <co>");
}

void tst_XmlDocument::fragmentEscapesHostileValues()
{
    // Whatever a value holds, the fragment parses, and gives the value back unchanged, as an
    // attribute and as text.
    QFETCH(QString, value);
    const QByteArray xml = XmlFragment("disk")
                               .attribute("name", value)
                               .child(XmlFragment("source").attribute("file", value))
                               .child(XmlFragment("serial").text(value))
                               .toXml();
    XmlParseError error;
    const std::unique_ptr<XmlDocument> document = XmlDocument::parse(xml, &error);
    QVERIFY2(document, qPrintable(error.message + QStringLiteral(": ") + QString::fromUtf8(xml)));
    const XmlNode root = document->root();
    QCOMPARE(root.name(), QStringLiteral("disk"));
    QCOMPARE(root.attribute("name"), value);
    QCOMPARE(root.firstChildElement("source").attribute("file"), value);
    QCOMPARE(root.firstChildElement("serial").text(), value);
}

QTEST_GUILESS_MAIN(tst_XmlDocument)
#include "tst_xmldocument.moc"
