package org.omnistock.fulfilment.boundary;

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
import org.omnistock.messages.fulfilment.FulfilmentUpdate;
import org.omnistock.messaging.control.DeadLetters;
import org.omnistock.messaging.control.MessageBodies;
import org.omnistock.platform.DatabaseRejection;

/**
 * Takes what locations report of their fulfilments from {@value Destinations#FULFILMENT_UPDATES} (activation in
 * server.xml). An update that cannot be accepted (malformed, another location's, a step its fulfilment does not
 * allow, a value the database refuses) is dead-lettered at once with the reason; only a fault that may pass rolls
 * back, and the broker redelivers the update later.
 */
@MessageDriven(name = "FulfilmentUpdatesListener")
public class FulfilmentUpdatesListener implements MessageListener {

    @Inject
    Fulfilments fulfilments;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> refusal = record(message);
            if (refusal.isPresent()) {
                deadLetters.reject(message, Destinations.FULFILMENT_UPDATES, refusal.get());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read or dead-letter a fulfilment update", e);
        }
    }

    private Optional<String> record(Message message) throws JMSException {
        FulfilmentUpdate update;
        try {
            update = JsonCodec.fromJson(MessageBodies.text(message), FulfilmentUpdate.class);
        } catch (MalformedMessageException e) {
            return Optional.of(e.getMessage());
        }
        try {
            return fulfilments.reportFromBroker(update, message.getStringProperty(Headers.SENDER));
        } catch (EJBException e) {
            // The update was applied in a transaction of its own, which rolled back: the value will be refused again.
            return Optional.of(DatabaseRejection.refusalOrRethrow(e, "update"));
        }
    }
}
