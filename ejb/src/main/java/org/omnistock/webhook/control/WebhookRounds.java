package org.omnistock.webhook.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.webhook.WebhookDisabled;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.platform.SecretBox;
import org.omnistock.platform.Servers;
import org.omnistock.webhook.entity.WebhookSubscription;

/**
 * The database side of the dispatcher's lanes, each call its own transaction (the lanes run on executor threads
 * with none): who sends for which subscription (a lease), what a round sends, and what came of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookRounds {

    private static final Logger LOG = Logger.getLogger(WebhookRounds.class.getName());
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final int ERROR_LENGTH = 500;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource(lookup = "jdbc/omnistock")
    DataSource database;

    @Inject
    SecretBox secrets;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.backoff.first", defaultValue = "PT5S")
    Duration firstBackoff;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.backoff.longest", defaultValue = "PT1H")
    Duration longestBackoff;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.retry-for", defaultValue = "P3D")
    Duration retryFor;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.disable-after", defaultValue = "P3D")
    Duration disableAfter;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.keep-for", defaultValue = "P30D")
    Duration keepFor;

    /** One pending delivery as a round sends it. */
    public record Pending(long id, String aggregate, String body, int attempts, Instant createdAt) {
    }

    /** What a round sends where, and with which secrets it signs. */
    public record Round(String url, List<String> secrets, List<Pending> deliveries) {
    }

    /** What came of one attempt. {@code status} is null when no answer came. */
    public record Outcome(Pending delivery, Instant at, int durationMs, Integer status, String error,
                          Duration retryAfter) {
    }

    /**
     * Takes the lease of every active subscription with a due delivery that no other live server holds.
     *
     * @return the subscriptions this server now sends for
     */
    @SuppressWarnings("unchecked")
    public List<Long> claimDue() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> due = em.createNativeQuery("SELECT s.id FROM webhook_subscription s JOIN webhook_lease l ON "
                        + "l.subscription_id = s.id WHERE s.status = 'ACTIVE' AND (s.resume_at IS NULL OR "
                        + "s.resume_at <= ?) AND (l.lease_until IS NULL OR l.lease_until < ? OR l.leased_by = ?) "
                        + "AND EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id "
                        + "AND d.status = 'PENDING' AND d.next_attempt_at <= ?)")
                .setParameter(1, now).setParameter(2, now).setParameter(3, Servers.THIS).setParameter(4, now)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Object id : due) {
            long subscription = ((Number) id).longValue();
            if (lease(subscription, now, true)) {
                claimed.add(subscription);
            }
        }
        return claimed;
    }

    /**
     * The next deliveries to send: due, pending, in id order, none behind an earlier delivery of its aggregate that
     * waits for a retry. Renews the lease; null when the lease was lost or the subscription is no longer active.
     */
    @SuppressWarnings("unchecked")
    public Round next(long subscriptionId, int max) {
        Timestamp now = Timestamp.from(clock.instant());
        if (!lease(subscriptionId, now, false)) {
            return null;
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        if (subscription == null || !subscription.isActive()) {
            return null;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.aggregate_key, d.body, d.attempts, d.created_at "
                        + "FROM webhook_delivery d WHERE d.subscription_id = ? AND d.status = 'PENDING' "
                        + "AND d.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM webhook_delivery e "
                        + "WHERE e.subscription_id = d.subscription_id AND e.aggregate_key = d.aggregate_key "
                        + "AND e.status = 'PENDING' AND e.id < d.id AND e.next_attempt_at > ?) ORDER BY d.id")
                .setParameter(1, subscriptionId).setParameter(2, now).setParameter(3, now).setMaxResults(max)
                .getResultList();
        List<Pending> deliveries = rows.stream().map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Timestamp) r[4]).toInstant())).toList();
        return new Round(subscription.getUrl(), signingSecrets(subscription, now.toInstant()), deliveries);
    }

    /**
     * Records a round's attempts and what they mean for each delivery and for the endpoint: a success clears its
     * failing streak; a streak longer than {@code omnistock.webhooks.disable-after} disables it and tells its owner.
     */
    public void record(long subscriptionId, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant lastSuccess = null;
        Instant firstFailure = null;
        WebhookRetries retries = new WebhookRetries(firstBackoff, longestBackoff, retryFor);
        try (Connection connection = database.getConnection();
             PreparedStatement attempt = connection.prepareStatement("INSERT INTO webhook_attempt (delivery_id, "
                     + "attempted_at, duration_ms, status_code, error) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET status = ?, "
                     + "attempts = attempts + 1, next_attempt_at = ?, finished_at = ?, last_status = ?, "
                     + "last_error = ? WHERE id = ? AND status = 'PENDING'")) {
            for (Outcome outcome : outcomes) {
                Timestamp at = Timestamp.from(outcome.at());
                String error = outcome.error() == null ? null : truncate(outcome.error());
                attempt.setLong(1, outcome.delivery().id());
                attempt.setTimestamp(2, at);
                attempt.setInt(3, outcome.durationMs());
                setInteger(attempt, 4, outcome.status());
                attempt.setString(5, error);
                attempt.addBatch();

                WebhookRetries.Verdict verdict = WebhookRetries.verdict(outcome.status());
                Instant next = null;
                if (verdict == WebhookRetries.Verdict.RETRY) {
                    next = retries.nextAttempt(outcome.delivery().attempts() + 1, now,
                            outcome.delivery().createdAt(), outcome.retryAfter(), ThreadLocalRandom.current());
                    if (next == null) {
                        verdict = WebhookRetries.Verdict.FAILED;
                        error = truncate("given up after " + (outcome.delivery().attempts() + 1) + " attempts over "
                                + retryFor + (error == null ? "" : ": " + error));
                    }
                }
                if (verdict == WebhookRetries.Verdict.DELIVERED) {
                    lastSuccess = outcome.at();
                } else if (firstFailure == null) {
                    firstFailure = outcome.at();
                }
                update.setString(1, verdict == WebhookRetries.Verdict.RETRY ? "PENDING" : verdict.name());
                update.setTimestamp(2, Timestamp.from(next == null ? now : next));
                update.setTimestamp(3, verdict == WebhookRetries.Verdict.RETRY ? null : Timestamp.from(now));
                setInteger(update, 4, outcome.status());
                update.setString(5, error);
                update.setLong(6, outcome.delivery().id());
                update.addBatch();
            }
            attempt.executeBatch();
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("a round of webhook attempts could not be recorded", e);
        }
        if (lastSuccess != null) {
            em.createNativeQuery("UPDATE webhook_subscription SET last_success_at = ?, failing_since = NULL, "
                    + "resume_at = NULL WHERE id = ?").setParameter(1, Timestamp.from(lastSuccess))
                    .setParameter(2, subscriptionId).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE webhook_subscription SET last_failure_at = ?, failing_since = "
                    + "COALESCE(failing_since, ?) WHERE id = ?").setParameter(1, Timestamp.from(now))
                    .setParameter(2, Timestamp.from(firstFailure)).setParameter(3, subscriptionId).executeUpdate();
            if (!disableIfFailingTooLong(subscriptionId, now)) {
                pause(subscriptionId, retries, now);
            }
        }
    }

    /**
     * Deletes the deliveries settled longer ago than {@code omnistock.webhooks.keep-for}, with their attempts;
     * pending ones are kept however old.
     */
    public void purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(keepFor));
        int attempts = em.createNativeQuery("DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM "
                + "webhook_delivery WHERE status <> 'PENDING' AND finished_at < ?)").setParameter(1, before)
                .executeUpdate();
        int deliveries = em.createNativeQuery("DELETE FROM webhook_delivery WHERE status <> 'PENDING' "
                + "AND finished_at < ?").setParameter(1, before).executeUpdate();
        LOG.fine(() -> deliveries + " webhook deliveries and " + attempts + " attempts purged");
    }

    /** Gives the lease up: the next wake-up of any server may take it. */
    public void release(long subscriptionId) {
        em.createNativeQuery("UPDATE webhook_lease SET leased_by = NULL, lease_until = NULL WHERE subscription_id = ? "
                + "AND leased_by = ?").setParameter(1, subscriptionId).setParameter(2, Servers.THIS).executeUpdate();
    }

    /**
     * An endpoint whose whole round failed is left alone for a while, like a circuit breaker that opens: half as
     * long as it has been failing, between the first and the longest backoff, so a dead endpoint costs a few
     * attempts now and then rather than one per due delivery.
     */
    private void pause(long subscriptionId, WebhookRetries retries, Instant now) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        Instant resumeAt = retries.resumeAfterFailedRound(subscription.getFailingSince(), now,
                ThreadLocalRandom.current());
        em.createNativeQuery("UPDATE webhook_subscription SET resume_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(resumeAt)).setParameter(2, subscriptionId).executeUpdate();
    }

    private boolean disableIfFailingTooLong(long subscriptionId, Instant now) {
        String reason = "every attempt failed for longer than " + disableAfter;
        int disabled = em.createNativeQuery("UPDATE webhook_subscription SET status = 'DISABLED', disabled_at = ?, "
                        + "disabled_reason = ?, version = version + 1 WHERE id = ? AND status = 'ACTIVE' "
                        + "AND failing_since <= ?").setParameter(1, Timestamp.from(now)).setParameter(2, reason)
                .setParameter(3, subscriptionId).setParameter(4, Timestamp.from(now.minus(disableAfter)))
                .executeUpdate();
        if (disabled == 1) {
            WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
            em.refresh(subscription);
            LOG.warning(() -> "Webhook " + subscription.getCode() + " of API client " + subscription.getClientId()
                    + " (" + subscription.getUrl() + ") disabled: " + reason);
            String eventId = UUID.randomUUID().toString();
            WebhookDisabled event = new WebhookDisabled(WebhookDisabled.SCHEMA_VERSION, eventId,
                    subscription.getCode(), subscription.getClientId(), subscription.getUrl(), reason,
                    subscription.getFailingSince(), now);
            outbox.enqueue(new OutgoingEvent(Destinations.WEBHOOK_DISABLED, true, WebhookDisabled.EVENT_TYPE,
                    eventId, Map.of(), JsonCodec.toJson(event), "webhook:" + subscription.getCode()));
        }
        return disabled == 1;
    }

    /** The current secret, and the one it replaced while that still signs. */
    private List<String> signingSecrets(WebhookSubscription subscription, Instant now) {
        List<String> signing = new ArrayList<>(List.of(secrets.open(subscription.getSecret())));
        if (subscription.getPreviousSecret() != null && subscription.getPreviousSecretUntil() != null
                && now.isBefore(subscription.getPreviousSecretUntil())) {
            signing.add(secrets.open(subscription.getPreviousSecret()));
        }
        return signing;
    }

    /** Takes the lease (when it is free, expired or ours) or, when {@code take} is false, renews ours. */
    private boolean lease(long subscriptionId, Timestamp now, boolean take) {
        Timestamp until = Timestamp.from(now.toInstant().plus(LEASE));
        if (!take) {
            return em.createNativeQuery("UPDATE webhook_lease SET lease_until = ? WHERE subscription_id = ? "
                            + "AND leased_by = ?").setParameter(1, until).setParameter(2, subscriptionId)
                    .setParameter(3, Servers.THIS).executeUpdate() == 1;
        }
        return em.createNativeQuery("UPDATE webhook_lease SET leased_by = ?, lease_until = ? WHERE subscription_id = ? "
                        + "AND (lease_until IS NULL OR lease_until < ? OR leased_by = ?)")
                .setParameter(1, Servers.THIS).setParameter(2, until).setParameter(3, subscriptionId)
                .setParameter(4, now).setParameter(5, Servers.THIS).executeUpdate() == 1;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String truncate(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
