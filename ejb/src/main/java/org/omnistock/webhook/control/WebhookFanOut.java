package org.omnistock.webhook.control;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.ClientView;
import org.omnistock.messages.Headers;
import org.omnistock.outbox.control.EventsPublished;
import org.omnistock.outbox.entity.OutboxMessage;
import org.omnistock.webhook.entity.WebhookSubscription;

/**
 * Turns the events the relay has just published into deliveries, in the relay's transaction (webhook package
 * documentation): one row per event and active subscription that wants it and may read it now (its client enabled,
 * the topic within its scopes today), written in one JDBC batch in the relay's order.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Logger LOG = Logger.getLogger(WebhookFanOut.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String INSERT = "INSERT INTO webhook_delivery (subscription_id, event_id, topic, "
            + "aggregate_key, body, status, attempts, next_attempt_at, created_at) "
            + "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource(lookup = "jdbc/omnistock")
    DataSource database;

    @Inject
    ApiClients clients;

    @Inject
    Event<DeliveriesWritten> written;

    @Inject
    Clock clock;

    void onPublished(@Observes EventsPublished published) {
        List<WebhookSubscription> active = em.createNamedQuery(WebhookSubscription.LIST_ACTIVE,
                WebhookSubscription.class).getResultList();
        if (active.isEmpty()) {
            return;
        }
        Map<String, Optional<ClientView>> owners = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (OutboxMessage event : published.events()) {
            WebhookTopic topic = WebhookTopic.of(event.getDestination()).orElse(null);
            if (topic == null) {
                continue;
            }
            Envelope envelope = null;
            for (WebhookSubscription subscription : active) {
                if (!subscription.getTopics().contains(topic.topicName())) {
                    continue;
                }
                if (envelope == null) {
                    envelope = envelope(event, topic);
                    if (envelope == null) {
                        break;
                    }
                }
                ClientView owner = owners.computeIfAbsent(subscription.getClientId(),
                        id -> Access.asSystem(() -> clients.findByClientId(id))).orElse(null);
                if (owner != null && owner.enabled() && topic.readableWith(owner.scopes())
                        && envelope.wantedBy(subscription)) {
                    rows.add(new Row(subscription.getId(), envelope));
                }
            }
        }
        if (!rows.isEmpty()) {
            insert(rows);
            written.fire(new DeliveriesWritten());
        }
    }

    /**
     * The envelope every attempt of the event's deliveries sends; null (and a warning) for an event that cannot be
     * read, which no retry would mend: it must not hold the relay back.
     */
    private static Envelope envelope(OutboxMessage event, WebhookTopic topic) {
        try (JsonReader body = JSON.createReader(new StringReader(event.getBody()));
             JsonReader headers = JSON.createReader(new StringReader(event.getProperties()))) {
            JsonObject data = body.readObject();
            JsonObject properties = headers.readObject();
            String aggregate = event.getAggregateKey();
            Long sequence = topic.sequenceOf(data);
            String occurredAt = topic.occurredAtOf(data);
            String json = "{\"id\":" + JSON.createValue(event.getEventId())
                    + ",\"type\":" + JSON.createValue(topic.topicName())
                    + ",\"occurredAt\":" + (occurredAt == null ? "null" : JSON.createValue(occurredAt))
                    + ",\"aggregate\":" + JSON.createValue(aggregate)
                    + ",\"sequence\":" + sequence
                    + ",\"data\":" + event.getBody() + "}";
            return new Envelope(event.getEventId(), topic, aggregate, json, properties, data);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            LOG.log(Level.WARNING, "Event " + event.getEventId() + " on " + event.getDestination()
                    + " cannot be read for webhooks; no endpoint gets it", e);
            return null;
        }
    }

    private void insert(List<Row> rows) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                insert.setLong(1, row.subscription());
                insert.setString(2, row.envelope().eventId());
                insert.setString(3, row.envelope().topic().topicName());
                insert.setString(4, row.envelope().aggregate());
                insert.setString(5, row.envelope().json());
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(rows.size() + " webhook deliveries could not be written", e);
        }
    }

    /** Fired when a batch of deliveries is written: the dispatcher starts once it commits. */
    public record DeliveriesWritten() {
    }

    private record Row(long subscription, Envelope envelope) {
    }

    private record Envelope(String eventId, WebhookTopic topic, String aggregate, String json,
                            JsonObject properties, JsonObject data) {

        /**
         * Whether the subscription's filters let the event through: each filter applies to the events that carry
         * its attribute; the owner's own disabled endpoints go to the owner only.
         */
        boolean wantedBy(WebhookSubscription subscription) {
            if (topic == WebhookTopic.WEBHOOK_DISABLED) {
                return subscription.getClientId().equals(data.getString("clientId"));
            }
            return passes(subscription.getChannelFilter(), Headers.CHANNEL)
                    && passes(subscription.getLocationFilter(), topic == WebhookTopic.FULFILMENT_TASK ? "locationId"
                            : Headers.LOCATION_ID)
                    && passes(subscription.getSkuFilter(), Headers.SKU);
        }

        private boolean passes(String filter, String attribute) {
            if (filter == null) {
                return true;
            }
            String value = properties.containsKey(attribute) ? properties.getString(attribute)
                    : data.containsKey(attribute) && !data.isNull(attribute)
                    && data.get(attribute).getValueType() == JsonValue.ValueType.STRING
                    ? data.getString(attribute) : null;
            return value == null || value.equals(filter);
        }
    }
}
