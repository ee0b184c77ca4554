package org.omnistock.marketplace.control;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Amazon's order acknowledgement feed ({@code POST_ORDER_ACKNOWLEDGEMENT_DATA}), an XML envelope: one message per
 * order, {@code Success} with the seller's order number, so Amazon shows the order as in the seller's hands; and the
 * feed's XML processing report, read for the messages it refused. The report is read without DTDs or external
 * entities: it comes from outside.
 */
final class AmazonAcknowledgements {

    static final String FEED_TYPE = "POST_ORDER_ACKNOWLEDGEMENT_DATA";
    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    /** What a report's {@code Result} says of its message; its {@code AdditionalInfo} has elements within. */
    private static final Set<String> RESULT_FIELDS = Set.of("MessageID", "ResultCode", "ResultMessageCode",
            "ResultDescription");

    /** An order to acknowledge: Amazon's id and the platform's number. */
    record Acknowledgement(String amazonOrderId, String orderNumber) {
    }

    private AmazonAcknowledgements() {
    }

    /** The feed's content; message ids count from 1 in the list's order. */
    static String feed(String sellerId, List<Acknowledgement> orders) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("AmazonEnvelope");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation",
                    "amzn-envelope.xsd");
            xml.writeStartElement("Header");
            element(xml, "DocumentVersion", "1.01");
            element(xml, "MerchantIdentifier", sellerId);
            xml.writeEndElement();
            element(xml, "MessageType", "OrderAcknowledgement");
            for (int i = 0; i < orders.size(); i++) {
                xml.writeStartElement("Message");
                element(xml, "MessageID", String.valueOf(i + 1));
                xml.writeStartElement("OrderAcknowledgement");
                element(xml, "AmazonOrderID", orders.get(i).amazonOrderId());
                element(xml, "MerchantOrderID", orders.get(i).orderNumber());
                element(xml, "StatusCode", "Success");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the acknowledgement feed cannot be written", e);
        }
        return out.toString();
    }

    /**
     * The messages the processing report names with {@code ResultCode} Error, by message id: their code and
     * description. Warnings are not refusals.
     *
     * @throws MarketplaceFault.Refused when the report is not a processing report Amazon would send
     */
    static Map<Integer, String> errors(String report) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<Integer, String> errors = new LinkedHashMap<>();
        Map<String, String> result = null;
        boolean processingReport = false;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(report));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("ProcessingReport")) {
                        processingReport = true;
                    } else if (name.equals("Result")) {
                        result = new LinkedHashMap<>();
                    } else if (result != null && RESULT_FIELDS.contains(name)) {
                        result.put(name, xml.getElementText().trim());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Result")
                        && result != null) {
                    if ("Error".equals(result.get("ResultCode")) && result.containsKey("MessageID")) {
                        errors.put(Integer.valueOf(result.get("MessageID")), result.getOrDefault(
                                "ResultMessageCode", "") + ": " + result.getOrDefault("ResultDescription", ""));
                    }
                    result = null;
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new MarketplaceFault.Refused("the acknowledgement feed's processing report cannot be read: "
                    + e.getMessage());
        }
        if (!processingReport) {
            throw new MarketplaceFault.Refused("the acknowledgement feed's report is not a processing report");
        }
        return errors;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
