package org.omnistock.webhook.boundary;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.ClientView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.location.boundary.Locations;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.SecretBox;
import org.omnistock.webhook.control.WebhookFanOut;
import org.omnistock.webhook.control.WebhookTopic;
import org.omnistock.webhook.entity.WebhookAttempt;
import org.omnistock.webhook.entity.WebhookDelivery;
import org.omnistock.webhook.entity.WebhookSubscription;

/**
 * Webhook subscriptions, their deliveries and replays (webhook package documentation). An API client with
 * {@code read} manages its own; an admin everyone's. Another client's subscription is unknown to a client.
 */
@Stateless
public class Webhooks {

    /** How long a rotated secret keeps signing beside the new one. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    /** The most deliveries one range replay queues. */
    public static final int MAX_REPLAY = 10_000;
    private static final int SECRET_BYTES = 32;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource(lookup = "jdbc/omnistock")
    DataSource database;

    @Inject
    Access access;

    @Inject
    ApiClients clients;

    @Inject
    Channels channels;

    @Inject
    Locations locations;

    @Inject
    Skus skus;

    @Inject
    SecretBox secrets;

    @Inject
    Event<WebhookFanOut.DeliveriesWritten> written;

    @Inject
    Clock clock;

    /** The topics the caller may subscribe to; an admin sees every topic. */
    public List<String> topics() {
        Caller caller = manager();
        return WebhookTopic.readableNames(caller.scopes());
    }

    /**
     * A new subscription and its signing secret, shown in this answer only. One per endpoint URL and client, so a
     * create sent again is refused (409 {@code webhook-exists}) instead of sending every event twice.
     *
     * @throws Refusal INVALID {@code invalid-webhook-url}, {@code unknown-topic}, {@code topic-not-allowed},
     *                 {@code unknown-filter}, {@code unknown-client}; CONFLICT {@code webhook-exists}
     */
    public IssuedWebhookSecret create(@NotNull @Valid NewSubscription request) {
        Caller caller = manager();
        ClientView owner = owner(caller, request.clientId());
        Filters filters = filters(owner, request.channel(), request.location(), request.sku());
        List<String> topics = topics(owner, request.topics());
        String url = url(request.url());
        em.createNamedQuery(WebhookSubscription.LIST_OF_CLIENT, WebhookSubscription.class)
                .setParameter("clientId", owner.clientId()).getResultStream().filter(s -> s.getUrl().equals(url))
                .findFirst().ifPresent(s -> {
                    throw new Refusal(Refusal.Kind.CONFLICT, "webhook-exists", "API client " + owner.clientId()
                            + " already sends to " + url + ": subscription " + s.getCode()
                            + " (change its topics, or rotate its secret if it was lost)");
                });
        String secret = secrets.newSecret("whsec_", SECRET_BYTES);
        WebhookSubscription subscription = new WebhookSubscription("wh_" + UUID.randomUUID().toString()
                .replace("-", ""), owner.clientId(), url, topics, filters.channel(),
                filters.location(), filters.sku(), secrets.seal(secret), clock.instant());
        em.persist(subscription);
        em.flush();
        em.createNativeQuery("INSERT INTO webhook_lease (subscription_id) VALUES (?)")
                .setParameter(1, subscription.getId()).executeUpdate();
        return new IssuedWebhookSecret(SubscriptionView.of(subscription, 0), secret);
    }

    /** The caller's subscriptions; an admin's list is everyone's, or one client's when {@code clientId} is given. */
    public List<SubscriptionView> list(String clientId) {
        Caller caller = manager();
        List<WebhookSubscription> found;
        if (caller.has(Scopes.ADMIN) && clientId == null) {
            found = em.createNamedQuery(WebhookSubscription.LIST_ALL, WebhookSubscription.class).getResultList();
        } else {
            String owner = caller.has(Scopes.ADMIN) ? clientId : caller.name();
            found = em.createNamedQuery(WebhookSubscription.LIST_OF_CLIENT, WebhookSubscription.class)
                    .setParameter("clientId", owner).getResultList();
        }
        Map<Long, Long> pending = pendingCounts();
        return found.stream().map(s -> SubscriptionView.of(s, pending.getOrDefault(s.getId(), 0L))).toList();
    }

    public SubscriptionView get(String code) {
        WebhookSubscription subscription = require(code);
        return view(subscription);
    }

    public SubscriptionView change(String code, @NotNull @Valid SubscriptionChange request) {
        WebhookSubscription subscription = require(code);
        ClientView owner = Access.asSystem(() -> clients.findByClientId(subscription.getClientId())).orElseThrow(
                () -> unknown(code));
        Filters filters = filters(owner, request.channel(), request.location(), request.sku());
        subscription.change(url(request.url()), topics(owner, request.topics()), filters.channel(),
                filters.location(), filters.sku());
        return view(subscription);
    }

    /** A new secret, in this answer only; the previous one signs beside it for {@link #ROTATION_OVERLAP}. */
    public IssuedWebhookSecret rotateSecret(String code) {
        WebhookSubscription subscription = require(code);
        String secret = secrets.newSecret("whsec_", SECRET_BYTES);
        subscription.rotateSecret(secrets.seal(secret), clock.instant().plus(ROTATION_OVERLAP));
        return new IssuedWebhookSecret(view(subscription), secret);
    }

    /** Stops sending; pending deliveries wait, and new events are not queued for it while it is disabled. */
    public SubscriptionView disable(String code) {
        WebhookSubscription subscription = require(code);
        if (subscription.isActive()) {
            subscription.disable(clock.instant(), "disabled by " + access.caller());
        }
        return view(subscription);
    }

    /** Sends again: what waited goes now, oldest first. */
    public SubscriptionView enable(String code) {
        WebhookSubscription subscription = require(code);
        if (!subscription.isActive()) {
            subscription.enable();
            em.flush();
            Timestamp now = Timestamp.from(clock.instant());
            em.createNativeQuery("UPDATE webhook_subscription SET resume_at = NULL WHERE id = ?")
                    .setParameter(1, subscription.getId()).executeUpdate();
            em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = ? WHERE subscription_id = ? "
                    + "AND status = 'PENDING'").setParameter(1, now).setParameter(2, subscription.getId())
                    .executeUpdate();
            written.fire(new WebhookFanOut.DeliveriesWritten());
        }
        return view(subscription);
    }

    /** The subscription, its deliveries and their attempts are gone. */
    public void delete(String code) {
        WebhookSubscription subscription = require(code);
        em.createNativeQuery("DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM webhook_delivery "
                + "WHERE subscription_id = ?)").setParameter(1, subscription.getId()).executeUpdate();
        em.createNativeQuery("DELETE FROM webhook_delivery WHERE subscription_id = ?")
                .setParameter(1, subscription.getId()).executeUpdate();
        em.createNativeQuery("DELETE FROM webhook_lease WHERE subscription_id = ?")
                .setParameter(1, subscription.getId()).executeUpdate();
        em.remove(subscription);
    }

    /** Deliveries created in {@code [from, to)}, newest first; {@code status} narrows them. */
    public Page<DeliveryView> deliveries(String code, String status, Instant from, Instant to, int page, int size) {
        WebhookSubscription subscription = require(code);
        List<WebhookDelivery.Status> wanted = status == null ? List.of(WebhookDelivery.Status.values())
                : List.of(deliveryStatus(status));
        Instant since = from == null ? Instant.EPOCH : from;
        Instant until = to == null ? clock.instant().plusSeconds(1) : to;
        List<DeliveryView> items = em.createNamedQuery(WebhookDelivery.OF_SUBSCRIPTION, WebhookDelivery.class)
                .setParameter("subscription", subscription.getId()).setParameter("from", since)
                .setParameter("to", until).setParameter("statuses", wanted)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultStream()
                .map(DeliveryView::of).toList();
        long total = em.createNamedQuery(WebhookDelivery.COUNT_OF_SUBSCRIPTION, Long.class)
                .setParameter("subscription", subscription.getId()).setParameter("from", since)
                .setParameter("to", until).setParameter("statuses", wanted).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    public DeliveryDetail delivery(String code, long id) {
        WebhookDelivery delivery = requireDelivery(require(code), id);
        List<DeliveryDetail.Attempt> attempts = em.createNamedQuery(WebhookAttempt.OF_DELIVERY,
                        WebhookAttempt.class).setParameter("delivery", id).getResultStream()
                .map(a -> new DeliveryDetail.Attempt(a.getAttemptedAt(), a.getDurationMs(), a.getStatusCode(),
                        a.getError())).toList();
        return new DeliveryDetail(DeliveryView.of(delivery), delivery.getBody(), attempts);
    }

    /** The delivery's envelope once more, as a new delivery behind what is already queued. */
    public DeliveryView replay(String code, long id) {
        WebhookSubscription subscription = require(code);
        WebhookDelivery original = requireDelivery(subscription, id);
        Replayed replayed = queueReplays(subscription, List.of(original));
        return DeliveryView.of(em.find(WebhookDelivery.class, replayed.firstId()));
    }

    /** Every original delivery created in the range, again, in their order (at most {@link #MAX_REPLAY}). */
    public Replayed replay(String code, @NotNull @Valid ReplayRange range) {
        WebhookSubscription subscription = require(code);
        if (!range.from().isBefore(range.to())) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-range", "from must be before to");
        }
        List<WebhookDelivery> originals = em.createNamedQuery(WebhookDelivery.ORIGINALS_BETWEEN,
                        WebhookDelivery.class).setParameter("subscription", subscription.getId())
                .setParameter("from", range.from()).setParameter("to", range.to()).setMaxResults(MAX_REPLAY + 1)
                .getResultList();
        if (originals.size() > MAX_REPLAY) {
            throw new Refusal(Refusal.Kind.INVALID, "replay-too-large", "the range holds more than " + MAX_REPLAY
                    + " deliveries: replay it in parts");
        }
        return queueReplays(subscription, originals);
    }

    private Replayed queueReplays(WebhookSubscription subscription, List<WebhookDelivery> originals) {
        if (originals.isEmpty()) {
            return new Replayed(0, null, null);
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (subscription_id, "
                     + "event_id, topic, aggregate_key, body, status, attempts, next_attempt_at, created_at, "
                     + "replay_of) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")) {
            for (WebhookDelivery original : originals) {
                insert.setLong(1, subscription.getId());
                insert.setString(2, original.getEventId());
                insert.setString(3, original.getTopic());
                insert.setString(4, original.getAggregateKey());
                insert.setString(5, original.getBody());
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.setLong(8, original.getId());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("replays could not be queued", e);
        }
        Object[] ids = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM webhook_delivery "
                        + "WHERE subscription_id = ? AND created_at = ? AND replay_of IS NOT NULL")
                .setParameter(1, subscription.getId()).setParameter(2, now).getSingleResult();
        written.fire(new WebhookFanOut.DeliveriesWritten());
        return new Replayed(originals.size(), ((Number) ids[0]).longValue(), ((Number) ids[1]).longValue());
    }

    /** A client with {@code read} (its own), or an admin (anyone's). */
    private Caller manager() {
        Caller caller = access.caller();
        if (caller.has(Scopes.ADMIN) || caller.kind() == Caller.Kind.CLIENT && caller.has(Scopes.READ)
                || caller.kind() == Caller.Kind.SYSTEM) {
            return caller;
        }
        throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden", caller + " may not manage webhooks: an API client "
                + "with the scope read manages its own, an admin everyone's");
    }

    private ClientView owner(Caller caller, String clientId) {
        if (caller.kind() == Caller.Kind.CLIENT && !caller.has(Scopes.ADMIN)) {
            if (clientId != null && !clientId.equals(caller.name())) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden", caller + " may subscribe for itself only");
            }
            clientId = caller.name();
        } else if (clientId == null) {
            clientId = caller.kind() == Caller.Kind.CLIENT ? caller.name() : null;
        }
        String id = clientId;
        if (id == null) {
            throw new Refusal(Refusal.Kind.INVALID, "client-required", "name the API client the subscription "
                    + "belongs to (clientId)");
        }
        ClientView owner = Access.asSystem(() -> clients.findByClientId(id)).orElseThrow(() -> new Refusal(
                Refusal.Kind.INVALID, "unknown-client", "there is no API client " + id));
        if (!owner.enabled()) {
            throw new Refusal(Refusal.Kind.INVALID, "client-disabled", "API client " + id + " is disabled");
        }
        return owner;
    }

    private static List<String> topics(ClientView owner, List<String> names) {
        Set<String> topics = new LinkedHashSet<>();
        Set<String> scopes = Set.copyOf(owner.scopes());
        for (String name : names) {
            WebhookTopic topic = WebhookTopic.named(name).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                    "unknown-topic", "there is no topic " + name + "; there are "
                    + WebhookTopic.readableNames(Scopes.ALL)));
            if (!topic.readableWith(scopes)) {
                throw new Refusal(Refusal.Kind.INVALID, "topic-not-allowed", "API client " + owner.clientId()
                        + " may not read " + name + " with its scopes " + owner.scopes());
            }
            topics.add(topic.topicName());
        }
        return List.copyOf(topics);
    }

    private record Filters(String channel, String location, String sku) {
    }

    /** The filters asked for, checked; a client bound to a channel or a store gets that one, whatever it asks. */
    private Filters filters(ClientView owner, String channel, String location, String sku) {
        if (owner.channel() != null) {
            channel = owner.channel();
        }
        if (owner.location() != null) {
            location = owner.location();
        }
        String c = channel;
        String l = location;
        String k = sku;
        Access.asSystem(() -> {
            if (c != null && channels.findByCode(c).isEmpty()) {
                throw unknownFilter("channel", c);
            }
            if (l != null && locations.find(l).isEmpty()) {
                throw unknownFilter("location", l);
            }
            if (k != null && skus.find(k).isEmpty()) {
                throw unknownFilter("SKU", k);
            }
        });
        return new Filters(channel, location, sku);
    }

    private static Refusal unknownFilter(String what, String code) {
        return new Refusal(Refusal.Kind.INVALID, "unknown-filter", "the filter names no " + what + ": " + code);
    }

    /** HTTPS anywhere, or plain HTTP to this machine only; no user and password in it. */
    private static String url(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw invalidUrl(text, "it is not a URL");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw invalidUrl(text, "it needs a host, and no user, password or fragment");
        }
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return uri.toString();
        }
        if ("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost())) {
            return uri.toString();
        }
        throw invalidUrl(text, "it must be https (http only to localhost, for development)");
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Refusal invalidUrl(String url, String why) {
        return new Refusal(Refusal.Kind.INVALID, "invalid-webhook-url", "the endpoint " + url + " cannot be used: "
                + why);
    }

    private static WebhookDelivery.Status deliveryStatus(String status) {
        try {
            return WebhookDelivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-status", "a delivery is PENDING, DELIVERED or FAILED, "
                    + "not " + status);
        }
    }

    /** The subscription if the caller may see it; another client's is unknown to a client. */
    private WebhookSubscription require(String code) {
        Caller caller = manager();
        WebhookSubscription subscription = em.createNamedQuery(WebhookSubscription.FIND_BY_CODE,
                        WebhookSubscription.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> unknown(code));
        if (!caller.has(Scopes.ADMIN) && caller.kind() != Caller.Kind.SYSTEM
                && !subscription.getClientId().equals(caller.name())) {
            throw unknown(code);
        }
        return subscription;
    }

    private WebhookDelivery requireDelivery(WebhookSubscription subscription, long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null || !delivery.getSubscriptionId().equals(subscription.getId())) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-delivery", "subscription " + subscription.getCode()
                    + " has no delivery " + id);
        }
        return delivery;
    }

    private static Refusal unknown(String code) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-webhook", "there is no webhook subscription " + code);
    }

    private SubscriptionView view(WebhookSubscription subscription) {
        long pending = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = ? "
                + "AND status = 'PENDING'").setParameter(1, subscription.getId()).getSingleResult()).longValue();
        return SubscriptionView.of(subscription, pending);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> pendingCounts() {
        Map<Long, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT subscription_id, COUNT(*) FROM webhook_delivery "
                + "WHERE status = 'PENDING' GROUP BY subscription_id").getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
