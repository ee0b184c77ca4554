package org.omnistock.agent;

import java.util.Optional;
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
 * Sends the journal's sales to {@code omnistock.pos.sales}, oldest first, one at a time: a persistent send returns
 * once the broker has the sale on disk, and only then is it noted as forwarded. While the broker cannot be reached
 * it tries again every {@link #RETRY_MILLIS} ms; the sales wait in the journal.
 */
final class SaleForwarder implements Runnable {

    static final long RETRY_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(SaleForwarder.class.getName());

    private final String store;
    private final ConnectionFactory broker;
    private final SaleJournal journal;
    private volatile boolean running = true;
    private volatile boolean connected;
    private Connection connection;
    private MessageProducer producer;
    private Session session;

    SaleForwarder(String store, ConnectionFactory broker, SaleJournal journal) {
        this.store = store;
        this.broker = broker;
        this.journal = journal;
    }

    boolean connected() {
        return connected;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try {
            while (running) {
                try {
                    if (!connected) {
                        disconnect();
                        connect();
                    }
                    Optional<SaleJournal.Entry> next = journal.oldest(200);
                    if (next.isPresent()) {
                        send(next.get());
                        journal.forwarded(next.get());
                    }
                } catch (JMSException | RuntimeException e) {
                    LOG.log(Level.FINE, "Sale not forwarded, the broker is unreachable; trying again", e);
                    LOG.warning(() -> "Broker unreachable, " + journal.waiting() + " sale(s) waiting: " + e);
                    disconnect();
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect();
        }
    }

    private void connect() throws JMSException {
        connection = broker.createConnection();
        // Told at once when the broker goes, not at the next sale.
        connection.setExceptionListener(e -> connected = false);
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = session.createProducer(session.createQueue(Destinations.POS_SALES));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        connected = true;
        LOG.info(() -> "Forwarding sales to the broker, " + journal.waiting() + " waiting");
    }

    private void send(SaleJournal.Entry sale) throws JMSException {
        TextMessage message = session.createTextMessage(sale.json());
        // Sent again after a crash between the broker's confirmation and the journal's note, it is dropped.
        message.setStringProperty(Headers.DUPLICATE_DETECTION_ID, store + "/" + sale.receiptId());
        producer.send(message);
    }

    private void disconnect() {
        connected = false;
        producer = null;
        session = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.log(Level.FINE, "Closing a broken connection", e);
            }
            connection = null;
        }
    }
}
