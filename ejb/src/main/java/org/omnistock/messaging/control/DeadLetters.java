package org.omnistock.messaging.control;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;

/**
 * Puts a message that a listener does not accept on the dead-letter address, with its body, its properties and the
 * reason, in the listener's transaction if it has one: the message is then either consumed and dead-lettered, or
 * neither. A listener without one (POS sales, see {@code PosSalesListener}) acknowledges the message after this
 * send; if it dies in between, the message comes again and its second copy is dropped by the broker, which knows it
 * by a duplicate id made from the original's message id.
 *
 * <p>The copy keeps the body as it came (text or bytes) and every property it can. A property JMS cannot carry
 * (STOMP and AMQP clients send names such as {@code content-length} that are not Java identifiers) goes, with the
 * others that could not be copied, into one {@link Headers#ORIGINAL_PROPERTIES} property as JSON: nothing about a
 * property stops a message from being dead-lettered with its reason.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int MAX_REASON_LENGTH = 1000;

    /** A context per copy, not an injected one: called without a transaction from several listener threads, the
     *  injected context failed with "The session is closed". */
    @Resource(lookup = "jms/omnistock")
    ConnectionFactory factory;

    public void reject(Message original, String originalDestination, String reason) throws JMSException {
        try (JMSContext jms = factory.createContext()) {
            reject(jms, original, originalDestination, reason);
        }
    }

    private void reject(JMSContext jms, Message original, String originalDestination, String reason)
            throws JMSException {
        String shortReason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        Message copy = copyOfBody(jms, original);
        Map<String, String> uncopied = new TreeMap<>();
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            // The broker's own, and the sender, which the broker stamps again on the copy: it goes in originalSender.
            if (property.startsWith("JMSX") || property.startsWith("_AMQ") || property.equals(Headers.SENDER)) {
                continue;
            }
            Object value = original.getObjectProperty(property);
            try {
                copy.setObjectProperty(property, value);
            } catch (JMSException | RuntimeException e) {
                uncopied.put(property, String.valueOf(value));
            }
        }
        if (!uncopied.isEmpty()) {
            copy.setStringProperty(Headers.ORIGINAL_PROPERTIES, JsonCodec.toJson(uncopied));
        }
        if (original.getJMSMessageID() != null) {
            copy.setStringProperty(Headers.DUPLICATE_DETECTION_ID, "dead-letter/" + original.getJMSMessageID());
        }
        copy.setStringProperty(Headers.REJECT_REASON, shortReason);
        copy.setStringProperty(Headers.ORIGINAL_DESTINATION, originalDestination);
        if (original.getStringProperty(Headers.SENDER) != null) {
            copy.setStringProperty(Headers.ORIGINAL_SENDER, original.getStringProperty(Headers.SENDER));
        }
        jms.createProducer().send(jms.createQueue(Destinations.DEAD_LETTER), copy);
        LOG.warning(() -> "Dead-lettered a message from " + originalDestination + ": " + shortReason);
    }

    /** The body as it came; one too large to read is left out, the reason says why it was refused. */
    private static Message copyOfBody(JMSContext jms, Message original) throws JMSException {
        if (original instanceof TextMessage text) {
            return jms.createTextMessage(text.getText());
        }
        if (original instanceof BytesMessage) {
            BytesMessage copy = jms.createBytesMessage();
            try {
                copy.writeBytes(MessageBodies.bytes(original));
            } catch (MalformedMessageException tooLarge) {
                LOG.fine(() -> "The body of a dead-lettered message is too large to keep: " + tooLarge.getMessage());
            }
            return copy;
        }
        return jms.createMessage();
    }
}
