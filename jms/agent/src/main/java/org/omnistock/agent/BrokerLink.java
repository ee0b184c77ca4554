package org.omnistock.agent;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

/**
 * One connection of the agent with the broker, kept up on a thread of its own: made again every
 * {@link #RETRY_MILLIS} ms while the broker cannot be reached, and known lost as soon as the client notices.
 */
abstract class BrokerLink implements Runnable {

    static final long RETRY_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(BrokerLink.class.getName());

    private final ConnectionFactory broker;
    private final Object pause = new Object();
    private volatile boolean running = true;
    private volatile boolean connected;
    private Connection connection;

    BrokerLink(ConnectionFactory broker) {
        this.broker = broker;
    }

    /** Sets up what this link does on a new connection (sessions, producers, consumers). */
    abstract void open(Connection connection) throws JMSException;

    /** One round of work while connected; an exception drops the connection, to be made again. */
    abstract void work() throws JMSException, InterruptedException;

    /** What a lost broker means to the store, for the log. */
    abstract String whileAway();

    boolean connected() {
        return connected;
    }

    boolean running() {
        return running;
    }

    void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    /** Waits a little, or less if the link is stopped meanwhile. */
    void pause(long millis) throws InterruptedException {
        synchronized (pause) {
            if (running) {
                pause.wait(millis);
            }
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                try {
                    if (!connected) {
                        disconnect();
                        connection = broker.createConnection();
                        connection.setExceptionListener(e -> {
                            LOG.warning(() -> "Lost the broker: " + e);
                            connected = false;
                        });
                        open(connection);
                        connected = true;
                    }
                    work();
                } catch (JMSException | RuntimeException e) {
                    LOG.log(Level.FINE, "Broker link failed", e);
                    LOG.warning(() -> "Broker unreachable, " + whileAway() + ": " + e);
                    disconnect();
                    pause(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect();
        }
    }

    private void disconnect() {
        connected = false;
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
