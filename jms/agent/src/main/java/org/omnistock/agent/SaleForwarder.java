package org.omnistock.agent;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * Sends the journal's sales to {@code omnistock.pos.sales}, oldest first, one at a time: a persistent send returns
 * once the broker has the sale on disk, and only then is it noted as forwarded. While the broker cannot be reached
 * the sales wait in the journal.
 */
final class SaleForwarder extends BrokerLink {

    private static final Logger LOG = Logger.getLogger(SaleForwarder.class.getName());

    private final String store;
    private final SaleJournal journal;
    private Session session;
    private MessageProducer producer;

    SaleForwarder(String store, ConnectionFactory broker, SaleJournal journal) {
        super(broker);
        this.store = store;
        this.journal = journal;
    }

    @Override
    void open(Connection connection) throws JMSException {
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = session.createProducer(session.createQueue(Destinations.POS_SALES));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        LOG.info(() -> "Forwarding sales to the broker, " + journal.waiting() + " waiting");
    }

    @Override
    void work() throws JMSException, InterruptedException {
        Optional<SaleJournal.Entry> next = journal.oldest(200);
        if (next.isPresent()) {
            TextMessage message = session.createTextMessage(next.get().json());
            // Sent again after a crash between the broker's confirmation and the journal's note, it is dropped.
            message.setStringProperty(Headers.DUPLICATE_DETECTION_ID, store + "/" + next.get().receiptId());
            producer.send(message);
            journal.forwarded(next.get());
        }
    }

    @Override
    String whileAway() {
        return journal.waiting() + " sale(s) waiting";
    }
}
