package ua.zalik.testing.exchange;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import ua.zalik.testing.exchange.ImportProblems.Problem;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small element tree that remembers each element's line, parsed without DTDs, external entities or XInclude
 * (an uploaded file must not make the server read its own files or the network).
 */
final class XmlTree {

    record Element(String name, Map<String, String> attributes, List<Element> children, StringBuilder content, int line) {

        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> all(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).toList();
        }

        /** The text of a {@code <text>} child when there is one, else the element's own text; "" when absent. */
        String text() {
            Element text = child("text");
            return (text == null ? content : text.content).toString();
        }

        String childText(String childName) {
            Element child = child(childName);
            return child == null ? "" : child.text();
        }

        String attribute(String attribute, String fallback) {
            return attributes.getOrDefault(attribute, fallback);
        }
    }

    private XmlTree() {
    }

    /** @throws Problem with the parser's line when the text is not well-formed XML or declares a DTD */
    static Element parse(String xml) {
        Builder builder = new Builder();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(xml)), builder);
        } catch (SAXParseException broken) {
            int line = Math.max(broken.getLineNumber(), 1);
            throw broken.getMessage() != null && broken.getMessage().contains("DOCTYPE")
                    ? new Problem(line, "import.xml.doctype", "DOCTYPE")
                    : new Problem(line, "import.xml.malformed", String.valueOf(broken.getMessage()));
        } catch (SAXException | ParserConfigurationException | IOException failed) {
            throw new Problem(1, "import.xml.unreadable", String.valueOf(failed.getMessage()));
        }
        if (builder.root == null) {
            throw new Problem(1, "import.xml.empty");
        }
        return builder.root;
    }

    private static final class Builder extends DefaultHandler {

        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            Element element = new Element(qName, values, new ArrayList<>(), new StringBuilder(),
                    locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().content().append(ch, start, length);
            }
        }
    }
}
