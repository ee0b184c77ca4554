package org.omnistock.outbox.control;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import org.omnistock.messages.Headers;
import org.omnistock.outbox.entity.OutboxMessage;

/**
 * Sends a batch of outbox events to Artemis in one local broker transaction. Outside the caller's JTA transaction
 * on purpose (see {@link OutboxBatches#publishNext}): an XA transaction with the broker would cost a prepare and a
 * log write per batch, and a server killed after the prepare would leave the batch in doubt on the broker until
 * that same server came back to recover it.
 *
 * <p>A batch the broker already has in part (a server was killed after the broker's commit and before the
 * database's) is refused whole: Artemis rolls back a transaction holding a message whose duplicate id it has seen.
 * Sent again in the same way it would be refused forever, and the outbox would stop; so it is then sent one event
 * at a time, each confirmed before the next, and the broker drops only the ones it has.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class.getName());

    /**
     * Destinations already sent to, by name and kind. The JMS client asks the broker whether a destination exists
     * before its first send, a blocking round trip; a destination object remembers the answer, so keeping them
     * turns one round trip per event into one per destination. Asked per event, B3's events (PostgreSQL, about
     * 300 sales/s) waited 10.6 s in the outbox at the median; with the destinations kept, 0.3 s.
     */
    private static final Map<String, Destination> DESTINATIONS = new ConcurrentHashMap<>();

    /** The connection factory that allows local broker transactions (server.xml). */
    @Resource(lookup = "jms/omnistock-local")
    ConnectionFactory factory;

    /**
     * Sends the events in their order; when it returns, the broker has every one of them. If it throws, the broker
     * may have some, and the same events are to be sent again.
     */
    public void publish(List<OutboxMessage> events) throws JMSException {
        try {
            send(events, true);
        } catch (JMSException refused) {
            LOG.info(() -> "The broker refused a batch of " + events.size() + " outbox events (" + refused.getMessage()
                    + "); sending them one by one, it drops those it already has");
            send(events, false);
        }
    }

    /** In one broker transaction, or each event on its own (a persistent send waits for the broker's answer). */
    private void send(List<OutboxMessage> events, boolean inOneTransaction) throws JMSException {
        try (Connection connection = factory.createConnection();
             Session session = inOneTransaction ? connection.createSession(true, Session.SESSION_TRANSACTED)
                     : connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(null);
            for (OutboxMessage event : events) {
                producer.send(destination(session, event), message(session, event));
            }
            if (inOneTransaction) {
                session.commit();
            }
        }
    }

    private static TextMessage message(Session session, OutboxMessage event) throws JMSException {
        TextMessage text = session.createTextMessage(event.getBody());
        text.setStringProperty(Headers.DUPLICATE_DETECTION_ID, event.getEventId());
        text.setStringProperty(Headers.EVENT_ID, event.getEventId());
        text.setStringProperty(Headers.EVENT_TYPE, event.getEventType());
        for (var property : properties(event).entrySet()) {
            text.setStringProperty(property.getKey(), ((JsonString) property.getValue()).getString());
        }
        return text;
    }

    private static Destination destination(Session session, OutboxMessage event) throws JMSException {
        String key = (event.isMulticast() ? "topic:" : "queue:") + event.getDestination();
        Destination known = DESTINATIONS.get(key);
        if (known == null) {
            known = event.isMulticast() ? session.createTopic(event.getDestination())
                    : session.createQueue(event.getDestination());
            DESTINATIONS.put(key, known);
        }
        return known;
    }

    private static JsonObject properties(OutboxMessage event) {
        try (JsonReader reader = Outbox.JSON.createReader(new StringReader(event.getProperties()))) {
            return reader.readObject();
        }
    }
}
