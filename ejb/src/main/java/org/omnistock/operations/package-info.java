/**
 * Operations: the platform's own state, for the operators who run it, in {@code /metrics} (scope
 * {@code application}, Prometheus text or JSON; an operator over HTTPS, docs/security.md).
 *
 * <h2>Metrics</h2>
 * <ul>
 *   <li>{@code omnistock_outbox_backlog}, {@code omnistock_outbox_oldest_age_seconds}: events committed but not yet
 *       published, and how long the oldest has waited (the broker unreachable, or the relay behind);</li>
 *   <li>{@code omnistock_pos_sales_total{outcome=recorded|duplicate|dead_lettered}}: POS sales taken from the
 *       broker by what became of them;</li>
 *   <li>{@code omnistock_reservations_total{outcome=held|refused}}: reservation requests through the API, and
 *       {@code omnistock_reservations_open}: reservations holding stock now;</li>
 *   <li>{@code omnistock_group_commit_batch_size}: how many single-line reservations one transaction answered, and
 *       {@code omnistock_pos_sales_batch_size}: how many POS sales one transaction recorded.</li>
 * </ul>
 * Counters count since the server started, per server (Prometheus adds them up and takes rates); gauges are read
 * from the database when scraped, so every server reports the same backlog.
 */
package org.omnistock.operations;
