/**
 * Webhooks: the platform's events, signed and delivered over HTTPS to the endpoints API clients subscribe.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.webhook.entity.WebhookSubscription Subscription}: belongs to one API client; an HTTPS
 *       URL (plain HTTP only to the machine itself, for development), the topics it wants and optional filters
 *       (channel, location, SKU). A filter applies to the events that carry its attribute: a SKU filter narrows
 *       stock, channel stock and wish notices, and lets prices through. A client bound to a channel or a store has
 *       that channel or store as its filter, whatever it asks. States {@code ACTIVE -> DISABLED -> ACTIVE}. Its
 *       signing secret is generated here, shown once (on creation and rotation), and kept encrypted
 *       ({@link org.omnistock.platform.SecretBox}); while a secret is rotated the previous one signs as well for
 *       24 hours, so a receiver can change its configuration without missing an event.</li>
 *   <li>{@link org.omnistock.webhook.entity.WebhookDelivery Delivery}: one event for one subscription, its envelope
 *       fixed when it is created. {@code PENDING -> DELIVERED}, or {@code PENDING -> FAILED} (refused with a 4xx other
 *       than 408 and 429, or still failing when its retry period ran out). A replay is a new delivery of the same
 *       envelope (same event id), pointing at the one it replays.</li>
 *   <li>{@link org.omnistock.webhook.entity.WebhookAttempt Attempt}: one HTTP request of a delivery: when, how long,
 *       the status code or the error.</li>
 * </ul>
 *
 * <h2>Topics</h2>
 * Every event on the broker is a topic ({@link org.omnistock.webhook.control.WebhookTopics}): {@code stock.changed},
 * {@code channel-stock.changed}, {@code prices.changed}, {@code promotion.changed}, {@code sku.changed},
 * {@code order.changed}, {@code fulfilment.task}; with {@code customers:read} also {@code customer.changed} and
 * {@code customer.wish}; with {@code books:read} also {@code journal.posted}; and {@code webhook.disabled}, which
 * goes to the owner's own endpoints only. What a client's scopes let it read is the one rule its broker user follows
 * too ({@link org.omnistock.access.entity.EventAccess}).
 *
 * <h2>The envelope and its signature</h2>
 * The body is {@code {"id", "type", "occurredAt", "aggregate", "sequence", "data"}}: the event id (the same on a
 * retry or a replay, so a receiver drops what it has), the topic, when it happened, the aggregate it belongs to
 * ({@code stock:SKU@LOCATION}, {@code order:NUMBER}, ...), that aggregate's sequence (null where the event has none)
 * and the event as the broker carries it. Headers: {@code Omnistock-Webhook-Id} (the delivery),
 * {@code Omnistock-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>]}, each v1 the HMAC-SHA256 of
 * {@code <t>.<body>} under one active secret. A receiver recomputes it over the raw body, compares in constant time
 * and refuses a t more than five minutes from its clock (docs/webhooks.md, in Java and Python).
 *
 * <h2>How events become deliveries</h2>
 * Webhooks read the same events as the broker: the outbox relay publishes a batch and, in the same database
 * transaction that marks it published, fires {@link org.omnistock.outbox.control.EventsPublished}; the
 * {@link org.omnistock.webhook.control.WebhookFanOut fan-out} writes a delivery for every active subscription that
 * wants the event. Ids follow the relay's order, which is commit order per aggregate; an event is fanned out once
 * because its batch is marked published once.
 *
 * <h2>Sending: at least once, in order per aggregate, no endpoint slowing another</h2>
 * {@link org.omnistock.webhook.control.WebhookDispatcher} runs one lane per subscription, on the server that holds
 * the subscription's lease (30 s, renewed by every round; a dead server's lanes move within that). A round takes
 * the due pending deliveries in id order, leaving out any whose aggregate has an earlier delivery waiting for a
 * retry, and sends each aggregate's chain in order, several aggregates at once (four requests per endpoint at
 * most); a chain stops at its first failure. Requests go through MicroProfile Rest Client with connect and read
 * timeouts, so a slow endpoint holds its own lane's threads and nothing else; the relay and every other lane go on.
 * <ul>
 *   <li>2xx: delivered. 408, 429, 5xx, a timeout or a refused connection: retried after an exponential backoff with
 *       jitter (5 s doubling to one hour, a 429's Retry-After if longer) until three days after the delivery was
 *       created, then failed. Any other answer: failed at once, and the aggregate's next delivery goes.</li>
 *   <li>An endpoint that has answered nothing but failures for {@code omnistock.webhooks.disable-after} (three days)
 *       is disabled with its reason; a {@code webhook.disabled} event tells the owner (their other endpoints; on
 *       the broker, operators) and the back office shows it. Its pending deliveries wait; enabling it again sends
 *       them, oldest first. Events of the time it is disabled are not queued for it.</li>
 *   <li>Deliveries and their attempts are kept {@code omnistock.webhooks.keep-for} (30 days) and listed by the API and
 *       the back office; one delivery, or every delivery of a time range, can be replayed to its endpoint.</li>
 * </ul>
 *
 * <h2>Who may do what</h2>
 * An API client with {@code read} manages its own subscriptions; an admin anyone's. Another client's subscription
 * is "unknown" to a client, as if it did not exist.
 */
package org.omnistock.webhook;
