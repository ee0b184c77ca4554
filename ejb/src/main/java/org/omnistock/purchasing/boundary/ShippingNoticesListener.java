package org.omnistock.purchasing.boundary;

import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.messages.purchasing.AdvanceShippingNotice;
import org.omnistock.messaging.control.DeadLetters;
import org.omnistock.messaging.control.MessageBodies;
import org.omnistock.platform.DatabaseRejection;

/**
 * Takes suppliers' shipping notices from {@value Destinations#PURCHASING_ASN} (activation in server.xml). A notice
 * that cannot be recorded (malformed, another supplier's, an order or a line that is not the supplier's) is
 * dead-lettered at once with the reason; one recorded before is taken as done; only a fault that may pass rolls
 * back, and the broker redelivers the notice later.
 */
@MessageDriven(name = "ShippingNoticesListener")
public class ShippingNoticesListener implements MessageListener {

    @Inject
    ShippingNotices notices;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> refusal = record(message);
            if (refusal.isPresent()) {
                deadLetters.reject(message, Destinations.PURCHASING_ASN, refusal.get());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read or dead-letter a shipping notice", e);
        }
    }

    private Optional<String> record(Message message) throws JMSException {
        AdvanceShippingNotice notice;
        try {
            notice = JsonCodec.fromJson(MessageBodies.text(message), AdvanceShippingNotice.class);
        } catch (MalformedMessageException e) {
            return Optional.of(e.getMessage());
        }
        try {
            return notices.fromBroker(notice, message.getStringProperty(Headers.SENDER));
        } catch (EJBException e) {
            return Optional.of(DatabaseRejection.refusalOrRethrow(e, "notice"));
        }
    }
}
