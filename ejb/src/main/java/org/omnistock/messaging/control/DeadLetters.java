package org.omnistock.messaging.control;

import java.util.Collections;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * Puts a message that a listener does not accept on the dead-letter address, with its body, its properties and the
 * reason, in the listener's transaction: the message is either consumed and dead-lettered, or neither.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int MAX_REASON_LENGTH = 1000;

    @Inject
    @JMSConnectionFactory("jms/omnistock")
    JMSContext jms;

    public void reject(Message original, String originalDestination, String reason) throws JMSException {
        String shortReason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        TextMessage copy = jms.createTextMessage(bodyOf(original));
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (!property.startsWith("JMSX") && !property.startsWith("_AMQ")) {
                copy.setObjectProperty(property, original.getObjectProperty(property));
            }
        }
        copy.setStringProperty(Headers.REJECT_REASON, shortReason);
        copy.setStringProperty(Headers.ORIGINAL_DESTINATION, originalDestination);
        if (original.getStringProperty(Headers.SENDER_USER) != null) {
            copy.setStringProperty("originalSender", original.getStringProperty(Headers.SENDER_USER));
        }
        jms.createProducer().send(jms.createQueue(Destinations.DEAD_LETTER), copy);
        LOG.warning(() -> "Dead-lettered a message from " + originalDestination + ": " + shortReason);
    }

    private static String bodyOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) Math.min(bytes.getBodyLength(), 1 << 20)];
            bytes.readBytes(content);
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }
}
