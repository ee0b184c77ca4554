/**
 * The transactional outbox: how events leave Omnistock.
 *
 * <p>A capability that changes state writes its event with {@link org.omnistock.outbox.control.Outbox#enqueue} in
 * the same transaction. A rolled-back change therefore never has an event, and a committed one always has. After
 * commit, the {@link org.omnistock.outbox.control.OutboxRelay relay} that holds the events' partitions is woken and
 * sends them to Artemis in id order, a batch in one local broker transaction committed before the database
 * transaction that marks them published. A sweep every two seconds retries what could not be sent, e.g. while the
 * broker was down. Each message carries its event id as Artemis' duplicate-detection id, so an event sent again
 * after a crash between the two commits is dropped by the broker; a batch holding such an event, which Artemis
 * refuses whole, is sent again one event at a time. A batch is marked published in one statement.
 *
 * <p>The transaction that marks a batch published fires {@link org.omnistock.outbox.control.EventsPublished} with
 * it, so a capability above can act on each published event once, in its aggregate's order, in that transaction:
 * the webhook fan-out writes its deliveries there, under the aggregate the event's producer named. Such an observer
 * must not refuse what a retry cannot mend: it would hold every event behind it.
 *
 * <h2>Partitions: several servers publish at once, each aggregate in order</h2>
 * Every event names its aggregate ({@code stock:SKU@LOCATION}, {@code order:NUMBER}, {@code price-list:CODE}, ...;
 * {@link org.omnistock.outbox.control.OutgoingEvent#aggregate()}), and the aggregate's hash puts it in one of 16
 * partitions ({@link org.omnistock.outbox.control.OutboxPartitions}). Each partition is published by the one server
 * that holds its lease in {@code outbox_partition}:
 * <ul>
 *   <li><b>Batches.</b> A relay's batch locks the rows of the partitions its server holds (one update) from before
 *       it reads their pending events until it marks them published, and reads only those partitions' events in
 *       id order. A transaction's events are written in one batch just before it commits, each id taken from a
 *       database sequence by the insert, after every lock of the transaction: id order is commit order for any one
 *       aggregate, so each aggregate's events leave in the order they committed.</li>
 *   <li><b>Leases.</b> Every two seconds a relay renews its leases (six seconds) and writes that its server is alive
 *       ({@code outbox_server}); it then gives up partitions beyond its share (16 divided by the servers seen within
 *       a lease, rounded up) or takes free ones up to it, one row per transaction. A server taking a partition waits
 *       for the lock of a batch still running there, so a partition is never published by two servers at once and
 *       never out of order. A server that stops gives its partitions up; one killed loses them when its lease runs
 *       out, and its open batch ended with its database connection. A partition's next owner sends what was not
 *       marked published; the broker drops what it already had (duplicate ids).</li>
 *   <li><b>Waking the owner.</b> After commit, a transaction's events wake its own server's relay for the
 *       partitions it holds, and the others' through a signal on the servers' topic
 *       ({@link org.omnistock.platform.ServerSignals}), coalesced while one is being sent; the sweep every two
 *       seconds covers a lost signal.</li>
 * </ul>
 * Events pending when V50 added partitions were put in partition 0 under one aggregate of their own: upgrade with
 * the outbox drained if their order relative to newer events of the same aggregate matters. The number of partitions
 * is fixed by the rows of {@code outbox_partition} and {@link org.omnistock.outbox.control.OutboxPartitions#COUNT}:
 * changing it moves aggregates between partitions, so only with the outbox drained.
 */
package org.omnistock.outbox;
