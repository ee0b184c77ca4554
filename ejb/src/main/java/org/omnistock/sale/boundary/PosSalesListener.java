package org.omnistock.sale.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.messaging.control.DeadLetters;

/**
 * Takes POS sales from {@value Destinations#POS_SALES}. Its activation (address, concurrency) is configured in
 * server.xml. A sale that cannot be accepted is dead-lettered with the reason and consumed, so it does not block the
 * messages behind it; a failure that may pass (the database is down) rolls back, and the broker redelivers.
 */
@MessageDriven(name = "PosSalesListener")
public class PosSalesListener implements MessageListener {

    @Inject
    Sales sales;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            SaleOutcome outcome = record(message);
            if (outcome.isRejected()) {
                deadLetters.reject(message, Destinations.POS_SALES, outcome.reason());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read or dead-letter a POS sale message", e);
        }
    }

    private SaleOutcome record(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            return SaleOutcome.rejected("a POS sale must be a JSON text message, not a "
                    + message.getClass().getSimpleName());
        }
        try {
            return sales.record(JsonCodec.fromJson(text.getText(), PosSale.class));
        } catch (MalformedMessageException e) {
            return SaleOutcome.rejected(e.getMessage());
        }
    }
}
