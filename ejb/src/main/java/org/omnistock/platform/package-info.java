/**
 * What every capability relies on and none owns: schema migration at start-up, the refusal a boundary raises when a
 * request breaks a business rule or the caller may not make it (or tried too often: {@code TOO_MANY}, 429 with
 * {@code Retry-After}), paged results, the telling of a
 * value the database refuses from a fault that may pass ({@link org.omnistock.platform.DatabaseRejection}), and the
 * claim that lets a scheduled job run on one server per period when several share the database
 * ({@link org.omnistock.platform.ScheduledRuns}), and the one way to hold in memory what nearly every request reads and
 * what seldom changes: at most a second old, read again here once this server's change commits and on the others
 * when they are told ({@link org.omnistock.platform.Recent}); the servers telling each other of such a change, or
 * of outbox events in partitions another publishes, through the broker's {@code omnistock.servers} topic
 * ({@link org.omnistock.platform.ServerSignals}: non-persistent hints, never the record); the retailer's currency
 * ({@link org.omnistock.platform.Retailer}); and a write sent again under an {@code Idempotency-Key} answered as the
 * first time ({@link org.omnistock.platform.Idempotent}); and the secrets the platform must use again (webhook signing
 * secrets, marketplace tokens) sealed with one AES-GCM key ({@link org.omnistock.platform.SecretBox}); and numbers
 * without gaps per series and year ({@link org.omnistock.platform.DocumentNumbers}: purchase orders, stores' receipts
 * and credit notes).
 */
package org.omnistock.platform;
