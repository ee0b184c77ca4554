/**
 * The transactional outbox: how events leave Omnistock.
 *
 * <p>A capability that changes state writes its event with {@link org.omnistock.outbox.control.Outbox#enqueue} in
 * the same transaction. A rolled-back change therefore never has an event, and a committed one always has. After
 * commit, the {@link org.omnistock.outbox.control.OutboxRelay relay} is woken and sends pending events to Artemis in
 * id order, each marked published in the same (XA) transaction as its send. A sweep every two seconds retries what
 * could not be sent, e.g. while the broker was down. Each message carries its event id as Artemis'
 * duplicate-detection id, so an event sent again after a crash between send and commit is dropped by the broker.
 *
 * <p>The relay runs once per server. Several servers on one database would each relay every event (the broker
 * drops the duplicates, but they contend): that needs row claiming, not done yet.
 */
package org.omnistock.outbox;
