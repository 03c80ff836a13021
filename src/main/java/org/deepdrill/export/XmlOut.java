package org.deepdrill.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with indentation (one element a line, so a TA can read and diff the
 * file) and Moodle's habit of HTML in CDATA sections.
 */
final class XmlOut {
    private final XMLStreamWriter w;
    private int depth;
    /** Whether the element just opened has had child elements, so its end tag goes on its own line. */
    private boolean hadChildren;

    XmlOut(OutputStream out) throws XMLStreamException {
        w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens an element with attributes given as name, value, name, value … */
    XmlOut start(String name, String... attributes) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeStartElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], attributes[i + 1]);
        }
        depth++;
        hadChildren = false;
        return this;
    }

    XmlOut end() throws XMLStreamException {
        depth--;
        if (hadChildren) {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
        w.writeEndElement();
        hadChildren = true;
        return this;
    }

    /** {@code <name>text</name>} on one line (the text escaped by the writer). */
    XmlOut leaf(String name, String text, String... attributes) throws XMLStreamException {
        start(name, attributes);
        w.writeCharacters(text);
        depth--;
        w.writeEndElement();
        hadChildren = true;
        return this;
    }

    /** {@code <name/>}, a flag such as {@code <shownumcorrect/>}. */
    XmlOut empty(String name) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeEmptyElement(name);
        hadChildren = true;
        return this;
    }

    /** {@code <name format="html"><text><![CDATA[html]]></text></name>}, Moodle's form of a text field. */
    XmlOut html(String name, String html, String... moreAttributes) throws XMLStreamException {
        String[] attrs = new String[moreAttributes.length + 2];
        attrs[0] = "format";
        attrs[1] = "html";
        System.arraycopy(moreAttributes, 0, attrs, 2, moreAttributes.length);
        start(name, attrs);
        text(html);
        return end();
    }

    /** {@code <text><![CDATA[html]]></text>} inside the element just opened. */
    XmlOut text(String html) throws XMLStreamException {
        start("text");
        cdata(html);
        depth--;
        w.writeEndElement();
        hadChildren = true;
        return this;
    }

    /** CDATA cannot hold {@code ]]>}; it is split across two sections there. */
    private void cdata(String text) throws XMLStreamException {
        if (text.isEmpty()) {
            return;
        }
        String[] parts = text.split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
            w.writeCData(p);
        }
    }

    void finish() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }
}
