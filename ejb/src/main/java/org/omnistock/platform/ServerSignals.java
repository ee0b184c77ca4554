package org.omnistock.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;

/**
 * Tells the other servers of a change, through the broker's {@value #ADDRESS} topic, which only the servers' broker
 * user may read or send to: each server listens with a subscription that ends with it
 * ({@link ServerSignalsListener}), and receives every signal as a CDI {@link ServerSignal} event.
 *
 * <p>A signal is a hint, never the record: it is sent after the change committed, non-persistent, and lost if the
 * broker or the other server is down. Whatever acts on one also acts without it, a little later: what a server
 * holds in memory it reads again within a second or a few ({@link Recent}), and a relay sweeps its partitions every
 * two seconds. Sending never holds up or fails the caller: it happens on another thread.</p>
 */
@ApplicationScoped
public class ServerSignals {

    public static final String ADDRESS = "omnistock.servers";

    private static final Logger LOG = Logger.getLogger(ServerSignals.class.getName());
    private static final String SUBJECT = "subject";
    private static final String KEY = "key";
    private static final String PARTITIONS = "partitions";
    private static final String ORIGIN = "origin";

    @Resource(lookup = "jms/omnistock")
    ConnectionFactory factory;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<ServerSignal> received;

    /** Sends the signal to every other server, on another thread; a failure is logged, not thrown. */
    public void tell(ServerSignal signal) {
        executor.execute(() -> send(signal));
    }

    /** Sends the signal to every other server on the caller's thread; a failure is logged, not thrown. */
    public void send(ServerSignal signal) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Topic topic = context.createTopic(ADDRESS);
            Message message = context.createMessage();
            message.setStringProperty(SUBJECT, signal.subject());
            message.setStringProperty(KEY, signal.key());
            message.setIntProperty(PARTITIONS, signal.partitions());
            message.setStringProperty(ORIGIN, Servers.THIS);
            // No time to live: an expired message would go to the expiry queue operators watch. A topic with no
            // subscriber keeps nothing, and a live server takes its signals at once.
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, message);
        } catch (JMSException | JMSRuntimeException e) {
            LOG.log(Level.FINE, "The other servers were not told of " + signal + "; they see it a little later", e);
        }
    }

    /** A signal from the topic: passed on as a CDI event unless this server sent it (it acted at once). */
    void received(Message message) throws JMSException {
        if (Servers.THIS.equals(message.getStringProperty(ORIGIN))) {
            return;
        }
        String key = message.getStringProperty(KEY);
        received.fire(new ServerSignal(message.getStringProperty(SUBJECT), key == null ? "" : key,
                message.propertyExists(PARTITIONS) ? message.getIntProperty(PARTITIONS) : 0));
    }
}
