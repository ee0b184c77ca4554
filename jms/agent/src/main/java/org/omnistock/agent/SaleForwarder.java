package org.omnistock.agent;

import java.util.List;
import java.util.logging.Level;
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
 * Sends the journal's sales to {@code omnistock.pos.sales} (or another journal's documents, the store's goods
 * receipts, to their queue), oldest first, up to {@link #BATCH} in one local broker
 * transaction: its commit returns once the broker has them on disk (one sync for the batch), and only then are they
 * noted as forwarded. A batch holding a sale the broker already has is refused whole, and then sent one by one (the
 * broker drops that sale). While the broker cannot be reached the sales wait in the journal.
 */
final class SaleForwarder extends BrokerLink {

    /** Sales sent in one broker transaction: what a busy store takes in the time of one broker sync, and more. */
    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(SaleForwarder.class.getName());

    private final String store;
    private final SaleJournal journal;
    private final String destination;
    private final String what;
    private Session session;
    private MessageProducer producer;
    private Session oneByOne;
    private MessageProducer single;

    SaleForwarder(String store, ConnectionFactory broker, SaleJournal journal) {
        this(store, broker, journal, Destinations.POS_SALES, "sale(s)");
    }

    /** Forwards another journal's documents (goods receipts) to their queue, by the same rules. */
    SaleForwarder(String store, ConnectionFactory broker, SaleJournal journal, String destination, String what) {
        super(broker);
        this.store = store;
        this.journal = journal;
        this.destination = destination;
        this.what = what;
    }

    @Override
    void open(Connection connection) throws JMSException {
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        producer = session.createProducer(session.createQueue(destination));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        oneByOne = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        single = oneByOne.createProducer(oneByOne.createQueue(destination));
        single.setDeliveryMode(DeliveryMode.PERSISTENT);
        LOG.info(() -> "Forwarding " + what + " to " + destination + ", " + journal.waiting() + " waiting");
    }

    @Override
    void work() throws JMSException, InterruptedException {
        List<SaleJournal.Entry> next = journal.oldest(BATCH, 200);
        if (next.isEmpty()) {
            return;
        }
        try {
            for (SaleJournal.Entry sale : next) {
                producer.send(message(session, sale));
            }
            session.commit();
        } catch (JMSException batchRefused) {
            // A sale the broker had before (sent again after a crash between its commit and the journal's note)
            // fails the whole transaction; sent on its own it is dropped, and the others go through. If the broker
            // is gone, this fails too and the link is made again.
            LOG.info(() -> "A batch of " + next.size() + " " + what + " was refused (" + batchRefused.getMessage()
                    + "); sending them one by one");
            rollBack();
            for (SaleJournal.Entry sale : next) {
                single.send(message(oneByOne, sale));
            }
        }
        journal.forwarded(next);
    }

    private TextMessage message(Session on, SaleJournal.Entry sale) throws JMSException {
        TextMessage message = on.createTextMessage(sale.json());
        // Sent again after a crash between the broker's commit and the journal's note, it is dropped.
        message.setStringProperty(Headers.DUPLICATE_DETECTION_ID, store + "/" + sale.receiptId());
        return message;
    }

    private void rollBack() {
        try {
            session.rollback();
        } catch (JMSException e) {
            LOG.log(Level.FINE, "Rolling back a refused batch", e);
        }
    }

    @Override
    String whileAway() {
        return journal.waiting() + " " + what + " waiting";
    }
}
