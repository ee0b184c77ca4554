/**
 * The transactional outbox: how events leave Omnistock.
 *
 * <p>A capability that changes state writes its event with {@link org.omnistock.outbox.control.Outbox#enqueue} in
 * the same transaction. A rolled-back change therefore never has an event, and a committed one always has. After
 * commit, the {@link org.omnistock.outbox.control.OutboxRelay relay} is woken and sends pending events to Artemis in
 * id order, a batch in one local broker transaction committed before the database transaction that marks them
 * published. A sweep every two seconds retries what could not be sent, e.g. while the broker was down. Each message
 * carries its event id as Artemis' duplicate-detection id, so an event sent again after a crash between the two
 * commits is dropped by the broker; a batch holding such an event, which Artemis refuses whole, is sent again one
 * event at a time. A batch is marked published in one statement.
 *
 * <p>The transaction that marks a batch published fires {@link org.omnistock.outbox.control.EventsPublished} with
 * it, so a capability above can act on each published event once, in the relay's order, in that transaction: the
 * webhook fan-out writes its deliveries there. Such an observer must not refuse what a retry cannot mend: it would
 * hold every event behind it.
 *
 * <p>Every server has a relay; they take turns, batch by batch, through the one row of {@code outbox_relay}, so
 * each event is published by one server and in id order. A transaction's events are written in one batch just
 * before it commits, each id taken from a database sequence by the insert: after every lock of the transaction, so
 * id order is commit order for any one stock level or price list.
 */
package org.omnistock.outbox;
