package org.omnistock.webhook.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;


/**
 * Sends one subscription's deliveries, round after round, while this server holds its lease (webhook package
 * documentation). A round's deliveries are grouped by aggregate into chains sent in order; up to
 * {@link #PARALLEL} chains at once; a chain stops at its first failure, and the round stops taking chains once
 * {@link #PARALLEL} attempts have failed and none succeeded (the endpoint is down: why knock on every door).
 */
final class WebhookLane {

    static final int PARALLEL = 4;
    private static final int ROUND_SIZE = 500;
    private static final String USER_AGENT = "Omnistock-Webhooks/1";
    private static final int ANSWER_IN_ERROR = 200;

    private final long subscriptionId;
    private final WebhookRounds rounds;
    private final Executor executor;
    private final Clock clock;
    private final Function<String, WebhookEndpoint> endpoints;
    /** Set when events arrive for the subscription while this lane runs, so it looks once more before it stops. */
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookLane(long subscriptionId, WebhookRounds rounds, Executor executor, Clock clock,
                Function<String, WebhookEndpoint> endpoints) {
        this.subscriptionId = subscriptionId;
        this.rounds = rounds;
        this.executor = executor;
        this.clock = clock;
        this.endpoints = endpoints;
    }

    void poke() {
        again.set(true);
    }

    /** Rounds until nothing is due, the endpoint fails a whole round, or the lease is lost. */
    void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WebhookRounds.Round round = rounds.next(subscriptionId, ROUND_SIZE);
                if (round == null) {
                    break;
                }
                if (round.deliveries().isEmpty()) {
                    if (again.getAndSet(false)) {
                        continue;
                    }
                    break;
                }
                List<WebhookRounds.Outcome> outcomes = send(round);
                rounds.record(subscriptionId, outcomes);
                if (outcomes.stream().noneMatch(o -> WebhookRetries.verdict(o.status())
                        == WebhookRetries.Verdict.DELIVERED)) {
                    break;
                }
            }
        } finally {
            rounds.release(subscriptionId);
        }
    }

    private List<WebhookRounds.Outcome> send(WebhookRounds.Round round) {
        WebhookEndpoint client = endpoints.apply(round.url());
        Map<String, List<WebhookRounds.Pending>> byAggregate = new LinkedHashMap<>();
        for (WebhookRounds.Pending delivery : round.deliveries()) {
            byAggregate.computeIfAbsent(delivery.aggregate(), a -> new ArrayList<>()).add(delivery);
        }
        Queue<List<WebhookRounds.Pending>> chains = new ConcurrentLinkedQueue<>(byAggregate.values());
        List<WebhookRounds.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger settled = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // A round ends in time to renew the lease, however slow the endpoint.
        long deadline = System.nanoTime() + WebhookRounds.LEASE.toNanos() / 3;
        Runnable worker = () -> {
            List<WebhookRounds.Pending> chain;
            while (System.nanoTime() < deadline && (settled.get() > 0 || failed.get() < PARALLEL)
                    && (chain = chains.poll()) != null) {
                for (WebhookRounds.Pending delivery : chain) {
                    WebhookRounds.Outcome outcome = attempt(client, round.secrets(), delivery);
                    outcomes.add(outcome);
                    if (WebhookRetries.verdict(outcome.status()) == WebhookRetries.Verdict.RETRY) {
                        failed.incrementAndGet();
                        break;
                    }
                    settled.incrementAndGet();
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                }
            }
        };
        int helpers = Math.min(PARALLEL, byAggregate.size()) - 1;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            running.add(CompletableFuture.runAsync(worker, executor));
        }
        worker.run();
        running.forEach(CompletableFuture::join);
        return new ArrayList<>(outcomes);
    }

    private WebhookRounds.Outcome attempt(WebhookEndpoint client, List<String> secrets,
                                          WebhookRounds.Pending delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String signature = WebhookSignature.header(at.getEpochSecond(), delivery.body(), secrets);
        Integer status = null;
        String error = null;
        Duration retryAfter = null;
        try (Response response = client.deliver(String.valueOf(delivery.id()), signature, USER_AGENT,
                delivery.body())) {
            status = response.getStatus();
            if (status >= 300) {
                error = "HTTP " + status + answer(response);
            }
        } catch (WebApplicationException e) {
            // What the client's default exception mapper makes of an answer of 400 or more.
            Response response = e.getResponse();
            status = response.getStatus();
            retryAfter = retryAfter(response.getHeaderString("Retry-After"));
            error = "HTTP " + status + answer(response);
        } catch (ProcessingException e) {
            error = describe(e);
        }
        int millis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return new WebhookRounds.Outcome(delivery, at, millis, status, error, retryAfter);
    }

    private static String answer(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return body.isBlank() ? "" : ": " + (body.length() > ANSWER_IN_ERROR
                    ? body.substring(0, ANSWER_IN_ERROR) + "…" : body);
        } catch (ProcessingException | IllegalStateException e) {
            return "";
        }
    }

    /** The innermost cause says what happened: "Connection refused", "Read timed out". */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Retry-After in seconds (what endpoints send; an HTTP date is read as no hint). */
    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
